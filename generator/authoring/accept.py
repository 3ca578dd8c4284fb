"""`briefings accept` and `briefings reject`: a draft's proposed entities into the registry, or out
of the draft, so a curator never copies a proposal into registry format by hand.

An accepted entity is written in the registry's own format, with what the article gives: the
aliases it uses (a person's surname alone, "Mr Surname"), and for a person the title of office and
country the text puts before the full name ("Chilean President Gabriel Boric"), for an
organisation the country its name comes with ("Tanzania's Ministry of Foreign Affairs"). The draft then
refers to the registry entry and still passes `check --drafts`.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from generator.authoring import places
from generator.authoring.draft import write_draft
from generator.authoring.names import HONORIFICS, LEADER_TITLES, TITLES
from generator.authoring.people import surnames
from generator.corpus.check import load_registry
from generator.corpus.model import GENERAL
from generator.corpus.registry import SECTIONS, SINGULAR, Registry
from generator.corpus.seeds import Seed, read_seed
from generator.errors import BriefingsError, Problem
from generator.project import Project

_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame")
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,[^-–—]{0,40})?\s*(?:\([^)]*\)\s*)?[-–—]+\s*")


def accept(project: Project, draft: Path, names: list[str]) -> list[str]:
    """Move the named proposals (all if none) into the registry; say what was written where."""
    data, proposals, chosen = _load(project, draft, names)
    registry, problems = load_registry(project)
    if registry is None or problems:
        raise BriefingsError(problems)
    seed, problems = read_seed(project.seeds / data["seed"], f"seeds/{data['seed']}")
    if seed is None:
        raise BriefingsError(problems)
    for proposal in chosen:
        if registry.section_of(proposal["id"]):
            raise BriefingsError([Problem(project.shown(draft), 1, 1, "proposed",
                                          f"'{proposal['id']}' is already in the registry",
                                          f"use it as it is: briefings reject {draft.name} {proposal['id']}")])
    forms = _country_forms(registry, proposals)
    entries = [_entry(proposal, seed, registry, forms, data["id"]) for proposal in chosen]
    # An alias two new entries would share (two people surnamed Ortega) names neither: `check` refuses it.
    shared = {a for a, n in Counter(a.casefold() for e in entries for a in e["aliases"]).items() if n > 1}
    done = []
    for proposal, entry in zip(chosen, entries, strict=True):
        entry["aliases"] = [a for a in entry["aliases"] if a.casefold() not in shared]
        path = _write(project, proposal["section"], entry)
        done.append(f"accepted {SINGULAR[proposal['section']]} {proposal['name']} as '{proposal['id']}' "
                    f"into {project.shown(path)}")
    data["proposed"] = [p for p in proposals if p not in chosen]
    _save(draft, data)
    return done


def reject(project: Project, draft: Path, names: list[str]) -> list[str]:
    """Drop the named proposals from the draft, and every reference to them in it."""
    if not names:
        raise BriefingsError([Problem(project.shown(draft), 1, 1, "proposed", "no proposal named",
                                      "name the proposals to reject, by id or name")])
    data, proposals, chosen = _load(project, draft, names)
    ids = {p["id"]: p["name"] for p in chosen}
    for section in SECTIONS:
        data[section] = [i for i in data.get(section) or [] if i not in ids]
    for quote in data.get("quotes") or []:
        if quote.get("speaker") in ids:
            quote["speaker_label"] = ids[quote["speaker"]]
            quote["speaker"] = None
    for item in [*(data.get("events") or []), *(data.get("figures") or [])]:
        for field in ("participants", "countries", "organisations", "topics"):
            if field in item:
                item[field] = [i for i in item[field] if i not in ids]
    data["proposed"] = [p for p in proposals if p not in chosen]
    _save(draft, data)
    return [f"rejected {p['name']} ('{p['id']}')" for p in chosen]


def _load(project: Project, draft: Path, names: list[str]
          ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    try:
        data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BriefingsError([Problem(project.shown(draft), 1, 1, "", f"cannot read the draft: {exc}",
                                      "give the path of a draft written by `briefings new`")]) from exc
    if not isinstance(data, dict) or data.get("status") != "draft":
        raise BriefingsError([Problem(project.shown(draft), 1, 1, "status", "not a draft",
                                      "accept and reject work on drafts (status: draft)")])
    proposals: list[dict[str, Any]] = list(data.get("proposed") or [])
    wanted = {n.casefold() for n in names}
    chosen = [p for p in proposals if not wanted or {p["id"].casefold(), p["name"].casefold()} & wanted]
    unknown = wanted - {form.casefold() for p in proposals for form in (p["id"], p["name"])}
    if unknown or not chosen:
        listed = ", ".join(f"{p['id']} ({p['name']})" for p in proposals) or "none"
        raise BriefingsError([Problem(project.shown(draft), 1, 1, "proposed",
                                      f"no proposal named {', '.join(sorted(unknown)) or 'at all'}",
                                      f"the draft proposes: {listed}")])
    return data, proposals, chosen


def _entry(proposal: dict[str, Any], seed: Seed, registry: Registry, forms: dict[str, str],
           briefing: str) -> dict[str, Any]:
    """The registry entry: the proposal's name and sentence, and what the text says of it, each
    cited to the draft's paragraph that says it."""
    name = proposal["name"]
    named_in = {"briefing": briefing, "paragraphs": (seed.find(name) or [proposal["paragraph"]])[:1]}
    entry: dict[str, Any] = {"id": proposal["id"], "name": name}
    section = proposal["section"]
    text = "\n".join(seed.paragraphs)
    if section == "people":
        title, country, said = _office(name, text, forms)
        kind = "leader" if title and {w.lower().strip(".") for w in title.split()} & LEADER_TITLES \
            else proposal.get("kind") or "person"
        entry["kind"] = kind
        if not title:  # an office set off after the name gives the role, not the kind ("general secretary of …")
            title, country, said = _apposed(name, text, forms)
        entry["aliases"] = _aliases(name, text)
        given = {**named_in, "paragraphs": (seed.find(said) or named_in["paragraphs"])[:1]}  # where it says so
        if title:
            entry["roles"] = [{"title": title, **({"country": country} if country else {}), "source": given}]
        entry["countries"] = [country] if country else []
        if country:
            entry["countries_source"] = given
    elif section == "countries":  # the demonyms it uses ("Australian")
        entry["aliases"] = [form for form, country in places.country_forms().items()
                            if country.name == name and form != name and re.search(rf"\b{re.escape(form)}\b", text)]
    else:
        entry["aliases"] = list(proposal.get("aliases", []))
        country = _owner(name, text, forms) if section == "organisations" else ""
        if country:
            entry["country"], entry["country_source"] = country, named_in
    # the sentence that introduced it, less a dateline ("SANTIAGO, 16 November 2027 - ")
    entry["description"] = _DATELINE.sub("", proposal["description"]) or proposal["description"]
    entry["description_source"] = {"briefing": briefing, "paragraphs": [proposal["paragraph"]]}
    known = places.country_forms().get(name) if section == "countries" else None
    if known and (where := places.region(known)):  # not the headline that first named it
        entry["description"], entry["description_source"] = f"A country in {where}.", GENERAL
    taken = {n.casefold() for section in SECTIONS for e in registry.section(section).values()
             for n in (e.name, *e.aliases)}
    entry["aliases"] = [a for a in entry["aliases"] if a.casefold() not in taken]  # an alias points one way
    return entry


