"""Dates as articles give them: a day, a month, a year, or unknown, and how to sort them together.

An imprecise date sorts before the precise dates inside it ("2025" heads 2025, "October 2025"
heads that month), so it reads as context for what follows; unknown dates sort last.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

FORMATS = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
EXAMPLES = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}
# English month names read once: calendar.month_name formats a date on every lookup.
MONTH_NAMES = tuple(calendar.month_name)


@dataclass(frozen=True)
class FuzzyDate:
    precision: str
    year: int = 0
    month: int = 0
    day: int = 0

    @property
    def known(self) -> bool:
        return self.precision != "unknown"

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        return (0 if self.known else 1, self.year, self.month, self.day)

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}", f"{self.month:02d}", f"{self.day:02d}"]
        return "-".join(parts[: {"year": 1, "month": 2, "day": 3}.get(self.precision, 0)])

    @property
    def label(self) -> str:
        if self.precision == "day":
            return f"{self.day} {MONTH_NAMES[self.month]} {self.year}"
        if self.precision == "month":
            return f"{MONTH_NAMES[self.month]} {self.year}"
        if self.precision == "year":
            return str(self.year)
        return "date unknown"

    def covers(self, other: FuzzyDate) -> bool:
        """True when ``other`` can be the same date told at another precision (2025-10 covers 2025-10-31)."""
        if not (self.known and other.known):
            return True
        mine, theirs = (self.year, self.month, self.day), (other.year, other.month, other.day)
        depth = min(_DEPTH[self.precision], _DEPTH[other.precision])
        return mine[:depth] == theirs[:depth]


_DEPTH = {"year": 1, "month": 2, "day": 3}
UNKNOWN = FuzzyDate("unknown")


def parse_date(value: str | None, precision: str) -> tuple[FuzzyDate | None, str, str]:
    """Return (date, "", "") or (None, what is wrong, how to fix it)."""
    if precision == "unknown":
        if value is not None:
            return None, f"date '{value}' is given but precision is 'unknown'", "set the precision or write date: null"
        return UNKNOWN, "", ""
    if value is None:
        return None, f"no date for precision '{precision}'", "give the date, or set precision: unknown"
    if not re.match(FORMATS[precision], value):
        hint = next((f"or set precision: {p}" for p, f in FORMATS.items() if re.match(f, value)), "")
        fix = f"write {EXAMPLES[precision]}" + (f", {hint}" if hint else "")
        return None, f"'{value}' does not match precision '{precision}'", fix
    numbers = [int(part) for part in value.split("-")] + [0, 0]
    year, month, day = numbers[:3]
    if precision != "year" and not 1 <= month <= 12:
        return None, f"'{value}' has no month {month}", "months run from 01 to 12"
    if precision == "day":
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return None, f"'{value}' is not a real date", f"{MONTH_NAMES[month]} {year} has {last} days"
    return FuzzyDate(precision, year, month, day), "", ""
