"""`briefings new`: a draft briefing from an article's text alone, for a curator to finish.

It finds what patterns can find (title, dateline, known entities by name and alias, unknown
names as proposals, quotes with a guessed speaker, figures, dates) and writes a file that
passes `briefings check --drafts` as it is. Judgement (summary, key points, framing) stays
with the curator; the report says what is left to do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml
from slugify import slugify

from generator.authoring import extract
from generator.corpus.check import load_registry
from generator.corpus.fuzzy_date import parse_date
from generator.corpus.registry import SECTIONS, Registry
from generator.corpus.seeds import Seed, read_seed
from generator.errors import BriefingsError, Problem
from generator.project import Project

TITLES = {"president", "prime", "minister", "premier", "chancellor", "king", "queen", "taoiseach", "secretary",
          "senator", "governor", "mayor", "ambassador", "chairman", "chair", "leader", "mr", "mrs", "ms", "dr",
          "sir", "dame", "general", "professor", "prof", "judge", "justice", "cardinal", "rabbi", "imam", "prince",
          "princess", "emperor", "sheikh", "pope", "speaker", "deputy",
          "foreign", "affairs", "trade", "finance", "defence", "defense", "industry", "energy", "agriculture"}
LEADER_TITLES = {"president", "prime", "premier", "chancellor", "king", "queen", "taoiseach", "minister",
                 "emperor", "governor", "mayor", "sheikh", "prince", "princess"}
ORGANISATION_WORDS = {"university", "party", "council", "ministry", "office", "bank", "watch", "times", "daily",
                      "association", "chamber", "company", "group", "agency", "commission", "committee",
                      "organisation", "organization", "union", "fund", "forum", "news", "post", "institute",
                      "corporation", "court", "parliament", "congress", "department", "foundation", "press",
                      "network", "inc", "ltd", "alliance", "army", "navy", "police", "reuters", "media"}
NOT_NAMES = set(extract.MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                 "sunday", "the", "a", "an", "in", "on", "at", "but", "and", "as",
                                                 "for", "with", "while", "after", "before", "this", "that", "it",
                                                 "related", "comments", "still", "meanwhile", "moreover", "not"}


@dataclass
class Matches:
    """Registry entities found in the text: id → first paragraph, and ambiguous surface forms."""

    found: dict[str, int] = field(default_factory=dict)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)


def match_registry(seed: Seed, registry: Registry) -> Matches:
    """Find entities by name and alias, longest form first; a form shared by two entities is
    used only if one of them is also named in full somewhere in the text."""
    forms: dict[str, set[str]] = {}
    for section in SECTIONS:
        for entity in registry.section(section).values():
            for form in (entity.name, *entity.aliases):
                forms.setdefault(form, set()).add(entity.id)
    result = Matches()
    pending: list[tuple[str, set[str], int, int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
        for number, text in enumerate(seed.paragraphs, 1):
            for m in pattern.finditer(text):
                taken = result.spans.setdefault(number, [])
                if any(s <= m.start() and m.end() <= e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                pending.append((form, forms[form], number, m.start(), m.end()))
    for _, ids, number, _, _ in pending:
        if len(ids) == 1:
            result.found.setdefault(next(iter(ids)), number)
    for form, ids, number, _, _ in pending:
        if len(ids) > 1:
            named = sorted(i for i in ids if i in result.found)
            if len(named) == 1:
                result.found.setdefault(named[0], number)
            else:
                result.ambiguous.setdefault(form, sorted(ids))
    return result


def _country_forms() -> dict[str, str]:
    """Country names (ISO 3166, common names first) and the usual demonym shapes → country name."""
    forms: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name.split(",")[0]
        stems = {name, name[:-1]} if name[-1] in "aeiouy" else {name}
        for form in [name] + [stem + suffix for stem in stems for suffix in ("n", "an", "ian", "ese", "i", "ish")]:
            forms.setdefault(form, name)
    return forms


def propose(seed: Seed, registry: Registry, matches: Matches) -> list[dict[str, Any]]:
    """Unknown countries (by ISO name or demonym) and multi-word names, with a guessed kind and their sentence."""
    country_forms = _country_forms()
    country_names = set(country_forms.values())
    known_countries = {c.name for c in registry.countries.values()}
    proposals: dict[str, dict[str, Any]] = {}
    for number, text in enumerate(seed.paragraphs, 1):
        taken = matches.spans.get(number, [])
        for run, start in _split_affiliations(extract.capitalised_names(text)):
            words = run.split()
            if any(s < start + len(run) and start < e for s, e in taken):
                continue
            countries = [country_forms[w] for w in words if w in country_forms]
            names = [c for c in countries if c not in known_countries] + [_strip_titles(words)]
            for name in dict.fromkeys(names):
                if not name or name.lower() in NOT_NAMES:
                    continue
                section, kind = _guess(name, words, country_names)
                if section == "countries" and name in known_countries:
                    continue
                if section is None or registry.section_of(slugify(name)):
                    continue
                proposals.setdefault(slugify(name), {
                    "id": slugify(name), "name": name, "section": section, **({"kind": kind} if kind else {}),
                    "description": extract.sentence_at(text, start), "paragraph": number})
    return sorted(proposals.values(), key=lambda p: (p["paragraph"], p["id"]))


def _split_affiliations(runs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Michael Smith of the Canberra Times' → the person and the paper; 'Bank of Canada' stays whole."""
    out = []
    for run, start in runs:
        match = re.search(r"\s+of\s+(?:the\s+)?", run)
        left = run[: match.start()] if match else run
        if match and not {w.lower() for w in left.split()} & ORGANISATION_WORDS:
            out += [(left, start), (run[match.end():], start + match.end())]
        else:
            out.append((run, start))
    return out


