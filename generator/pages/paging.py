"""Bounded pages: past a size, a list moves into parts, each a page of its own.

A popular entity, the timeline or the article list would otherwise grow with the corpus and make
pages (and the search index, and some builders) choke; small sites keep single pages. There are
three ways to cut a list (by year, in numbered pages of a fixed size, or packing whole groups),
and one way to link the parts: ``page_links``.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.corpus.checked import Article
from generator.corpus.fuzzy_date import FuzzyDate

T = TypeVar("T")
UNDATED = "undated"


@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a cut list."""

    label: str
    path: str
    items: Sequence[T]


@dataclass(frozen=True)
class PageLink:
    label: str
    href: str  # relative to the page that shows the link
    count: int | None  # items on it; none where a count would change every page with one item added
    current: bool  # the page that shows the link


def page_links(parts: Iterable[Part[T]], here: str, to: Callable[[str], str], counted: bool = True) -> list[PageLink]:
    """A link to each part from the page at ``here`` (``to`` makes a path relative to it), in order."""
    return [PageLink(part.label, to(part.path), len(part.items) if counted else None, part.path == here)
            for part in parts]


def year_of(date: FuzzyDate) -> str:
    return f"{date.year:04d}" if date.known else UNDATED


def published_year(article: Article) -> str:
    return year_of(article.published.date)


def by_year(items: Iterable[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Items grouped by year, newest year first, undated last; order inside a year is kept."""
    groups: dict[str, list[T]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return sorted(groups.items(), key=lambda kv: (kv[0] == UNDATED, "" if kv[0] == UNDATED else
                                                  str(9999 - int(kv[0])).zfill(4)))


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Consecutive slices of at most ``size`` items; one empty slice for no items."""
    return [items[start:start + size] for start in range(0, len(items), size)] or [items[:0]]


def yearly_parts(folder: str, items: Sequence[T], year: Callable[[T], str], size: int) -> list[Part[T]]:
    """A page per year under ``folder``, in parts of ``size`` for a year that has more."""
    return [Part(y if n == 1 else f"{y}, part {n}", f"{folder}/{y}.md" if n == 1 else f"{folder}/{y}-{n}.md", part)
            for y, group in by_year(items, year) for n, part in enumerate(chunks(group, size), 1)]


def numbered(newest_first: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """The newest items for the main page, then full pages of ``size`` counted from the oldest.

    Numbered pages hold exactly ``size`` items and the main page the rest (``size`` to twice that,
    fewer only when there are fewer), so a new item changes the main page alone and a numbered
    page, once full, keeps its number and its items. Each page lists newest first.
    """
    full = max(0, len(newest_first) // size - 1)
    oldest_first = newest_first[::-1]
    older = [tuple(oldest_first[n * size:(n + 1) * size][::-1]) for n in range(full)]
    return [tuple(newest_first[:len(newest_first) - full * size]), *older]


def nth(pages: list[tuple[T, ...]], number: int) -> tuple[T, ...]:
    """The items on numbered page ``number``; none past the last (lists end on different pages)."""
    return pages[number] if number < len(pages) else ()


def cuts_here(text: str) -> bool:
    """Whether a cut may fall before ``text`` (one in four, by its hash): where pages or printed
    parts end is then told by what follows, not by a count, so an item added early moves no cut
    after its own page or part."""
    return zlib.crc32(text.encode()) % 4 == 0


def packed(groups: Sequence[T], size: Callable[[T], int], name: Callable[[T], str], most_groups: int,
           most_rows: int) -> list[list[T]]:
    """Whole groups in order, a page holding up to ``most_groups`` groups or ``most_rows`` rows
    (a bigger group has a page of its own).

    Once a page holds half of either, it also ends before a group whose ``name`` ``cuts_here``,
    so the pages after a new group keep their text (and their PDFs)."""
    pages: list[list[T]] = [[]]
    rows = 0
    for group in groups:
        page = pages[-1]
        full = len(page) == most_groups or rows + size(group) > most_rows
        half = 2 * len(page) >= most_groups or 2 * rows >= most_rows
        if page and (full or (half and cuts_here(name(group)))):
            pages.append([])
            rows = 0
        pages[-1].append(group)
        rows += size(group)
    return pages
