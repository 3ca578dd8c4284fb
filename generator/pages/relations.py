"""A page for each pair of countries that meet in events, the relations index, and the lines of
relations that the home page and the entity pages show.

Which events, quotes and figures concern a pair is decided in ``analysis.pairs``; here they are
laid out. Who did what to whom is said only with the events' actor and target ("Canada → China"),
next to each event's own summary, so no page turns the order of a list into a claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.analysis.compare import TimelineEntry
from generator.analysis.pairs import CountryPair, Edge
from generator.corpus.registry import AnyEntity
from generator.limits import Limits
from generator.pages.markdown import counted, link
from generator.pages.page import Links, Page, View
from generator.pages.paging import PageLink, Part, chunks, nth, numbered, page_links
from generator.pages.rows import (
    ArticleRow,
    FigureRow,
    QuoteRow,
    TimelineRow,
    article_row,
    figure_rows,
    quote_rows,
    timeline_rows,
)
from generator.pages.search_meta import relation_record

INDEX = "relations/index.md"
# Each kind of event as counted: "1 visit", "3 visits".
NOUNS = {"meeting": "meeting", "visit": "visit", "call": "call", "statement": "statement",
         "agreement": "agreement", "sanction": "sanction", "tariff": "tariff", "arrest": "arrest",
         "detention": "detention", "release": "release", "execution": "execution", "election": "election",
         "military": "military action", "policy": "policy", "other": "other act"}
PLURALS = {"policy": "policies"}


@dataclass(frozen=True)
class PairRow:
    link: Markup
    events: int
    briefings: int
    dates: str
    acts: str  # how many events each side acted on the other in


@dataclass(frozen=True)
class RelationsIndexView(View):
    template = "relations_index.md.j2"
    title: str
    rows: list[PairRow]
    pages: list[PageLink]


@dataclass(frozen=True)
class PairView(View):
    template = "pair.md.j2"
    title: str
    index: str
    names: list[str]
    countries: list[Markup]
    opening: str
    acts: list[str]
    events: list[TimelineRow]
    quotes: list[QuoteRow]
    figures: list[FigureRow]
    articles: list[ArticleRow]
    pager: list[PageLink]
    per_page: int
    back: str = ""


@dataclass(frozen=True)
class RelationLinks:
    """The relations an entity page lists under its description: a country's pairs, or the
    people a person was at events with."""

    title: str
    links: list[Markup]
    more: int = 0


NO_RELATIONS = RelationLinks("", [])


def pair_path(pair: CountryPair) -> str:
    return f"relations/{pair.slug}.md"


def relations_index_pages(analysis: Analysis, limits: Limits) -> list[Page]:
    """Every pair in id order, on numbered pages past the limit (a new pair moves the later rows on)."""
    parts = [Part(f"page {n}", INDEX if n == 1 else f"relations/page-{n}.md", items)
             for n, items in enumerate(chunks(analysis.country_pairs, limits.index_pairs), 1)]
    pages = []
    for part in parts:
        links = Links(analysis.corpus.registry, part.path)
        pages.append(links.page(RelationsIndexView(
            "Relations between countries", [_row(p, links) for p in part.items],
            page_links(parts, part.path, links.to) if len(parts) > 1 else [])))
    return pages


def _row(pair: CountryPair, links: Links) -> PairRow:
    acts = [f"{_sides(pair, links, source)} {sum(e.weight for e in edges)}"
            for source, edges in _by_actor(pair) if edges]
    return PairRow(link(_title(pair, links), links.to(pair_path(pair))), len(pair.events), len(pair.articles),
                   _years(pair.events) or "not given", ", ".join(acts) or "not stated")


def pair_pages(analysis: Analysis, limits: Limits, pair: CountryPair) -> list[Page]:
    """The pair's newest items, and past the limit its older ones on numbered pages, as entity pages do."""
    size = limits.entity_items
    articles, quotes, figures = numbered(pair.articles, size), numbered(pair.quotes, size), numbered(pair.figures, size)
    entries = numbered(pair.events[::-1], size)
    count = max(len(articles), len(quotes), len(entries), len(figures))
    main = pair_path(pair)
    parts = [Part("Newest" if n == 0 else str(n), main if n == 0 else f"relations/{pair.slug}/page-{n}.md",
                  nth(entries, n)) for n in range(count)]
    pages = []
    for n, part in enumerate(parts):
        links = Links(analysis.corpus.registry, part.path)
        title = _title(pair, links)
        view = PairView(
            title=title if n == 0 else f"{title}: older page {n} of {count - 1}",
            index=links.to(INDEX),
            names=[links.name(c) for c in pair.countries],
            countries=[links.entity(c) for c in pair.countries],
            opening=_opening(pair, title),
            acts=[f"{_sides(pair, links, source)}: {_counted(edges)}" for source, edges in _by_actor(pair) if edges],
            events=timeline_rows(nth(entries, n)[::-1], links),
            quotes=quote_rows(((r.article, r.quote) for r in nth(quotes, n)), links, links.source),
            figures=figure_rows(nth(figures, n), links),
            articles=[article_row(a, links) for a in nth(articles, n)],
            pager=page_links(parts[:1] + parts[:0:-1], part.path, links.to) if count > 1 else [],
            per_page=size,
            back=links.to(main) if n else "",
        )
        pages.append(links.page(view, None if n else relation_record(title, view.opening, pair.articles)))
    return pages


