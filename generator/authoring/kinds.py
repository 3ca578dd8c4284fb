"""What kind of entity a name is, by its words alone: a person's, an organisation's, a country's,
or no one's (a place, a group, a thing); `proposals` reads it with what the text says around it."""

from __future__ import annotations

import re

from generator.authoring import body_words, names, places, things
from generator.authoring.text import is_capitalised
from generator.corpus.numbers import CARDINALS

# Articles that open a place's or thing's name in Spanish, French, Italian and Arabic, never a person's.
_FOREIGN_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "il", "al", "die", "der", "das"})
# Not people, whatever their shape: bylines, page furniture, vehicles.
NOT_PEOPLE = frozenset({"read more", "air force one", "marine one", "related articles", "most read", "follow us",
                        "sign up", "breaking news", "live updates", "top stories", "question time",
                        "leaders’ questions", "leaders' questions", "band-aid"})  # "a Band-Aid solution"


def kind_of(name: str, titled: bool = False) -> str | None:
    """'people', 'organisations', 'countries', or None for places, groups and what names no one.
    A name said with a person's title ("Gov. Linda Park") is a person's, whatever its words."""
    words = name.split()
    lowered = [w.lower().strip(".’'").replace(".", "") for w in words]  # "S.p.A." is "spa"
    if name in places.country_forms():
        return "countries"
    # "La Moneda", "Le Monde"; but "Deputy Prime Minister Le Quoc Khanh" is a person
    foreign = len(words) > 1 and lowered[0] in _FOREIGN_ARTICLES and not titled and not _vietnamese(words) \
        and not set(lowered) & body_words.ORGANISATION_WORDS  # not "Los Angeles County Fire Department"
    if not words or name.lower() in NOT_PEOPLE or foreign or \
            names.PARTY_AND_DISTRICT.match(name) or re.match(r"[NSEWCM]\.D\.\s", name):  # "R-Grand Haven";
        # a federal court's district: "N.D. Ill."
        return None
    if words[0] in things.VESSEL_PREFIXES or lowered[-1] in things.VESSEL_LAST or any(
            _between_countries(w) for w in words):
        return None  # a ship; "the China-Kazakhstan Zharkent" terminal, named for two countries
    head = re.split(r"\s+of\s+", name.lower())[0].split()  # not "Office of Insurance Regulation"
    if len(head) > 1 and (head[-1] in things.LAW_WORDS or (head[-1] in things.STRUCTURES and not titled)):
        return None  # "Data Protection Regulation" is a law; "Government Wharf" a place
    numbered = len(words) > 2 and re.fullmatch(r"[IVX]+|\d+", words[-1])  # "World War II"
    if len(words) == 2 and lowered[0] in things.NUMBERED and re.fullmatch(r"[IVX]+|\d+|[A-Z]", words[1]):
        return None  # "Phase II", "Stage 3": a part of something, not "Charles III"
    if lowered[-2 if numbered else -1] in things.EVENT_WORDS or things.STORMS & set(lowered[:2]) or (
            lowered[-1] == "day" and lowered[0] in things.DAYS) or (
            len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1])):
        return None  # "the 2034 World Cup", "Memorial Day"; "Band D", "Plan B": a grade or a variant
    if len(words) > 1 and any(re.fullmatch(r"[A-Z]{3,6}", w) for w in words) and all(w[:1].isupper() for w in words):
        return "organisations"  # "NHS Wales", "FSD Kenya", "BBC Scotland": no person's name has an acronym
    if not titled and (names.an_agency(words) or _named_for_country(words)):
        return "organisations"
    if all(part in CARDINALS for part in lowered[0].split("-")) or re.search(r"s[’']$", words[-1]):
        return None  # "Two Republicans", "Thirty-seven Edinburgh"; "Uummannaq Hunters'", half a body's name
    if lowered[-1] in CARDINALS and len(words) > 1:
        return "organisations"  # "the Nordic-Baltic Eight", "the Visegrad Four": a group of states
    if lowered[-1] in names.PARTY_MEMBERS and len(words) > 1 and not titled:
        return None  # "a Rexburg Republican": a member, not a name
    if len(words) == 2 and lowered[-1] in ("labour", "labor") and not titled:
        return "organisations"  # "Scottish Labour", "NSW Labor": a party's branch, no one's name
    if lowered[-1] in names.GROUP_WORDS:
        party = lowered[-1] in names.PARTY_PLURALS and len(words) > 1 and \
            lowered[-2] not in body_words.ORGANISATION_WORDS
        return "organisations" if party else None
    if len(words) > 1 and lowered[-1] == "co" and lowered[0] != "co":
        return "organisations"  # "Azusa Kotsu Co.", a company; "Co Kerry" is a county
    if len(words) > 1 and lowered[0] in things.PALACES:
        return None  # "the Palais des Nations", though "Nations" names bodies
    heads = {word.split("-")[0] for word in lowered if not word.startswith("re-")}  # "Muslim League-Nawaz"; not
    # "Civil-society", nor the prefix of "Re-enrolment"
    if (set(lowered) | heads) & body_words.ORGANISATION_WORDS or names.RED_CROSS.search(name) or (
            len(words) > 1 and lowered[0] in names.BODY_FIRST):
        return "organisations"
    if lowered[-1] in names.PORTFOLIOS:
        return None  # "Economic Affairs", "Mass Education": what a ministry is for, not a person
    # "Dr Sofia Berg"; not "King George Island", nor "Minister of Economic Growth"
    if titled and len(words) > 1 and lowered[-1] not in _NO_SURNAME and not set(lowered) & names.PORTFOLIO_NOUNS \
            and all(names.name_like(w) or w in places.country_forms()
                    for w in words if w.lower() not in names.PARTICLES):
        return "people"
    if is_place_name(name) or (len(words) > 1 and lowered[0] in _SAINTS):
        return None  # "San Diego", "Santa Cruz", "St Thomas Western"
    if set(lowered) & names.NOT_IN_PERSON_NAMES:
        return "organisations" if set(lowered) & names.BODY_WORDS and len(words) > 1 else None
    if len(words) < 2 or not all(names.name_like(w) or (i == len(words) - 1 and w in REGNAL)  # "Kojo Essel IV"
                                 or (i and _a_capital(w))  # "Rufino Santiago", "Maria Lima"
                                 for i, w in enumerate(words) if w.lower() not in names.PARTICLES):
        return None
    return "people"


