"""What the registry says beyond names must come from somewhere a reader can see: a person's or an
organisation's description, every role and a country are cited to a briefing's paragraphs or said
to be general knowledge. And names must point one way: an alias two entities share makes every
mention of it a guess, unless both declare it ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.corpus.citations import check_citation
from generator.corpus.model import GENERAL, Basis, Briefing, RegistryFile
from generator.corpus.registry import SECTIONS, SINGULAR
from generator.corpus.yaml_file import Location, YamlFile
from generator.errors import Problem

_FIX = "cite it as {briefing: <id>, paragraphs: [n]}, or write 'general knowledge'"


def registry_sources(files: list[tuple[YamlFile, RegistryFile]], paragraphs: Mapping[str, int]) -> list[Problem]:
    """Sources of descriptions, roles and countries; ``paragraphs`` is each briefing's seed length."""
    problems: list[Problem] = []

    def sourced(doc: YamlFile, loc: Location, basis: Basis | None, what: str) -> None:
        if basis is None:
            problems.append(doc.problem(loc, f"{what} has no source", f"add {loc[-1]}: {_FIX}"))
        elif basis != GENERAL and not isinstance(basis, str):
            problems.extend(check_citation(doc, loc, basis, paragraphs))

    for doc, parsed in files:
        for i, person in enumerate(parsed.people):
            sourced(doc, ("people", i, "description_source"), person.description_source, "the description")
            for j, role in enumerate(person.roles):
                sourced(doc, ("people", i, "roles", j, "source"), role.source, f"role '{role.title}'")
            if person.countries:
                sourced(doc, ("people", i, "countries_source"), person.countries_source, "countries")
        for i, org in enumerate(parsed.organisations):
            sourced(doc, ("organisations", i, "description_source"), org.description_source, "the description")
            if org.country:
                sourced(doc, ("organisations", i, "country_source"), org.country_source, "country")
    return problems


def shared_aliases(files: list[tuple[YamlFile, RegistryFile]]) -> list[Problem]:
    """An alias (or a name) of two entities, flagged where it is used again, unless both list it
    under ``ambiguous``."""
    first: dict[str, tuple[str, str, frozenset[str]]] = {}  # folded name → (entity id, where, declared)
    problems = []
    for doc, parsed in files:
        for section in SECTIONS:
            for i, entity in enumerate(getattr(parsed, section)):
                declared = frozenset(a.casefold() for a in entity.ambiguous)
                for j, name in enumerate((entity.name, *entity.aliases)):
                    loc: Location = (section, i, "name") if j == 0 else (section, i, "aliases", j - 1)
                    folded = name.casefold()
                    if folded not in first:
                        first[folded] = (entity.id, f"{SINGULAR[section]} '{entity.id}' at {doc.path}:"
                                                    f"{doc.mark(loc)[0]}", declared)
                        continue
                    other, where, other_declared = first[folded]
                    if other != entity.id and not (folded in declared and folded in other_declared):
                        problems.append(doc.problem(loc, f"'{name}' also names {where}", "keep it on the entity "
                                                    "the articles mean by it, or list it under ambiguous: on both"))
    return problems


def title_problems(doc: YamlFile, briefing: Briefing, names: Mapping[str, tuple[str, ...]],
                   organisations: frozenset[str]) -> list[Problem]:
    """Warnings for a title that holds its person's own name, or that is an organisation's name."""
    problems = []
    for i, title in enumerate(briefing.titles):
        own = [n for n in names.get(title.person, ())
               if re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", title.title.casefold())]
        if own:
            problems.append(doc.problem(("titles", i, "title"), f"title '{title.title}' contains the person's own "
                                        f"name ('{own[0]}')", "keep only the office or description the article "
                                        "gives", "warning"))
        elif title.title.casefold() in organisations:
            problems.append(doc.problem(("titles", i, "title"), f"title '{title.title}' is an organisation's name",
                                        "give the person's office in it, or drop the title", "warning"))
    return problems


def role_titles(files: list[tuple[YamlFile, RegistryFile]]) -> list[Problem]:
    """Warnings for a registry role whose title is an organisation's name (a role is an office)."""
    organisations = {n.casefold() for _, parsed in files for o in parsed.organisations for n in (o.name, *o.aliases)}
    return [doc.problem(("people", i, "roles", j, "title"), f"role title '{role.title}' is an organisation's name",
                        "name the office held in it, e.g. 'leader of …', 'member of …'", "warning")
            for doc, parsed in files for i, person in enumerate(parsed.people)
            for j, role in enumerate(person.roles) if role.title.casefold() in organisations]
