"""Candidate facts found in raw article text, for drafting a briefing: no network, no model.

Plain patterns over numbered paragraphs. Everything found is a proposal the curator checks;
the extracted strings are always verbatim slices of the paragraph, so they pass `check` as is.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.corpus.numbers import CARDINALS

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_QUOTE = re.compile(r"[“\"]([^”\"]{2,}?)[”\"]")
_SPEECH = r"(?:said|says|told|added|wrote|warned|argued|noted|stated|insisted|explained|suggested|mused|asked)"
_NAME = r"((?:[A-Z][\w’'.-]+\s){0,3}[A-Z][\w’'-]+)"

_CURRENCIES = [  # (pattern before the number, ISO code)
    (r"C\s?\$", "CAD"), (r"CA\s?\$", "CAD"), (r"US\s?\$", "USD"), (r"A\s?\$", "AUD"), (r"NZ\s?\$", "NZD"),
    (r"HK\s?\$", "HKD"), (r"€", "EUR"), (r"£", "GBP"), (r"¥", "JPY"), (r"₩", "KRW"),
    (r"\$", "dollars (currency not stated)"),
]
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Counts in words that are seldom anything else ("one" often is); a figure must state a number, and
# these are the checker's own number words, so a draft never proposes a figure `check` refuses.
_WORD_NUMBERS = {w: CARDINALS[w] for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "dozen", "hundred")}
_APPROX = re.compile(r"\b(?:about|approximately|around|nearly|almost|over|more than|some|roughly|up to)\s*$", re.I)


@dataclass(frozen=True)
class Found:
    text: str          # verbatim slice of the paragraph
    paragraph: int     # 1-based
    start: int         # offset in the paragraph


@dataclass(frozen=True)
class FoundQuote(Found):
    speaker: str       # the name as written near the quote, or ""


@dataclass(frozen=True)
class FoundFigure(Found):
    amount: float
    unit: str
    approximate: bool


@dataclass(frozen=True)
class FoundDate(Found):
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when the year is not given
    precision: str
    sentence: str


_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[“\"A-Z])")


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of ``paragraph`` that contains ``offset``."""
    breaks = list(_SENTENCE_BREAK.finditer(paragraph))
    start = max([0] + [m.end() for m in breaks if m.end() <= offset])
    ends = [m.start() for m in breaks if m.start() > offset]
    return paragraph[start: ends[0] if ends else len(paragraph)].strip()


def find_quotes(paragraphs: tuple[str, ...]) -> list[FoundQuote]:
    """Quoted passages with the name attached to them; "he said" takes the previous speaker."""
    found = []
    previous = ""
    for number, text in enumerate(paragraphs, 1):
        for match in _QUOTE.finditer(text):
            inner = match.group(1).strip().rstrip(",")
            speaker = _speaker(text, match.start(), match.end())
            if len(inner.split()) < 2 and not inner[:1].isupper() and speaker in ("", "<pronoun>"):
                continue  # a single scare-quoted word with no speaker is framing, not a quotation
            speaker = previous if speaker == "<pronoun>" else speaker
            previous = speaker or previous
            found.append(FoundQuote(inner, number, match.start(1), speaker))
    return found


def _speaker(text: str, start: int, end: int) -> str:
    """The name attached by 'X said', 'said X', 'X told', 'according to X' around a quote."""
    after, before = text[end:end + 150], text[max(0, start - 160):start]
    if re.match(rf"^[,.]?\s*(?:he|she|they)\s+{_SPEECH}", after):
        return "<pronoun>"
    named = re.match(rf"^[,.]?\s*{_NAME}\s+{_SPEECH}", after)
    if named:
        return named.group(1)
    if re.match(rf"^[,.]?\s*{_SPEECH}\b", after) or re.match(r"^[,.]?\s*according to\b", after):
        return _first_full_name(after[:120])
    lead = re.search(rf"{_NAME}\s+(?:[a-z]+\s+){{0,2}}{_SPEECH}\b[^“\"]*$", before)
    if lead:
        return lead.group(1)
    if re.search(r"according to\s+[^“\"]*$", before):
        return _first_full_name(before[before.rfind("according to"):])
    return ""