# The last words of places that are no one's surname (unlike "Hall", "Hill", "Park"), whatever title opens the name
_NO_SURNAME = frozenset({"island", "islands", "avenue", "road", "square", "airport", "station", "river", "ocean",
                         "strait",
                         "peninsula", "gulf", "canal", "harbour", "harbor", "district", "county", "province", "village",
                         "region", "stadium", "cathedral", "mosque", "embassy", "consulate", "glacier", "volcano",
                         "motorway", "expressway", "freeway", "highway", "railway", "prefecture", "governorate",
                         "oblast", "wharf", "pier", "quay", "marina", "beach"})
REGNAL = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "Jr", "Jr.", "Sr", "Sr."})


_COMPASS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"})
_SAINTS = frozenset({"san", "santa", "são", "sankt", "st", "saint", "ste", "sainte"})  # that open places' names


def is_place_name(name: str) -> bool:
    """A place or a building: "Santiago", "Downing Street", "Great Hall of the People", "Calle Larga"."""
    head = re.split(r"\s+(?:of|de|del)\s+", name)[0].split()
    return places.is_place(name) or bool(things.PLACE_WORDS & {name.split()[-1].lower(), head[-1].lower()}) or (
        len(name.split()) > 1 and head[0].lower() in things.PLACE_FIRST) or (  # "Ciudad del Este"
        # "Kisumu West": a seat, a district
        len(head) > 1 and head[-1].lower() in _COMPASS and places.is_place(" ".join(head[:-1])))


def _vietnamese(words: list[str]) -> bool:
    """"Le Thi Thu Hang", "Le Van Minh": a family name "Le" before short syllables, no French article."""
    return words[0] == "Le" and len(words) >= 3 and all(len(w) <= 5 and w.isalpha() for w in words[1:])


def _named_for_country(words: list[str]) -> bool:
    """A body named by what it does, then its country: "Zero Waste Scotland", "Water Safety New Zealand"
    (two capitalised words at least before the country's name, none a place's, and no "of" or "for":
    not "One of Australia", "Almenara for the Uruguayan"; a surname may be a country's, "Ashley England"),
    or one brand-like word with a capital inside: "BirdLife Malta", not "McDonald England")."""
    camel = bool(re.fullmatch(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]+", words[0]))
    for i in range(1 if camel else 2, len(words)):
        suffix = " ".join(words[i:])
        country = places.country_forms().get(suffix)
        demonym = places.demonym(country) if country else None
        if country and not (demonym and suffix.startswith(demonym)) and not places.is_capital(suffix) and all(
                w[:1].isupper() and not places.is_place(w) and w.lower() not in _COMPASS for w in words[:i]):
            return True
    return False


def _between_countries(word: str) -> bool:
    """'China-Kazakhstan', 'US-Mexico': what lies between two countries, never a name's word."""
    parts = word.split("-")
    return len(parts) == 2 and all(part in places.country_forms() for part in parts)


def _a_capital(word: str) -> bool:
    """A capital that stands for its country ("Santiago", "Lima"), which is also a family name."""
    return places.is_capital(word) and is_capitalised(word)
