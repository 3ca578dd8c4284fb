"""Everything the pages and the printed documents compare across briefings, computed once.

Data flows one way: `analyse` reads the checked corpus, and the page and print code only read
the result, so no page can see another page's view of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain, combinations

from generator.analysis.compare import (
    Relations,
    TimelineEntry,
    TitleVariants,
    event_entries,
    relations,
    timeline,
    title_variants,
)
from generator.analysis.entity_index import EntityIndex, build_index
from generator.analysis.figures import FigureGroup, figure_groups
from generator.corpus.checked import Article, Corpus
from generator.gc_pause import gc_paused
from generator.limits import Limits


@dataclass(frozen=True)
class CountryPair:
    """Two countries named in the same briefings: what those briefings and their events say of both."""

    countries: tuple[str, str]  # ids, in id order
    articles: tuple[Article, ...]  # newest first
    events: tuple[TimelineEntry, ...]  # events that involve both, in date order


@dataclass(frozen=True)
class Analysis:
    corpus: Corpus
    index: EntityIndex
    timeline: tuple[TimelineEntry, ...]  # every event of the corpus, merged by key, in date order
    entity_timelines: dict[str, tuple[TimelineEntry, ...]]  # each entity's events, merged, in date order
    country_relations: Relations  # who acted on whom, from the events' first two countries
    people_relations: Relations  # every pair of people at the same event
    figure_groups: tuple[FigureGroup, ...]  # by measure, in measure order
    title_variants: tuple[TitleVariants, ...]
    country_pairs: tuple[CountryPair, ...]  # most briefings first


@gc_paused()
def analyse(corpus: Corpus, limits: Limits) -> Analysis:
    index = build_index(corpus)
    entries = event_entries(corpus)
    return Analysis(
        corpus=corpus,
        index=index,
        timeline=tuple(entries),
        entity_timelines={entity_id: tuple(timeline(refs)) for entity_id, refs in index.events.items()},
        country_relations=relations(entries, "countries"),
        people_relations=relations(entries, "participants"),
        figure_groups=tuple(figure_groups(chain.from_iterable(index.article_figures.values()),
                                          limits.discrepancy_values)),
        title_variants=tuple(title_variants(corpus)),
        country_pairs=country_pairs(index.newest_first, entries),
    )


def country_pairs(newest_first: tuple[Article, ...], entries: list[TimelineEntry]) -> tuple[CountryPair, ...]:
    articles: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for article in newest_first:
        for pair in combinations(sorted(set(article.briefing.countries)), 2):
            articles[pair].append(article)
    events: dict[tuple[str, str], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        involved = {c for report in entry.reports for c in report.event.countries}
        for pair in combinations(sorted(involved), 2):
            events[pair].append(entry)
    pairs = [CountryPair(pair, tuple(articles.get(pair, ())), tuple(events.get(pair, ())))
             for pair in sorted(articles.keys() | events.keys())]
    return tuple(sorted(pairs, key=lambda p: (-len(p.articles), -len(p.events), p.countries)))
