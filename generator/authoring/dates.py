"""Dates an article mentions, as written, with their value where the text fixes it.

A full date is read as it stands. A date without its year ("the December 14 runoff", "in
October"), a weekday ("on Thursday") or a relative date ("last month", "next March", "this
week") is worked out from the publication date when the article has one (its dateline), and the
draft says how; without one it stays unknown and is never guessed. Whether the sentence tells the
date as past or still to come decides which Thursday or which March it is, and marks events that
are still to come.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from dataclasses import dataclass, replace

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from generator.authoring.tense import ITS_DAY, WEEKDAY, told_as_future
from generator.authoring.text import MONTHS, WEEKDAYS, Found, sentence_at
from generator.corpus.fuzzy_date import FuzzyDate

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")  # "May. 24, 2028" too
_YEAR = r"(?:1[89]|20)\d\d"
_LEAD = (r"(?:(?:on|in|since|by|until|till|from|before|after|through|during|early|late|mid|last|next|this|of|as|"
         r"to|and|or|between|a|an|for)\s+(?:at\s+least\s+)?|mid-)")  # "until at least September", "a January storm",
# "the forecast for July rainfall"
_PERIOD = r"(?:week|month|year)"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "several": 0}
# What sets a date to come before its "for": "scheduled for February", "penciled in for September"
_SET_FOR = re.compile(r"\b(?:scheduled|planned|slated|set|due|pencil+ed\s+in|earmarked|booked)\s+$", re.I)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
# Months as Brazilian and Portuguese papers shorten them in a date's digits, English ones beside them.
_SHORT_MONTHS = {short: n for n, shorts in enumerate(("", "jan", "fev feb", "mar", "abr apr", "mai may", "jun", "jul",
                                                      "ago aug", "set sep", "out oct", "nov", "dez dec"))
                 for short in shorts.split()}
_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [(re.compile(pattern), parts) for pattern, parts in (
    (r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b", ("y", "iso", "d")),  # "2028-02-02"
    (r"\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b", ("a", "sep", "b", "y")),  # "31/08/2027"
    (rf"\b(\d{{1,2}})\.({'|'.join(_SHORT_MONTHS)})\.({_YEAR})\b", ("d", "short", "y")),  # Folha's "8.nov.2028"
    (r"\b(?:((?i:last|next|this))\s+)?(Christmas(?:\s+Day|\s+Eve)?|New\s+Year[’']s\s+(?:Day|Eve))\b",
     ("shift", "holiday")),
    (rf"\b{ITS_DAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+({_YEAR})\b", ("d", "m", "y")),
    (rf"\b{ITS_DAY}({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b", ("m", "d", "y")),
    (rf"\b({_MONTH})\s+(?:of\s+)?({_YEAR})\b", ("m", "y")),
    (rf"\b(?:{_LEAD})?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({_MONTH})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?\s+((?i:last|next|this))\s+year\b",
     ("d", "m", "d", "year")),  # "November last year", "by 14 October next year"
    (rf"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:half|quarter)\s+of\s+({_YEAR})\b", ("y",)),
    (r"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:half|quarter)\s+of\s+(the|this|next|last)\s+(year)\b",
     ("shift", "period")),
    (rf"\b({_YEAR})\s*[–-]\s*(?:{_YEAR}|\d\d)\b", ("range",)),
    (r"\b(?:the\s+)?(?:early\s+|late\s+|mid-)?((?:1[5-9]|2[0-2])\d0)s\b", ("decade",)),  # "the 1980s": no one value
    (rf"\b{ITS_DAY}({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)", ("m", "d")),
    (rf"\b{ITS_DAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\b", ("d", "m")),
    (r"\b((?i:yesterday|today|tomorrow|tonight))(?:\s+(?:morning|afternoon|evening|night))?\b", ("rel",)),
    (r"\b((?i:this))\s+(?:morning|afternoon|evening)\b|\b((?i:last))\s+night\b", ("rel", "rel")),
    (r"\bthe\s+(following|next|previous)\s+day\b|\bthe\s+day\s+(before|after)\b", ("around", "around")),
    (r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)(year|month|week)\b", ("period",)),
    (r"\b(?i:the\s+(?:current|coming|next|last|previous)\s+(?:fiscal|financial|calendar)\s+year)\b"
     rf"|\bthe\s+{_MONTH}[–-]{_MONTH}\s+quarter\b", ()),
    (rf"\b(?:(?i:early|late)\s+|(?i:mid)-)?((?i:(?:earlier|later)\s+this|this|last|next|the\s+past|the\s+previous|"
     rf"the\s+coming))\s+({_PERIOD}|weekend)\b", ("shift", "period")),  # "early next year", "last weekend"
    (r"\b(?:(?i:over|at|during)\s+)the\s+(weekend)\b", ("period",)),  # "died … over the weekend"
    (rf"\b((?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)|\d+)\s+({_PERIOD}|day|decade)s?\s+ago\b",
     ("count", "ago")),
    (rf"\b((?i:next|last|this))\s+({_MONTH})(?!\s+\d)", ("shift", "m")),
    (rf"\b((?i:next|last|this|early|late|in|by))\s+(?:the\s+)?({_SEASON})\b", ("shift", "season")),
    (rf"\b{_LEAD}({_MONTH})\b(?!\s+\d)", ("m",)),
    (rf"\b({_MONTH})(?=,?\s+(?:(?:and|or)\s+)?{_MONTH}\b(?!\s+\d))", ("m",)),  # "What about September and October?"
    (rf"\b(?:((?i:next|last|this)|on|by|until|from|since|early|late)\s+)?({WEEKDAY})(?:’s|'s)?"
     rf"(?:\s+(?:night|morning|afternoon|evening))?\b", ("shift", "wd")),
    (rf"\b({_YEAR})\b", ("y",)),
    (r"\b(?i:that)\s+(year)\b", ("that",)),  # the year of the date before it, found first: "In 2024 … that year"
)]
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class FoundDate(Found):
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when the text does not fix it
    precision: str
    sentence: str
    anchored: str = ""    # how the value was worked out from the publication date, or ""
    future: bool = False  # the sentence tells it as still to come


def find_dates(paragraphs: tuple[str, ...], published: FuzzyDate | None = None) -> list[FoundDate]:
    """Dates and years mentioned in the text, most precise reading first, each once."""
    found: list[FoundDate] = []
    for number, text in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []
        here: list[FoundDate] = []
        for pattern, parts in _PATTERNS:
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                fields = _named_month({k: v for k, v in zip(parts, m.groups(), strict=False) if v is not None})
                if "m" in fields and not MONTHS.get(fields["m"].rstrip(".").lower()):
                    continue
                if fields.get("m", "").startswith("May") and "d" not in fields and "y" not in fields and (
                        not re.match(r"(?:(?:in|since|by|until|from|early|late|mid|next|last|this|as|a|of|for|before|"
                                     r"after|during|through)\s|mid-)", m.group(0))):
                    continue  # "may" the verb, "told May" the person; "as early as May", "a May cut" are months
                taken.append((m.start(), m.end()))
                weekday = re.match(WEEKDAY, m.group(0))  # "Saturday, July 8": dated by both
                future = told_as_future(text, m.start(), m.end())
                if re.match(r"(?i)for\s", m.group(0)):  # "bookings for February were down": the nearer February,
                    future = True if _SET_FOR.search(text[:m.start()]) else None  # whatever the verb; not "set for …"
                if "decade" in fields and published is not None and published.known:
                    future = int(fields["decade"]) > published.year  # "the 2120s" is to come whatever the verb
                if "around" in fields:
                    value, precision, how = _next_to(here, m.start(), fields["around"])
                elif "that" in fields:
                    value, precision, how = _that_year(here, m.start())
                else:
                    value, precision, how = _value(fields, published, future)
                if weekday and "y" not in fields and value and precision == "day" and published is not None \
                        and published.known:
                    value, how = _in_the_weekdays_year(value, weekday.group(0), published.year, how)
                if value and published is not None and published.known and value < published.iso[:len(value)]:
                    future = False  # "must fall 42% from 2019 levels": a time before the article's is past
                here.append(FoundDate(m.group(0), number, m.start(), value, precision, sentence_at(text, m.start()),
                                      how, bool(future)))
                here.sort(key=lambda d: d.start)
        found += _months_in_order(here, text, published)
    return found


def _months_in_order(here: list[FoundDate], text: str, published: FuzzyDate | None) -> list[FoundDate]:
    """The second of two months or days joined in one phrase is the first of its name after the first:
    "for December and January" of a November article, "between June 1 and Oct. 15"; and the first is in
    the second's year when the second has one ("between August and November 2025")."""
    dated = list(here)
    now = published.iso[:7] if published is not None and published.known else None
    for i in range(1, len(dated)):
        first, second = dated[i - 1], dated[i]
        joined = text[first.start + len(first.text):second.start] + second.text
        if not (first.precision in ("month", "day") and second.precision in ("month", "day") and first.value
                and second.value and not re.search(rf"\b{_YEAR}\b", first.text) and _JOINED_MONTH.match(joined)):
            continue
        year, then = int(first.value[:4]), int(second.value[:4])
        if re.search(rf"\b{_YEAR}\b", second.text):
            value = f"{then - (first.value[5:] > second.value[5:]):04d}{first.value[4:]}"
            dated[i - 1] = replace(first, value=value, future=now is not None and value[:7] > now,
                                   anchored=f"the {_bare(first.text)} before {_bare(second.text)}")
        elif (value := f"{year + (second.value[5:] < first.value[5:]):04d}{second.value[4:]}") != second.value:
            dated[i] = replace(second, value=value, future=second.future if now is None else value[:7] > now,
                               anchored=f"the {_bare(second.text)} after {_bare(first.text)} {year}")
    return dated


