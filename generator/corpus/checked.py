"""The checked corpus: what every stage after `check` reads, and nothing that could still be wrong."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from generator.corpus.dating import Dating
from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Briefing, Doubt, Event, Quote
from generator.corpus.registry import Registry
from generator.corpus.seeds import Seed, normalise
from generator.corpus.sentences import quote_span


@dataclass(frozen=True)
class DatedEvent:
    """An event of a briefing with its date parsed."""

    event: Event
    date: FuzzyDate


@dataclass(frozen=True)
class Article:
    """A checked briefing with its seed and its dates parsed; undated ones placed by their events."""

    briefing: Briefing
    seed: Seed
    published: Dating  # the best date known, and how it was found
    events: tuple[DatedEvent, ...]

    @cached_property
    def id(self) -> str:
        """Asked for on every link, citation and sort: read once."""
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

    @cached_property
    def quote_spans(self) -> dict[int, tuple[int, int]]:
        """Where each quote's words stand in its paragraph, by the quote's number in the briefing
        (from 1). A quote that overlaps one already placed is left out, so marks never nest."""
        taken: dict[int, list[tuple[int, int]]] = {}
        spans = {}
        for number, quote in enumerate(self.briefing.quotes, 1):
            span = quote_span(self.seed.paragraphs[quote.paragraph - 1], quote.text)
            placed = taken.setdefault(quote.paragraph, [])
            if span and not any(start < span[1] and span[0] < end for start, end in placed):
                placed.append(span)
                spans[number] = span
        return spans

    @cached_property
    def doubts(self) -> dict[int, tuple[Doubt, ...]]:
        """The curator's doubts by the paragraph they question: every citation of it shows them."""
        by_paragraph: dict[int, list[Doubt]] = {}
        for doubt in self.briefing.doubts:
            by_paragraph.setdefault(doubt.paragraph, []).append(doubt)
        return {n: tuple(d) for n, d in by_paragraph.items()}

    def anchor(self, quote: Quote) -> str:
        """The anchor a citation of the quote lands on: its words in the source text, or its paragraph."""
        number = next((n for n, q in enumerate(self.briefing.quotes, 1) if q is quote), 0)
        return f"q{number}" if number in self.quote_spans else f"p{quote.paragraph}"


@dataclass(frozen=True)
class Corpus:
    registry: Registry
    articles: tuple[Article, ...]

    @cached_property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}
