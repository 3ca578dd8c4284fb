"""Cross-source comparison: one timeline, titles per person, relations; figures are in ``figures``.

Pure functions of the index. They decide what counts as the same event (a shared ``key``) and a
disagreement; the pages only show the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.analysis.entity_index import EventRef, event_key
from generator.corpus.checked import Article, Corpus
from generator.corpus.fuzzy_date import FuzzyDate

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
class TitleRef:
    """Where an article styles a person with a title."""

    article: Article
    paragraph: int


@dataclass(frozen=True)
class TitleVariants:
    person: str
    titles: tuple[tuple[str, tuple[TitleRef, ...]], ...]


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


@dataclass(frozen=True)
class Relations:
    """Every edge of one kind of graph, ranked once; each page then takes its slice."""

    ranked: tuple[Edge, ...]
    by_node: dict[str, tuple[Edge, ...]]

    def strongest(self, limit: int, focus: str | None = None) -> tuple[list[Edge], int]:
        """The ``limit`` strongest edges (touching ``focus`` if given) and how many were left out."""
        edges = self.ranked if focus is None else self.by_node.get(focus, ())
        return list(edges[:limit]), max(0, len(edges) - limit)


def relations(entries: list[TimelineEntry], field: str) -> Relations:
    """Who met, visited, called or sanctioned whom, from the events.

    ``field`` is "countries" (the first acts on the second; any further ones are context, such as
    the host of a summit) or "participants" (every pair of people at the event).
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
            weights[(source, target, verb)] += 1
    ranked = tuple(Edge(s, t, v, w) for (s, t, v), w in sorted(weights.items(), key=lambda item: (-item[1], item[0])))
    by_node: dict[str, list[Edge]] = defaultdict(list)
    for edge in ranked:
        by_node[edge.source].append(edge)
        if edge.target != edge.source:
            by_node[edge.target].append(edge)
    return Relations(ranked, {node: tuple(edges) for node, edges in by_node.items()})