def _bare(written: str) -> str:
    """A date as written without the word that leads it: "December" of "for December"."""
    return re.sub(r"^[a-z]+\s+", "", written.strip())


_JOINED_MONTH = re.compile(rf"\s*(?:(?:and|or|to|through|until|till)\s+|[–-]\s*)(?:\d{{1,2}}\s+)?{_MONTH}"
                           rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR})?$")


def _in_the_weekdays_year(value: str, weekday: str, year: int, how: str) -> tuple[str, str]:
    """A day without its year, after its weekday, in the year around the publication's in which it
    falls on that weekday ("Thursday, February 8" of an article of January 2029 is in 2029)."""
    day = dt.date.fromisoformat(value)
    for candidate in (day.year, year, year + 1, year - 1):
        with contextlib.suppress(ValueError):  # 29 February
            if dt.date(candidate, day.month, day.day).weekday() == WEEKDAYS[weekday.lower()]:
                if candidate == day.year:
                    return value, how
                return dt.date(candidate, day.month, day.day).isoformat(), f"the year in which it is a {weekday}"
    return value, how


def _next_to(here: list[FoundDate], start: int, which: str) -> tuple[str | None, str, str]:
    """'the following day' is the day after the date before it in the paragraph, when that is a day."""
    earlier = [d for d in here if d.start < start and d.precision == "day" and d.value]
    if not earlier or earlier[-1].value is None:
        return None, "unknown", ""
    step = -1 if which.lower() in ("previous", "before") else 1
    day = dt.date.fromisoformat(earlier[-1].value) + dt.timedelta(days=step)
    return day.isoformat(), "day", f"the day {'before' if step < 0 else 'after'} {earlier[-1].text}"