def _aliases(name: str, text: str) -> list[str]:
    """The short forms the article uses: a surname alone, with an honorific, or as written."""
    found = []
    for surname in surnames(name):
        for form in (*(f"{h}. {surname}" for h in _HONORIFICS), *(f"{h} {surname}" for h in _HONORIFICS), surname):
            if form not in found and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text.replace(name, "")):
                found.append(form)
    return found


def _office(name: str, text: str, forms: dict[str, str]) -> tuple[str, str, str]:
    """The title of office just before the full name ("Prime Minister Keir Starmer", "the Minister
    of Water and Sanitation, Chimwemwe Banda"), and the country it names ("Chilean President …",
    "Malawi's Minister …") if that country is known or proposed; and the words that say so."""
    before = re.compile(rf"((?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)*)*[A-Z][\w’'.-]*),?\s+{re.escape(name)}")
    for match in before.finditer(text):  # the first time the name comes with a title ("In Santiago, …" has none)
        words = match.group(1).split()
        titled = [w for w in words if w.lower().strip(".") in TITLES - HONORIFICS]  # "Dr", "Mrs": no office
        if titled:
            return " ".join(words[words.index(titled[0]):]), _named_country(words, forms), match.group(0)
    return "", "", ""


def _apposed(name: str, text: str, forms: dict[str, str]) -> tuple[str, str, str]:
    """The office set off after the name, where none comes before it: "Peter Mhone, general
    secretary of the Plantation and Agriculture Workers Union of Malawi, said" (its country if it
    names one); not "Esnart Mwale, a 54-year-old rice grower"."""
    after = re.search(rf"{re.escape(name)},\s+(?:(?:an?|the)\s+)?((?!(?:in|for|at|on|by|with|from|of)\s)"
                      r"[\w’'-]+(?:\s+[\w’'-]+){0,13}?)(?=[,.]|\s+(?:who|whose|which|that|said|says|told|tells|"
                      r"added|adds)\b)", text)
    words = after.group(1).split() if after else []
    if not after or (not words[0][:1].islower() and not words[0].isupper()) or \
            not any(w.lower() in TITLES for w in words[:3]):
        return "", "", ""  # "in the chair"; "Bob Dole and …" (a list of names); no office in its first words
    return " ".join(words), _named_country(words, forms), after.group(0)


