"""Structure and cross-reference checks on loaded YAML, each problem tied to its line.

Every check runs to the end so the curator sees all problems in one pass.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.corpus.fuzzy_date import FuzzyDate, parse_date
from generator.corpus.model import (
    Briefing,
    Country,
    Event,
    Organisation,
    Person,
    Proposal,
    RegistryFile,
    Topic,
)
from generator.corpus.numbers import states_number
from generator.corpus.registry import SECTIONS, SINGULAR, AnyEntity, Registry, Section
from generator.corpus.yaml_file import Location, YamlFile
from generator.errors import Problem

M = TypeVar("M", bound=BaseModel)


def structure(doc: YamlFile, model: type[M]) -> tuple[M | None, list[Problem]]:
    """Validate a document against a model, turning pydantic's errors into located problems."""
    if not isinstance(doc.data, dict):
        return None, [doc.problem((), "the file must be a mapping of keys to values",
                                  "start with 'id: ...' at the left margin")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        errors = [(_data_location(doc.data, e["loc"], e["type"]), e) for e in exc.errors()]
        problems: dict[Location, Problem] = {}
        for loc, error in errors:
            if not _superseded(loc, error, errors, model):
                problems.setdefault(loc, _describe(doc, loc, error, model))
        return None, list(problems.values())


def salvage(doc: YamlFile, model: type[M], problems: list[Problem]) -> tuple[YamlFile, M] | None:
    """When only items of top-level lists are malformed (a figure's value typed as a number), the
    rest of the file, so every other problem in it is reported in the same run; None otherwise."""
    if not isinstance(doc.data, dict):
        return None
    broken: dict[str, set[int]] = {}
    for problem in problems:
        match = re.match(r"(\w+)\[(\d+)\]", problem.field)
        if not match or not isinstance(doc.data.get(match.group(1)), list):
            return None
        broken.setdefault(match.group(1), set()).add(int(match.group(2)))
    rest = doc.without(broken)
    try:
        return rest, model.model_validate(rest.data)
    except ValidationError:
        return None


def _superseded(loc: Location, error: ErrorDetails, errors: list[tuple[Location, ErrorDetails]],
                model: type[BaseModel]) -> bool:
    """One mistake, one message: a typo'd key is not also a missing one; a bad item not also a short list."""
    if error["type"] == "too_short":
        return any(other[: len(loc)] == loc and other != loc for other, _ in errors)
    if error["type"] == "missing":
        for other, e in errors:
            if e["type"] == "extra_forbidden" and other[:-1] == loc[:-1]:
                close = difflib.get_close_matches(str(other[-1]), sorted(_field_names(model)), n=1, cutoff=0.6)
                if close == [loc[-1]]:
                    return True
    return False


def _data_location(data: Any, loc: tuple[str | int, ...], kind: str) -> Location:
    """pydantic adds union member names to locations; keep only the parts that are in the data."""
    out: list[str | int] = []
    for part in loc:
        in_list = isinstance(data, list) and isinstance(part, int) and part < len(data)
        if (isinstance(data, dict) and part in data) or in_list:
            data = data[part]
        else:
            if kind in ("missing", "extra_forbidden") and isinstance(part, str):
                out.append(part)
            break
        out.append(part)
    return tuple(out)


def _field_names(model: type[BaseModel]) -> set[str]:
    names: set[str] = set()
    stack: list[type[BaseModel]] = [model]
    while stack:
        current = stack.pop()
        for name, info in current.model_fields.items():
            names.add(name)
            for arg in _nested_models(info.annotation):
                if arg not in stack:
                    stack.append(arg)
    return names


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    found = []
    for arg in getattr(annotation, "__args__", ()) or ():
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            found.append(arg)
        else:
            found.extend(_nested_models(arg))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        found.append(annotation)
    return found


def _describe(doc: YamlFile, loc: Location, error: ErrorDetails, model: type[BaseModel]) -> Problem:
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    name = loc[-1] if loc else ""
    if kind == "missing":
        return doc.problem(loc, f"missing required field '{name}'", "add it")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(name), sorted(_field_names(model)), n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else "remove it, or check its indentation"
        return doc.problem(loc, f"unknown field '{name}'", hint)
    if kind == "string_too_short":
        return doc.problem(loc, "empty text", "write the value or remove the field")
    if kind == "string_pattern_mismatch":
        if "\\d{4}" in str(ctx.get("pattern")):
            return doc.problem(loc, f"'{value}' is not a year", "write four digits in quotes, e.g. '2025'")
        return doc.problem(loc, f"'{value}' is not a valid id",
                           "use lowercase ASCII letters and digits joined by single hyphens, e.g. 'mark-carney'")
    if kind == "literal_error":
        return doc.problem(loc, f"'{value}' is not allowed", f"expected {ctx.get('expected')}")
    if kind == "too_short":
        return doc.problem(loc, "must not be empty", f"give at least {ctx.get('min_length', 1)} item(s)")
    if kind == "greater_than":
        return doc.problem(loc, f"{value} is not a paragraph number", "paragraphs are numbered from 1")
    if kind.endswith("_type") or kind in ("model_type", "dict_type"):
        expected = kind.removesuffix("_type").replace("model", "mapping").replace("dict", "mapping")
        expected = {"string": "text", "int": "whole number", "float": "number", "bool": "true or false",
                    "tuple": "list"}.get(expected, expected)
        got = "nothing" if value is None else f"{type(value).__name__.replace('str', 'text')} {value!r}"
        hint = "put text in quotes" if expected == "text" else f"write a {expected}"
        return doc.problem(loc, f"expected {expected}, got {got}"[:200], hint)
    return doc.problem(loc, error["msg"])


# ---- the registry -------------------------------------------------------------------------

def build_registry(files: list[tuple[YamlFile, RegistryFile]]) -> tuple[Registry, list[Problem]]:
    """Merge registry files into one vocabulary; an id may be used once across all kinds."""
    problems: list[Problem] = []
    sections: dict[Section, dict[str, AnyEntity]] = {name: {} for name in SECTIONS}
    first: dict[str, tuple[YamlFile, Location, str]] = {}
    for doc, parsed in files:
        for name in SECTIONS:
            for i, entity in enumerate(getattr(parsed, name)):
                line, _ = doc.mark((name, i))
                where = f"{SINGULAR[name]} at {doc.path}:{line}"
                if entity.id in first:
                    # Both places are flagged: which of the two is the new one, only the curator knows.
                    other_doc, other_loc, other_where = first[entity.id]
                    problems.append(doc.problem((name, i, "id"), f"id '{entity.id}' is already used ({other_where})",
                                                "ids are URL slugs and must be unique across all kinds"))
                    problems.append(other_doc.problem((*other_loc, "id"), f"id '{entity.id}' is used again ({where})",
                                                      "ids are URL slugs and must be unique across all kinds"))
                    continue
                first[entity.id] = (doc, (name, i), where)
                sections[name][entity.id] = entity
    registry = Registry.of(sections)
    for doc, parsed in files:
        for i, person in enumerate(parsed.people):
            for j, country in enumerate(person.countries):
                problems += _unknown(doc, ("people", i, "countries", j), "countries", country, registry)
            for j, role in enumerate(person.roles):
                if role.country:
                    problems += _unknown(doc, ("people", i, "roles", j, "country"), "countries", role.country, registry)
        for i, org in enumerate(parsed.organisations):
            if org.country:
                problems += _unknown(doc, ("organisations", i, "country"), "countries", org.country, registry)
    return registry, problems


def _unknown(doc: YamlFile, loc: Location, section: Section, entity_id: str, registry: Registry) -> list[Problem]:
    if entity_id in registry.section(section):
        return []
    other = registry.section_of(entity_id)
    if other:
        return [doc.problem(loc, f"'{entity_id}' is a {SINGULAR[other]}, not a {SINGULAR[section]}",
                            f"move it to {other}")]
    return [doc.problem(loc, f"unknown {SINGULAR[section]} '{entity_id}'", registry.suggest(section, entity_id))]


def with_proposals(registry: Registry, drafts: list[tuple[YamlFile, Briefing]]) -> tuple[Registry, list[Problem]]:
    """The registry as if every draft's proposed entities were accepted, for previews."""
    sections: dict[Section, dict[str, AnyEntity]] = {name: dict(registry.section(name)) for name in SECTIONS}
    problems = []
    for doc, briefing in drafts:
        for i, p in enumerate(briefing.proposed):
            known = registry.section_of(p.id)
            if known:
                problems.append(doc.problem(("proposed", i, "id"), f"'{p.id}' is already in the registry "
                                            f"as a {SINGULAR[known]}", "use the registry id and drop the proposal"))
                continue
            sections[p.section].setdefault(p.id, _accepted(p))
    return Registry.of(sections), problems


def _accepted(p: Proposal) -> AnyEntity:
    """The registry entry a proposal would become."""
    if p.section == "people":
        return Person(id=p.id, name=p.name, description=p.description, kind=p.kind or "person")
    if p.section == "countries":
        return Country(id=p.id, name=p.name, description=p.description)
    if p.section == "organisations":
        return Organisation(id=p.id, name=p.name, description=p.description, aliases=p.aliases)
    return Topic(id=p.id, name=p.name, description=p.description)


# ---- one briefing -------------------------------------------------------------------------

def references(doc: YamlFile, briefing: Briefing, registry: Registry) -> list[Problem]:
    """Every id must be in the registry, and listed at the top of the briefing where it is used."""
    problems: list[Problem] = [
        doc.problem(("proposed", i), f"proposed entity '{p.id}' in a published briefing",
                    "accept it into briefings/registry/ (or drop it) before publishing")
        for i, p in enumerate(briefing.proposed) if briefing.status == "published"]
    listed: dict[str, set[str]] = {}
    for section in SECTIONS:
        ids = getattr(briefing, section)
        listed[section] = set(ids)
        seen: set[str] = set()
        for i, entity_id in enumerate(ids):
            problems += _unknown(doc, (section, i), section, entity_id, registry)
            if entity_id in seen:
                problems.append(doc.problem((section, i), f"'{entity_id}' is listed twice", "remove one"))
            seen.add(entity_id)

    def used(loc: Location, section: Section, entity_id: str | None) -> None:
        if entity_id is None:
            return
        found = _unknown(doc, loc, section, entity_id, registry)
        problems.extend(found)
        if not found and entity_id not in listed[section]:
            problems.append(doc.problem(loc, f"'{entity_id}' is not listed in this briefing's {section}",
                                        f"add it to the top-level '{section}' list"))

    for i, title in enumerate(briefing.titles):
        used(("titles", i, "person"), "people", title.person)
    for i, quote in enumerate(briefing.quotes):
        other = registry.section_of(quote.speaker or "")
        if quote.speaker and other not in (None, "people"):
            name = registry.section(other)[quote.speaker].name if other else quote.speaker
            kind = SINGULAR[other]
            problems.append(doc.problem(("quotes", i, "speaker"), f"speaker '{quote.speaker}' is "
                                        f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}: a speaker id names a person",
                                        f"write speaker: null and speaker_label: {name}"))
        else:
            used(("quotes", i, "speaker"), "people", quote.speaker)
        if quote.speaker is None and quote.speaker_label is None:
            problems.append(doc.problem(("quotes", i), "quote has neither speaker nor speaker_label",
                                        "give the speaker's registry id, or how the article names them"))
        for j, topic in enumerate(quote.topics):
            used(("quotes", i, "topics", j), "topics", topic)
    for i, event in enumerate(briefing.events):
        for field, section in (("participants", "people"), ("countries", "countries"),
                               ("organisations", "organisations"), ("topics", "topics")):
            for j, entity_id in enumerate(getattr(event, field)):
                used(("events", i, field, j), section, entity_id)
        problems += _sides(doc, i, event, registry)
    for i, figure in enumerate(briefing.figures):
        for j, entity_id in enumerate(figure.countries):
            used(("figures", i, "countries", j), "countries", entity_id)
        for j, entity_id in enumerate(figure.topics):
            used(("figures", i, "topics", j), "topics", entity_id)
    for i, claim in enumerate(briefing.claims):
        for field in ("subject", "holder"):
            entity_id = getattr(claim, field)
            if entity_id and registry.section_of(entity_id) is None:
                problems.append(doc.problem(("claims", i, field), f"unknown entity '{entity_id}'",
                                            registry.suggest(None, entity_id)))
    for i, term in enumerate(briefing.framing.loaded_terms):
        if term.refers_to and registry.section_of(term.refers_to) is None:
            problems.append(doc.problem(("framing", "loaded_terms", i, "refers_to"),
                                        f"unknown entity '{term.refers_to}'", registry.suggest(None, term.refers_to)))
    return problems


