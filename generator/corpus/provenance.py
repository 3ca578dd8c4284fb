"""Provenance checks against the seed text: every quote, figure and term is where it says it is."""

from __future__ import annotations

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
                                        "copy it exactly from the seed; only spacing, quote marks and dashes "
                                        "may differ"))

    for i, point in enumerate(briefing.key_points):
        for j, paragraph in enumerate(point.paragraphs):
            in_range(("key_points", i, "paragraphs", j), paragraph)
    for i, title in enumerate(briefing.titles):
        verbatim(("titles", i), "title", "title", title.title, title.paragraph)
    for i, quote in enumerate(briefing.quotes):
        verbatim(("quotes", i), "text", "quote", quote.text, quote.paragraph)
    for i, event in enumerate(briefing.events):
        in_range(("events", i, "paragraph"), event.paragraph)
        if event.as_written:
            verbatim(("events", i), "as_written", "date wording", event.as_written, event.paragraph)
    for i, figure in enumerate(briefing.figures):
        verbatim(("figures", i), "value", "figure", figure.value, figure.paragraph)
    for i, term in enumerate(briefing.framing.loaded_terms):
        verbatim(("framing", "loaded_terms", i), "term", "loaded term", term.term, term.paragraph)
    return problems


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
