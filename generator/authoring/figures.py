"""Figures an article states: money in any currency (`currencies`), percentages, ages, counts,
shares, scores and spans. A bound or approximation before a number ("over 70%", "nearly a
decade", "more than 200") is part of the figure. Every value passes the checker's own rule
(`states_number`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import yaml

from generator.authoring import currencies
from generator.authoring.text import MONTHS, Found
from generator.corpus.numbers import CARDINALS, states_number

_NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # "1,18,640": lakhs
# Thousands grouped by spaces, as South African and French papers and the Lancet print them ("R4 216 500",
# "18 000 learners"): after a currency's sign or before a counted noun; elsewhere two numbers side by side stay two.
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)"
_SIGNED_NUMBER = rf"{_SPACED}|{_NUMBER}"
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2, "dozen": 12,
           "bn": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "trn": 1e12, "k": 1e3, "M": 1e6, "B": 1e9, "tr": 1e12,
           "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
_SCALE = r"(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|trn|tn|tr|m|k|M|B)\b"  # "$11.3M", "W1.2tr"
# Counts in words that are seldom anything else ("one" often is); the checker's own number words.
_WORD_NUMBERS = {w: CARDINALS[w] for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                           "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                                           "sixty", "seventy", "eighty", "ninety", "hundred", "dozen")}
_WORDS = rf"(?i:{'|'.join(_WORD_NUMBERS)})"
_COUNT = rf"(?:{_NUMBER}|{_WORDS})"
_BOUND = (r"(?:(?:no|not) (?:more|less|fewer) than|(?:more|less|fewer) than|over|under|nearly|almost|about|around|"
          r"approximately|roughly|some|up to|"
          r"at least|at most|as many as|as much as|as few as|as little as|close to|just over|just under|well over|"
          r"an estimated|"
          r"upwards of|in excess of)")
_WORDS_OF = yaml.safe_load((Path(__file__).parent / "words" / "figures.yaml").read_text(encoding="utf-8"))
_IRREGULAR = frozenset(_WORDS_OF["irregular_plurals"])
_UNIT_ABBREVIATIONS = frozenset(_WORDS_OF["unit_abbreviations"])
_NOT_IN_PHRASE = frozenset(_WORDS_OF["not_in_phrase"])
_UNIT_WRITTEN_ON = re.compile(  # "1,200km", "17bp", "90km/h"
    rf"(?<![\w.,])({_NUMBER})((?i:{'|'.join(sorted(map(re.escape, _UNIT_ABBREVIATIONS), key=len, reverse=True))}))\b")
_TIME_UNITS = r"(?:second|minute|hour|day|week|month|year|decade|century|mile|kilometre|kilometer|km|metre|meter|" \
              r"seat|member|nation|country|point|storey|story|game|match|lane|party|state)"


@dataclass(frozen=True)
class FoundFigure(Found):
    amount: float | None
    unit: str
    approximate: bool


def find_figures(paragraphs: tuple[str, ...], countries: tuple[str, ...] = ()) -> list[FoundFigure]:
    """Figures in reading order; ``countries`` (ISO alpha-2 codes of the countries the article names,
    first named first) tell which pesos or which won."""
    found: list[FoundFigure] = []
    for number, text in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []  # a figure already found is not found again inside a longer one
        here: list[FoundFigure] = []
        for start, end, amount, unit in _candidates(text, countries):
            bound = re.search(rf"\b{_BOUND}\s+$", text[max(0, start - 25):start], re.I)
            if bound:
                start -= len(bound.group(0))
            if any(s < end and start < e for s, e in taken) or not states_number(text[start:end]):
                continue
            taken.append((start, end))
            approximate = bool(bound) or bool(re.match(rf"(?i:{_BOUND})\b", text[start:end]))
            here.append(FoundFigure(text[start:end].strip(), number, start, amount, unit, approximate))
        found += sorted(here, key=lambda f: f.start)
    return found


Candidate = tuple[int, int, float | None, str]  # start, end, amount, unit


def _candidates(text: str, countries: tuple[str, ...]) -> Iterator[Candidate]:
    """Money first, then percentages, ages, shares, votes and ranges, spans and ranks, and counts,
    so the most specific reading wins."""
    yield from _money(text, countries)
    yield from _percentages_and_ages(text)
    yield from _shares_votes_and_ranges(text)
    yield from _spans_and_ranks(text)
    yield from _counts(text)


class _Money(NamedTuple):
    signs: dict[str, str]  # each symbol or sign before a number, with its currency's code
    ranges: re.Pattern[str]
    signed: re.Pattern[str]
    coded: re.Pattern[str]
    local: tuple[tuple[re.Pattern[str], str, bool], ...]  # a country's own signs: pattern, code, after the number
    press: re.Pattern[str]  # the press's signs of several letters, before the number
    named: re.Pattern[str]


@functools.lru_cache(maxsize=256)
def _money_patterns(local: tuple[tuple[str, str], ...]) -> _Money:
    """Compiled once for each set of local signs (most articles' countries have none): every
    symbol and currency name in one alternation is long to compile, and `re`'s own cache does not
    keep it across a corpus."""
    scaled = rf"({_SIGNED_NUMBER})(?:\s?({_SCALE}))?"
    signs = {**currencies.symbols(), **{sign: code for sign, code in local if len(sign) > 1}}  # "RM6", "MK1,750"
    symbols = "|".join(re.escape(s) for s in sorted(signs, key=len, reverse=True))
    names = "|".join(re.escape(n) for n in sorted(currencies.currency_names(), key=len, reverse=True))
    codes = "|".join(sorted(currencies.current_codes()))
    # as the country's papers print it: "N38,000", "R2.6-billion", "2,000 Kč" (not "CFA" of "CFA francs",
    # named whole); signs of several letters before the number are read with the symbols
    own = tuple((re.compile(rf"\b({_NUMBER})(?:\s?({_SCALE}))?\s?{re.escape(sign)}(?![\w.]|\s+francs?\b)"), code, True)
                if len(sign) > 1 else
                (re.compile(rf"(?<![\w$]){re.escape(sign)}\s?({_SIGNED_NUMBER})(?:[\s-]?({_SCALE}))?\b"), code, False)
                for sign, code in local)
    return _Money(
        signs,
        # ranges, as one figure: "between £550 million and £780 million", "70,000 to 75,000 cedis"
        re.compile(rf"(?:\bbetween\s+)?(?<![\w$])({symbols})\s?{scaled}\s*(?:and|to|-|–)\s*(?:\1)?\s?"
                   rf"{scaled}|(?:\bbetween\s+)?\b{scaled}\s+(?:and|to)\s+{scaled}\s+(?i:({names}))\b"),
        re.compile(rf"(?<![\w$])({symbols})\s?{scaled}"),
        re.compile(rf"\b({codes})\s?{scaled}|{scaled}\s?({codes})\b"),
        own,
        re.compile(rf"(?<![\w$])({'|'.join(sorted(currencies.press_signs(), key=len, reverse=True))})"
                   rf"({_SIGNED_NUMBER})(?:\s?({_SCALE}))?"),
        re.compile(rf"\b(?:({_COUNT})(?:[\s-]?({_SCALE}))?|an?\s+({_SCALE}))(?:\s+|-(?=\w+\s))(?i:({names}))\b"))


def _money(text: str, countries: tuple[str, ...]) -> Iterator[Candidate]:
    money = _money_patterns(tuple(sign for country in countries for sign in currencies.local_signs(country)))
    for m in money.ranges.finditer(text):
        worded = re.search(r"\s(?:and|to)\s", m.group(0)) and not m.group(0).startswith("between")
        if (m.group(1) and worded and m.group(0).count(m.group(1)) == 1) or _from(text, m.start()):
            continue  # "€40 million and 3.1 billion reais": two sums; "from $1,900 to $6,200": a change
        unit = money.signs[m.group(1)] if m.group(1) else currencies.currency_of(m.group(10), countries)
        yield m.start(), m.end(), _amount(m.group(2) or m.group(6), m.group(3) or m.group(7)), unit
    for m in money.signed.finditer(text):
        yield m.start(), m.end(), _amount(m.group(2), m.group(3)), money.signs[m.group(1)]
    for m in money.coded.finditer(text):
        number, scale = (m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5))
        yield m.start(), m.end(), _amount(number, scale), m.group(1) or m.group(6)
    for m in money.press.finditer(text):  # a sign read without its country: only with a scale or groups
        if m.group(3) or re.search(r"[,\s]", m.group(2)):
            yield m.start(), m.end(), _amount(m.group(2), m.group(3)), currencies.press_signs()[m.group(1)]
    for pattern, code, after in money.local:
        for m in pattern.finditer(text):
            if after or "," in m.group(1) or m.group(2) or "." in m.group(1) or len(m.group(1)) >= 3:
                yield m.start(), m.end(), _amount(m.group(1), m.group(2)), code  # "N685"; not "R2", a road
    for m in money.named.finditer(text):
        scale = m.group(2) or m.group(3)
        if m.group(4).lower() == "won" and not scale and "," not in m.group(0):
            continue  # "won" the verb
        yield m.start(), m.end(), _amount(m.group(1) or "1", scale), currencies.currency_of(m.group(4), countries)
    for m in re.finditer(rf"\b({_NUMBER}) per (?:{_PER})\b|\b({_NUMBER})-[a-z]+-per-[a-z]+\b", text):
        yield m.start(), m.end(), _amount(m.group(1) or m.group(2), None), m.group(0).split(None, 1)[-1]


_DECADE = r"(?:early |mid-|late )?([1-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
_DECADES_OF_AGE = re.compile(rf"\bin (?:his|her|their) {_DECADE}"
                             r"(?: and (?:early |mid-|late )?(?:[1-9]0s|[a-z]+ties))?\b")
_AGES = re.compile(r"\b(?:(?:dies|died|retired|retires|left school|leaves school|married) at|aged (?:just|only)|"
                   r"(?<=, )now|(?:[Hh]e|[Ss]he) (?:was|is))\s+(\d{1,3})(?=[.,;]|\s+(?:and|when)\b|$)")


def _from(text: str, start: int) -> bool:
    return text[max(0, start - 5):start].lower() == "from "


def _percentages_and_ages(text: str) -> Iterator[Candidate]:
    for m in re.finditer(rf"\bbetween ({_COUNT}) and ({_COUNT})\s?(?:%|per\s?cent\b|percent\b)|"
                         rf"(?<![\w.,])({_NUMBER})%?\s+to\s+({_NUMBER})(?:%|\s?per\s?cent\b|\s?percent\b|"
                         r"\s?percentage points?\b)",
                         text):  # "by 57% to 43%", "by 8 to 12 per cent", "0.3 to 0.5 percentage points"
        if not _from(text, m.start()):  # "from 15% to 17%" is a change, two figures
            yield m.start(), m.end(), _amount((m.group(1) or m.group(3)).lower(), None), "percent"  # a range: its start
    # "27pc": Dawn's, the Irish and British tabloids' per cent
    for m in re.finditer(rf"(?<![\w.,])({_COUNT})(?:\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)|pc\b)", text):
        yield m.start(), m.end(), _amount(m.group(1), None), "percent"
    for m in re.finditer(r"\b(?:aged\s+)?(\d{1,3}) (?:or|and) (?:older|over|above|younger|under)\b", text):
        yield m.start(), m.end(), float(m.group(1)), "years of age"  # "65 or older", "aged 80 and over"
    for m in re.finditer(rf"\b({_COUNT})-year-old\b|\baged ({_NUMBER})(?:\s*(?:to|-|–)\s*\d{{1,3}})?\b", text, re.I):
        yield m.start(), m.end(), _amount(m.group(1) or m.group(2), None), "years of age"
    for m in re.finditer(r"\b(?:[A-Z][\w’'-]+|[Tt]he [a-z]+), (\d{2,3}),", text):
        if 18 <= int(m.group(1)) <= 110:
            yield m.start(1), m.end(1), float(m.group(1)), "years of age"
    for m in _AGES.finditer(text):  # "dies at 86", "aged just 33", "Rustad, now 90,", "He was 86."
        if 1 <= int(m.group(1)) <= 110:
            yield m.start(1), m.end(1), float(m.group(1)), "years of age"
    for m in _DECADES_OF_AGE.finditer(text):  # "in their thirties", "in her 80s", "in their 20s and 30s"
        yield m.start(), m.end(), float(CARDINALS.get(m.group(1).lower().removesuffix("ies") + "y", 0)
                                        or m.group(1).rstrip("s")), "years of age"
    # "age from 64 to 65", "the age of criminal responsibility from 15 to 13"
    for m in re.finditer(r"\bage (?:of |from |to )?(\d{2,3})\b(?: to (\d{2,3})\b)?|"
                         r"\bage of (?:[a-z]+ ){1,2}(?:from (\d{1,3}) )?to (\d{1,3})\b", text):
        for group in (1, 2, 3, 4):
            if m.group(group):
                yield m.start(group), m.end(group), float(m.group(group)), "years of age"
    # Temperatures and power: "46.8°C", "51.5C", "45 degrees Celsius", "600 MW".
    for m in re.finditer(rf"(?:\bbetween\s+)?\b({_NUMBER})(?:°?[CF])?\s*(?:and|to|-|–)\s*(?:{_NUMBER})(°?[CF])\b",
                         text):  # "between 2C and 3C": one range
        yield m.start(), m.end(), _amount(m.group(1), None), m.group(2)
    for m in re.finditer(rf"(?:\bminus\s+)?\b({_NUMBER})(\s?°\s?[CF]\b|(?<=\d)[CF]\b|"
                         r"\s?degrees(?: Celsius| Fahrenheit| C\b| F\b)?|"
                         r"\s?(?:[kMGT]Wh?|megawatts?|gigawatts?|kilowatts?)\b)", text):  # and "50C" as written
        yield m.start(), m.end(), _amount(m.group(1), None), m.group(2).replace(" ", "")


def _shares_votes_and_ranges(text: str) -> Iterator[Candidate]:
    """'23 of the 25 senators', 'one in three high-speed trains', 'about half', 'almost a tenth';
    votes ('passed 64-36', 'voted by 98 to 23', 'a 5-1 vote'); ranges ('between 20,000 and 30,000 jobs')."""
    scaled = rf"({_SPACED}|{_NUMBER})(?:\s?({_SCALE}))?"
    for m in re.finditer(rf"\b({_COUNT}|(?i:one))\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+[’']s\s+)?"
                         rf"(?:(?:past|last|previous|next|first)\s+)?({_COUNT})\s+"  # "16 of the past 24 years"
                         rf"(?=([\w\s-]{{2,40}}))", text):
        phrase = _phrase(m.group(3))
        if phrase:
            yield m.start(), m.start(3) + len(phrase), _amount(m.group(1), None), _unit(phrase)
    # "Eleven of the deaths", "three of its weekly services"
    for m in re.finditer(rf"\b({_COUNT})\s+of\s+(?:the|its|their|these|those)\s+(?:[a-z-]+\s+)?([a-z]+s)\b", text):
        yield m.start(), m.end(), _amount(m.group(1), None), m.group(2)
    for m in re.finditer(rf"\b({_COUNT}) of (?:them|those|(?:his|her|its|their)(?: own)? ([a-z]+s)\b)|"
                         rf"(?<![\w-])({_COUNT}) (?:of|in) the ({_COUNT})\b(?![-,.]?\w)|"
                         rf"\ball ({_COUNT})\b(?![,.]?\d|\s*(?:%|per\b|(?!of\b)[a-z]))|"
                         rf"\b(?:(?:{_BOUND})\s+)?(?:one|a|{_WORDS}) in (?!\d{{4}}\b)({_COUNT})\b(?![.,]?\d)",
                         text, re.I):
        first = m.group(1) or m.group(3) or m.group(5) or "1"
        if not _is_year(first):
            yield m.start(), m.end(), _amount(first.lower(), None), m.group(2) or "count"
    fraction = r"(half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
    for m in re.finditer(rf"\b(?:barely|only|just|fully)\s+(?:a\s+)?{fraction}\b", text, re.I):
        yield m.start(), m.end(), _SPANS.get(m.group(1).lower(), 0.1), "share"  # "barely half the cost"
    for m in re.finditer(rf"\b(?:(?:{_BOUND})\s+)?half\s+(?:the|their|its|his|her|our|all)\s+[a-z]+", text, re.I):
        yield m.start(), m.end(), 0.5, "share"  # "half their catch", "half the farms"
    for m in re.finditer(rf"\b(?:{_BOUND}|by)\s+(?:an?\s+|one\s+)?{fraction}\b(?!\s+(?:of|party|parties|country|"
                         rf"countries|person|world|way|time|place|round|term|quarter|generation)\b)", text, re.I):
        at = m.start() + 3 if m.group(0)[:3].lower() == "by " else m.start()  # "fall by a third"
        yield at, m.end(), _SPANS.get(m.group(1).lower(), 0.1), "share"  # "by more than a third"
    for m in re.finditer(rf"\b(?:(?:{_BOUND})\s+)?(?:(?:an?|one)\s+)?{fraction}\s+of\b", text, re.I):
        if not re.search(r"\b(?:first|second|third|fourth|last|final)\s+$", text[max(0, m.start() - 10):m.start()]):
            yield m.start(), m.end(1), _SPANS.get(m.group(1).lower(), 0.1), "share"
    # scores: "a 2-0 series win", "won 3-1"; a cricket side's or bowler's "58 for two", "five for 38"
    for m in re.finditer(rf"\b(\d{{1,2}}[-–]\d{{1,2}})\s+(?:series\s+)?(?:win|victory|defeat|loss|draw|lead)\b|"
                         rf"\b(?:won|beat|lost|drew|leads?|led|trail(?:s|ed)?)\s+(?:[a-z]+\s+){{0,2}}?(\d{{1,2}}[-–]\d{{1,2}})\b|"
                         rf"(?<![\w.,])((?:{_COUNT}|one)\s+for\s+(?:{_COUNT}|one))\b(?!\s*(?:%|per\b|years?\b))", text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        yield m.start(group), m.end(group), _amount(re.split(r"[-–]|\s+for\s+", m.group(group))[0], None), "score"
    tally = rf"(?:\d{{1,3}}|{_WORDS}|one)"  # "by a majority of four to one"
    for m in re.finditer(rf"\b(?:passed|voted|vote of|margin of|majority of|ruled)\s+(?:by\s+)?"
                         rf"({tally}\s*(?:-|–|to)\s*{tally})\b|"
                         rf"\b(\d{{1,3}}[-–]\d{{1,3}})\s+(?:vote|majority|decision|ruling|split|verdict)\b", text):
        group = 1 if m.group(1) else 2
        yield m.start(group), m.end(group), _amount(re.split(r"\s*(?:-|–|to)\s*", m.group(group))[0], None), "votes"
    for sentence in re.finditer(r"[^.;]*\b(?:passed|voted|votes?|approved|rejected|cleared|backed|defeated)\b[^.;]*",
                                text):  # "council votes 7-4", "cleared the House 41-28"
        for m in re.finditer(r"(?<![\d-])\b(\d{1,3})[-–](\d{1,3})\b(?![-–]?\d)", sentence.group(0)):
            at = sentence.start()  # "passed the state Senate 27-11 and the House 71-32"
            yield at + m.start(), at + m.end(), float(m.group(1)), "votes"
    for m in re.finditer(rf"\b(?:between\s+)?{scaled}\s*(?:and|to|-|–)\s*{scaled}\s+(?=([\w\s-]{{2,40}}))|"
                         rf"\b(?:between\s+(?:{_COUNT}|one)\s+and|(?:{_WORDS}|one)\s+(?:or|to))\s+{_COUNT}\s+"
                         rf"(?=([\w\s-]{{2,40}}))",
                         text):
        if not m.group(1):  # "two or three weeks", "two to three weeks", "between four and six weeks"
            if _from(text, m.start()):
                continue  # "from two to three seats" is a change, two figures
            if phrase := _phrase(m.group(6)):
                yield m.start(), m.start(6) + len(phrase), None, _unit(phrase)
            continue
        phrase = _phrase(m.group(5))
        if phrase and not _is_year(m.group(1)):
            yield m.start(), m.start(5) + len(phrase), _amount(m.group(1), m.group(2) or m.group(4)), _unit(phrase)


def _spans_and_ranks(text: str) -> Iterator[Candidate]:
    """'90-minute', 'five-day' (not a '10-year bond'), 'a decade', 'nearly a year', 'third straight year'."""
    for m in re.finditer(rf"(?<![\w.,-])({_COUNT})-(?!(?:way|thirds?|year-olds?)\b)[a-z]+(?:-old)?\b(?!-)"
                         rf"(?!\s+(?:[a-z]+\s+)?(?:{_INSTRUMENTS})\b)", text, re.I):  # "280-page", "three-judge"
        word = m.group(0).split("-")[1].lower()
        yield m.start(), m.end(), _amount(m.group(1), None), word if word.endswith("s") else word + "s"
    for m in re.finditer(r"\b(?:an?|one)\s+(decade|century|year|month|week|fortnight|day|hour)\b", text, re.I):
        bounded = re.search(rf"\b{_BOUND}\s+$", text[max(0, m.start() - 25):m.start()], re.I)
        if bounded or m.group(1).lower() in ("decade", "century", "fortnight"):
            yield m.start(), m.end(), _SPANS.get(m.group(1).lower(), 1.0), _SPAN_UNITS[m.group(1).lower()]
    ordinal = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    for m in re.finditer(rf"\b{ordinal}\s+(?:straight|consecutive|successive)\s+(?:year|month|quarter|week|day|"
                         rf"time|session|meeting|cut|reduction|rise|increase|hike|decline|fall|win|loss|defeat)s?\b|"
                         rf"\b{ordinal}\s+(?:[a-z]+\s+)?(?:running|in a row)\b|"
                         rf"\b{ordinal}\s+(?:term|time)\b|"
                         rf"\b{ordinal}-(?:largest|biggest|smallest|highest|lowest|busiest|richest|poorest)\b", text):
        yield m.start(), m.end(), None, "rank"  # "third straight year", "a second term", "third-largest"
    for m in re.finditer(rf"\b({_NUMBER})\s+(?:a|per)\s+(season|year|month|week|day)\b", text):
        yield m.start(), m.end(), _amount(m.group(1), None), f"a {m.group(2)}"  # "350 a season"


def _counts(text: str) -> Iterator[Candidate]:
    """Counts of a noun ('200 South Korean business leaders', '15.6 million people'), multiples
    ('about 100 times'), a name's count in brackets ('Janet Friesen (766)': votes, seats) and large
    numbers on their own ('2.8 million', '500,000')."""
    for m in re.finditer(r"\b[A-Z][\w’'-]+\s\((\d{1,3}(?:,\d{3})*)\)", text):
        if not _is_year(m.group(1)):
            yield m.start(1), m.end(1), _amount(m.group(1), None), "count"
    for m in re.finditer(rf"(?<![\w.,])(?:{_SPACED}|{_COUNT})(?:\s?({_SCALE}))?[\s-](?=([\w’'\s-]{{2,60}}))", text):
        number = re.match(f"{_SPACED}|{_COUNT}", m.group(0))
        phrase = _phrase(m.group(2))
        named = bool(number and number.group(0).istitle() and phrase[:1].isupper()) and \
            text[max(0, m.start() - 4):m.start()] == "the "
        if not number or not phrase or named or (_is_year(number.group(0)) and not m.group(1)) or \
                _after_month(text, m.start()):
            continue  # not "the Six Nations", "the Three Peaks": a name
        yield m.start(), m.start(2) + len(phrase), _amount(number.group(0), m.group(1)), _unit(phrase)
    for m in re.finditer(rf"(?<![\w.,])({_COUNT}) and a half\s(?=([\w’'\s-]{{2,60}}))", text):  # "two and a half years"
        if phrase := _phrase(m.group(2)):
            yield m.start(), m.start(2) + len(phrase), _amount(m.group(1), None) + 0.5, _unit(phrase)
    for m in re.finditer(rf"(?<![\w.,])({_NUMBER})p\b(?!\.?m\b)", text):
        yield m.start(), m.end(), _amount(m.group(1), None), "pence"  # "closed at 385p"
    for m in _UNIT_WRITTEN_ON.finditer(text):
        yield m.start(), m.end(), _amount(m.group(1), None), m.group(2)  # "1,200km": a unit written on
    for m in re.finditer(rf"\b({_NUMBER}) times\b|"  # a multiple or a rate, not "met three times"
                         rf"\b({_COUNT}) times(?= (?:the|as|more|higher|larger|bigger|greater|what)\b)|"
                         rf"\b({_COUNT}) times an? (?:day|week|month|year)\b", text, re.I):
        yield m.start(), m.end(), _amount((m.group(1) or m.group(2) or m.group(3)).lower(), None), "times"
    # A number of what the sentence already counts: "rose to 23", "up from 31", "an average of 14", "aged 13 and 14".
    for m in re.finditer(rf"\b(?:(?:up|down|rose|fell|climbed|dropped|increased|decreased|risen|fallen|rises|rising|"
                         rf"climbs|falls|drops|reached|reaches|hit|hits|totalled|totaled|stood at|stands at)"
                         rf"\s+(?:from|to)?|"
                         rf"average of|aged \d{{1,3}} and|(?:crew|team|total|toll|tally|fleet|panel|majority) of|"
                         rf"magnitude|the(?= \d+ (?:needed|required))|(?:won|took|secured|gained)(?= \d+[.,;])|"
                         # "rose to at least 38 on", "roughly 900 of whom"; not a clock's "until about 3 in the morning"
                         rf"(?<!\bat )(?<!\buntil )(?<!\btill )(?:{_BOUND})(?= \d[\d,]*\b(?!\s*(?:[ap]\.?m\b|"
                         rf"o[’']clock|in the (?:morning|afternoon|evening|night)|[:.]\d)))|"
                         rf"from(?= \d+(?:[.,;]| and\b| in (?:19|20)\d\d| to\b)))"
                         rf"\s*({_NUMBER})\b(?![.,]?\d|\s*(?:%|per\s?cent))", text):
        if not _is_year(m.group(1)):
            yield m.start(1), m.end(1), _amount(m.group(1), None), "count"
    for m in re.finditer(rf"\b(?:crew|team|total|toll|tally|fleet|panel|majority) of ({_WORDS})\b"
                         rf"(?![\s-]+(?:{_WORDS}|\d))", text):  # "a crew of four", "a total of five"
        yield m.start(1), m.end(1), _amount(m.group(1).lower(), None), "count"
    for m in re.finditer(rf"\bbetween ({_NUMBER}) and ({_NUMBER})\b(?![.,]?\d)", text):  # "aged between 31 and 52"
        if not (_is_year(m.group(1)) or _after_month(text, m.start(2))):
            yield m.start(), m.end(), _amount(m.group(1), None), "range"
    for m in re.finditer(rf"\b({_COUNT}) (?:dead|killed|injured|wounded|missing|hurt|arrested|detained)\b", text, re.I):
        yield m.start(), m.end(), _amount(m.group(1).lower(), None), "people"  # "Four dead, three missing"
    for m in re.finditer(rf"(?<![\w.,$£€¥])(?:({_NUMBER})\s?(million|billion|trillion|thousand)|an?\s+(million|billion|"
                         rf"thousand|hundred|dozen)|(\d{{1,3}}(?:,\d{{3}})+))\b(?!-)", text):
        yield m.start(), m.end(), _amount(m.group(1) or m.group(4) or "1", m.group(2) or m.group(3)), "count"


_SPANS = {"decade": 10.0, "century": 100.0, "quarter": 0.25, "half": 0.5, "third": 1 / 3, "fifth": 0.2, "sixth": 1 / 6,
          "seventh": 1 / 7, "eighth": 0.125, "ninth": 1 / 9, "tenth": 0.1}
# What a number is counted per: "151.20 per dollar".
_PER = "dollar|euro|pound|yen|barrel|ounce|tonne|ton|share|head|person|capita|litre|liter|gallon|kilogram|kg"
# Instruments named by a span: "the 10-year bond" is no figure.
_INSTRUMENTS = "bonds?|yields?|notes?|bills?|treasur(?:y|ies)|loans?|mortgages?|gilts?|securities"
_SPAN_UNITS = {"decade": "years", "century": "years", "quarter": "share", "half": "share", "third": "share",
               "year": "years", "month": "months", "week": "weeks", "fortnight": "weeks", "day": "days",
               "hour": "hours"}


def _phrase(words: str) -> str:
    """The counted noun phrase that opens ``words``: up to four words ending in a plural noun, no
    function word before it ("200 South Korean business leaders", not "two men and represents")."""
    for i, m in enumerate(re.finditer(r"[\w’'-]*\w", words)):  # "60 days' notice": "days"
        bare = m.group(0).lower()
        if i == 0 and bare == "more":
            continue  # "two more pits", "three more years"
        if i >= 4 or bare in _NOT_IN_PHRASE or bare in MONTHS or any(c.isdigit() for c in bare) or (
                i == 0 and m.start() > 0):
            return ""
        if bare in _IRREGULAR or bare.endswith(("children", "men")) or bare in _UNIT_ABBREVIATIONS or (
                len(bare) > 3 and bare.endswith("s") and not bare.endswith(("ss", "us", "is"))):
            return words[:m.end()]
    return ""


def _unit(phrase: str) -> str:
    """The counted noun, worded the same across articles: lowercase, without names before it."""
    words = [w for w in phrase.removeprefix("more ").split() if not w[:1].isupper()] or phrase.split()[-1:]
    return " ".join(words).lower()


def _amount(number: str, scale: str | None) -> float:
    bare = number.lower()
    value = float(CARDINALS[bare]) if bare in CARDINALS else float(re.sub(r"[,\s]", "", bare))
    return value * _SCALES.get(scale or "", _SCALES.get((scale or "").lower(), 1))


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", token))


def _after_month(text: str, start: int) -> bool:
    """'December 14' is a date, not a count of fourteen."""
    previous = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, start - 12):start])
    return bool(previous and previous.group(1).lower() in MONTHS)