def figure_numbers(doc: YamlFile, briefing: Briefing) -> list[Problem]:
    """A figure is compared across sources as a number, so its value must state one."""
    return [doc.problem(("figures", i, "value"), f"figure '{figure.value}' states no number",
                        "give the number in digits or words, e.g. '25 per cent', 'two Canadians'; "
                        "a ranking or change without one belongs in a key point")
            for i, figure in enumerate(briefing.figures) if not states_number(figure.value)]


def _sides(doc: YamlFile, i: int, event: Event, registry: Registry) -> list[Problem]:
    """Who acted on whom: two of the event's own countries, so no page can read an edge into the
    order of a list (the arrest of a Chinese executive in Canada is not "Canada arrested China")."""
    problems: list[Problem] = []
    for field in ("actor", "target"):
        entity_id = getattr(event, field)
        if entity_id is None:
            continue
        unknown = _unknown(doc, ("events", i, field), "countries", entity_id, registry)
        problems += unknown
        if not unknown and entity_id not in event.countries:
            problems.append(doc.problem(("events", i, field), f"{field} '{entity_id}' is not one of the event's "
                                        "countries", f"add it to the event's countries, or fix the {field}"))
    if event.target is not None and event.actor is None:
        problems.append(doc.problem(("events", i, "target"), "a target without an actor",
                                    "set 'actor' to the country that acts, or remove 'target'"))
    elif event.target is not None and event.target == event.actor:
        problems.append(doc.problem(("events", i, "target"), f"'{event.target}' is both actor and target",
                                    "give the country acted on as target, or remove 'target'"))
    return problems


