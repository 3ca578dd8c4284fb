"""Which pages of the last generation an edit cannot have changed, so a process that keeps running
(`serve`, the preview) makes again only the pages of what the edit touches.

An entity's pages, a briefing's page and a pair's pages are each made from the briefings that
name the entity (or cite the briefing, or name both countries) and from the registry. So after an
edit, the pages still current are those of every entity, briefing and pair that no changed
briefing, in its old or new form, names: with the entities of the events other briefings merge
with its events and positions (one key), those whose registry entry cites it, and the
countries of the people and organisations it names (a country's page ranks its people by their
briefings). A year's page of a list across the corpus (quotes, the timeline, sources) is made from
its items alone: it is still current while it shows the same briefings, grouped alike, and none of
them changed. A changed registry or limits make everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from generator.corpus.checked import Article, Corpus
from generator.corpus.model import Claim, Event
from generator.corpus.registry import Registry
from generator.limits import Limits
from generator.pages.page import Page


@dataclass(frozen=True)
class Made:
    """A generation's pages by what they were made for ("entity:<id>", "dossier:<id>" (made from
    what the entity's own pages are), "article:<id>", "pair:<a>/<b>", or a list page's path), with
    the corpus and limits they were made from, and what each list page was made of."""

    corpus: Corpus
    limits: Limits
    pages: dict[str, list[Page]] = field(default_factory=dict)
    made_of: dict[str, tuple[Hashable, ...]] = field(default_factory=dict)


class Reuse:
    """The pages of ``last`` that still hold for ``corpus``; each page group is asked for by its key."""

    def __init__(self, last: Made | None, corpus: Corpus, limits: Limits):
        self.made = Made(corpus, limits)
        self._last = last if last is not None and _same_ground(last, corpus, limits) else None
        self._changed = frozenset() if self._last is None else _changed(self._last, corpus)
        self._current = frozenset() if self._last is None else _current(self._last, corpus, self._changed)

    def pages(self, key: str, make: Callable[[], list[Page]]) -> list[Page]:
        """The last pages made for ``key`` if still current, else those ``make`` makes."""
        last = self._last
        pages = last.pages[key] if last is not None and key in self._current else make()
        self.made.pages[key] = pages
        return pages

    def page_of(self, path: str, made_of: tuple[Hashable, ...], briefings: Iterable[str],
                make: Callable[[], Page]) -> Page:
        """The last page made at ``path`` if it was made of the same ``made_of`` and none of the
        ``briefings`` it shows changed, else the one ``make`` makes."""
        last = self._last
        if last is not None and last.made_of.get(path) == made_of and self._changed.isdisjoint(briefings):
            page = last.pages[path][0]
        else:
            page = make()
        self.made.pages[path], self.made.made_of[path] = [page], made_of
        return page


def _same_ground(last: Made, corpus: Corpus, limits: Limits) -> bool:
    """Made with the same limits and registry: else nothing made can be reused."""
    registry = corpus.registry
    return last.limits == limits and (last.corpus.registry is registry or last.corpus.registry == registry)


def _changed(last: Made, corpus: Corpus) -> frozenset[str]:
    """The ids of the briefings added, removed or edited since ``last``."""
    old, new = last.corpus.by_id, corpus.by_id
    return frozenset(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))


def _current(last: Made, corpus: Corpus, changed: frozenset[str]) -> frozenset[str]:
    """The keys of the page groups no change reaches."""
    registry = corpus.registry
    old, new = last.corpus.by_id, corpus.by_id
    if not changed:
        return frozenset(last.pages)
    versions = [old[i] for i in changed if i in old] + [new[i] for i in changed if i in new]
    ids = _ids(registry)
    touched = {i for article in versions for i in _strings(article.briefing) if i in ids}
    keys = {item.key for article in versions for item in _keyed(article) if item.key}
    for article in (*last.corpus.articles, *corpus.articles):
        touched.update(i for item in _keyed(article) if item.key in keys for i in _strings(item) if i in ids)
    touched.update(entity_id for entity_id, cited in _registry_citations(registry).items() if cited & changed)
    for entity_id in list(touched):
        person, organisation = registry.people.get(entity_id), registry.organisations.get(entity_id)
        touched.update(person.countries if person else ())
        touched.update([organisation.country] if organisation and organisation.country else ())
    citing = {a.id for a in corpus.articles if any(s.briefing in changed for d in a.briefing.doubts for s in d.sources)}
    stale = {f"{group}:{i}" for i in touched for group in ("entity", "dossier")} | \
        {f"article:{i}" for i in changed | citing}
    return frozenset(key for key in last.pages if key not in stale and not _pair_touched(key, touched))


def _keyed(article: Article) -> tuple[Event | Claim, ...]:
    """What briefings share by key: one timeline entry of every report of an event, one comparison
    of every report of a position (its subject and holder taken from the earliest)."""
    return (*article.briefing.events, *article.briefing.claims)


def _pair_touched(key: str, touched: set[str]) -> bool:
    return key.startswith("pair:") and any(country in touched for country in key.removeprefix("pair:").split("/"))


def _ids(registry: Registry) -> frozenset[str]:
    return frozenset(i for section in (registry.countries, registry.people, registry.organisations, registry.topics)
                     for i in section)


def _registry_citations(registry: Registry) -> dict[str, frozenset[str]]:
    """Every string of each entity's entry (the briefings its facts cite among them), by entity id."""
    return {entity_id: frozenset(_strings(entity))
            for section in (registry.countries, registry.people, registry.organisations, registry.topics)
            for entity_id, entity in section.items()}


def _strings(value: object) -> Iterator[str]:
    """Every string inside a model of the corpus (fields, tuples, mappings), at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for pair in value.items():
            yield from _strings(pair)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        for item in vars(value).values():
            yield from _strings(item)
