"""Bounded pages: past a size, a list moves into yearly pages (the article list and the
cross-source pages) or numbered pages of a fixed size (an entity's lists).

A popular entity, the timeline or the article list would otherwise grow with the corpus and
make pages (and the search index, and some builders) choke. Small sites keep single pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Sized
from typing import Any, TypeVar

from generator.corpus.fuzzy_date import FuzzyDate

T = TypeVar("T")
YEAR_LIMIT = 300      # items on one page before it splits into yearly pages
ENTITY_LIMIT = 100    # items of each kind on one entity page; older ones go to numbered pages
UNDATED = "undated"


def year_of(date: FuzzyDate) -> str:
    return f"{date.year:04d}" if date.known else UNDATED


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


def in_pages(newest_first: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """The newest items for the main page, then full pages of ``size`` counted from the oldest.

    Numbered pages hold exactly ``size`` items and the main page the rest (``size`` to twice that,
    fewer only when there are fewer), so a new item changes the main page alone and a numbered
    page, once full, keeps its number and its items. Each page lists newest first.
    """
    full = max(0, len(newest_first) // size - 1)
    oldest_first = newest_first[::-1]
    older = [tuple(oldest_first[n * size:(n + 1) * size][::-1]) for n in range(full)]
    return [tuple(newest_first[:len(newest_first) - full * size]), *older]


def page_links(parts: Iterable[tuple[str, str, Sized]]) -> list[dict[str, Any]]:
    """(label, href, items) of each yearly or numbered page, as the templates' page lists show them."""
    return [{"year": label, "count": len(items), "href": href} for label, href, items in parts]
