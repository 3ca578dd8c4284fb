"""Cross-source comparison: one timeline, figures grouped by measure, titles per person, relations.

Pure functions of the index. They decide what counts as the same event (a shared ``key``), the
same quantity (a shared ``measure``) and a disagreement; the pages only show the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.check import Article, Corpus
from generator.dates import FuzzyDate
from generator.index import EventRef, FigureRef, event_key

RELATION_KINDS = {"meeting": "met", "visit": "visited", "call": "called", "sanction": "sanctioned",
                  "tariff": "put tariffs on", "arrest": "arrested", "detention": "detained"}
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


@dataclass(frozen=True)
class FigureGroup:
    measure: str
    label: str
    rows: tuple[FigureRef, ...]
    discrepancies: tuple[str, ...]


@dataclass(frozen=True)
class TitleVariants:
    person: str
    titles: tuple[tuple[str, tuple[Article, ...]], ...]


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    verb: str
    weight: int


def timeline(refs: tuple[EventRef, ...] | list[EventRef]) -> list[TimelineEntry]:
    """Events merged by key, dated by their most precise report, in date order."""
    groups: dict[str, list[EventRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.event.key or f"{ref.article.id}#{id(ref.event)}"].append(ref)
    entries = []
    for reports in groups.values():
        reports.sort(key=lambda r: (-_DEPTH[r.date.precision], r.article.id, r.event.paragraph))
        entries.append(TimelineEntry(reports[0].date, tuple(reports), _date_disagreement(reports)))
    return sorted(entries, key=lambda e: (e.date.sort_key, e.summary, e.reports[0].article.id))


def _date_disagreement(reports: list[EventRef]) -> str:
    known = sorted((r for r in reports if r.date.known), key=lambda r: r.date.sort_key)
    labels = list(dict.fromkeys(r.date.label for r in known))
    clash = any(not a.date.covers(b.date) for a in known for b in known)
    return "sources give different dates: " + ", ".join(labels) if clash else ""


def event_entries(corpus: Corpus) -> list[TimelineEntry]:
    every = [EventRef(a, e, d) for a in corpus.articles for e, d in zip(a.briefing.events, a.event_dates)]
    return timeline(sorted(every, key=event_key))


def figure_groups(corpus: Corpus) -> list[FigureGroup]:
    by_measure: dict[str, list[FigureRef]] = defaultdict(list)
    for article in corpus.articles:
        for figure in article.briefing.figures:
            by_measure[figure.measure].append(FigureRef(article, figure))
    groups = []
    for measure, rows in sorted(by_measure.items()):
        rows.sort(key=lambda r: (r.figure.period or "", r.article.id, r.figure.paragraph))
        label = Counter(r.figure.label for r in rows).most_common(1)[0][0]
        groups.append(FigureGroup(measure, label, tuple(rows), tuple(_figure_discrepancies(rows))))
    return groups


def _figure_discrepancies(rows: list[FigureRef]) -> list[str]:
    """Pairs of figures for the same measure and period that differ, with what differs."""
    found = []
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            fa, fb = a.figure, b.figure
            if a.article.id == b.article.id or (fa.period and fb.period and fa.period != fb.period):
                continue
            if fa.amount is None or fb.amount is None or fa.amount == fb.amount:
                continue  # the same number, however its unit is worded, is no discrepancy
            reasons = ["different values" + (", one rounded or approximate" if fa.approximate or fb.approximate else "")]
            if fa.unit != fb.unit:
                reasons.append(f"unit or currency differs ({fa.unit} / {fb.unit})")
            if (fa.scope or "") != (fb.scope or ""):
                reasons.append(f"scope differs ({fa.scope or 'not stated'} / {fb.scope or 'not stated'})")
            if not (fa.period and fb.period):
                reasons.append("period not stated by one source")
            found.append(f"“{fa.value}” ({a.article.briefing.title}) vs “{fb.value}” "
                         f"({b.article.briefing.title}): " + "; ".join(reasons))
    return found


def title_variants(corpus: Corpus) -> list[TitleVariants]:
    """People styled with titles that are not just longer forms of one another."""
    titles: dict[str, dict[str, list[Article]]] = defaultdict(lambda: defaultdict(list))
    for article in corpus.articles:
        for title in article.briefing.titles:
            titles[title.person][title.title.strip()].append(article)
    out = []
    for person, variants in sorted(titles.items()):
        names = sorted(variants, key=str.casefold)
        distinct = [n for n in names if not any(n != m and n.casefold() in m.casefold() for m in names)]
        if len(distinct) > 1:
            out.append(TitleVariants(person, tuple((n, tuple(dict.fromkeys(variants[n]))) for n in names)))
    return out


def relations(entries: list[TimelineEntry], field: str, limit: int, focus: str | None = None) -> tuple[list[Edge], int]:
    """Who met, visited, called or sanctioned whom: the strongest edges and how many were left out.

    ``field`` is "countries" (the first acts on the second; any further ones are context, such as
    the host of a summit) or "participants" (every pair of people at the event). With ``focus``
    only edges touching that entity count.
    """
    weights: Counter[tuple[str, str, str]] = Counter()
    for entry in entries:
        event = entry.reports[0].event
        verb = RELATION_KINDS.get(event.kind)
        ids = list(dict.fromkeys(getattr(event, field)))
        if verb is None or len(ids) < 2 or all(r.event.scheduled for r in entry.reports):
            continue  # a planned visit is not yet a relation
        pairs = [(ids[0], ids[1])] if field == "countries" else \
            [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
        for source, target in pairs:
            if focus is None or focus in (source, target):
                weights[(source, target, verb)] += 1
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    edges = [Edge(s, t, v, w) for (s, t, v), w in ranked[:limit]]
    return edges, max(0, len(ranked) - limit)
