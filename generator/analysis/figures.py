"""Figures across sources: each article's figures once, grouped by measure, and where sources differ.

An article that gives one quantity in two currencies or units ("C$118.7 billion (US $85.5
billion)") states one figure, not two, and never disagrees with itself. Sources disagree only
when different articles give different values in the same unit. Values in different units are
not converted: no exchange rate of the day is known, and a rounded conversion would call a
rounding a difference. So they are not compared, and the group says so where the units leave
two sources with nothing in common: a reader sees both values, and that the site does not
judge them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from generator.corpus.checked import Article
from generator.corpus.model import Figure


@dataclass(frozen=True)
class FigureRef:
    """One quantity as one article states it: a figure, and the same quantity in other units."""

    article: Article
    figure: Figure
    also: tuple[Figure, ...] = ()  # the same measure and period in other units, in briefing order

    @property
    def stated(self) -> tuple[Figure, ...]:
        return (self.figure, *self.also)

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(f.paragraph for f in self.stated))


@dataclass(frozen=True)
class Discrepancy:
    """Values of one measure, period and unit that different sources give differently."""

    period: str  # "" when no source states one
    unit: str  # named only when the period's values differ in more than one unit
    values: tuple[FigureRef, ...]  # each source's value, while there are few
    counts: tuple[tuple[str, int], ...]  # past that, the most reported values with how many give each
    others: int  # values left out of ``counts``
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Uncompared:
    """A period whose sources give the measure in units no source links, so some are not compared."""

    period: str  # "" when no source states one
    units: tuple[tuple[str, ...], ...]  # the units, those some source gives together in one tuple


@dataclass(frozen=True)
class FigureGroup:
    measure: str
    label: str
    rows: tuple[FigureRef, ...]
    discrepancies: tuple[Discrepancy, ...]
    uncompared: tuple[Uncompared, ...]


def unit_key(unit: str) -> str:
    """Units are compared as written, but for case and spacing: "USD" and "usd" are one unit."""
    return " ".join(unit.casefold().split())


def stated_figures(article: Article) -> tuple[FigureRef, ...]:
    """The article's figures, one per quantity, in briefing order.

    A figure joins an earlier one of the same measure and period that lacks its unit (one in its
    own paragraph first): the same quantity in another unit. Two figures in one unit stay two,
    as an article may give a value before and after a change.
    """
    merged: list[list[Figure]] = []
    by_key: dict[tuple[str, str | None], list[list[Figure]]] = defaultdict(list)
    for figure in article.briefing.figures:
        same = by_key[(figure.measure, figure.period)]
        lacking = [m for m in same if unit_key(figure.unit) not in {unit_key(f.unit) for f in m}]
        lacking.sort(key=lambda m: m[0].paragraph != figure.paragraph)
        if lacking:
            lacking[0].append(figure)
        else:
            same.append([figure])
            merged.append(same[-1])
    return tuple(FigureRef(article, m[0], tuple(m[1:])) for m in merged)


def figure_groups(refs: Iterable[FigureRef], shown_values: int) -> list[FigureGroup]:
    """Every article's stated figures by measure, in measure order, with what differs between sources."""
    by_measure: dict[str, list[FigureRef]] = defaultdict(list)
    for ref in refs:
        by_measure[ref.figure.measure].append(ref)
    groups = []
    for measure, rows in sorted(by_measure.items()):
        rows.sort(key=lambda r: (r.figure.period or "", r.article.id, r.figure.paragraph))
        label = Counter(r.figure.label for r in rows).most_common(1)[0][0]
        discrepancies, uncompared = _compared(rows, shown_values)
        groups.append(FigureGroup(measure, label, tuple(rows), tuple(discrepancies), tuple(uncompared)))
    return groups


def _compared(rows: list[FigureRef], shown_values: int) -> tuple[list[Discrepancy], list[Uncompared]]:
    """Per period and unit, the values two or more sources give differently; per period, the units
    that could not be compared.

    One entry per period and unit, however many sources, so the page grows with the corpus, not
    its square. A figure with no period is compared with the figures of every period.
    """
    periods = sorted({r.figure.period for r in rows if r.figure.period}) or [""]
    found, uncompared = [], []
    for period in periods:
        refs = [r for r in rows if r.figure.period in (period, None)]
        by_unit: dict[str, list[FigureRef]] = defaultdict(list)
        for ref in refs:
            for figure in ref.stated:
                if figure.amount is not None:
                    by_unit[unit_key(figure.unit)].append(FigureRef(ref.article, figure))
        differing = [values for _, values in sorted(by_unit.items())
                     if len({v.article.id for v in values}) > 1 and len({v.figure.amount for v in values}) > 1]
        for values in differing:
            unit = values[0].figure.unit if len(differing) > 1 else ""
            found.append(_discrepancy(period, unit, values, shown_values))
        islands = _islands(refs)
        if len(islands) > 1 and len({v.figure.amount for values in by_unit.values() for v in values}) > 1:
            uncompared.append(Uncompared(period, islands))
    return found, uncompared


def _discrepancy(period: str, unit: str, values: list[FigureRef], shown_values: int) -> Discrepancy:
    reasons = ["Different values"]
    if any(v.figure.approximate for v in values):
        reasons[0] += ", some rounded or approximate"
    scopes = sorted({v.figure.scope or "not stated" for v in values})
    if len(scopes) > 1:
        reasons.append("scope differs (" + " / ".join(scopes) + ")")
    if any(v.figure.period is None for v in values):
        reasons.append("period not stated by some sources")
    if len(values) <= shown_values:
        return Discrepancy(period, unit, tuple(values), (), 0, tuple(reasons))
    counts = Counter(v.figure.value for v in values)
    return Discrepancy(period, unit, (), tuple(counts.most_common(shown_values)),
                       max(0, len(counts) - shown_values), tuple(reasons))


def _islands(refs: list[FigureRef]) -> tuple[tuple[str, ...], ...]:
    """The units joined into islands by the figures that give one quantity in several: values in
    one island can be compared, through a shared unit; values in two islands cannot."""
    names: dict[str, str] = {}
    islands: list[set[str]] = []
    for ref in refs:
        units = {unit_key(f.unit) for f in ref.stated if f.amount is not None}
        for figure in ref.stated:
            names.setdefault(unit_key(figure.unit), figure.unit)
        if units:
            touching = [island for island in islands if island & units]
            islands = [island for island in islands if not island & units] + [units.union(*touching)]
    return tuple(sorted(tuple(sorted(names[u] for u in island)) for island in islands))
