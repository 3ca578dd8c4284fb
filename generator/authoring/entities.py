"""Which known entities an article names, and where.

Registry entities are found by name and alias, countries also by every form `places` knows
("Britain", "British"), so a country outside the registry is found too. An alias never hides a
different full name ("Lai" of one person is not "Jimmy Lai"), nor an entity of another country
("the Chinese foreign ministry" is not the Canadian one). Every mention is kept with its place, so
speakers can be resolved later; what is left is for `proposals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from slugify import slugify

from generator.authoring import names, places
from generator.authoring.text import is_abbreviation
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
    for region in places.REGIONS:
        forms.setdefault(region, {""})
    return forms, {country_id: code for code, country_id in by_code.items()}


def match_registry(seed: Seed, registry: Registry) -> Matches:
    """Find entities by name and alias, longest form first. A form shared by two entities is used
    only if one of them is also named in full somewhere in the text; a one-word form that is part
    of a longer name ("Lai" in "Jimmy Lai") is not a mention. Countries outside the registry are
    found too (`new_countries`)."""
    forms, codes = _forms(registry)
    result = Matches()
    pending: list[tuple[str, set[str], int, int, int]] = []
    article = "\n".join(seed.paragraphs)
    plain = article.replace("’", "'")  # the forms the text cannot hold are not compiled at all
    for form in sorted(forms, key=len, reverse=True):
        if form.replace("’", "'") not in plain or _a_surname(form, article):
            continue
        written = re.sub(r"['’]", "['’]", re.escape(form))  # "People's" is "People’s"
        pattern = re.compile(rf"(?<![\w-]){written}(?!\w|-[A-Z])|(?<=\w-){written}(?!\w)|{written}(?=-[A-Z])")
        for number, text in enumerate(seed.paragraphs, 1):
            for m in pattern.finditer(text):
                if not _alone_or_paired(text, m.start(), m.end()):
                    continue  # "Trump-era" names Trump; "French-Japanese" two countries, "Smith-Jordan" none
                taken = result.spans.setdefault(number, [])
                hidden = _in_place_name(text, m.start(), m.end()) or text[m.end():m.end() + 1] == "$" \
                    or bool(_LANGUAGE.match(text, m.end())) \
                    or (" " not in form and _hidden(text, m.start(), m.end())) \
                    or (form in places.place_names() and _CAPITALISED_NEXT.match(text, m.end()) is not None) \
                    or (places.is_capital(form) and (_IN.search(text, max(0, m.start() - 4), m.start()) is not None
                                                     or _BASED.match(text, m.end()) is not None)) \
                    or (_TITLED.search(text, max(0, m.start() - 6), m.start()) is not None and _a_demonym(form))
                # "US$108" is a currency; "the San Juan River", "Santiago de Compostela" are not the capitals;
                # "a strategist at Harbourline Securities in Kuala Lumpur", "a Prague-based economist" are
                # there, not the country's government; "figures obtained by The Scotsman" name a paper
                if any(s < m.end() and m.start() < e for s, e in taken) or hidden \
                        or _of_another_country(text, m.start(), forms[form], registry, codes):
                    continue
                taken.append((m.start(), m.end()))
                pending.append((form, forms[form], number, m.start(), m.end()))
    for _, ids, number, _, _ in pending:
        if len(ids) == 1 and "" not in ids:
            result.found.setdefault(next(iter(ids)), number)
    for form, ids, number, start, end in pending:
        if "" in ids:
            continue  # a region ("South American"), not a country
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


_IN = re.compile(r"\bin\s+$")
_BASED = re.compile(r"-(?:based|listed|headquartered)\b")
_TITLED = re.compile(r"[\w,;:’'”] The $")  # a capital "The" inside a sentence opens a title


def _a_demonym(form: str) -> bool:
    """'Scotsman', 'Australian': what a paper may be called; not 'Gambia' of 'The Gambia', nor 'UAE'."""
    country = places.country_forms().get(form)
    return country is not None and country.name != form and not form.isupper()


_CAPITALISED_NEXT = re.compile(r" (?:(?:de|del|do|da|di)\s)?[A-Z][a-z]")  # not "Santiago de Compostela"
# A language, not a country: "German-speaking Switzerland", "French- and German-speaking", "Arabic speakers"
_LANGUAGE = re.compile(r"-(?:speaking|language)\b|\s+(?:speakers?|language|dialect)\b|"
                       r"-?\s+(?:and|or)\s+[A-Z]\w*-speaking\b")
_NEXT_WORD = re.compile(r" ([^\W\d_][\w’'.-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w’'.-]*) (?:(?:of|de|del|da|van|von|bin|al|la) (?:the )?)?$")


def _hidden(text: str, start: int, end: int) -> bool:
    """True when the match is part of a longer name: a name word (not a title) stands next to it,
    or before it with a joiner ("Bank of Canada"; "Firefly of Freedonia" names Firefly)."""
    after = _NEXT_WORD.match(text, end)
    if after and (after.group(1) in GOVERNMENTS | _COMPASS or _INITIALS.fullmatch(text[start:end])):
        after = None  # "the UK Government" is the country's; "the US East Coast" is in it; "the U.S. Supreme Court"
    before = _PREVIOUS_WORD.search(text[max(0, start - 40):start])
    if before and (names.describes(before.group(1), bool(re.search(  # "Neighbouring India passed …"
            r"(?:^|[.!?][”’\"']?\s+)$", text[:max(0, start - 40) + before.start()]))) or (
            before.group(1).endswith(".") and not is_abbreviation(before.group(1)))):  # "… to Asia. India and"
        before = None
    # "Santiago Urrutia's side" is a person's, as "Santiago Urrutia" is
    return bool(after and _extends(re.sub(r"[’']s$", "", after.group(1)).rstrip("."))) or bool(
        before and _extends(before.group(1).rstrip(".")))


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")  # a country by its initials: "US", "U.S.", "UAE"
GOVERNMENTS = frozenset({"Government", "Administration", "Govt"})  # after a country's name, its government
_COMPASS = frozenset({"East", "West", "North", "South", "Northeast", "Northwest", "Southeast", "Southwest", "Midwest"})


def a_countrys_government(name: str) -> bool:
    """"the UK Government", "the Government of the Republic of Uzbekistan and the Government of Turkmenistan"."""
    country, _, last = name.rpartition(" ")
    of = [re.fullmatch(r"(?:[Tt]he\s+)?Government\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(.+)", part)
          for part in re.split(r"\s+and\s+", name)]
    return (last in GOVERNMENTS and country.removeprefix("The ").removeprefix("the ") in places.country_forms()) or \
        all(m and m.group(1) in places.country_forms() for m in of)


def _a_surname(form: str, article: str) -> bool:
    """A capital's name that the article gives as someone's surname ("Police Commissioner Roberto
    Lima … Lima said"): none of its uses is the country's."""
    if " " in form or form not in places.place_names() or form not in places.country_forms():
        return False
    return any(_extends(m.group(1)) and m.group(1) not in places.place_names()
               for m in re.finditer(rf"([A-Z][\w’'-]*[a-z]) {re.escape(form)}\b", article))


def _alone_or_paired(text: str, start: int, end: int) -> bool:
    """A form stands alone, or is hyphened to another country's: "a French-Japanese partnership",
    "US-China talks"."""
    before = re.search(r"([\w.’']+)-$", text[max(0, start - 30):start])
    after = re.match(r"-([A-Z][\w.’']*)", text[end:])
    return all(side is None or side.group(1) in places.country_forms() for side in (before, after))


def _in_place_name(text: str, start: int, end: int) -> bool:
    """A country's name inside a place's: "New Mexico", "Guinea" in "Papua New Guinea" is found whole."""
    before = re.search(r"(\S+) $", text[max(0, start - 30):start])
    after = _NEXT_WORD.match(text, end)
    return bool((before and f"{before.group(1)} {text[start:end]}" in places.place_names())
                or (after and f"{text[start:end]} {after.group(1)}" in places.place_names()))


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
            and bare not in names.NOT_NAMES and bare not in names.DESCRIPTORS and word not in places.country_forms())
