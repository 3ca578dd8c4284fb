"""Seed articles as numbered paragraphs: the unit every quote, event and figure points to.

A paragraph is a non-blank line of the seed file, numbered from 1 in file order; blank
lines only separate. Seeds are kept verbatim: nothing here rewrites them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.corpus.yaml_file import read_text
from generator.errors import Problem

_TYPOGRAPHIC = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ",
})
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Seed:
    name: str
    paragraphs: tuple[str, ...]
    lines: tuple[int, ...] = ()  # the line each paragraph is on, for messages

    def line_of(self, paragraph: int) -> int:
        return self.lines[paragraph - 1] if 0 < paragraph <= len(self.lines) else 1

    def find(self, needle: str) -> list[int]:
        """1-based numbers of the paragraphs that contain ``needle``, loosely matched."""
        wanted = normalise(needle)
        return [i for i, text in enumerate(self.paragraphs, 1) if wanted in normalise(text)]


def normalise(text: str) -> str:
    """Fold only what copying by hand changes: whitespace, typographic quotes, apostrophes, dashes."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHIC)).strip()


def split_paragraphs(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def read_seed(path: Path, shown_as: str) -> tuple[Seed | None, list[Problem]]:
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, problems
    lines = tuple(n for n, line in enumerate(text.splitlines(), 1) if line.strip())
    return Seed(path.name, split_paragraphs(text), lines), []
