"""`briefings new`: a draft briefing from an article's text alone, for a curator to finish.

It gathers what the extractors find (title, dateline, known entities and proposals, quotes with
their speakers, figures, dates anchored to the dateline) and writes a file that passes
`briefings check --drafts` as it is. Judgement (summary, key points, framing) stays with the
curator; the report says what is left to do.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml
from slugify import slugify

from generator.authoring import dates, entities, figures, places, proposals, quote_marks, quotes, speakers
from generator.authoring.people import People
from generator.authoring.text import WEEKDAYS, excerpt, sentence_at
from generator.corpus.check import load_registry
from generator.corpus.event_dates import PRECISION, gives
from generator.corpus.fuzzy_date import parse_date
from generator.corpus.registry import SECTIONS, Registry
from generator.corpus.seeds import Seed, read_seed
from generator.corpus.wording import stated_bound
from generator.errors import BriefingsError, Problem
from generator.pages.markdown import counted
from generator.project import Project


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
    drafted = curated_from(project, seed.name)
    matches = entities.match_registry(seed, registry)
    proposed = proposals.propose(seed, registry, matches)
    title = _title(seed)
    published = _dateline(seed, today or dt.date.today())
    ids = {section: [i for i in sorted(matches.found, key=lambda i: (matches.found[i], i))
                     if registry.section_of(i) == section] for section in SECTIONS}
    for p in proposed:
        ids[p["section"]].append(p["id"])
    quote_list, unattributed = _quotes(seed, registry, proposed, ids["people"], matches)
    briefing: dict[str, Any] = {
        "id": drafted.stem if drafted else _unique_id(project, _short_slug(title) or slugify(seed_path.stem)),
        "seed": seed.name, "status": "draft", "added": (today or dt.date.today()).isoformat(),
        "title": title, "published": published, "outlet": _outlet(seed),
        "summary": "TODO: two to four sentences in your own words.",
        "key_points": [{"text": "TODO: the article's main point, in your own words.", "paragraphs": [1]}],
        **{section: ids[section] for section in SECTIONS},
        "quotes": quote_list,
        "events": _events(seed, published),
        "figures": _figures(seed, registry, ids["countries"], proposed),
        "framing": {"tone": "neutral", "summary": "TODO: how the article frames the story.", "loaded_terms": []},
        "proposed": proposed,
    }
    todo = [f"write summary, key_points and framing (tone, loaded terms) in {briefing['id']}.yaml",
            "check every event date and summary; give shared events a `key` used by other briefings",
            "give figures a shared `measure` slug and a clear `label`"]
    if proposed:
        todo.append(f"accept or reject {len(proposed)} proposed entities: `briefings reject {briefing['id']} NAME` "
                    f"drops one, `briefings accept {briefing['id']}` writes the rest into briefings/registry/; "
                    "then check their descriptions")
    if unattributed:
        todo.append(f"attribute {counted(unattributed, 'quote')} with no speaker id "
                    "(speaker_label says what was found)")
    for form, candidates in sorted(matches.ambiguous.items()):
        todo.append(f"'{form}' may be any of {', '.join(candidates)}: add the right one to the entity lists")
    if published["precision"] == "unknown":
        todo.append("no dateline found: set `published` if the text gives the date, else leave it unknown")
    todo.append("when `briefings check` is clean, set status: published")
    return project.briefings / f"{briefing['id']}.yaml", briefing, todo


def _quotes(seed: Seed, registry: Registry, proposals: list[dict[str, Any]], people: list[str],
            matches: entities.Matches) -> tuple[list[dict[str, Any]], int]:
    """Every quotation with its speaker: a person's id, else how the article names the speaker."""
    names: dict[str, list[str]] = {}
    for person_id in people:
        entity = registry.people.get(person_id)
        names[person_id] = [entity.name, *entity.aliases] if entity else \
            [p["name"] for p in proposals if p["id"] == person_id]
    index = People(seed.paragraphs, names)
    others = [m for m in matches.mentions if m.section != "people"] + _mentions(seed, [
        p for p in proposals if p["section"] == "organisations"])
    found = quotes.find_quotes(seed.paragraphs)
    nicknames = {alias for p in proposals if p["section"] == "people" for alias in p.get("aliases") or []} | {
        p["name"] for p in proposals if p["section"] == "organisations"}  # JSC "Uzgazsanoat": a name
    result, unattributed = [], 0
    for q, who in zip(found, speakers.attribute(found, index, others), strict=True):
        if q.text in nicknames:
            continue  # "captain Daniel ‘Tornado’ Agyemang", JSC "Uzgazsanoat": a name, not words said
        unattributed += who.person is None
        quote: dict[str, Any] = {"text": q.text, "speaker": who.person}
        if not who.person:
            quote["speaker_label"] = who.label or "not attributed in the text"
        quote["paragraph"] = q.paragraph
        quote["context"] = _context(sentence_at(seed.paragraphs[q.paragraph - 1], q.start))
        result.append(quote)
    return result, unattributed