def _that_year(here: list[FoundDate], start: int) -> tuple[str | None, str, str]:
    """'that year' is the year of the date before it in the paragraph, when that has one."""
    earlier = [d for d in here if d.start < start and d.value]
    if not earlier or earlier[-1].value is None:
        return None, "unknown", ""
    return earlier[-1].value[:4], "year", f"the year of {earlier[-1].text}"


def _value(fields: dict[str, str], published: FuzzyDate | None, future: bool | None
           ) -> tuple[str | None, str, str]:
    """(value, precision, how it was worked out) of one date. A month or a day without its year is
    the one the tense points to, else the nearer one ("14 October" under a dateline of 7 October)."""
    if "y" in fields:
        return _iso(int(fields["y"]), _month(fields), int(fields.get("d", 0)), "")
    if published is None or "decade" in fields or not published.known or published.precision == "year":
        return None, "unknown", ""
    anchor = dt.date(published.year, published.month, published.day or 1)
    day_known = published.precision == "day"
    shift = re.sub(r"\s+", " ", fields.get("shift", "")).lower()
    if "wd" in fields:
        if not day_known:
            return None, "unknown", ""
        weekday = (MO, TU, WE, TH, FR, SA, SU)[WEEKDAYS[fields["wd"].lower()]]
        ahead = (WEEKDAYS[fields["wd"].lower()] - anchor.weekday()) % 7
        forward = shift == "next" or (shift != "last" and (future or (future is None and 0 < ahead <= 3)))
        step = relativedelta(weekday=weekday(+1), days=+1 if shift == "next" else 0) if forward else \
            relativedelta(weekday=weekday(-1), days=-1 if shift == "last" else 0)
        strictly = shift in ("next", "last")
        side = ("after" if forward else "before") if strictly else ("on or after" if forward else "on or before")
        return _iso(*_ymd(anchor + step), f"the {fields['wd']} {side}")
    if "m" in fields or "season" in fields:
        month = _SEASON_MONTHS[fields["season"].lower()] if "season" in fields else _month(fields)
        day = int(fields.get("d", 0))
        target, now = (month, day), (anchor.month, anchor.day if day_known and day else 0)  # a month: the month
        if "year" in fields:  # "November last year", "March next year"
            year = anchor.year + {"last": -1, "next": 1}.get(fields["year"].lower(), 0)
        elif (shift in ("this", "early", "late", "in", "by") and "season" in fields) or shift == "this" or (
                not day_known and month == anchor.month):
            year = anchor.year
        elif shift == "next" or (shift != "last" and future):
            year = anchor.year + (target <= now if shift == "next" else target < now)
        elif shift == "last" or future is False:
            year = anchor.year - (target >= now if shift == "last" else target > now)
        else:
            year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                       key=lambda y: abs((dt.date(y, month, min(day or 15, 28)) - anchor).days))
        which = "the next" if year > anchor.year else "the last" if year < anchor.year else "this year's"
        if "season" in fields:
            return f"{year:04d}", "year", f"{which} {fields['season'].lower()}"
        return _iso(year, month, day, f"{which} {calendar.month_name[month]}")
    if "rel" in fields:
        if not day_known:
            return None, "unknown", ""
        delta, how = _RELATIVE_DAYS[fields["rel"].lower()]
        return _iso(*_ymd(anchor + dt.timedelta(days=delta)), how)
    if "period" in fields:
        sign = {"last": -1, "next": 1, "the past": -1, "the previous": -1, "the coming": 1}.get(shift, 0)
        period = fields["period"].lower().replace("weekend", "week")
        if period == "year" and not shift:  # "the end of the year"
            return f"{anchor.year:04d}", "year", "the year of that date"
        return _shifted(anchor, period, sign, day_known)
    if "ago" in fields:
        count = _NUMBER_WORDS.get(fields["count"].lower()) if not fields["count"].isdigit() else int(fields["count"])
        if not count:
            return None, "unknown", ""
        if fields["ago"].lower() == "decade":  # "a decade ago": the year ten years before
            return _shifted(anchor, "year", -10 * count, day_known)
        return _shifted(anchor, fields["ago"].lower(), -count, day_known)
    return None, "unknown", ""


