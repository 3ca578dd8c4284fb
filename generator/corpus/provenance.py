"""Provenance checks against the seed text: every quote, figure and term is where it says it is."""

from __future__ import annotations

import difflib

from generator.corpus.model import Briefing
from generator.corpus.seeds import Seed, normalise
from generator.corpus.yaml_file import Location, YamlFile
from generator.errors import Problem


def provenance(doc: YamlFile, briefing: Briefing, seed: Seed) -> list[Problem]:
    problems: list[Problem] = []
    count = len(seed.paragraphs)

    def in_range(loc: Location, paragraph: int) -> bool:
        if 1 <= paragraph <= count:
            return True
        problems.append(doc.problem(loc, f"paragraph {paragraph} is out of range",
                                    f"{seed.name} has paragraphs 1 to {count}"))
        return False

    def verbatim(item: Location, field: str, what: str, text: str, paragraph: int) -> None:
        if not in_range((*item, "paragraph"), paragraph):
            return
        if normalise(text) in normalise(seed.paragraphs[paragraph - 1]):
            return
        elsewhere = seed.find(text)
        if elsewhere:
            where = ", ".join(str(p) for p in elsewhere)
            problems.append(doc.problem((*item, "paragraph"), f"{what} is in paragraph {where}, not {paragraph}",
                                        f"set paragraph: {elsewhere[0]}"))
        else:
            problems.append(doc.problem((*item, field), f"{what} not found verbatim in {seed.name}: '{_short(text)}'",
                                        _closest(text, seed.paragraphs[paragraph - 1], paragraph)))

    for i, point in enumerate(briefing.key_points):
        for j, paragraph in enumerate(point.paragraphs):
            in_range(("key_points", i, "paragraphs", j), paragraph)
    for i, title in enumerate(briefing.titles):
        verbatim(("titles", i), "title", "title", title.title, title.paragraph)
    for i, quote in enumerate(briefing.quotes):
        verbatim(("quotes", i), "text", "quote", quote.text, quote.paragraph)
    for i, event in enumerate(briefing.events):
        if event.as_written:
            verbatim(("events", i), "as_written", "date wording", event.as_written, event.paragraph)
        else:
            in_range(("events", i, "paragraph"), event.paragraph)
    for i, figure in enumerate(briefing.figures):
        verbatim(("figures", i), "value", "figure", figure.value, figure.paragraph)
    for i, term in enumerate(briefing.framing.loaded_terms):
        verbatim(("framing", "loaded_terms", i), "term", "loaded term", term.term, term.paragraph)
    for j, paragraph in enumerate(briefing.summary_paragraphs):
        in_range(("summary_paragraphs", j), paragraph)
    for i, claim in enumerate(briefing.claims):
        verbatim(("claims", i), "text", "claim", claim.text, claim.paragraph)
    for i, doubt in enumerate(briefing.doubts):
        verbatim(("doubts", i), "text", "doubted statement", doubt.text, doubt.paragraph)
    return problems


def _closest(text: str, paragraph: str, number: int) -> str:
    """The passage of the paragraph nearest the text, and how their words differ, so a curator sees
    at once which word was misremembered instead of searching the seed."""
    wanted, words = normalise(text).split(), normalise(paragraph).split()
    keys, paragraph_keys = _keys(wanted), _keys(words)
    best, best_ratio = (0, 0), 0.0
    target = " ".join(keys)
    for width in {max(1, len(keys) - 1), len(keys), len(keys) + 1}:
        for start in range(max(1, len(words) - width + 1)):
            # letters, not words: "13 per cent" is nearer "12 per cent" than "per cent"
            ratio = difflib.SequenceMatcher(None, target, " ".join(paragraph_keys[start:start + width])).ratio()
            if ratio > best_ratio:
                best, best_ratio = (start, start + width), ratio
    if best_ratio < 0.5:
        return "copy it exactly from the seed; only spacing, quote marks and dashes may differ"
    found = words[best[0]:best[1]]
    changes = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, keys, _keys(found)).get_opcodes():
        mine, seeds = " ".join(wanted[a1:a2]), " ".join(found[b1:b2])
        if op == "replace":
            changes.append(f"'{mine}' → '{seeds}'")
        elif op == "delete":
            changes.append(f"extra '{mine}'")
        elif op == "insert":
            changes.append(f"missing '{seeds}'")
    return f"closest in ¶{number}: '{_short(' '.join(found), 100)}'; differs: {'; '.join(changes[:4])}"


def _keys(words: list[str]) -> list[str]:
    """Words as compared: case and the punctuation around them aside."""
    return [w.strip("\"'“”‘’.,;:!?()[]").casefold() for w in words]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
