"""The checked corpus: what every stage after `check` reads, and nothing that could still be wrong."""

from __future__ import annotations

from dataclasses import dataclass

from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Briefing, Event
from generator.corpus.registry import Registry
from generator.corpus.seeds import Seed


@dataclass(frozen=True)
class DatedEvent:
    """An event of a briefing with its date parsed."""

    event: Event
    date: FuzzyDate


@dataclass(frozen=True)
class Article:
    """A checked briefing with its seed and its dates parsed."""

    briefing: Briefing
    seed: Seed
    published: FuzzyDate
    events: tuple[DatedEvent, ...]

    @property
    def id(self) -> str:
        return self.briefing.id


@dataclass(frozen=True)
class Corpus:
    registry: Registry
    articles: tuple[Article, ...]
