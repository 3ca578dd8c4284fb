"""The pages that compare sources: timeline, quotes, figures, sources and framing, discrepancies
(their own module, `discrepancies`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.analysis.compare import TimelineEntry
from generator.corpus.checked import Article
from generator.corpus.model import Quote
from generator.limits import Limits
from generator.pages.discrepancies import discrepancies_pages
from generator.pages.markdown import counted
from generator.pages.page import Links, Page, View
from generator.pages.paging import (
    PageLink,
    Part,
    packed,
    page_links,
    published_year,
    year_of,
    yearly_parts,
)
from generator.pages.reuse import Reuse
from generator.pages.rows import (
    FigureRow,
    QuoteRow,
    Text,
    TimelineRow,
    discrepancy_line,
    figure_rows,
    quote_rows,
    timeline_rows,
    uncompared_line,
)

T = TypeVar("T")


@dataclass(frozen=True)
class TimelineView(View):
    template = "timeline.md.j2"
    title: str
    years: list[PageLink]
    rows: list[TimelineRow]
    undated: list[TimelineRow]  # folded away below the dated events
    counted: str  # "12 events from 15 reports"


@dataclass(frozen=True)
class QuoteGroup:
    name: str
    speaker: Text
    quotes: list[QuoteRow]


@dataclass(frozen=True)
class QuotesView(View):
    template = "quotes.md.j2"
    title: str
    years: list[PageLink]
    groups: list[QuoteGroup]


@dataclass(frozen=True)
class MeasureRows:
    label: str
    measure: str
    discrepancies: list[Markup]
    uncompared: list[str]
    rows: list[FigureRow]


@dataclass(frozen=True)
class FiguresView(View):
    template = "figures.md.j2"
    groups: list[MeasureRows]
    pages: list[PageLink]


@dataclass(frozen=True)
class SourceRow:
    number: int
    link: Markup
    outlet: str
    date: str
    tone: str
    loaded: list[str]
    countries: list[Markup]
    leaders: list[Markup]
    topics: int


@dataclass(frozen=True)
class MatrixRow:
    topic: Markup
    cells: list[str]
    count: int


@dataclass(frozen=True)
class SourcesView(View):
    template = "sources.md.j2"
    title: str
    years: list[PageLink]
    rows: list[SourceRow]
    numbers: list[int]
    matrix: list[MatrixRow]


def cross_source_pages(analysis: Analysis, limits: Limits, reuse: Reuse) -> list[Page]:
    """The lists across the corpus; with ``reuse``, a year's page whose items are unchanged is the
    one made last time (an article changes the years it has items in)."""
    articles = analysis.index.newest_first
    quoted = [a for a in articles if a.quotes]
    yearly = partial(_yearly, limits=limits, reuse=reuse)
    return [*yearly("timeline", "Timeline", analysis.timeline, lambda e: year_of(e.date), _reported_by,
                    lambda *page: timeline_page(analysis, *page)),
            *yearly("quotes", "Quotes", quoted, published_year, _itself, lambda *page: quotes_page(analysis, *page)),
            *figures_pages(analysis, limits),
            *yearly("sources", "Sources and framing", articles, published_year, _itself,
                    lambda *page: sources_page(analysis, limits, *page)),
            *discrepancies_pages(analysis, limits)]


def _yearly(name: str, title: str, items: Sequence[T], year: Callable[[T], str],
            briefings: Callable[[T], tuple[str, ...]], page: Callable[[str, str, Sequence[T], list[PageLink]], Page],
            *, limits: Limits, reuse: Reuse) -> list[Page]:
    """``page(path, title, items, years)`` once for everything, or, past the yearly limit, an index
    page of years plus one page per year (in parts for a year that has more); ``briefings`` are
    the ids of those an item is made from."""
    def made(path: str, title: str, items: Sequence[T], years: list[PageLink]) -> Page:
        made_of = tuple(map(briefings, items))
        return reuse.page_of(path, (title, *made_of, *years), (i for ids in made_of for i in ids),
                             lambda: page(path, title, items, years))

    if len(items) <= limits.year_items:
        return [made(f"{name}.md", title, items, [])]
    parts = yearly_parts(name, items, year, limits.year_items)
    index = made(f"{name}.md", title, [], page_links(parts, f"{name}.md", str))
    return [index] + [made(part.path, f"{title}: {part.label}", part.items, []) for part in parts]


def _reported_by(entry: TimelineEntry) -> tuple[str, ...]:
    return tuple(report.article.id for report in entry.reports)


def _itself(article: Article) -> tuple[str, ...]:
    return (article.id,)


def timeline_page(analysis: Analysis, path: str, title: str, entries: Sequence[TimelineEntry],
                  years: list[PageLink]) -> Page:
    links = Links(analysis.corpus.registry, path)
    ordered = sorted(entries, key=lambda e: (e.date.sort_key, e.summary))
    return links.page(TimelineView(
        title=title, years=years,
        rows=timeline_rows([e for e in ordered if e.date.known], links),
        undated=timeline_rows([e for e in ordered if not e.date.known], links),
        counted=f"{counted(len(entries), 'event')} from {counted(sum(len(e.reports) for e in entries), 'report')}",
    ))


def quotes_page(analysis: Analysis, path: str, title: str, articles: Sequence[Article], years: list[PageLink]) -> Page:
    """Quotes grouped by speaker, the groups in name order; citations numbered in that order."""
    links = Links(analysis.corpus.registry, path)
    by_speaker: dict[tuple[str, str], list[tuple[Article, Quote]]] = defaultdict(list)
    for article in articles:
        for quote in article.quotes:
            name = links.speaker(quote)
            by_speaker[(name.casefold(), name)].append((article, quote))
    groups = []
    for (_, name), quotes in sorted(by_speaker.items()):
        rows = quote_rows(quotes, links, links.source)
        groups.append(QuoteGroup(name, rows[0].speaker, rows))
    return links.page(QuotesView(title, years, groups))


def figures_pages(analysis: Analysis, limits: Limits) -> list[Page]:
    """Measures with discrepancies first, on numbered pages past so many measures or figures."""
    ranked = sorted(analysis.figure_groups, key=lambda g: (not g.discrepancies, g.label.casefold(), g.measure))
    chunks = packed(ranked, lambda g: len(g.rows), lambda g: f"{g.label}\n{g.measure}", limits.figure_groups_per_page,
                    limits.figure_rows_per_page)
    parts = [Part(f"page {n}", "figures.md" if n == 1 else f"figures/{n}.md", chunk)
             for n, chunk in enumerate(chunks, 1)]
    pages = []
    for part in parts:
        links = Links(analysis.corpus.registry, part.path)
        groups = [MeasureRows(g.label, g.measure, [discrepancy_line(d, links) for d in g.discrepancies],
                              [uncompared_line(u) for u in g.uncompared], figure_rows(g.rows, links))
                  for g in part.items]
        # Without counts: a figure added to one page would change the links on every page.
        pages.append(links.page(FiguresView(groups, page_links(parts, part.path, links.to, counted=False)
                                                 if len(parts) > 1 else [])))
    return pages


def sources_page(analysis: Analysis, limits: Limits, path: str, title: str, articles: Sequence[Article],
                 years: list[PageLink]) -> Page:
    registry = analysis.corpus.registry
    links = Links(registry, path)
    leaders = {p.id for p in registry.people.values() if p.kind == "leader"}
    rows = [SourceRow(
        number=number, link=links.article(article), outlet=article.briefing.outlet or "unknown",
        date=article.published.label, tone=article.briefing.framing.tone,
        loaded=[t.term for t in article.briefing.framing.loaded_terms],
        countries=[links.entity(c) for c in article.briefing.countries],
        leaders=[links.entity(p) for p in article.briefing.people if p in leaders],
        topics=len(article.briefing.topics),
    ) for number, article in enumerate(articles, 1)]
    shown = articles if len(articles) <= limits.matrix_columns else []  # a wider matrix is unreadable
    topics = sorted({t for a in shown for t in a.briefing.topics}, key=lambda t: links.name(t).casefold())
    matrix = [MatrixRow(links.entity(t), ["●" if t in a.briefing.topics else "" for a in shown],
                        sum(t in a.briefing.topics for a in shown)) for t in topics]
    return links.page(SourcesView(title, years, rows, list(range(1, len(articles) + 1)), matrix))
