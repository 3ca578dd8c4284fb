"""A quote in the sentence the seed says it in, so a fragment can never read as its opposite.

"deep relationship" alone says the reverse of "Ottawa would not seek a “deep relationship” with
Beijing". Sentences are found by pysbd's rule-based segmenter, which knows abbreviations such as
"U.S." and "Mr."; a paragraph with no sentence end outside the quote is its own sentence and is
not segmented at all (most are, and segmenting costs about a millisecond a paragraph).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pysbd

from generator.corpus.seeds import normalise

# What normalise() folds, unfolded again to find the quote in the seed as written.
_FOLDED = {'"': "[\"“”„‟«»]", "'": "['‘’‚‛′´]", "-": "[-‐‑‒–—―−]"}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+\S")
_MARKS = " \"'“”‘’«»„,;:.!?—–-"  # what may stand around a quote that is its whole sentence


@dataclass(frozen=True)
class InSentence:
    """The seed's sentence around one or more quotes, as runs of text, each quoted or not."""

    runs: tuple[tuple[str, bool], ...]


def sentence_of(paragraph: str, quote: str) -> tuple[int, int] | None:
    """Where the sentence that holds the quote stands in the paragraph; None if it is not found."""
    found = _located(paragraph, quote)
    return found[:2] if found else None


def quote_span(paragraph: str, quote: str) -> tuple[int, int] | None:
    """Where the quoted words stand in the paragraph, as written; None if they are not found."""
    found = _located(paragraph, quote)
    return found[2:] if found else None


def in_sentence(paragraph: str, quotes: tuple[str, ...]) -> InSentence | None:
    """The quotes inside the sentence (or sentences) that hold them, or None when the quotes are
    all their sentence says (or are not found)."""
    found = sorted(f for f in (_located(paragraph, q) for q in quotes) if f)
    if not found:
        return None
    start, end = min(f[0] for f in found), max(f[1] for f in found)
    runs: list[tuple[str, bool]] = []
    at = start
    for _, _, q_start, q_end in found:
        if q_start < at:  # overlaps the last quote: extend it
            if q_end > at:
                runs[-1] = (runs[-1][0] + paragraph[at:q_end], True)
                at = q_end
            continue
        runs += [(paragraph[at:q_start], False), (paragraph[q_start:q_end], True)]
        at = q_end
    runs.append((paragraph[at:end], False))
    if not "".join(text for text, quoted in runs if not quoted).strip(_MARKS):
        return None
    runs[0] = (runs[0][0].lstrip(), False)
    runs[-1] = (runs[-1][0].rstrip(), False)
    return InSentence(tuple((text, quoted) for text, quoted in runs if text))


@functools.lru_cache(maxsize=1 << 14)
def _located(paragraph: str, quote: str) -> tuple[int, int, int, int] | None:
    """(sentence start, sentence end, quote start, quote end), or None if the quote is not found."""
    start = paragraph.find(quote)  # most quotes are copied as written: no pattern to compile
    if start >= 0:
        end = start + len(quote)
    else:
        match = re.search(_pattern(quote), paragraph)
        if match is None:
            return None
        start, end = match.start(), match.end()
    return (*_sentence_around(paragraph, start, end), start, end)


@functools.lru_cache(maxsize=1 << 12)
def _pattern(quote: str) -> re.Pattern[str]:
    parts = [r"\s+" if c == " " else _FOLDED.get(c, re.escape(c)) for c in normalise(quote)]
    return re.compile("".join(parts))


def _sentence_around(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (or sentences) the quote at ``start:end`` stands in."""
    if not any(m.start() < start or m.start() >= end for m in _SENTENCE_END.finditer(paragraph)):
        return 0, len(paragraph)
    spans = sentence_spans(paragraph)
    first = max((s for s, _ in spans if s <= start), default=0)
    last = min((e for _, e in spans if e >= end), default=len(paragraph))
    return first, last


@functools.lru_cache(maxsize=1 << 12)
def sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``paragraph``, as pysbd segments it."""
    return tuple((span.start, span.end) for span in _segmenter().segment(paragraph))


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)
