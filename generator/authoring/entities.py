"""Which entities an article names, where, and which new ones to propose.

Registry entities are found by name and alias, countries also by every form `places` knows
("Britain", "British"); an alias never hides a different full name ("Lai" of one person is not
"Jimmy Lai"). Runs of capitalised words left over become proposals once `names` has cut what is
not the name; every mention is kept with its place so speakers can be resolved later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from slugify import slugify

from generator.authoring import names, places
from generator.authoring.text import name_runs, sentence_at, sentence_bounds
from generator.corpus.registry import SECTIONS, Registry
from generator.corpus.seeds import Seed


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    entity: str     # registry or proposed id
    section: str    # countries, people, organisations or topics


@dataclass
class Matches:
    """Entities found in the text: id → first paragraph, every mention, and ambiguous surface forms."""

    found: dict[str, int] = field(default_factory=dict)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    new_countries: dict[str, str] = field(default_factory=dict)  # id → name of countries not in the registry


def _forms(registry: Registry) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Every written form → the ids it may name (names and aliases, and the forms of each country),
    and the ISO code of each registry country by id."""
    forms: dict[str, set[str]] = {}
    for section in SECTIONS:
        for entity in registry.section(section).values():
            for form in (entity.name, *entity.aliases):
                forms.setdefault(form, set()).add(entity.id)
    by_code = {}
    country_forms = places.country_forms()
    for country in registry.countries.values():
        code = next((country_forms[f].code for f in (country.name, *country.aliases) if f in country_forms), None)
        if code:
            by_code[code] = country.id
    for form, country_ in country_forms.items():
        if form not in forms:
            forms[form] = {by_code.get(country_.code) or slugify(country_.name)}
    return forms, {country_id: code for code, country_id in by_code.items()}