def _title(pair: CountryPair, links: Links) -> str:
    return " and ".join(links.name(c) for c in pair.countries)


def _opening(pair: CountryPair, title: str) -> str:
    years = _years(pair.events)
    when = f" from {years.replace('–', ' to ')}" if "–" in years else f" in {years}" if years else ""
    return (f"{counted(len(pair.events), 'event')} involving {title}{when}, reported in "
            f"{counted(len(pair.articles), 'briefing')}; {counted(len(pair.quotes), 'quote')} by people of one about "
            f"the other; {counted(len(pair.figures), 'figure')} about both.")


def _by_actor(pair: CountryPair) -> list[tuple[str, list[Edge]]]:
    """The pair's acts from each side to the other, the first country's first."""
    return [(side, [e for e in pair.acts if e.source == side]) for side in pair.countries]


def _sides(pair: CountryPair, links: Links, source: str) -> str:
    target = pair.countries[1] if source == pair.countries[0] else pair.countries[0]
    return f"{links.name(source)} → {links.name(target)}"


def _counted(edges: Sequence[Edge]) -> str:
    """"2 tariffs, 1 visit": how many events of each kind, however many briefings report each."""
    def noun(kind: str, count: int) -> str:
        word = NOUNS.get(kind, kind)
        return f"{count} {word if count == 1 else PLURALS.get(kind, word + 's')}"
    return ", ".join(noun(e.kind, e.weight) for e in edges)


def _years(entries: Iterable[TimelineEntry]) -> str:
    """The span of years of the dated events (first and last joined by a dash), or "" if none is dated."""
    years = sorted({e.date.year for e in entries if e.date.known})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _described(count: int, entries: Iterable[TimelineEntry]) -> str:
    years = _years(entries)
    return f"{count} event{'s' if count != 1 else ''}" + (f", {years}" if years else "")


def strongest_pairs(analysis: Analysis, limits: Limits, links: Links) -> list[Markup]:
    """The pairs with the most events, for the home page."""
    ranked = sorted(analysis.country_pairs, key=lambda p: (-len(p.events), -len(p.articles), p.countries))
    return [Markup(f"{link(_title(p, links), links.to(pair_path(p)))} · {_described(len(p.events), p.events)}")
            for p in ranked[:limits.relations_shown]]


def relation_links(analysis: Analysis, limits: Limits, entity: AnyEntity, kind: str, links: Links) -> RelationLinks:
    """A country's pairs (all of them: there are at most as many as countries), or the people a
    person was at events with, each with its number of events and their years."""
    if kind == "countries":
        pairs = sorted((p for p in analysis.country_pairs if entity.id in p.countries),
                       key=lambda p: (-len(p.events), links.name(_other(p, entity.id)).casefold()))
        return RelationLinks("Relations", [
            link(f"{links.name(_other(p, entity.id))} ({_described(len(p.events), p.events)})",
                 links.to(pair_path(p))) for p in pairs])
    if kind in ("leaders", "people"):
        edges, more = analysis.people_relations.strongest(limits.relations_shown, focus=entity.id)
        return RelationLinks("In events with", [
            links.entity(e.target if e.source == entity.id else e.source, f" ({_described(e.weight, e.entries)})")
            for e in edges], more)
    return NO_RELATIONS


def _other(pair: CountryPair, country: str) -> str:
    return pair.countries[1] if pair.countries[0] == country else pair.countries[0]