def _context(sentence: str) -> str:
    """The words around a quote, not the quote again (its sentence is shown with it): 'said Geir Ove
    Ystmark, chief executive of Sjømat Norge'; a quote standing alone keeps its sentence."""
    around = re.sub(r"[“„«\"‘']?_[_\s,.;:!?’'”»\"]*", " … ", quote_marks.masked(sentence))
    around = re.sub(r"\s+", " ", around).strip(" …,.;:")
    return excerpt(around if len(around.split()) >= 2 else sentence, 160)


def _mentions(seed: Seed, proposals: list[dict[str, Any]]) -> list[entities.Mention]:
    """Where the text names each proposed organisation, so it can be named as a speaker."""
    return [entities.Mention(number, m.start(), m.end(), p["id"], p["section"])
            for p in proposals for form in (p["name"], *p.get("aliases", ()), *_without_country(p["name"]))
            for number, text in enumerate(seed.paragraphs, 1)
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]


def _without_country(name: str) -> list[str]:
    """'Border Guard' of 'Finnish Border Guard': how a text names a body again, its country left out."""
    first, _, rest = name.partition(" ")
    return [rest] if first in places.country_forms() and len(rest.split()) > 1 else []


def _figures(seed: Seed, registry: Registry, countries: list[str], proposals: list[dict[str, Any]]
             ) -> list[dict[str, Any]]:
    forms = places.country_forms()
    names = {**{c.id: c.name for c in registry.countries.values()}, **{p["id"]: p["name"] for p in proposals}}
    # a nation's money is its country's: Wales's is the United Kingdom's
    codes = tuple(dict.fromkeys(forms[names[c]].code.split("-")[0] for c in countries if names.get(c) in forms))
    return [{"value": f.text, "measure": f"p{f.paragraph}-{slugify(f.text)}"[:100].strip("-"),
             "label": excerpt(sentence_at(seed.paragraphs[f.paragraph - 1], f.start), 160),
             "amount": f.amount, "unit": f.unit, "approximate": f.approximate,
             **_bound(stated_bound(seed.paragraphs[f.paragraph - 1], f.text)), "paragraph": f.paragraph}
            for f in figures.find_figures(seed.paragraphs, codes)]


def _bound(bound: str | None) -> dict[str, str]:
    """The bound `check` reads in the seed's words ("more than 70%": over), so a draft passes it."""
    return {"bound": bound} if bound else {}