def _strip_titles(words: list[str]) -> str:
    """'Australian Prime Minister Anthony Albanese' → 'Anthony Albanese'."""
    cut = max((i + 1 for i, w in enumerate(words) if w.lower().strip(".") in TITLES), default=0)
    rest = words[cut:]
    while rest and rest[0].lower() in NOT_NAMES:
        rest = rest[1:]
    return " ".join(rest)


def _guess(name: str, run: list[str], countries: set[str]) -> tuple[str | None, str | None]:
    lowered = {w.lower().strip(".’'") for w in name.split()}
    if name in countries:
        return "countries", None
    if lowered & ORGANISATION_WORDS:
        return "organisations", None
    if len(name.split()) < 2:
        return None, None
    titles = {w.lower().strip(".") for w in run} & LEADER_TITLES
    return "people", "leader" if titles else "person"


def draft_briefing(project: Project, seed_path: Path, today: dt.date | None = None
                   ) -> tuple[Path, dict[str, Any], list[str]]:
    """Build the draft (not yet written): its path, its data, and what the curator must still do."""
    registry, problems = load_registry(project)
    if registry is None or problems:
        raise BriefingsError(problems or [Problem("briefings/registry", 1, 1, "", "no registry")])
    seed, problems = read_seed(seed_path, project.shown(seed_path))
    if seed is None:
        raise BriefingsError(problems)
    if seed_path.resolve().parent != project.seeds.resolve():
        raise BriefingsError([Problem(project.shown(seed_path), 1, 1, "", "the article must be in seeds/",
                                      f"copy it to seeds/{seed_path.name} first")])
    matches = match_registry(seed, registry)
    proposals = propose(seed, registry, matches)
    title = _title(seed)
    published = _dateline(seed)
    ids = {section: [i for i in sorted(matches.found, key=lambda i: (matches.found[i], i))
                     if registry.section_of(i) == section] for section in SECTIONS}
    for p in proposals:
        ids[p["section"]].append(p["id"])
    speakers = _speaker_index(registry, proposals, ids["people"])
    quotes, unattributed = [], 0
    for q in extract.find_quotes(seed.paragraphs):
        speaker = _resolve(q.speaker, speakers)
        unattributed += speaker is None
        quote: dict[str, Any] = {"text": q.text, "speaker": speaker}
        if not speaker:
            quote["speaker_label"] = q.speaker or "not attributed in the text"
        quote["paragraph"] = q.paragraph
        quote["context"] = extract.sentence_at(seed.paragraphs[q.paragraph - 1], q.start)[:160]
        quotes.append(quote)
    briefing: dict[str, Any] = {
        "id": _unique_id(project, _short_slug(title) or slugify(seed_path.stem)),
        "seed": seed.name, "status": "draft", "added": (today or dt.date.today()).isoformat(),
        "title": title, "published": published, "outlet": None,
        "summary": "TODO: two to four sentences in your own words.",
        "key_points": [{"text": "TODO: the article's main point, in your own words.", "paragraphs": [1]}],
        **{section: ids[section] for section in SECTIONS},
        "quotes": quotes,
        "events": _events(seed, published),
        "figures": [{"value": f.text, "measure": f"p{f.paragraph}-{slugify(f.text)}"[:100].strip("-"),
                     "label": extract.sentence_at(seed.paragraphs[f.paragraph - 1], f.start)[:160],
                     "amount": f.amount, "unit": f.unit, "approximate": f.approximate, "paragraph": f.paragraph}
                    for f in extract.find_figures(seed.paragraphs)],
        "framing": {"tone": "neutral", "summary": "TODO: how the article frames the story.", "loaded_terms": []},
        "proposed": proposals,
    }
    todo = [f"write summary, key_points and framing (tone, loaded terms) in {briefing['id']}.yaml",
            "check every event date and summary; give shared events a `key` used by other briefings",
            "give figures a shared `measure` slug and a clear `label`"]
    if proposals:
        todo.append(f"accept or reject {len(proposals)} proposed entities: move accepted ones into "
                    "briefings/registry/ (with a description and aliases) and delete `proposed`")
    if unattributed:
        todo.append(f"attribute {unattributed} quote(s) with no speaker id (speaker_label says what was found)")
    for form, candidates in sorted(matches.ambiguous.items()):
        todo.append(f"'{form}' may be any of {', '.join(candidates)}: add the right one to the entity lists")
    if published["precision"] == "unknown":
        todo.append("no dateline found: set `published` if the text gives the date, else leave it unknown")
    todo.append("when `briefings check` is clean, set status: published")
    return project.briefings / f"{briefing['id']}.yaml", briefing, todo


