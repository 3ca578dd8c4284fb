"""Page kinds that compare sources: timeline, quotes, figures, sources, discrepancies, diagrams."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from generator.analysis import TimelineEntry, figure_groups, title_variants
from generator.check import Corpus
from generator.index import EntityIndex
from generator.pages import Links, Page, timeline_rows


# ---- page kinds -----------------------------------------------------------------------------

def timeline_page(corpus: Corpus, entries: list[TimelineEntry]) -> Page:
    links = Links(corpus.registry, "timeline.md")
    return Page("timeline.md", "timeline.md.j2", {
        "rows": timeline_rows(entries, links),
        "reports": sum(len(e.reports) for e in entries),
        "events": len(entries),
    })


def quotes_page(corpus: Corpus, index: EntityIndex) -> Page:
    links = Links(corpus.registry, "quotes.md")
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for article in index.newest_first:
        for quote in article.briefing.quotes:
            name = links.name(quote.speaker) if quote.speaker else (quote.speaker_label or "")
            speaker = links.entity(quote.speaker) if quote.speaker else quote.speaker_label
            groups[(name.casefold(), name)].append({"speaker": speaker, "text": quote.text, "context": quote.context,
                                                    "source": links.source(article, quote.paragraph)})
    return Page("quotes.md", "quotes.md.j2", {
        "groups": [{"name": name, "speaker": rows[0]["speaker"], "quotes": rows}
                   for (_, name), rows in sorted(groups.items())],
    })


def figures_page(corpus: Corpus) -> Page:
    links = Links(corpus.registry, "figures.md")
    groups = [{
        "label": g.label,
        "measure": g.measure,
        "discrepancies": list(g.discrepancies),
        "rows": [{"value": r.figure.value, "period": r.figure.period or "", "unit": r.figure.unit,
                  "scope": r.figure.scope or "", "source": links.source(r.article, r.figure.paragraph)}
                 for r in g.rows],
    } for g in figure_groups(corpus)]
    groups.sort(key=lambda g: (not g["discrepancies"], str(g["label"]).casefold()))
    return Page("figures.md", "figures.md.j2", {"groups": groups})


def sources_page(corpus: Corpus, index: EntityIndex) -> Page:
    links = Links(corpus.registry, "sources.md")
    articles = list(index.newest_first)
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
    topics = sorted({t for a in articles for t in a.briefing.topics}, key=lambda t: links.name(t).casefold())
    matrix = [{"topic": links.entity(t), "cells": ["●" if t in a.briefing.topics else "" for a in articles],
               "count": sum(t in a.briefing.topics for a in articles)} for t in topics]
    return Page("sources.md", "sources.md.j2", {"rows": rows, "numbers": list(range(1, len(articles) + 1)),
                                                "matrix": matrix})


def discrepancies_page(corpus: Corpus, entries: list[TimelineEntry]) -> Page:
    links = Links(corpus.registry, "discrepancies.md")
    dates = [row for row in timeline_rows(entries, links) if row["disagreement"]]
    figures = [{"label": g.label, "differences": list(g.discrepancies),
                "sources": list(dict.fromkeys(links.source(r.article, r.figure.paragraph) for r in g.rows))}
               for g in figure_groups(corpus) if g.discrepancies]
    titles = [{"person": links.entity(v.person),
               "titles": [{"title": t, "sources": [links.article(a) for a in arts]} for t, arts in v.titles]}
              for v in title_variants(corpus)]
    return Page("discrepancies.md", "discrepancies.md.j2", {"dates": dates, "figures": figures, "titles": titles})


def analysis_pages(corpus: Corpus, index: EntityIndex, entries: list[TimelineEntry]) -> list[Page]:
    return [timeline_page(corpus, entries), quotes_page(corpus, index), figures_page(corpus),
            sources_page(corpus, index), discrepancies_page(corpus, entries)]
