"""Who acted on whom, who was seen with whom, and the pairs of countries that meet in events.

Direction comes only from an event's ``actor`` and ``target``, never from the order of its
countries (that order once turned the arrest of a Chinese executive in Canada into "Canada
arrested China"); and an event reported by several briefings counts once.

A pair of countries is what two countries' page shows. An event belongs to it when it names
both and its actor and target, where given, are among the two: the arrest above (actor Canada,
no target) is on the pages of Canada and China and of Canada and the United States, a Canada →
China visit on the first alone, an event without sides on every pair it names. A pair is kept
when at least one of its events is between the two: one acted on the other, or the event names
only them; naming a summit's host does not make the host a pair with each guest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from generator.analysis.compare import TimelineEntry
from generator.analysis.entity_index import EntityIndex, QuoteRef
from generator.analysis.figures import FigureRef
from generator.corpus.checked import Article
from generator.corpus.registry import Registry

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Edge:
    """What ``source`` did to ``target`` in events of one kind ("" for people at the same events)."""

    source: str
    target: str
    kind: str
    entries: tuple[TimelineEntry, ...]  # in date order, each once however many briefings report it

    @property
    def weight(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class Relations:
    """Every edge of one kind of graph, ranked once; each page then takes its slice."""

    ranked: tuple[Edge, ...]
    by_node: dict[str, tuple[Edge, ...]]

    def strongest(self, limit: int, focus: str | None = None) -> tuple[list[Edge], int]:
        """The ``limit`` strongest edges (touching ``focus`` if given) and how many were left out."""
        edges = self.ranked if focus is None else self.by_node.get(focus, ())
        return list(edges[:limit]), max(0, len(edges) - limit)

    def between(self, a: str, b: str) -> tuple[Edge, ...]:
        """The edges from either of two nodes to the other, strongest first."""
        return tuple(e for e in self.by_node.get(a, ()) if {e.source, e.target} == {a, b})


def country_relations(entries: Iterable[TimelineEntry]) -> Relations:
    """Who acted on whom, by kind of event: from each event's actor to its target. A planned
    visit is not yet a relation, so an event only counts once some briefing reports it done."""
    return _ranked((e.actor, e.target, e.reports[0].event.kind, e) for e in entries
                   if e.actor and e.target and not e.scheduled)


def people_relations(entries: Iterable[TimelineEntry]) -> Relations:
    """People at the same events, without direction: a delegation's ministers at one visit did not
    visit one another."""
    found = []
    for entry in entries:
        if entry.scheduled:
            continue
        people = sorted({p for r in entry.reports for p in r.event.participants})
        found += [(a, b, "", entry) for a, b in combinations(people, 2)]
    return _ranked(found)


def _ranked(found: Iterable[tuple[str | None, str | None, str, TimelineEntry]]) -> Relations:
    groups: dict[tuple[str, str, str], list[TimelineEntry]] = defaultdict(list)
    for source, target, kind, entry in found:
        if source and target:
            groups[(source, target, kind)].append(entry)
    ranked = tuple(Edge(s, t, k, tuple(entries))
                   for (s, t, k), entries in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))
    by_node: dict[str, list[Edge]] = defaultdict(list)
    for edge in ranked:
        by_node[edge.source].append(edge)
        if edge.target != edge.source:
            by_node[edge.target].append(edge)
    return Relations(ranked, {node: tuple(edges) for node, edges in by_node.items()})


@dataclass(frozen=True)
class CountryPair:
    """Two countries that meet in events, and what the briefings say of them together."""

    countries: tuple[str, str]  # ids, in id order
    events: tuple[TimelineEntry, ...]  # in date order
    quotes: tuple[QuoteRef, ...]  # by people of one side naming the other; newest briefing first
    figures: tuple[FigureRef, ...]  # figures of both countries; newest briefing first
    articles: tuple[Article, ...]  # every briefing the above come from, newest first
    acts: tuple[Edge, ...]  # who acted on whom, by kind of event, strongest first

    @property
    def slug(self) -> str:
        return "-".join(self.countries)


def country_pairs(registry: Registry, index: EntityIndex, entries: Iterable[TimelineEntry],
                  acts: Relations) -> tuple[CountryPair, ...]:
    """Every pair of countries that meet in events, in id order."""
    events: dict[tuple[str, str], list[TimelineEntry]] = defaultdict(list)
    kept: set[tuple[str, str]] = set()
    for entry in entries:
        sides = {side for side in (entry.actor, entry.target) if side}
        for pair in combinations(sorted(entry.countries), 2):
            if sides <= set(pair):
                events[pair].append(entry)
        if len(sides) == 2 or len(entry.countries) == 2:
            kept.add(_pair(*(sides if len(sides) == 2 else entry.countries)))
    quotes, figures = _quotes(registry, index, kept), _figures(index, kept)
    pairs = []
    rank = {article.id: n for n, article in enumerate(index.newest_first)}  # not every briefing scanned per pair
    for pair in sorted(kept):
        cited = {r.article.id: r.article for e in events[pair] for r in e.reports}
        cited |= {r.article.id: r.article for r in quotes[pair]} | {r.article.id: r.article for r in figures[pair]}
        pairs.append(CountryPair(pair, tuple(events[pair]), tuple(quotes[pair]), tuple(figures[pair]),
                                 tuple(sorted(cited.values(), key=lambda a: rank[a.id])), acts.between(*pair)))
    return tuple(pairs)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _quotes(registry: Registry, index: EntityIndex,
            kept: set[tuple[str, str]]) -> dict[tuple[str, str], list[QuoteRef]]:
    """A quote concerns a pair when its speaker belongs to one country and its paragraph or context
    names the other (the country, one of its names, or one of its people): Carney on his meeting
    with Xi is about China even where the paragraph never says "China"."""
    named = _Names(registry)
    found: dict[tuple[str, str], dict[int, QuoteRef]] = defaultdict(dict)
    for article in index.newest_first:
        for quote in article.quotes:
            speaker = registry.people.get(quote.speaker or "")
            if speaker is None:
                continue
            others = named.countries_in(f"{article.seed.paragraphs[quote.paragraph - 1]}\n{quote.context}")
            for side in speaker.countries:
                for other in others - {side}:
                    pair = _pair(side, other)
                    if pair in kept:
                        found[pair].setdefault(id(quote), QuoteRef(article, quote))
    return defaultdict(list, {pair: list(refs.values()) for pair, refs in found.items()})


def _figures(index: EntityIndex, kept: set[tuple[str, str]]) -> dict[tuple[str, str], list[FigureRef]]:
    found: dict[tuple[str, str], list[FigureRef]] = defaultdict(list)
    for article in index.newest_first:
        for ref in index.article_figures[article.id]:  # each quantity once, in all its units
            for pair in combinations(sorted({c for f in ref.stated for c in f.countries}), 2):
                if pair in kept:
                    found[pair].append(ref)
    return found


class _Names:
    """Which countries a text names, by the words of their names and aliases and their people's.

    Matched word by word, as written (so the alias "US" is not the word "us"), by looking up runs
    of words: one dictionary look-up per run, not one search per name.
    """

    def __init__(self, registry: Registry):
        self.names: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for country in registry.countries.values():
            for name in (country.name, *country.aliases):
                self.names[tuple(_WORD.findall(name))].add(country.id)
        for person in registry.people.values():
            for name in (person.name, *person.aliases):
                self.names[tuple(_WORD.findall(name))].update(person.countries)
        self.names.pop((), None)
        self.longest = max(map(len, self.names), default=0)

    def countries_in(self, text: str) -> set[str]:
        words = _WORD.findall(text)
        found: set[str] = set()
        for start in range(len(words)):
            for end in range(start + 1, min(start + self.longest, len(words)) + 1):
                found |= self.names.get(tuple(words[start:end]), set())
        return found
