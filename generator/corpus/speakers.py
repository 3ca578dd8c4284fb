"""One speaker, one name: the labels of speakers with no registry id, checked across briefings.

A reader who meets "Chinese state media" on one page and "Chinese state media outlets" on
another counts two speakers; a label that carries a curator's note in brackets reads as a name.
"""

from __future__ import annotations

from generator.corpus.model import Briefing
from generator.corpus.registry import Registry
from generator.corpus.yaml_file import YamlFile
from generator.errors import Problem


def check_speakers(files: list[tuple[YamlFile, Briefing]], registry: Registry | None) -> list[Problem]:
    problems: list[Problem] = []
    first: dict[str, tuple[str, str]] = {}  # a label's words, casefolded → (label, where it is first used)
    people = {form: p.id for p in (registry.people.values() if registry else ())
              for form in (p.name, *p.aliases)}
    for doc, briefing in files:
        for i, quote in enumerate(briefing.quotes):
            label = quote.speaker_label
            if not label or quote.speaker:
                continue
            where = ("quotes", i, "speaker_label")
            if "(" in label:
                problems.append(doc.problem(where, f"speaker label '{label}' carries a note in brackets",
                                            "name the speaker as the article does; put the rest in context",
                                            "warning"))
            if label in people:
                problems.append(doc.problem(where, f"speaker '{label}' is in the registry",
                                            f"write speaker: {people[label]} instead of speaker_label", "warning"))
            words = " ".join(label.casefold().split())
            same = next(((name, at) for key, (name, at) in first.items() if name != label and _same(key, words)), None)
            if same:
                problems.append(doc.problem(where, f"speaker '{label}' is named '{same[0]}' in {same[1]}",
                                            f"give one speaker one name: write '{same[0]}' (or rename both)",
                                            "warning"))
            first.setdefault(words, (label, doc.path))
    return problems


def _same(a: str, b: str) -> bool:
    """The same name but for case, or one name the other with words added at its end."""
    return a == b or (a + " ").startswith(b + " ") or (b + " ").startswith(a + " ")
