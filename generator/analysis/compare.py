"""Cross-source comparison: one timeline and titles per person; figures are in ``figures``, relations in ``pairs``.

Pure functions of the index. They decide what counts as the same event (a shared ``key``) and a
disagreement; the pages only show the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from generator.analysis.entity_index import EventRef, event_key
from generator.corpus.checked import Article, Corpus
from generator.corpus.fuzzy_date import FuzzyDate

_DEPTH = {"unknown": 0, "year": 1, "month": 2, "day": 3}


@dataclass(frozen=True)
class TimelineEntry:
    """One event as every article that reports it tells it."""

    date: FuzzyDate
    reports: tuple[EventRef, ...]
    disagreement: str

    @property
    def summary(self) -> str:
        return self.reports[0].event.summary

    @property
    def scheduled(self) -> bool:
        """Still to come: no report says it happened (a later briefing may report a planned visit done)."""
        return all(r.event.scheduled for r in self.reports)

    @cached_property
    def countries(self) -> tuple[str, ...]:
        """Every country any report names, in the order they are first named."""
        return tuple(dict.fromkeys(c for r in self.reports for c in r.event.countries))

    @cached_property
    def actor(self) -> str | None:
        """The country that acted, as the most precise report that says so names it."""
        return next((r.event.actor for r in self.reports if r.event.actor), None)

    @cached_property
    def target(self) -> str | None:
        """The country acted on, from a report that names the same actor (one may give only the actor)."""
        return next((r.event.target for r in self.reports if r.event.target and r.event.actor == self.actor), None)


@dataclass(frozen=True)
class TitleRef:
    """Where an article styles a person with a title."""

    article: Article
    paragraph: int


@dataclass(frozen=True)
class TitleVariants:
    person: str
    titles: tuple[tuple[str, tuple[TitleRef, ...]], ...]


def timeline(refs: Sequence[EventRef]) -> list[TimelineEntry]:
    """Events merged by key, dated by their most precise report, in date order."""
    groups: dict[str, list[EventRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.event.key or f"{ref.article.id}#{id(ref.event)}"].append(ref)
    entries = []
    for reports in groups.values():
        reports.sort(key=lambda r: (-_DEPTH[r.date.precision], r.article.id, r.event.paragraph))
        entries.append(TimelineEntry(reports[0].date, tuple(reports), _disagreement(reports)))
    return sorted(entries, key=lambda e: (e.date.sort_key, e.summary, e.reports[0].article.id))


class Timelines(Mapping[str, tuple[TimelineEntry, ...]]):
    """Each entity's events merged into its timeline, when first asked for: a publish makes again
    the pages of the dozen entities it touches, and merging every entity's events took 0.15 s of
    each build at 1,000 articles."""

    def __init__(self, events: Mapping[str, Sequence[EventRef]]) -> None:
        self._events = events
        self._merged: dict[str, tuple[TimelineEntry, ...]] = {}

    def __getitem__(self, entity_id: str) -> tuple[TimelineEntry, ...]:
        merged = self._merged.get(entity_id)
        if merged is None:
            merged = self._merged[entity_id] = tuple(timeline(self._events[entity_id]))
        return merged

    def __iter__(self) -> Iterator[str]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)


def _disagreement(reports: list[EventRef]) -> str:
    """Where the reports of one event contradict each other: its date, or who acted on whom."""
    known = sorted((r for r in reports if r.date.known), key=lambda r: r.date.sort_key)
    labels = list(dict.fromkeys(r.date.label for r in known))
    clash = any(not a.date.covers(b.date) for a in known for b in known)
    found = ["sources give different dates: " + ", ".join(labels)] if clash else []
    actors = {r.event.actor for r in reports if r.event.actor}
    targets = {r.event.target for r in reports if r.event.target}
    if len(actors) > 1 or len(targets) > 1:
        found.append("sources differ on who acted on whom")
    kinds = list(dict.fromkeys(r.event.kind for r in reports))
    if len(kinds) > 1:
        found.append("sources differ on what it was: " + ", ".join(kinds))
    found += dict.fromkeys(r.event.discrepancy for r in reports if r.event.discrepancy)  # as the curator says
    return "; ".join(found)


def event_entries(corpus: Corpus) -> list[TimelineEntry]:
    every = [EventRef(a, dated.event, dated.date) for a in corpus.articles for dated in a.events]
    return timeline(sorted(every, key=event_key))


def title_variants(corpus: Corpus) -> list[TitleVariants]:
    """People styled with titles that are not just longer forms of one another."""
    titles: dict[str, dict[str, list[TitleRef]]] = defaultdict(lambda: defaultdict(list))
    for article in corpus.articles:
        for title in article.briefing.titles:
            titles[title.person][title.title.strip()].append(TitleRef(article, title.paragraph))
    out = []
    for person, variants in sorted(titles.items()):
        names = sorted(variants, key=str.casefold)
        distinct = [n for n in names if not any(n != m and n.casefold() in m.casefold() for m in names)]
        if len(distinct) > 1:
            out.append(TitleVariants(person, tuple((n, tuple(dict.fromkeys(variants[n]))) for n in names)))
    return out