def _named_country(words: list[str], forms: dict[str, str]) -> str:
    """The first country known or proposed that the words name ("Argentina's", "Chilean", "Malawi")."""
    bare = [re.sub(r"['’]s$", "", w) for w in words]
    return next((forms[w] for w in bare if w in forms), "")


def _owner(name: str, text: str, forms: dict[str, str]) -> str:
    """The country an organisation's name is given with: "Tanzania's Ministry of Foreign Affairs",
    "the Malawian Ministry of Water" (a country known or proposed)."""
    before = re.search(rf"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+{re.escape(name)}", text)
    return forms.get(before.group(1), "") if before else ""


def _country_forms(registry: Registry, proposals: list[dict[str, Any]]) -> dict[str, str]:
    """Every way the text may name a country known or proposed, to its id: its name, its
    aliases, its demonym ("Chilean" → chile)."""
    ids = {c.name: c.id for c in registry.countries.values()}
    ids.update({p["name"]: p["id"] for p in proposals if p["section"] == "countries"})
    forms = {form: ids[c.name] for form, c in places.country_forms().items() if c.name in ids}
    forms.update({form: c.id for c in registry.countries.values() for form in (c.name, *c.aliases)})
    forms.update(ids)
    return forms


def _write(project: Project, section: str, entry: dict[str, Any]) -> Path:
    """Append the entry to the registry file that holds its section (or a new one named after it),
    keeping the file's comments and layout."""
    files = sorted(project.registry.glob("*.yaml"))
    holder = next((p for p in files if re.search(rf"(?m)^{section}:", p.read_text(encoding="utf-8"))), None)
    block = _yaml(entry)
    if holder is None:
        holder = project.registry / f"{section}.yaml"
        holder.write_text(f"{section}:\n{block}", encoding="utf-8")
        return holder
    text = re.sub(rf"(?m)^{section}:\s*\[\]\s*$", f"{section}:", holder.read_text(encoding="utf-8"))
    start = re.search(rf"(?m)^{section}:.*\n", text)
    assert start is not None
    after = re.search(r"(?m)^\S", text[start.end():])
    at = start.end() + after.start() if after else len(text)
    head = text[:at] if text[:at].endswith("\n") else text[:at] + "\n"
    holder.write_text(head + block + text[at:], encoding="utf-8")
    return holder


def _yaml(entry: dict[str, Any]) -> str:
    """One registry entry as the registry files write it: lists of names in brackets, roles as a
    block, each value quoted only where YAML needs it."""
    def scalar(value: Any) -> str:
        flow = isinstance(value, dict)  # a citation: {briefing: …, paragraphs: [3]}
        return yaml.safe_dump(value, allow_unicode=True, width=1000, default_style=None,
                              default_flow_style=flow or None).removesuffix("\n...\n").strip()

    lines = []
    for n, (key, value) in enumerate(entry.items()):
        lead = "  - " if n == 0 else "    "
        if key == "roles":
            lines.append(f"{lead}roles:")
            for role in value:
                lines += [("      - " if i == 0 else "        ") + f"{k}: {scalar(v)}"
                          for i, (k, v) in enumerate(role.items())]
        elif isinstance(value, list):
            lines.append(f"{lead}{key}: [{', '.join(scalar(v) for v in value)}]")
        else:
            lines.append(f"{lead}{key}: {scalar(value)}")
    return "\n".join(lines) + "\n"


def _save(draft: Path, data: dict[str, Any]) -> None:
    if not data.get("proposed"):
        data.pop("proposed", None)
    write_draft(draft, data)
