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
    """The seed's sentence around a quote: the words before it, the quote as written, the words after."""

    before: str
    quoted: str
    after: str


def in_sentence(paragraph: str, quote: str) -> InSentence | None:
    """The quote inside its sentence, or None when the quote is the whole sentence (or not found)."""
    match = re.search(_pattern(quote), paragraph)
    if match is None:
        return None
    start, end = _sentence_around(paragraph, match.start(), match.end())
    before, after = paragraph[start:match.start()], paragraph[match.end():end]
    if not before.strip(_MARKS) and not after.strip(_MARKS):
        return None
    return InSentence(before.lstrip(), match.group(0), after.rstrip())


@functools.lru_cache(maxsize=1 << 12)
def _pattern(quote: str) -> re.Pattern[str]:
    parts = [r"\s+" if c == " " else _FOLDED.get(c, re.escape(c)) for c in normalise(quote)]
    return re.compile("".join(parts))


def _sentence_around(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (or sentences) the quote at ``start:end`` stands in."""
    if not any(m.start() < start or m.start() >= end for m in _SENTENCE_END.finditer(paragraph)):
        return 0, len(paragraph)
    spans = _sentences(paragraph)
    first = max((s for s, _ in spans if s <= start), default=0)
    last = min((e for _, e in spans if e >= end), default=len(paragraph))
    return first, last


@functools.lru_cache(maxsize=1 << 12)
def _sentences(paragraph: str) -> tuple[tuple[int, int], ...]:
    return tuple((span.start, span.end) for span in _segmenter().segment(paragraph))


@functools.cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)
