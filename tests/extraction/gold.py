"""The gold annotations of the extraction corpus, and the items a draft is compared with them as.

Gold and draft alike become the same small frozen items, so the scorer compares like with like.
`load_gold` checks a whole file and reports every problem at once, each with the file and field.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
import yaml
from slugify import slugify

from generator.corpus.registry import Section
from generator.corpus.seeds import normalise

SECTIONS: tuple[Section, ...] = ("countries", "people", "organisations")  # topics are not scored
KINDS = ("leader", "person")
_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True)
class Entity:
    section: str
    name: str
    forms: frozenset[str]      # folded name, aliases and slug: what a draft may call it
    kind: str | None = None    # leader or person, for people


@dataclass(frozen=True)
class Quote:
    text: str
    paragraph: int
    speaker: frozenset[str]    # folded forms naming the speaker; empty for no or an unnamed speaker
    label: str = ""            # the speaker as shown: a name, an id, or how an unnamed speaker is described


@dataclass(frozen=True)
class Figure:
    text: str
    paragraph: int


@dataclass(frozen=True)
class Date:
    text: str
    paragraph: int             # 0 for a draft's publication date, which names no paragraph
    value: str | None          # YYYY, YYYY-MM or YYYY-MM-DD when the text lets one work it out
    scheduled: bool
    dateline: bool = False


@dataclass(frozen=True)
class Annotations:
    entities: tuple[Entity, ...]
    optional: frozenset[str]   # folded names neither required nor counted against a draft
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    dates: tuple[Date, ...]


def fold(text: str) -> str:
    """A name or phrase as compared: typographic marks, case, accents, a possessive and 'the' folded away."""
    text = unicodedata.normalize("NFKD", normalise(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s$", "", text.strip(" \t.,;:!?\"'()"))
    return re.sub(r"^the\s+", "", text)


def country_code(name: str) -> str | None:
    """The ISO code of a country name or demonym-free form pycountry knows ('Russian Federation', 'Russia')."""
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


def entity_forms(name: str, aliases: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset({fold(n) for n in (name, *aliases)} | {slugify(name)})


_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader  # libyaml: the same data, 8 times faster


class GoldError(Exception):
    """Every problem of a gold file, one `path: field: what is wrong` a line."""


def load_gold(path: Path, paragraphs: tuple[str, ...]) -> Annotations:
    """A gold file checked against its article: fields, kinds, paragraphs, and verbatim text."""
    problems: list[str] = []
    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    if not isinstance(doc, dict):
        raise GoldError(f"{path}: expected a mapping with entities, quotes, figures and dates")

    def problem(field: str, message: str) -> None:
        problems.append(f"{path.name}: {field}: {message}")

    def verbatim(field: str, text: Any, paragraph: Any) -> bool:
        if not isinstance(text, str) or not text:
            problem(field, f"expected text, got {text!r}")
        elif not isinstance(paragraph, int) or not 1 <= paragraph <= len(paragraphs):
            problem(field, f"paragraph {paragraph!r} is not between 1 and {len(paragraphs)}")
        elif normalise(text) not in normalise(paragraphs[paragraph - 1]):
            problem(field, f"{text!r} is not in paragraph {paragraph}")
        else:
            return True
        return False

    entities: list[Entity] = []
    listed = doc.get("entities") or {}
    for section in listed:
        if section not in (*SECTIONS, "optional"):
            problem(f"entities.{section}", f"unknown section (expected one of: {', '.join(SECTIONS)}, optional)")
    for section in SECTIONS:
        for i, item in enumerate(listed.get(section) or []):
            field = f"entities.{section}[{i}]"
            kind = item.get("kind")
            if section == "people" and kind not in KINDS:
                problem(field, f"kind {kind!r} (expected one of: {', '.join(KINDS)})")
            if not any(fold(form) in fold(text) for text in paragraphs for form in (item["name"],
                                                                                   *item.get("aliases", []))):
                problem(field, f"{item['name']!r} is not named in the article")
            entities.append(Entity(section, item["name"], entity_forms(item["name"], item.get("aliases", [])), kind))
    optional = frozenset(fold(item["name"]) for item in listed.get("optional") or [])
    by_name = {e.name: e for e in entities}
    if len(by_name) < len(entities):
        problem("entities", "two entities have the same name")

    quotes = []
    for i, item in enumerate(doc.get("quotes") or []):
        field = f"quotes[{i}]"
        speaker = item.get("speaker")
        if speaker is None and not item.get("speaker_label"):
            problem(field, "an unnamed speaker needs a speaker_label")
        elif speaker is not None and speaker not in by_name:
            problem(field, f"speaker {speaker!r} is not one of the entities")
        if verbatim(field, item.get("text"), item.get("paragraph")):
            forms = by_name[speaker].forms if speaker in by_name else frozenset()
            quotes.append(Quote(item["text"], item["paragraph"], forms, speaker or item.get("speaker_label", "")))

    figures = [Figure(item["value"], item["paragraph"]) for i, item in enumerate(doc.get("figures") or [])
               if verbatim(f"figures[{i}]", item.get("value"), item.get("paragraph"))]

    dates = []
    for i, item in enumerate(doc.get("dates") or []):
        field = f"dates[{i}]"
        value, scheduled = item.get("value"), item.get("scheduled")
        if value is not None and not (isinstance(value, str) and _VALUE.fullmatch(value)):
            problem(field, f"value {value!r} (expected null or a quoted YYYY, YYYY-MM or YYYY-MM-DD)")
        if not isinstance(scheduled, bool):
            problem(field, f"scheduled {scheduled!r} (expected true or false)")
        if verbatim(field, item.get("text"), item.get("paragraph")):
            dates.append(Date(item["text"], item["paragraph"], value, bool(scheduled), bool(item.get("dateline"))))

    if problems:
        raise GoldError("\n".join(problems))
    return Annotations(tuple(entities), optional, tuple(quotes), tuple(figures), tuple(dates))