def _first_full_name(window: str) -> str:
    runs = [name for name, _ in capitalised_names(window) if len(name.split()) >= 2]
    return runs[0] if runs else ""


def find_figures(paragraphs: tuple[str, ...]) -> list[FoundFigure]:
    found: list[FoundFigure] = []
    for number, text in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []  # a figure already found is not found again inside a longer one
        for match, amount, unit in _figure_candidates(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            approximate = bool(_APPROX.search(text[:match.start()]))
            found.append(FoundFigure(match.group(0).strip(), number, match.start(), amount, unit, approximate))
    return found


def _figure_candidates(text: str) -> Iterator[tuple[re.Match[str], float, str]]:
    """Amounts of money first, then percentages, then counts of things, so the most specific wins."""
    for prefix, code in _CURRENCIES:
        for m in re.finditer(rf"{prefix}\s?({_NUMBER})(?:\s?(thousand|million|billion|trillion|bn|m)\b)?", text):
            yield m, _amount(m.group(1), m.group(2)), code
    for m in re.finditer(rf"({_NUMBER})\s?(?:per\s?cent|percent|%)", text):
        yield m, _amount(m.group(1), None), "percent"
    for m in re.finditer(rf"\b({_NUMBER}|{'|'.join(_WORD_NUMBERS)})[\s-]((?:[a-z]+[\s-]){{0,2}}[a-z]+s)\b", text,
                         re.I):
        if _is_year(m.group(1)) or (m.group(2).lower() in ("years",) and _is_year(m.group(1))):
            continue
        value = m.group(1).lower()
        yield m, float(_WORD_NUMBERS.get(value, 0)) or _amount(value, None), m.group(2).lower()


def _amount(number: str, scale: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * _SCALE.get((scale or "").lower(), 1)


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", token))


def find_dates(paragraphs: tuple[str, ...], year_hint: int | None = None) -> list[FoundDate]:
    """Dates and years mentioned in the text, most precise reading first; a year is never guessed."""
    found: list[FoundDate] = []
    patterns = [
        (rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b", ("d", "m", "y")),
        (rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", ("m", "d", "y")),
        (rf"\b({_MONTH})\s+(\d{{4}})\b", ("m", "y")),
        (rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", ("m", "d")),
        (rf"\b(\d{{1,2}})\s+({_MONTH})\b", ("d", "m")),
        (r"\b((?:1[89]|20)\d\d)\b", ("y",)),
    ]
    for number, text in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []
        for pattern, parts in patterns:
            for m in re.finditer(pattern, text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                fields = dict(zip(parts, m.groups(), strict=True))
                month = MONTHS.get(fields.get("m", "").rstrip(".").lower(), 0) if "m" in fields else 0
                if "m" in fields and not month:
                    continue
                taken.append((m.start(), m.end()))
                value, precision = _date_value(fields, month)
                found.append(FoundDate(m.group(0), number, m.start(), value, precision, sentence_at(text, m.start())))
    return found


def _date_value(fields: dict[str, str], month: int) -> tuple[str | None, str]:
    if "y" not in fields:
        return None, "unknown"
    year = int(fields["y"])
    if "d" in fields:
        day = int(fields["d"])
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
    if month:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


_ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Gen.", "Sen.", "Rep.", "Gov."}


def capitalised_names(text: str) -> list[tuple[str, int]]:
    """Runs of capitalised words (with lowercase joiners like 'of'), with their offsets; a run
    stops at a full stop that ends a sentence, not at one of initials (U.S.) or titles (Dr.)."""
    pattern = r"\b[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|for|de|van|von|bin|al)\s+)?[A-Z][\w’'.-]*)*"
    runs = []
    for m in re.finditer(pattern, text):
        start, words = m.start(), []
        for word in re.finditer(r"\S+", m.group(0)):
            words.append(word.group(0))
            token = word.group(0)
            if token.endswith(".") and token not in _ABBREVIATIONS and not re.fullmatch(r"(?:[A-Z]\.)+", token):
                runs.append((" ".join(words).rstrip(".’'"), start))
                words, start = [], m.start() + word.end() + 1
        if words:
            runs.append((" ".join(words).rstrip(".’'"), start))
    return [(run, offset) for run, offset in runs if run]
