"""What's new: the newest developments by their date in the world (events, then the newest
briefings' quotes and figures), beside the briefings by the date they were added; and an Atom
feed of the additions for readers to subscribe to.

Links in the feed are relative to the feed's own address (Atom allows relative references), so
the same file works wherever the site is hosted; ids are stable URNs.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.corpus.checked import Article, Corpus
from generator.limits import Limits
from generator.pages.page import Links, Page, View
from generator.pages.rows import FigureRow, QuoteRow, TimelineRow, figure_rows, quote_rows, timeline_rows


@dataclass(frozen=True)
class WhatsNewRow:
    added: str
    link: Markup
    summary: str
    published: str


@dataclass(frozen=True)
class WhatsNewView(View):
    template = "whats_new.md.j2"
    happened: list[TimelineRow]  # the newest dated events that had happened when reported, newest first
    coming: list[TimelineRow]  # events still to come when the newest report of them was written
    quotes: list[QuoteRow]  # from the newest briefings
    figures: list[FigureRow]
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


def whats_new_page(analysis: Analysis, limits: Limits) -> Page:
    corpus, size = analysis.corpus, limits.unfolded * 2
    links = Links(corpus.registry, "whats-new.md")
    dated = [e for e in reversed(analysis.timeline) if e.date.known]
    happened = [e for e in dated if not all(r.event.scheduled for r in e.reports)][:size]
    coming = [e for e in dated if all(r.event.scheduled for r in e.reports)][:size][::-1]
    newest = analysis.index.newest_first[:limits.developments]
    return links.page(WhatsNewView(
        happened=timeline_rows(happened, links),
        coming=timeline_rows(coming, links),
        quotes=quote_rows([(a, q) for a in newest for q in a.quotes][:size], links, links.source),
        figures=figure_rows([r for a in newest for r in analysis.index.article_figures[a.id]][:size], links),
        rows=[WhatsNewRow(a.briefing.added or "date not recorded", links.article(a), a.briefing.summary,
                          a.published.label) for a in by_date_added(corpus)[:limits.whats_new]],
        feed="feed.xml",
    ))


def feed(corpus: Corpus, limits: Limits) -> FeedView:
    entries = [FeedEntry(f"urn:briefings:article:{a.id}", a.briefing.title, f"articles/{a.id}/",
                         f"{a.briefing.added or '1970-01-01'}T00:00:00Z", a.briefing.summary)
               for a in by_date_added(corpus)[:limits.feed_entries]]
    return FeedView(entries, max((e.updated for e in entries), default="1970-01-01T00:00:00Z"))
