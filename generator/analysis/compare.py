"""Cross-source comparison: one timeline, figures grouped by measure, titles per person.

Pure functions of the index. They decide what counts as the same event (a shared ``key``), the
same quantity (a shared ``measure``) and a disagreement; the pages only show the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

from generator.analysis.entity_index import EventRef, FigureRef, event_key
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
class Discrepancy:
    """Values of one measure and period that sources give differently, and what differs between them."""

    period: str  # "" when no source states one
    values: tuple[FigureRef, ...]  # each source's value, while there are few
    counts: tuple[tuple[str, int], ...]  # past that, the most reported values with how many give each
    others: int  # values left out of ``counts``
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class FigureGroup:
    measure: str
    label: str
    rows: tuple[FigureRef, ...]
    discrepancies: tuple[Discrepancy, ...]


@dataclass(frozen=True)
class TitleRef:
    """Where an article styles a person with a title."""

    article: Article
    paragraph: int


@dataclass(frozen=True)
class TitleVariants:
    person: str
    titles: tuple[tuple[str, tuple[TitleRef, ...]], ...]


def timeline(refs: tuple[EventRef, ...] | list[EventRef]) -> list[TimelineEntry]:
    """Events merged by key, dated by their most precise report, in date order."""
    groups: dict[str, list[EventRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.event.key or f"{ref.article.id}#{id(ref.event)}"].append(ref)
    entries = []
    for reports in groups.values():
        reports.sort(key=lambda r: (-_DEPTH[r.date.precision], r.article.id, r.event.paragraph))
        entries.append(TimelineEntry(reports[0].date, tuple(reports), _disagreement(reports)))
    return sorted(entries, key=lambda e: (e.date.sort_key, e.summary, e.reports[0].article.id))


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
    return "; ".join(found)


def event_entries(corpus: Corpus) -> list[TimelineEntry]:
    every = [EventRef(a, dated.event, dated.date) for a in corpus.articles for dated in a.events]
    return timeline(sorted(every, key=event_key))


def figure_groups(corpus: Corpus, shown_values: int) -> list[FigureGroup]:
    by_measure: dict[str, list[FigureRef]] = defaultdict(list)
    for article in corpus.articles:
        for figure in article.briefing.figures:
            by_measure[figure.measure].append(FigureRef(article, figure))
    groups = []
    for measure, rows in sorted(by_measure.items()):
        rows.sort(key=lambda r: (r.figure.period or "", r.article.id, r.figure.paragraph))
        label = Counter(r.figure.label for r in rows).most_common(1)[0][0]
        groups.append(FigureGroup(measure, label, tuple(rows), tuple(_figure_discrepancies(rows, shown_values))))
    return groups


def _figure_discrepancies(rows: list[FigureRef], shown_values: int) -> list[Discrepancy]:
    """Per period, the values two or more sources give differently, and what differs between them.

    One entry per period, however many sources, so the page grows with the corpus, not its square.
    A figure with no period is compared with the figures of every period; past ``shown_values``
    sources, an entry gives the most reported values with counts instead of every source.
    """
    periods = sorted({r.figure.period for r in rows if r.figure.period}) or [""]
    found = []
    for period in periods:
        group = [r for r in rows if r.figure.period in (period, None) and r.figure.amount is not None]
        amounts = {r.figure.amount for r in group}
        if len(amounts) < 2 or len({r.article.id for r in group}) < 2:
            continue  # the same number, however its unit is worded, is no discrepancy
        reasons = ["Different values"]
        if any(r.figure.approximate for r in group):
            reasons[0] += ", some rounded or approximate"
        units = sorted({r.figure.unit for r in group})
        if len(units) > 1:
            reasons.append("unit or currency differs (" + " / ".join(units) + ")")
        scopes = sorted({r.figure.scope or "not stated" for r in group})
        if len(scopes) > 1:
            reasons.append("scope differs (" + " / ".join(scopes) + ")")
        if any(r.figure.period is None for r in group):
            reasons.append("period not stated by some sources")
        if len(group) <= shown_values:
            found.append(Discrepancy(period, tuple(group), (), 0, tuple(reasons)))
        else:
            counts = Counter(r.figure.value for r in group)
            found.append(Discrepancy(period, (), tuple(counts.most_common(shown_values)),
                                     max(0, len(counts) - shown_values), tuple(reasons)))
    return found


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
