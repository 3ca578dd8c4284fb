"""What's new: the briefings by date added, as a page and as an Atom feed readers subscribe to.

Links in the feed are relative to the feed's own address (Atom allows relative references), so
the same file works wherever the site is hosted; ids are stable URNs.
"""

from __future__ import annotations

from typing import Any

from generator.corpus.checked import Article, Corpus
from generator.pages.common import Links, Page

FEED_ENTRIES = 50
WHATS_NEW = 100


def by_date_added(corpus: Corpus) -> list[Article]:
    """Newest additions first; briefings with no `added` date last, then by id."""
    return sorted(corpus.articles, key=lambda a: (a.briefing.added is None, _negated(a.briefing.added), a.id))


def _negated(day: str | None) -> tuple[int, ...]:
    return tuple(-int(part) for part in (day or "0-0-0").split("-"))


def whats_new_page(corpus: Corpus) -> Page:
    links = Links(corpus.registry, "whats-new.md")
    rows = [{"added": a.briefing.added or "date not recorded", "link": links.article(a), "summary": a.briefing.summary,
             "published": a.published.label} for a in by_date_added(corpus)[:WHATS_NEW]]
    return Page("whats-new.md", "whats_new.md.j2", {"rows": rows, "feed": "feed.xml"})


def feed_entries(corpus: Corpus) -> dict[str, Any]:
    """The context of feed.xml.j2: plain strings, escaped by the XML template itself."""
    articles = by_date_added(corpus)[:FEED_ENTRIES]
    entries = [{"id": f"urn:briefings:article:{a.id}", "title": a.briefing.title, "href": f"articles/{a.id}/",
                "updated": f"{a.briefing.added or '1970-01-01'}T00:00:00Z", "summary": a.briefing.summary}
               for a in articles]
    updated = max((e["updated"] for e in entries), default="1970-01-01T00:00:00Z")
    return {"entries": entries, "updated": updated}
