"""The checked corpus: what every stage after `check` reads, and nothing that could still be wrong."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Briefing, Event, Quote
from generator.corpus.registry import Registry
from generator.corpus.seeds import Seed, normalise


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

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """The briefing's quotes with the same words by the same speaker once: a headline that
        repeats the body's "turning point" is not a second quote. The body's occurrence is kept."""
        headline = normalise(self.briefing.title).casefold()

        def in_headline(quote: Quote) -> bool:
            return normalise(self.seed.paragraphs[quote.paragraph - 1]).casefold() == headline

        chosen: dict[tuple[str, str], Quote] = {}
        for quote in self.briefing.quotes:
            key = (quote.speaker or quote.speaker_label or "", normalise(quote.text).casefold().strip(" .,;:!?"))
            if key not in chosen or (in_headline(chosen[key]) and not in_headline(quote)):
                chosen[key] = quote
        kept = {id(q) for q in chosen.values()}
        return tuple(q for q in self.briefing.quotes if id(q) in kept)


@dataclass(frozen=True)
class Corpus:
    registry: Registry
    articles: tuple[Article, ...]
