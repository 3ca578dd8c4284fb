"""What a seed's wording says about a curated fact beyond its words: a figure's bound ("over 70%",
"nearly a decade") and whether a quote stands inside quotation marks.

`provenance` checks that a value or a quote is verbatim; this checks what it leaves out. A bound
dropped turns "over 70%" into 70 %; words outside quotation marks are the outlet's reporting, not
a speaker's, and are shown so only when marked `reporting: true`.
"""

from __future__ import annotations

import re

from generator.corpus.model import Briefing
from generator.corpus.seeds import Seed, normalise
from generator.corpus.yaml_file import YamlFile
from generator.errors import Problem

# The words that bound a number, by the bound they give; the longest first where one holds another.
BOUND_WORDS: dict[str, tuple[str, ...]] = {
    "over": ("more than", "over", "above", "in excess of", "upwards of", "exceeding"),
    "under": ("less than", "fewer than", "under", "below"),
    "about": ("about", "around", "roughly", "approximately", "some", "an estimated", "an approximate"),
    "nearly": ("nearly", "almost", "close to", "just under", "just shy of"),
    "at least": ("at least", "no fewer than", "no less than", "not less than", "not fewer than"),
    "up to": ("up to", "as many as", "as much as", "no more than", "not more than", "at most"),
}
_BOUND = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for ws in BOUND_WORDS.values() for w in ws),
                                             key=len, reverse=True)) + r")\s+", re.I)
_BOUND_BEFORE = re.compile(_BOUND.pattern + "$", re.I)  # a bound word just before a figure
_BY_WORD = {w: bound for bound, words in BOUND_WORDS.items() for w in words}


def stated_bound(paragraph: str, value: str) -> str | None:
    """The bound the seed gives a figure's value: in the value itself ("over 70%") or right before it
    ("about C$118.7 billion")."""
    text, wanted = normalise(paragraph), normalise(value)
    at = text.find(wanted)
    if at < 0:
        return None
    own = _BOUND.match(wanted)
    if own:
        return _BY_WORD[own.group(1).lower()]
    before = _BOUND_BEFORE.search(text[max(0, at - 30):at])
    return _BY_WORD[before.group(1).lower()] if before else None


def figure_bounds(doc: YamlFile, briefing: Briefing, seed: Seed) -> list[Problem]:
    """A figure keeps the bound its seed gives it, and claims none the seed does not."""
    problems = []
    for i, figure in enumerate(briefing.figures):
        if not 1 <= figure.paragraph <= len(seed.paragraphs):
            continue  # provenance says so
        stated = stated_bound(seed.paragraphs[figure.paragraph - 1], figure.value)
        if stated != figure.bound and not (stated is None and figure.bound is None):
            if stated:
                problems.append(doc.problem(("figures", i, "value"), f"the seed bounds this figure ('{stated} …') "
                                            f"but it has {_said(figure.bound)}", f"set bound: {stated}"))
            else:
                problems.append(doc.problem(("figures", i, "bound"), f"bound '{figure.bound}' is not in the seed's "
                                            f"wording of ¶{figure.paragraph}", "remove the bound, or quote the "
                                            "wording that gives it in value"))
    return problems


def _said(bound: str | None) -> str:
    return f"bound: {bound}" if bound else "no bound"


def quote_marks(doc: YamlFile, briefing: Briefing, seed: Seed) -> list[Problem]:
    """A quote stands inside quotation marks in its paragraph, unless it is marked as the outlet's
    own reporting."""
    problems = []
    for i, quote in enumerate(briefing.quotes):
        if quote.reporting or not 1 <= quote.paragraph <= len(seed.paragraphs):
            continue
        paragraph = seed.paragraphs[quote.paragraph - 1]
        # as typed (a quote copied with other marks is not judged), at any of its places: "The bus
        # leaves …, although “bus” is a generous word for it"
        places = _places(paragraph, quote.text)
        if places and not any(_inside_marks(paragraph, at) for at in places):
            problems.append(doc.problem(("quotes", i, "text"), f"these words are not inside quotation marks in "
                                        f"¶{quote.paragraph}: they are the outlet's, not the speaker's",
                                        "set reporting: true, or move them to a key point"))
    return problems


def _places(text: str, words: str) -> list[int]:
    """Where ``words`` start in ``text`` (found as plain text: a pattern compiled for every quote
    of a 1,000-article corpus took a fifth of `check`)."""
    places, at = [], text.find(words) if words else -1
    while at >= 0:
        places.append(at)
        at = text.find(words, at + 1)
    return places


def _inside_marks(text: str, at: int) -> bool:
    """Whether a quotation mark opened before ``at`` is still open there; an apostrophe (don't,
    Canada's, students') neither opens nor closes one. Polish, German and French marks open
    („…”, „…“, «…») as English ones do."""
    double = single = False
    opener = ""
    for j, char in enumerate(text[:at]):
        before, after = text[j - 1] if j else " ", text[j + 1] if j + 1 < len(text) else " "
        if char in "“”„«»\"":
            closes = char in "”»" or (char == "“" and opener == "„") or (char == '"' and double)
            double, opener = not closes, "" if closes else char
        elif char in "‘'" and not before.isalnum() and after.isalnum():
            single = True
        elif char in "’'" and single and not after.isalnum() and not before.isspace():
            single = False
    return double or single


def unmatched_marks(seed: Seed) -> list[Problem]:
    """Warnings for double quotation marks that do not pair up in a seed: a quote may then be cut
    at the wrong place. A paragraph may end inside a quotation that the next one reopens."""
    problems = []
    for number, paragraph in enumerate(seed.paragraphs, 1):
        opening, closing = paragraph.count("“"), paragraph.count("”")
        straight = paragraph.count('"')
        runs_on = number < len(seed.paragraphs) and seed.paragraphs[number][:1] in "“\""
        if opening > closing + runs_on or closing > opening or (straight % 2 and not runs_on):
            problems.append(Problem(f"seeds/{seed.name}", seed.line_of(number), 1, "",
                                    f"¶{number} has unmatched quotation marks ({opening} “, {closing} ”"
                                    + (f", {straight} \")" if straight else ")"),
                                    "a quote taken from it may be cut at the wrong place; check its quotes by eye",
                                    "warning"))
    return problems
