"""One proposal per entity, and the other names the text gives a proposed organisation: its
acronym ("National Liberation Army (ELN)"), its initials ("RBI"), what it is "known as", and its
short forms ("Qiantang" of "Qiantang Airlines"); a part of another body's name is that body,
unless the text names it alone as a body of its own ("Mzilikazi University").
"""

from __future__ import annotations

import re
from typing import Any

from generator.authoring import body_words, names, places
from generator.authoring.organisations import DEMONYM_ENDINGS, a_place_in
from generator.authoring.text import OPENING_PHRASE, SAYS, name_runs

_PARTY_HEADS = frozenset({"party", "league", "alliance", "front", "movement"})


def one_each(proposals: dict[str, dict[str, Any]], paragraphs: tuple[str, ...]) -> list[dict[str, Any]]:
    """One proposal per entity: an organisation named by a part of another's name ("Senate" of
    "U.S. Senate", "House" of "House of Representatives"), by its initials ("RBI"), by an acronym
    the text gives beside its name ("Social Democrats (SPD)") or by what it is "known as" is that
    one; a word of a person's name is not an organisation."""
    organisations = [p for p in proposals.values() if p["section"] == "organisations"]
    words_of_people = {w for p in proposals.values() if p["section"] == "people" for w in p["name"].split()}
    spelled = {initials(run) for text in paragraphs for run, _ in name_runs(text)}
    beside = {m.group(2) for text in paragraphs  # "Social Democrats (SPD)"; not "Heike Tammen (SPD)", a tag
              for m in re.finditer(r"([A-Za-z’'.]+)\s+\(([A-Z][A-Za-z]{1,6})\)", text)
              if m.group(1) not in words_of_people}
    known = {m.group(1) for text in paragraphs for m in re.finditer(_KNOWN_AS, text)}  # "…, known as Cocobod"
    out = []
    for p in proposals.values():
        words = p["name"].split()
        longer = any(o is not p and len(o["name"].split()) > len(words) and _contains(o["name"].split(), words)
                     and not _owner_of(p["name"], o["name"], paragraphs) for o in organisations)
        acronym = " " not in p["name"] and (p["name"] in known or (sum(c.isupper() for c in p["name"]) >= 2 and (
            p["name"] in spelled or p["name"] in beside)))  # "LDz" of "Latvian Railways (LDz)"
        opens_a_body = p["section"] == "people" and any(  # "Sawit Permata said" after "Sawit Permata Berhad"
            len(o["name"].split()) > len(words) and o["name"].split()[:len(words)] == words for o in organisations)
        opens_a_name = p["section"] == "people" and len(words) == 2 and any(  # "Mohd Hafiz" of "Mohd Hafiz Abdul
            o["section"] == "people" and o["name"].split()[:2] == words and len(o["name"].split()) > 2  # Karim"
            for o in proposals.values())
        ends_a_name = p["section"] == "people" and len(words) == 2 and words[0].lower() in _SURNAME_PARTICLES and any(
            o["section"] == "people" and o["name"].split()[-2:] == words and len(o["name"].split()) > 2
            for o in proposals.values())  # "Dela Paz" of "Ramon Dela Paz"
        members = p["name"].lower() in names.PARTY_PLURALS and any(  # "the Republicans" of the "Republican Party"
            p["name"][:-1] in o["name"].split() and o["name"].split()[-1].lower() in _PARTY_HEADS
            for o in organisations)
        if not (p["section"] == "organisations" and (longer or acronym or members or p["name"] in words_of_people)) \
                and not opens_a_body and not opens_a_name and not ends_a_name:
            out.append(p)
    return out


# The particles a surname of two words opens with: "Dela Paz", "Van Rooyen", "El Amrani", "Mac Lochlainn"
_SURNAME_PARTICLES = names.PARTICLES | {"el", "abu", "mac", "st", "st."}


def _owner_of(name: str, longer: str, paragraphs: tuple[str, ...]) -> bool:
    """'Mzilikazi University', named alone, of 'Mzilikazi University Academic Staff Association': a
    body of its own, the other's owner, not a short form of it."""
    last, other = name.split()[-1].lower(), longer.split()[-1].lower()
    return " " in name and longer.startswith(name + " ") and last != other and \
        {last, other} <= body_words.ORGANISATION_WORDS and any(
            re.search(rf"(?<![\w-]){re.escape(name)}(?!\s+{re.escape(longer[len(name) + 1:])})", text)
            for text in paragraphs)


# "the National Meat Institute, known as INAC", "…, known by its Finnish acronym STUK"
_KNOWN_AS = r"\bknown (?:as|by (?:its|the) (?:[\w-]+ ){0,2}(?:acronym|initials)) (?:the )?([A-Z][A-Za-z]{1,6})\b"


def acronyms(name: str, paragraphs: tuple[str, ...]) -> list[str]:
    """The acronyms the text uses for an organisation: given beside its name ("National Liberation
    Army (ELN)") or its initials ("RBI" of "Reserve Bank of India")."""
    text = "\n".join(paragraphs)
    beside = re.findall(rf"{re.escape(name)}\s+\(([A-Z][A-Za-z-]{{1,8}})\)", text) + [
        m.group(1) for m in re.finditer(rf"{re.escape(name)},?\s+{_KNOWN_AS}", text)]
    own = initials(name)
    used = [own] if len(own) > 1 and re.search(rf"(?<![\w-]){own}(?![\w-])", text) else []
    return sorted({*beside, *used} - {name})


def short_forms(name: str, article: str) -> list[str]:
    """A word of a body's name, or its name without its legal form, that the text then makes speak
    alone ("Cordillera, a subsidiary of …, said" after "Minera Cordillera del Sur SA", "Sawit
    Permata said" after "Sawit Permata Berhad"); the name without the word for its kind, used alone
    anywhere ("Qiantang" of "Qiantang Airlines")."""
    words = name.split()
    shorter = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in body_words.ORGANISATION_WORDS else ""
    alone = [shorter] if shorter and _used_alone(shorter, words[-1], article) else []
    return [w for w in dict.fromkeys([*alone, *([shorter] if len(words) > 2 else []), *words])
            if len(words) > 1 and len(w) > 3 and w[0].isupper()
            and w.replace(" ", "").isalpha() and w.lower() not in body_words.ORGANISATION_WORDS
            and w.lower() not in names.NOT_NAMES | names.NOT_IN_PERSON_NAMES and w not in places.country_forms()
            and (w in alone or re.search(rf"(?:^|[.!?]\s+){OPENING_PHRASE}{w}{SAYS.pattern}", article, re.M))]


def _used_alone(shorter: str, kind: str, article: str) -> bool:
    """'Qiantang made a net profit' after 'Qiantang Airlines'; not 'Florida' of 'Florida Senate',
    which also opens 'Florida House'; not 'Scottish', an adjective; not 'New Mexico' of 'New Mexico
    Senate', a place 'in northern New Mexico'."""
    return not shorter.endswith(DEMONYM_ENDINGS) and not a_place_in(article, shorter) and bool(re.search(
        rf"(?<![\w-]){shorter}(?![\w-])(?!\s+{kind})", article)) and not re.search(
        rf"(?<![\w-]){shorter}\s+(?!{kind})[A-Z]", article)


def initials(run: str) -> str:
    """'RBI' of 'The Reserve Bank of India'."""
    words = [w for w in run.split() if w[:1].isupper()]
    while words and words[0].lower() in names.NOT_NAMES:
        words = words[1:]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))