def match_registry(seed: Seed, registry: Registry) -> Matches:
    """Find entities by name and alias, longest form first. A form shared by two entities is used
    only if one of them is also named in full somewhere in the text; a form that is part of a
    longer name ("Lai" in "Jimmy Lai") is not a mention. Countries outside the registry are
    found too (`new_countries`)."""
    forms, codes = _forms(registry)
    result = Matches()
    pending: list[tuple[str, set[str], int, int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
        for number, text in enumerate(seed.paragraphs, 1):
            for m in pattern.finditer(text):
                taken = result.spans.setdefault(number, [])
                if any(s < m.end() and m.start() < e for s, e in taken) or _hidden(text, m.start(), m.end()) \
                        or _of_another_country(text, m.start(), forms[form], registry, codes):
                    continue
                taken.append((m.start(), m.end()))
                pending.append((form, forms[form], number, m.start(), m.end()))
    for _, ids, number, _, _ in pending:
        if len(ids) == 1:
            result.found.setdefault(next(iter(ids)), number)
    for form, ids, number, start, end in pending:
        chosen = sorted(ids) if len(ids) == 1 else sorted(i for i in ids if i in result.found)
        if len(chosen) == 1:
            result.found.setdefault(chosen[0], number)
            section = registry.section_of(chosen[0])
            if section is None:
                section = "countries"
                result.new_countries[chosen[0]] = places.country_forms()[form].name
            result.mentions.append(Mention(number, start, end, chosen[0], section))
        else:
            result.ambiguous.setdefault(form, sorted(ids))
    return result


_NEXT_WORD = re.compile(r" ([^\W\d_][\w’'.-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w’'.-]*) (?:(?:of|de|del|da|van|von|bin|al|la) (?:the )?)?$")


def _hidden(text: str, start: int, end: int) -> bool:
    """True when the match is part of a longer name: a name word (not a title) stands next to it,
    or before it with a joiner ("Bank of Canada"; "Firefly of Freedonia" names Firefly)."""
    after = _NEXT_WORD.match(text, end)
    before = _PREVIOUS_WORD.search(text[max(0, start - 40):start])
    return any(m and _extends(m.group(1).rstrip(".")) for m in (after, before))


def _of_another_country(text: str, start: int, ids: set[str], registry: Registry, codes: dict[str, str]) -> bool:
    """True when a country other than the entity's own stands just before it: "the Chinese foreign
    ministry" is not the Canadian one, whatever the alias says."""
    if len(ids) != 1:
        return False
    entity = registry.people.get(next(iter(ids))) or registry.organisations.get(next(iter(ids)))
    own = getattr(entity, "countries", ()) or ((getattr(entity, "country", None),) if entity else ())
    own_codes = {codes.get(c) for c in own if c}
    before = re.search(r"(\S+?)(?:[’']s)?\s+$", text[max(0, start - 30):start])
    country = places.country_forms().get(before.group(1)) if before else None
    return bool(own_codes and country and country.code not in own_codes)


def _extends(word: str) -> bool:
    bare = word.lower()
    return (word[:1].isupper() and not re.search(r"[’']s?$", word) and bare not in names.TITLES
            and bare not in names.NOT_NAMES and word not in places.country_forms())


def propose(seed: Seed, registry: Registry, matches: Matches) -> list[dict[str, Any]]:
    """Countries found outside the registry, and names no entity has, with a guessed kind and the
    sentence that introduced them. A shorter form of a name proposed before is the same entity."""
    proposals: dict[str, dict[str, Any]] = {}
    for mention in matches.mentions:
        if mention.entity in matches.new_countries:
            text = seed.paragraphs[mention.paragraph - 1]
            proposals.setdefault(mention.entity, _proposal(matches.new_countries[mention.entity], "countries", None,
                                                           text, mention.start, mention.paragraph))
    people: dict[str, list[str]] = {}  # proposed person id → title words seen before the name
    for number, text in enumerate(seed.paragraphs, 1):
        taken = matches.spans.get(number, [])
        for run, start in _split_affiliations(name_runs(text)):
            name = names.strip(run, start)
            if not name.text or any(s < name.start + len(name.text) and name.start < e for s, e in taken):
                continue
            section = names.kind_of(name.text)
            if section not in ("people", "organisations"):
                continue
            same = _same_person(name.text, proposals) if section == "people" else None
            entity_id = same or slugify(name.text)
            if not entity_id or registry.section_of(entity_id):
                continue
            if section == "people":
                people.setdefault(entity_id, []).extend([*name.titles, *_titles_around(text, start, name)])
            proposals.setdefault(entity_id, _proposal(name.text, section, None, text, name.start, number))
        for org, start in _named_organisations(text):
            if not any(s < start + len(org) and start < e for s, e in taken) and not registry.section_of(slugify(org)):
                proposals.setdefault(slugify(org), _proposal(org, "organisations", None, text, start, number))
    for entity_id, titles in people.items():
        proposals[entity_id]["kind"] = "leader" if names.leader_titles(titles) else "person"
    return sorted(proposals.values(), key=lambda p: (p["paragraph"], p["id"]))


def _proposal(name: str, section: str, kind: str | None, text: str, start: int, paragraph: int) -> dict[str, Any]:
    return {"id": slugify(name), "name": name, "section": section, **({"kind": kind} if kind else {}),
            "description": sentence_at(text, start), "paragraph": paragraph}


def _same_person(name: str, proposals: dict[str, dict[str, Any]]) -> str | None:
    """The proposed person this name is a shorter form of: 'Cortez Masto' of 'Catherine Cortez Masto'."""
    words = name.split()
    for entity_id, p in proposals.items():
        theirs = p["name"].split()
        if p["section"] == "people" and len(words) < len(theirs) and (
                theirs[-len(words):] == words or theirs[:len(words)] == words):
            return entity_id
    return None


def _split_affiliations(runs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Michael Smith of the Canberra Times' → the person and the paper; 'Bank of Canada' stays whole."""
    out = []
    for run, start in runs:
        match = re.search(r"\s+of\s+(?:the\s+)?", run)
        left = run[: match.start()] if match else run
        if match and not {w.lower() for w in left.split()} & names.ORGANISATION_WORDS and len(left.split()) > 1:
            out += [(left, start), (run[match.end():], start + match.end())]
        else:
            out.append((run, start))
    return out


_ORGANISATION_NOUNS = r"(?:news agency|agency|newspaper|broadcaster|daily|company|carmaker|firm|group|service|party)"


def _named_organisations(text: str) -> list[tuple[str, int]]:
    """One-word organisations known by what the text calls them: 'Yonhap news agency', 'the
    electoral service Servel', 'Xinhua, the state news agency'."""
    found = []
    word = r"([A-Z][\w’'-]+)"
    for pattern in (rf"\b{word} {_ORGANISATION_NOUNS}\b", rf"\bthe (?:[a-z-]+ )?{_ORGANISATION_NOUNS} {word}\b",
                    rf"\b{word}, (?:the|a|an) (?:[\w-]+ ){{0,3}}{_ORGANISATION_NOUNS}\b"):
        for m in re.finditer(pattern, text):
            org = m.group(1)
            if org.lower() not in names.NOT_NAMES and org not in places.country_forms() and not places.is_place(org):
                found.append((org, m.start(1)))
    return found


def _titles_around(text: str, run_start: int, name: names.Name) -> list[str]:
    """Titles of office said of a person outside the run of their name: lowercase before it
    ("Conservative leader Kemi Badenoch"), or later in the sentence as what the person is ("Jara,
    a former labour minister", "as he became the first British prime minister")."""
    before = re.findall(r"[\w.-]+", text[max(0, run_start - 40):run_start])[-3:]
    found = [w.lower() for w in before if w.lower() in names.LEADER_TITLES]
    end = name.start + len(name.text)
    rest = text[end:sentence_bounds(text, name.start)[1]]
    found += [m.group(1).lower() for m in re.finditer(
        r"\b(?:the|a|an|as)\s+(?:[\w-]+\s+){0,3}?(president|prime minister|premier|chancellor|minister|secretary|"
        r"governor|leader|king|queen|taoiseach)\b(?!\s+[A-Z])", rest)]
    return [w.split()[0] for w in found]
