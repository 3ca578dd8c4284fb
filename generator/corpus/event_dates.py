"""An event's date must rest on something a reader can see, and every briefing that reports the
same event (one `key`) must tell it the same way, or say how the sources differ.

A date is backed by the paragraph's own words (`as_written`), or by `inferred`, the evidence it
was worked out from. Relative wording ("on Tuesday", "last month") is anchored to the article's
date, so it backs a date only where that date was printed (`dateline`) or seen on the page
(`page`); on an article dated by inference the event says so too. Wording that gives a year backs
no month, and one that gives a month backs no day.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict

from generator.corpus.fuzzy_date import FuzzyDate
from generator.corpus.model import Briefing, Event
from generator.corpus.yaml_file import Location, YamlFile
from generator.errors import Problem

_MONTHS = "|".join(m for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))
PRECISION = {"year": 1, "month": 2, "day": 3}


def date_backing(doc: YamlFile, briefing: Briefing, dates: dict[Location, FuzzyDate]) -> list[Problem]:
    """Every dated event rests on its paragraph's wording or on a stated inference (events whose
    date does not parse are reported by `check_dates` alone)."""
    problems = []
    anchored = briefing.published.basis in ("dateline", "page")
    for i, event in enumerate(briefing.events):
        if event.date is None or event.inferred or ("events", i) not in dates:
            continue
        where: Location = ("events", i, "date")
        wording = event.as_written
        if not wording:
            problems.append(doc.problem(where, f"{event.date} has no date wording in ¶{event.paragraph}",
                                        "set as_written to the paragraph's words that give it, or inferred: the "
                                        "evidence it was worked out from (another briefing's event, a weekday …)"))
        elif not anchored and not re.search(r"\b\d{4}\b", wording):
            problems.append(doc.problem(where, f"'{wording}' counts from the article's date, which is "
                                        f"{briefing.published.basis}, not printed",
                                        "say both steps in inferred:, or leave the date unknown"))
        elif PRECISION.get(event.precision, 0) > gives(wording):
            problems.append(doc.problem(where, f"'{wording}' gives no {event.precision}",
                                        f"set the precision the wording gives, or say in inferred: where the "
                                        f"{event.precision} comes from"))
    return problems


def gives(wording: str) -> int:
    """How precise a date wording can be: a day, a month or only a year."""
    if re.search(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
                 wording) \
            or re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow)\b",
                         wording, re.I):
        return 3
    if re.search(rf"\b(?:{_MONTHS})\b|\bmonth\b|\bweek\b", wording, re.I):
        return 2
    return 1


def shared_keys(reports: list[tuple[YamlFile, Briefing, dict[Location, FuzzyDate]]]) -> list[Problem]:
    """Reports of one event (one key) in several briefings agree on its kind and date, unless a
    report says in `discrepancy` how its source differs. A report dated less precisely agrees when
    its date holds the other ("October 2025" holds 31 October 2025); an undated one does not, as
    the other briefing dates it. Each disagreeing report is flagged with the place of the report
    it is compared with: the most precise one."""
    by_key: dict[str, list[tuple[YamlFile, int, Event, FuzzyDate]]] = defaultdict(list)
    for doc, briefing, dates in reports:
        for i, event in enumerate(briefing.events):
            if event.key and ("events", i) in dates:
                by_key[event.key].append((doc, i, event, dates[("events", i)]))
    problems = []
    for key, group in sorted(by_key.items()):
        if len({doc.path for doc, *_ in group}) < 2:
            continue
        ref_doc, ref_i, ref_event, ref_date = min(group, key=lambda r: (-PRECISION.get(r[3].precision, 0),
                                                                        r[0].path))
        there = f"{ref_doc.path}:{ref_doc.mark(('events', ref_i))[0]}"
        for doc, i, event, date in group:
            if doc is ref_doc or event.discrepancy:
                continue
            told = _told(ref_event, ref_date)
            if event.kind != ref_event.kind or date.known != ref_date.known or not date.covers(ref_date):
                problems.append(doc.problem(("events", i), f"event '{key}' is {_told(event, date)} here but "
                                            f"{told} in {there}", "make them agree: date it from that briefing "
                                            "with inferred:, or say how the sources differ in discrepancy:"))
    return problems


def _told(event: Event, date: FuzzyDate) -> str:
    return f"a {event.kind} " + (f"dated {date.iso}" if date.known else "undated")
