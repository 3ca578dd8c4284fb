"""Page kinds that compare sources: timeline, quotes, figures, sources, discrepancies, diagrams."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from generator.analysis.compare import (
    FigureGroup,
    TimelineEntry,
    figure_groups,
    title_variants,
)
from generator.analysis.entity_index import EntityIndex
from generator.corpus.checked import Article, Corpus
from generator.pages.common import Links, Page, timeline_rows
from generator.pages.paging import YEAR_LIMIT, by_year, chunks, page_links, year_of

FIGURE_GROUPS_PER_PAGE = 150
FIGURE_ROWS_PER_PAGE = 600
DISCREPANCY_SOURCES = 20  # sources listed under a measure on the discrepancies page; the figures page has all
MATRIX_COLUMNS = 40


# ---- page kinds -----------------------------------------------------------------------------

def yearly(name: str, title: str, items: list, year: Any, page: Any) -> list[Page]:
    """``page(path, title, items, years)`` once for everything, or, past YEAR_LIMIT items, an index
    page of years plus one page per year, in parts of YEAR_LIMIT items for a year that has more."""
    if len(items) <= YEAR_LIMIT:
        return [page(f"{name}.md", title, items, [])]
    parts = [(y if n == 1 else f"{y}, part {n}", f"{name}/{y}.md" if n == 1 else f"{name}/{y}-{n}.md", part)
             for y, group in by_year(items, year) for n, part in enumerate(chunks(group, YEAR_LIMIT), 1)]
    index = page(f"{name}.md", title, [], page_links(parts))
    return [index] + [page(path, f"{title}: {label}", part, []) for label, path, part in parts]


def timeline_page(corpus: Corpus, path: str, title: str, entries: list[TimelineEntry], years: list) -> Page:
    links = Links(corpus.registry, path)
    return Page(path, "timeline.md.j2", {
        "title": title, "years": years,
        "rows": timeline_rows(sorted(entries, key=lambda e: (e.date.sort_key, e.summary)), links),
        "reports": sum(len(e.reports) for e in entries),
        "events": len(entries),
    })


def quotes_page(corpus: Corpus, path: str, title: str, articles: list[Article], years: list) -> Page:
    links = Links(corpus.registry, path)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        for quote in article.briefing.quotes:
            name = links.name(quote.speaker) if quote.speaker else (quote.speaker_label or "")
            speaker = links.entity(quote.speaker) if quote.speaker else quote.speaker_label
            groups[(name.casefold(), name)].append({"speaker": speaker, "text": quote.text, "context": quote.context,
                                                    "source": links.source(article, quote.paragraph)})
    return Page(path, "quotes.md.j2", {
        "title": title, "years": years,
        "groups": [{"name": name, "speaker": rows[0]["speaker"], "quotes": rows}
                   for (_, name), rows in sorted(groups.items())],
    })


def figures_pages(corpus: Corpus, groups: list[FigureGroup]) -> list[Page]:
    """Measures with discrepancies first; past FIGURE_GROUPS_PER_PAGE measures or FIGURE_ROWS_PER_PAGE
    figures, numbered pages (a measure reported more often than that has a page of its own)."""
    ranked = sorted(groups, key=lambda g: (not g.discrepancies, g.label.casefold(), g.measure))
    pages_of: list[list[FigureGroup]] = [[]]
    rows = 0
    for group in ranked:  # a page holds whole measures, up to so many measures or rows
        if pages_of[-1] and (len(pages_of[-1]) == FIGURE_GROUPS_PER_PAGE or rows + len(group.rows) > FIGURE_ROWS_PER_PAGE):
            pages_of.append([])
            rows = 0
        pages_of[-1].append(group)
        rows += len(group.rows)
    paths = ["figures.md"] + [f"figures/{n}.md" for n in range(2, len(pages_of) + 1)]

    def pager(here: str) -> list[dict[str, Any]]:
        to = Links(corpus.registry, here).to
        return page_links((f"page {n}", to(path), chunk) for n, (path, chunk) in enumerate(zip(paths, pages_of), 1))

    return [figures_page(corpus, path, chunk, pager(path) if len(pages_of) > 1 else [])
            for path, chunk in zip(paths, pages_of)]


def figures_page(corpus: Corpus, path: str, chosen: list, pages: list) -> Page:
    links = Links(corpus.registry, path)
    groups = [{
        "label": g.label,
        "measure": g.measure,
        "discrepancies": list(g.discrepancies),
        "rows": [{"value": r.figure.value, "period": r.figure.period or "", "unit": r.figure.unit,
                  "scope": r.figure.scope or "", "source": links.source(r.article, r.figure.paragraph)}
                 for r in g.rows],
    } for g in chosen]
    return Page(path, "figures.md.j2", {"groups": groups, "pages": pages})


def sources_page(corpus: Corpus, path: str, title: str, articles: list[Article], years: list) -> Page:
    links = Links(corpus.registry, path)
    leaders = set(corpus.registry.people) - {p.id for p in corpus.registry.people.values() if p.kind != "leader"}
    rows = []
    for number, article in enumerate(articles, 1):
        b = article.briefing
        rows.append({
            "number": number, "link": links.article(article), "outlet": b.outlet or "unknown",
            "date": article.published.label, "tone": b.framing.tone,
            "loaded": [t.term for t in b.framing.loaded_terms],
            "countries": [links.entity(c) for c in b.countries],
            "leaders": [links.entity(p) for p in b.people if p in leaders],
            "topics": len(b.topics),
        })
    shown = articles if len(articles) <= MATRIX_COLUMNS else []  # a wider matrix is unreadable
    topics = sorted({t for a in shown for t in a.briefing.topics}, key=lambda t: links.name(t).casefold())
    matrix = [{"topic": links.entity(t), "cells": ["●" if t in a.briefing.topics else "" for a in shown],
               "count": sum(t in a.briefing.topics for a in shown)} for t in topics]
    return Page(path, "sources.md.j2", {"title": title, "years": years, "rows": rows,
                                        "numbers": list(range(1, len(articles) + 1)), "matrix": matrix})


def discrepancies_page(corpus: Corpus, entries: list[TimelineEntry], groups: list[FigureGroup]) -> Page:
    links = Links(corpus.registry, "discrepancies.md")
    dates = [row for row in timeline_rows(entries, links) if row["disagreement"]]
    figures = []
    for g in groups:
        if g.discrepancies:
            sources = list(dict.fromkeys(links.source(r.article, r.figure.paragraph) for r in g.rows))
            figures.append({"label": g.label, "differences": list(g.discrepancies),
                            "sources": sources[:DISCREPANCY_SOURCES], "more": len(sources[DISCREPANCY_SOURCES:])})
    titles = [{"person": links.entity(v.person),
               "titles": [{"title": t, "sources": [links.article(a) for a in arts]} for t, arts in v.titles]}
              for v in title_variants(corpus)]
    return Page("discrepancies.md", "discrepancies.md.j2", {"dates": dates, "figures": figures, "titles": titles})


def analysis_pages(corpus: Corpus, index: EntityIndex, entries: list[TimelineEntry]) -> list[Page]:
    articles = list(index.newest_first)
    quoted = [a for a in articles if a.briefing.quotes]
    groups = figure_groups(corpus)  # for the figures pages and the discrepancies page

    def published_year(article: Article) -> str:
        return year_of(article.published)

    return [*yearly("timeline", "Timeline", entries, lambda e: year_of(e.date), partial(timeline_page, corpus)),
            *yearly("quotes", "Quotes", quoted, published_year, partial(quotes_page, corpus)),
            *figures_pages(corpus, groups),
            *yearly("sources", "Sources and framing", articles, published_year, partial(sources_page, corpus)),
            discrepancies_page(corpus, entries, groups)]