def check_dates(doc: YamlFile, briefing: Briefing) -> tuple[dict[Location, FuzzyDate], list[Problem]]:
    """Parse every date; flag impossible ones and past-dated events after publication not marked scheduled."""
    problems: list[Problem] = []
    parsed: dict[Location, FuzzyDate] = {}
    if briefing.added is not None and parse_date(briefing.added, "day")[0] is None:
        problems.append(doc.problem(("added",), f"'{briefing.added}' is not a date", "write YYYY-MM-DD"))
    pub = briefing.published
    published, message, hint = parse_date(pub.date, pub.precision)
    if published is None:
        problems.append(doc.problem(("published", "date"), message, hint))
    else:
        parsed[("published",)] = published
        if (pub.basis == "unknown") != (pub.precision == "unknown"):
            problems.append(doc.problem(("published", "basis"), f"basis '{pub.basis}' does not fit precision "
                                        f"'{pub.precision}'", "basis is 'unknown' exactly when the date is"))
    for i, event in enumerate(briefing.events):
        date, message, hint = parse_date(event.date, event.precision)
        if date is None:
            problems.append(doc.problem(("events", i, "date"), message, hint))
            continue
        parsed[("events", i)] = date
        if (published and published.known and date.known and not event.scheduled
                and not published.covers(date) and date.sort_key > published.sort_key):
            problems.append(doc.problem(("events", i, "date"), f"{date.iso} is after the article's publication "
                                        f"({published.iso})", "mark it 'scheduled: true' or fix the date"))
    return parsed, problems