def _title(seed: Seed) -> str:
    for text in seed.paragraphs[:3]:
        if (dates.find_dates((text,)) and len(text) < 40) or re.match(r"(?i)by\s+[A-Z]", text):
            continue  # a date line such as "Sat. Nov 1st, 2025", or a byline
        if len(text.split()) <= 20 and not text.rstrip().endswith("."):
            return text
        break
    first = re.sub(r"^[^.!?]{0,60}?(?:\s[—–-]|\.-)\s+", "", seed.paragraphs[0])  # a "CITY, 3 March 2027 —" or
    words = sentence_at(first, 0).split()                                        # "Santiago de Chile.-" dateline
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _dateline(seed: Seed, today: dt.date) -> dict[str, Any]:
    """The article's date from its dateline; a dateline without its year ("OSLO, June 3 (Reuters) -")
    gets the year in which that day falls on the weekday its paragraph names, saying so. Failing
    one, a closing "first published" line (The Canadian Press's) gives it."""
    for number, text in enumerate(seed.paragraphs[:3], 1):
        for found in dates.find_dates((text,)):
            if not _in_dateline(text, found.start):
                continue
            if found.precision in ("day", "month"):
                return {"date": found.value, "precision": found.precision, "basis": "dateline",
                        "note": f"from '{found.text}' at the start of paragraph {number}"}
            weekday = re.search(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", text[found.start:])
            date = dates.by_weekday(found.text, weekday.group(0), today) if weekday else None
            if weekday and date:
                return {"date": date.isoformat(), "precision": "day", "basis": "inferred",
                        "note": f"'{found.text}' at the start of paragraph {number} gives no year; the paragraph "
                                f"says '{weekday.group(0)}', and {date.day} {date:%B} was a {weekday.group(0)} in "
                                f"{date.year}, the latest such year up to the draft ({today.isoformat()})"}
    for number, text in list(enumerate(seed.paragraphs, 1))[-2:]:  # "This report … was first published July 18, 2029."
        published = _PUBLISHED.search(text)
        closing = dates.find_dates((text[published.end():],)) if published else []
        if closing and closing[0].start == 0 and closing[0].precision == "day":
            return {"date": closing[0].value, "precision": "day", "basis": "dateline",
                    "note": f"from '{closing[0].text}' in the closing line, paragraph {number}"}
    return {"date": None, "precision": "unknown", "basis": "unknown", "note": "no dateline found in the text"}


_PUBLISHED = re.compile(r"\b(?:first|originally)\s+published\s+(?:on\s+)?", re.I)
_WEEKDAY = re.compile(rf"(?i)(?:on\s+)?(?:{'|'.join(WEEKDAYS)})")
_DATE_NEXT = re.compile(r",?\s+(?:\d{1,2}\b|[A-Z][a-z]{2,8}\.?\s+\d)")  # "Monday May 24, 2027", "Friday 24 September"


def _in_dateline(text: str, start: int) -> bool:
    """A date at the start of a paragraph, or anywhere in a line of byline and date ("By Dana
    Whitfield, Courier staff writer | Wednesday, Nov. 8, 2028": short, and no sentence); not one
    further into the text."""
    return start < 40 or _byline(text)


def _byline(text: str) -> bool:
    """Short, and not ending as a sentence does (a time of day may end it: "… March 8, 2029 at 6:42 p.m.")."""
    return len(text) <= 120 and not _TIME_AT_END.sub("", text.rstrip()).endswith((".", "!", "?", "”", '"', "’", "'"))


_TIME_AT_END = re.compile(r"\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?$", re.I)


# A wire dateline names its outlet in brackets: "OSLO, 9 February 2027 (Nordic Wire) - …", "(Reuters) —".
_OUTLET = re.compile(r"^[A-Z][^()\n]{2,60}?\(([A-Z][\w&.' -]{1,40})\)\s*(?:[-—–:]|\.-)")


def _outlet(seed: Seed) -> str | None:
    """The outlet a dateline names, else none: the text must name it."""
    for text in seed.paragraphs[:3]:
        match = _OUTLET.match(text)
        if match and not dates.find_dates((match.group(1),)):
            return match.group(1).strip()
    return None


def _events(seed: Seed, published: dict[str, Any]) -> list[dict[str, Any]]:
    """A candidate event for every date; relative dates are worked out from the dateline, and the
    summary says how, so the curator can check it."""
    pub = parse_date(published["date"], published["precision"])[0]
    events = []
    for found in dates.find_dates(seed.paragraphs, pub):
        paragraph = seed.paragraphs[found.paragraph - 1]
        if published["basis"] in ("dateline", "inferred") and found.paragraph <= 3 \
                and found.value == published["date"] and (_byline(paragraph) or (found.start < 40 and (
                    not _WEEKDAY.fullmatch(found.text) or _DATE_NEXT.match(paragraph, found.start + len(found.text))))):
            continue  # the dateline itself, with its weekday; not "on Friday" early in the lead
        if (closing := _PUBLISHED.search(paragraph[:found.start])) and closing.end() == found.start:
            continue  # the closing "first published" line
        date = parse_date(found.value, found.precision)[0]
        later = bool(pub and date and pub.known and date.known and not pub.covers(date)
                     and date.sort_key > pub.sort_key)
        summary = excerpt(found.sentence, 300)
        if found.anchored and pub:
            source = "the dateline" if published["basis"] == "dateline" else "the article's date, inferred,"
            summary += f" [date: '{found.text}' read as {found.anchored}, from {source} {pub.label}]"
        event = {"date": found.value, "precision": found.precision, "as_written": found.text, "kind": "other",
                 "summary": summary, "paragraph": found.paragraph, "scheduled": later or found.future}
        if found.anchored and PRECISION.get(found.precision, 0) > gives(found.text):
            event["inferred"] = found.anchored  # "the following day": the day after the date before it
        if published["basis"] == "inferred" and date and date.known and not re.search(r"\b\d{4}\b", found.text):
            event["inferred"] = (f"{found.anchored + ', ' if found.anchored else ''}counted from the article's "
                                 f"date, {pub.label if pub else published['date']}, whose year is inferred from "
                                 "the weekday its dateline's paragraph names (see published)")
        events.append(event)
    return events


def _short_slug(text: str, limit: int = 60) -> str:
    slug = slugify(text)
    return slug if len(slug) <= limit else slug[:limit].rsplit("-", 1)[0]


def curated_from(project: Project, seed_name: str) -> Path | None:
    """The briefing already made from this seed (one briefing a seed), found by its ``seed:`` line."""
    line = re.compile(rf"^seed:\s*['\"]?{re.escape(seed_name)}['\"]?\s*$", re.M)
    return next((path for path in sorted(project.briefings.glob("*.yaml"))
                 if line.search(path.read_text(encoding="utf-8"))), None)


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
