"""When each briefing's article was published, as best known, and how that was found.

A briefing whose text prints no date would otherwise sort last, however new its story. The
events it reports place it: an event it tells as past happened before it was written, one it
tells as still to come happens after. Other briefings often date those events (a shared ``key``),
so an undated article falls after the newest event it reports as past and before the first it
reports as still to come. The reader sees the bound and how it was found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Briefing, Event

_DEPTH = {"unknown": 0, "year": 1, "month": 2, "day": 3}


@dataclass(frozen=True)
class Dating:
    """An article's best date: ``date`` orders it; ``label`` and ``how`` tell the reader."""

    date: FuzzyDate
    bound: str = ""  # "" when the date is given; else the range the events place it in, in words
    how: str = ""  # the curator's note, or how the events place the article

    @property
    def label(self) -> str:
        if self.bound:
            return self.bound
        return self.date.label if self.date.known else "date unknown"


@dataclass(frozen=True)
class _Told:
    """One event as one briefing tells it, with its parsed date."""

    briefing: Briefing
    event: Event
    date: FuzzyDate


def best_dates(articles: Iterable[tuple[Briefing, FuzzyDate, tuple[tuple[Event, FuzzyDate], ...]]]
               ) -> dict[str, Dating]:
    """Every briefing's best date by id, from its own date or the events it reports."""
    items = list(articles)
    known_by_key: dict[str, _Told] = {}  # each event key's most precise known date in any briefing
    for briefing, _, events in items:
        for event, date in events:
            if event.key and date.known:
                best = known_by_key.get(event.key)
                if best is None or _DEPTH[date.precision] > _DEPTH[best.date.precision]:
                    known_by_key[event.key] = _Told(briefing, event, date)
    out = {}
    for briefing, published, events in items:
        if published.known:
            out[briefing.id] = Dating(published, "", briefing.published.note or "")
        else:
            out[briefing.id] = _placed(briefing, events, known_by_key)
    return out


def _placed(briefing: Briefing, events: tuple[tuple[Event, FuzzyDate], ...],
            known_by_key: dict[str, _Told]) -> Dating:
    past: list[_Told] = []
    coming: list[_Told] = []
    for event, date in events:
        told = _Told(briefing, event, date) if date.known else known_by_key.get(event.key or "")
        if told is not None:
            (coming if event.scheduled else past).append(told)
    note = briefing.published.note or "The article prints no date."
    # The tightest bounds: the latest start of a past event, the earliest end of a coming one.
    newest = max(past, key=lambda t: (t.date.sort_key, _DEPTH[t.date.precision]), default=None)
    first = min((t for t in coming if newest is None or _end(t.date) >= _end(newest.date)),
                key=lambda t: (_end(t.date), -_DEPTH[t.date.precision]), default=None)
    after = f" It reports as past: {_told(newest, briefing)}." if newest else ""
    if first is not None and newest is not None and first.date.covers(newest.date):
        first = None  # "before January" adds nothing to "13 January or later"
    if first is not None:  # news tells what is coming soon: the nearer bound, so it sorts there
        label = f"between {newest.date.label} and {first.date.label}" if newest else f"before {first.date.label}"
        return Dating(first.date, label, f"{note}{after} It reports as still to come: {_told(first, briefing)}.")
    if newest is not None:
        return Dating(newest.date, f"{newest.date.label} or later", note + after)
    return Dating(FuzzyDate("unknown"), "", note)


def _end(date: FuzzyDate) -> tuple[int, int, int]:
    return (date.year, date.month or 12, date.day or 31)


def _told(told: _Told, reader: Briefing) -> str:
    where = "" if told.briefing.id == reader.id else f", as dated by “{told.briefing.title}”"
    return f"{told.event.summary.rstrip('.')} ({told.date.label}{where})"