# A day said relative to the article's, and how the draft says it was read ("last night": the night before)
_RELATIVE_DAYS = {"yesterday": (-1, "yesterday"), "today": (0, "today"), "tomorrow": (1, "tomorrow"),
                  "tonight": (0, "tonight"), "this": (0, "the same day"), "last": (-1, "the night before")}


def _shifted(anchor: dt.date, period: str, count: int, day_known: bool) -> tuple[str | None, str, str]:
    """A week, month or year ``count`` periods from the anchor, at the precision it has."""
    plural = "s" if abs(count) != 1 else ""
    how = f"{abs(count)} {period}{plural} {'before' if count < 0 else 'after'}" if count else f"this {period}"
    if period == "year":
        return f"{anchor.year + count:04d}", "year", how
    if period == "month":
        moved = anchor + relativedelta(months=count)
        return f"{moved.year:04d}-{moved.month:02d}", "month", how
    if not day_known:
        return None, "unknown", ""
    if period == "day":
        return (anchor + dt.timedelta(days=count)).isoformat(), "day", how
    moved = anchor + relativedelta(days=7 * count)
    return f"{moved.year:04d}-{moved.month:02d}", "month", how


def by_weekday(text: str, weekday: str, today: dt.date) -> dt.date | None:
    """A date without its year ("June 3", "Oct. 12") in the year a weekday gives it:
    the latest year up to ``today`` in which it falls on that day, since an article is not from the
    future ("OSLO, June 3 (Reuters) - … said on Wednesday" is 3 June 2026 when drafted in 2027)."""
    found = re.fullmatch(rf"({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH})", text.strip())
    if not found:
        return None
    month = MONTHS.get((found.group(1) or found.group(4)).rstrip(".").lower(), 0)
    day = int(found.group(2) or found.group(3))
    for year in range(today.year, today.year - 12, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= today and date.weekday() == WEEKDAYS[weekday.lower()]:
            return date
    return None


# Holidays on a fixed day: "last Christmas", "before Christmas", "New Year's Eve".
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31)}


def _named_month(fields: dict[str, str]) -> dict[str, str]:
    """A date in digits ("31/08/2027": the part above 12 is the day; "03/04/2027" could be either, so
    only its year is kept) or a holiday, with its month named as the other patterns give it."""
    if "holiday" in fields:
        month, day = _HOLIDAYS[re.sub(r"\s+", " ", fields.pop("holiday")).replace("’", "'").lower()]
        return {**fields, "m": calendar.month_name[month], "d": str(day)}
    if "short" in fields:
        return {**fields, "m": calendar.month_name[_SHORT_MONTHS[fields.pop("short")]]}
    if "iso" in fields:
        return {**fields, "m": calendar.month_name[int(fields.pop("iso"))]}
    if "a" not in fields:
        return fields
    a, b = int(fields["a"]), int(fields["b"])
    day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (0, 0)
    return {"y": fields["y"], **({"m": calendar.month_name[month], "d": str(day)} if 1 <= month <= 12 else {})}


def _month(fields: dict[str, str]) -> int:
    return MONTHS.get(fields.get("m", "").rstrip(".").lower(), 0)


def _ymd(date: dt.date) -> tuple[int, int, int]:
    return date.year, date.month, date.day


def _iso(year: int, month: int, day: int, how: str) -> tuple[str | None, str, str]:
    if month and day and 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}", "day", how
    if month:
        return f"{year:04d}-{month:02d}", "month", how
    return f"{year:04d}", "year", how
