"""What's new: the briefings by date added, as a page and as an Atom feed readers subscribe to.

Links in the feed are relative to the feed's own address (Atom allows relative references), so
the same file works wherever the site is hosted; ids are stable URNs.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.corpus.checked import Article, Corpus
from generator.limits import Limits
from generator.pages.page import Links, Page, View


@dataclass(frozen=True)
class WhatsNewRow:
    added: str
    link: Markup
    summary: str
    published: str


@dataclass(frozen=True)
class WhatsNewView(View):
    template = "whats_new.md.j2"
    rows: list[WhatsNewRow]
    feed: str


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    href: str
    updated: str
    summary: str


@dataclass(frozen=True)
class FeedView(View):
    """The context of feed.xml.j2: plain strings, escaped by the XML template itself."""

    template = "feed.xml.j2"
    entries: list[FeedEntry]
    updated: str


def by_date_added(corpus: Corpus) -> list[Article]:
    """Newest additions first; briefings with no `added` date last, then by id."""
    return sorted(corpus.articles, key=lambda a: (a.briefing.added is None, _negated(a.briefing.added), a.id))


def _negated(day: str | None) -> tuple[int, ...]:
    return tuple(-int(part) for part in (day or "0-0-0").split("-"))


def whats_new_page(corpus: Corpus, limits: Limits) -> Page:
    links = Links(corpus.registry, "whats-new.md")
    rows = [WhatsNewRow(a.briefing.added or "date not recorded", links.article(a), a.briefing.summary,
                        a.published.label) for a in by_date_added(corpus)[:limits.whats_new]]
    return links.page(WhatsNewView(rows, "feed.xml"))


def feed(corpus: Corpus, limits: Limits) -> FeedView:
    entries = [FeedEntry(f"urn:briefings:article:{a.id}", a.briefing.title, f"articles/{a.id}/",
                         f"{a.briefing.added or '1970-01-01'}T00:00:00Z", a.briefing.summary)
               for a in by_date_added(corpus)[:limits.feed_entries]]
    return FeedView(entries, max((e.updated for e in entries), default="1970-01-01T00:00:00Z"))
