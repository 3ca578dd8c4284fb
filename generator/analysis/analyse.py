"""Everything the pages and the printed documents compare across briefings, computed once.

Data flows one way: `analyse` reads the checked corpus, and the page and print code only read
the result, so no page can see another page's view of the corpus.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain

from generator.analysis.claims import ClaimGroup, claim_groups
from generator.analysis.compare import (
    TimelineEntry,
    Timelines,
    TitleVariants,
    event_entries,
    title_variants,
)
from generator.analysis.entity_index import EntityIndex, build_index
from generator.analysis.figures import FigureGroup, figure_groups
from generator.analysis.pairs import CountryPair, Relations, country_pairs, country_relations, people_relations
from generator.corpus.checked import Corpus
from generator.gc_pause import gc_paused
from generator.limits import Limits


@dataclass(frozen=True)
class Analysis:
    corpus: Corpus
    index: EntityIndex
    timeline: tuple[TimelineEntry, ...]  # every event of the corpus, merged by key, in date order
    entity_timelines: Mapping[str, tuple[TimelineEntry, ...]]  # each entity's events, merged, in date order
    country_relations: Relations  # who acted on whom: each event's actor to its target, by kind
    people_relations: Relations  # people at the same events
    figure_groups: tuple[FigureGroup, ...]  # by measure, in measure order
    title_variants: tuple[TitleVariants, ...]
    country_pairs: tuple[CountryPair, ...]  # pairs of countries that meet in events, in id order
    claims: tuple[ClaimGroup, ...]  # positions two briefings or more report, by key


@gc_paused()
def analyse(corpus: Corpus, limits: Limits) -> Analysis:
    index = build_index(corpus)
    entries = event_entries(corpus)
    acts = country_relations(entries)
    return Analysis(
        corpus=corpus,
        index=index,
        timeline=tuple(entries),
        entity_timelines=Timelines(index.events),
        country_relations=acts,
        people_relations=people_relations(entries),
        figure_groups=tuple(figure_groups(chain.from_iterable(index.article_figures.values()),
                                          limits.discrepancy_values)),
        title_variants=tuple(title_variants(corpus)),
        country_pairs=country_pairs(corpus.registry, index, entries, acts),
        claims=claim_groups(corpus),
    )