def _title(seed: Seed) -> str:
    for text in seed.paragraphs[:3]:
        dateline = extract.find_dates((text,))
        if dateline and len(text) < 40:
            continue  # a date line such as "Sat. Nov 1st, 2025"
        if len(text.split()) <= 20 and not text.rstrip().endswith("."):
            return text
        break
    first = extract.sentence_at(seed.paragraphs[0], 0)
    words = re.sub(r"^[^.!?]{0,60}?\s[—–-]\s+", "", first).split()  # drop a "CITY, 3 March 2027 —" dateline
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _dateline(seed: Seed) -> dict[str, Any]:
    for number, text in enumerate(seed.paragraphs[:2], 1):
        for found in extract.find_dates((text,)):
            if found.start < 40 and found.precision in ("day", "month"):
                return {"date": found.value, "precision": found.precision, "basis": "dateline",
                        "note": f"from '{found.text}' at the start of paragraph {number}"}
    return {"date": None, "precision": "unknown", "basis": "unknown", "note": "no dateline found in the text"}


def _events(seed: Seed, published: dict[str, Any]) -> list[dict[str, Any]]:
    pub = parse_date(published["date"], published["precision"])[0]
    events = []
    for found in extract.find_dates(seed.paragraphs):
        if published["basis"] == "dateline" and found.paragraph <= 2 and found.value == published["date"]:
            continue  # the dateline itself
        date = parse_date(found.value, found.precision)[0]
        later = bool(pub and date and pub.known and date.known and not pub.covers(date)
                     and date.sort_key > pub.sort_key)
        events.append({"date": found.value, "precision": found.precision, "as_written": found.text, "kind": "other",
                       "summary": found.sentence[:300], "paragraph": found.paragraph, "scheduled": later})
    return events


def _speaker_index(registry: Registry, proposals: list[dict[str, Any]], people: list[str]) -> list[tuple[str, str]]:
    """(surface form, person id) for every person in the draft, longest form first."""
    forms = []
    for person_id in people:
        entity = registry.people.get(person_id)
        names = [entity.name, *entity.aliases] if entity else [p["name"] for p in proposals if p["id"] == person_id]
        names += [n.split()[-1] for n in names if len(n.split()) > 1]  # "Albanese" for "Anthony Albanese"
        forms += [(name, person_id) for name in names]
    return sorted(forms, key=lambda f: -len(f[0]))


def _resolve(raw: str, speakers: list[tuple[str, str]]) -> str | None:
    raw = re.sub(r"[’']s$", "", raw)
    for form, person_id in speakers:
        if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", raw):
            return person_id
    return None


def _short_slug(text: str, limit: int = 60) -> str:
    slug = slugify(text)
    return slug if len(slug) <= limit else slug[:limit].rsplit("-", 1)[0]


def _unique_id(project: Project, wanted: str) -> str:
    candidate, n = wanted, 2
    while (project.briefings / f"{candidate}.yaml").exists():
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def write_draft(path: Path, briefing: dict[str, Any]) -> None:
    header = ("# yaml-language-server: $schema=../schemas/briefing.schema.json\n"
              "# Draft written by `briefings new`: every value below is a proposal to check against the seed.\n")
    body = yaml.safe_dump(briefing, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    path.write_text(header + body, encoding="utf-8")
