"""The discrepancies: where the sources disagree, as one page, or past a size as a page per kind.

A small corpus keeps one page. Past ``Limits.discrepancy_items`` items, ``discrepancies.md`` says
how many of each kind there are and links to them, and each kind (event dates, positions,
figures, titles) has pages of its own, whole groups packed so that a new briefing changes the
page its items land on and no other (at 10,000 articles the single page was 3.7 MB of Markdown).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.analysis.claims import ClaimGroup
from generator.analysis.compare import TimelineEntry, TitleVariants
from generator.analysis.figures import FigureGroup
from generator.limits import Limits
from generator.pages.page import Links, Page, View
from generator.pages.paging import PageLink, Part, packed, page_links
from generator.pages.rows import ClaimRow, TimelineRow, claim_rows, discrepancy_line, timeline_rows

DISCREPANCIES = "discrepancies.md"
DISCREPANCY_PAGES = "discrepancies/"  # each kind's pages, once they are cut


@dataclass(frozen=True)
class FigureDiscrepancy:
    label: str
    differences: list[Markup]
    sources: list[Markup]
    more: int


@dataclass(frozen=True)
class TitleSources:
    title: str
    sources: list[Markup]


@dataclass(frozen=True)
class TitleRow:
    person: Markup
    titles: list[TitleSources]


@dataclass(frozen=True)
class KindPages:
    """One kind on the overview: how many there are, and its pages."""

    label: str
    count: str
    pages: list[PageLink]


@dataclass(frozen=True)
class DiscrepanciesView(View):
    template = "discrepancies.md.j2"
    title: str
    shown: tuple[str, ...]  # the kinds this page lists: all four on a single page, else one
    kinds: list[KindPages]  # the overview of a split page: each kind and its pages
    pages: list[PageLink]  # the other pages of the kind this page lists
    dates: list[TimelineRow]
    claims: list[ClaimRow]
    figures: list[FigureDiscrepancy]
    titles: list[TitleRow]


@dataclass(frozen=True)
class _Kind:
    name: str  # its pages' folder: discrepancies/<name>.md, discrepancies/<name>/2.md …
    label: str
    counted: str  # "{n} events dated differently"
    none: str  # what the overview says when there is none
    items: Sequence[Any]
    size: Callable[[Any], int]  # lines an item takes
    key: Callable[[Any], str]  # what tells where a page may end (``paging.cuts_here``)


def discrepancies_pages(analysis: Analysis, limits: Limits) -> list[Page]:
    """One page while the items are few, else an overview and each kind's pages."""
    figures = [g for g in analysis.figure_groups if g.discrepancies]
    claims = [g for g in analysis.claims if g.differs]
    kinds = [
        _Kind("dates", "Event dates", "{n} events dated differently or told with different sides",
              "No event is dated differently by two sources", [e for e in analysis.timeline if e.disagreement],
              lambda e: 1, lambda e: e.summary),
        _Kind("positions", "Positions", "{n} positions reported differently",
              "No position is reported differently by two sources", claims, lambda g: len(g.reports),
              lambda g: g.key),
        _Kind("figures", "Figures", "{n} measures given different values",
              "No measure is reported differently by two sources", figures,
              lambda g: len(g.discrepancies) + 1, lambda g: f"{g.label}\n{g.measure}"),
        _Kind("titles", "Titles", "{n} people styled with different titles",
              "No person is styled with conflicting titles", analysis.title_variants, lambda v: 1,
              lambda v: v.person),
    ]
    if sum(len(kind.items) for kind in kinds) <= limits.discrepancy_items:
        return [_page(analysis, limits, DISCREPANCIES, "Discrepancies", tuple(k.name for k in kinds), [], [],
                      {k.name: k.items for k in kinds})]
    parts = {kind.name: _parts(kind, limits) for kind in kinds}
    overview = Links(analysis.corpus.registry, DISCREPANCIES)
    listed = [KindPages(k.label, k.counted.format(n=len(k.items)) if k.items else k.none,
                        page_links(parts[k.name], DISCREPANCIES, overview.to, counted=False)) for k in kinds]
    pages = [overview.page(DiscrepanciesView("Discrepancies", (), listed, [], [], [], [], []))]
    for kind in kinds:
        for number, part in enumerate(parts[kind.name], 1):
            title = f"Discrepancies: {kind.label.lower()}" + (f", {part.label}" if number > 1 else "")
            pages.append(_page(analysis, limits, part.path, title, (kind.name,), parts[kind.name],
                               [], {kind.name: part.items}))
    return pages


def _parts(kind: _Kind, limits: Limits) -> list[Part[Any]]:
    if not kind.items:
        return []
    chunks = packed(kind.items, kind.size, kind.key, limits.discrepancy_items, limits.discrepancy_items)
    folder = f"{DISCREPANCY_PAGES}{kind.name}"
    return [Part(f"page {n}", f"{folder}.md" if n == 1 else f"{folder}/{n}.md", chunk)
            for n, chunk in enumerate(chunks, 1)]


def _page(analysis: Analysis, limits: Limits, path: str, title: str, shown: tuple[str, ...],
          parts: list[Part[Any]], listed: list[KindPages], items: dict[str, Sequence[Any]]) -> Page:
    links = Links(analysis.corpus.registry, path)
    dates: Sequence[TimelineEntry] = items.get("dates", ())
    claims: Sequence[ClaimGroup] = items.get("positions", ())
    figures: Sequence[FigureGroup] = items.get("figures", ())
    variants: Sequence[TitleVariants] = items.get("titles", ())
    # Cited in this order, which numbers the citations: dates, figures, titles, positions.
    date_rows = timeline_rows(dates, links)
    figure_rows = [_figure(g, links, limits) for g in figures]
    titles = [TitleRow(links.entity(v.person), [TitleSources(t, [links.source(r.article, r.paragraph) for r in refs])
                                                for t, refs in v.titles]) for v in variants]
    return links.page(DiscrepanciesView(
        title, shown, listed, page_links(parts, path, links.to, counted=False) if len(parts) > 1 else [],
        date_rows, claim_rows(claims, links), figure_rows, titles))


def _figure(group: FigureGroup, links: Links, limits: Limits) -> FigureDiscrepancy:
    lines = [discrepancy_line(d, links) for d in group.discrepancies]  # cited first, as they are read
    sources = list(dict.fromkeys(links.source(r.article, p) for r in group.rows for p in r.paragraphs))
    return FigureDiscrepancy(group.label, lines, sources[:limits.discrepancy_sources],
                             len(sources[limits.discrepancy_sources:]))
