"""What a run of capitalised words names: a person, an organisation, a place, or nothing.

A run in news copy carries more than a name: a dateline ("Santiago de Chile.-"), the word that
opens the sentence ("Leftist Jeannette Jara"), a party, a place, a nationality and a title
("Nevada Sen. Catherine Cortez Masto", "British Prime Minister Keir Starmer"). `strip` keeps the
name and says which titles it cut, so the kind can be guessed (a title of office → leader).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.authoring import places
from generator.authoring.body_words import ORGANISATION_WORDS
from generator.authoring.text import JOINERS, MONTHS, WEEKDAYS, is_capitalised

# Titles and honorifics that stand before a name ("Prime Minister", "Dr"): words/titles.yaml.
TITLES = frozenset(yaml.safe_load((Path(__file__).parent / "words" / "titles.yaml").read_text(encoding="utf-8"))
                   ["titles"])
# Countries' and capitals' names that are also given names: "co-star Jordan Akinola", "Sofia Petrakis"
_GIVEN_NAMES = frozenset({"Jordan", "Chad", "Georgia", "India", "Israel", "Kenya", "Sofia", "Santiago"})
_POST_NOMINALS = frozenset({"SC", "BL", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"})
# Titles written short, which are also surnames when they end a name: "Amartya Sen", "Mary Rep".
_SHORT_TITLES = frozenset({"sen", "gov", "rep", "det", "col", "gen", "lt", "maj", "capt", "insp", "supt"})
# What a minister is minister of: a title before "Minister", a body's word at the end of a name ("The Lancet
# Planetary Health").
PORTFOLIOS = frozenset({"foreign", "affairs", "trade", "finance", "defence", "defense", "industry", "energy",
                        "agriculture", "business", "treasury", "home", "interior", "health", "education", "commerce",
                        "economy", "transport", "environment", "culture", "state", "prosecutions", "planning",
                        "immigration", "tourism", "sport", "statistics"})
# Titles of heads of state or government, ministers, premiers and party leaders (curating.md).
LEADER_TITLES = frozenset({"president", "prime", "premier", "chancellor", "treasurer", "king", "queen", "taoiseach",
                           "minister", "secretary", "emperor", "governor", "gov", "sheikh", "emir", "sultan", "leader",
                           "commissioner", "speaker", "minister-president", "vice-premier", "vice-minister",
                           "mec"})  # a South African province's minister
# Of those, the ones an organisation's people hold too ("its president", "the union's state secretary").
SHARED_TITLES = frozenset({"president", "secretary", "treasurer", "governor", "gov", "leader", "commissioner",
                           "speaker"})
# Honorifics: said of anyone, they tell no office.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "sister", "father",
                        "rev", "reverend", "pastor", "madame", "mme", "monsieur", "señor", "señora", "senhor",
                        "senhora", "herr", "frau", "signor", "signora",
                        "advocate", "adv",  # "Advocate Mhlanga": a barrister's title in southern Africa
                        "datuk", "dato", "datin", "seri", "madam",
                        "eng"})  # "Eng. Muna al Balushi": an engineer, in the Gulf
# Words before a name that describe the person: politics, standing, career.
DESCRIPTORS = frozenset({
    "former", "late", "then", "ex", "outgoing", "incoming", "veteran", "embattled", "elected", "new", "newly",
    "leftist", "rightist", "far-right", "far-left", "hard-right", "hard-left", "centre-right", "center-right",
    "centre-left", "center-left", "right-wing", "left-wing", "conservative", "liberal", "socialist", "communist",
    "populist", "nationalist", "centrist", "progressive", "moderate", "hardline", "independent", "labour", "labor",
    "tory", "democrat", "democratic", "republican", "green", "billionaire", "tycoon", "businessman", "businesswoman",
    "ultraconservative", "ultra-conservative", "libertarian", "reformist", "opposition", "ruling", "top", "senior",
    "longtime", "long-time", "retired", "jailed", "detained", "exiled", "dissident", "activist", "media", "mogul",
    # what a person does, said before the name: "Lock Junior Salave'a", "Co-author Yannick Kerhervé", "Nurse Ann Lee"
    "co-author", "author", "nurse", "midwife", "witness", "survivor", "resident", "farmer", "fisherman", "teacher",
    "student", "pensioner", "evacuee", "ranger", "rider", "curator", "filmmaker", "novelist",
    "poet", "singer", "actor", "actress", "presenter", "reporter", "photographer", "striker", "midfielder",
    "defender", "goalkeeper", "winger", "flanker", "fly-half", "scrum-half", "fullback", "full-back", "lock", "prop",
    "hooker", "forward", "playmaker", "skipper", "rookie", "epidemiologist", "paediatrician",
    "pediatrician", "surgeon", "engineer", "miner", "trader", "shopkeeper", "vendor", "driver", "gaffer", "boss",
    "manager", "retiree", "commuter", "passenger", "homeowner", "tenant", "landlord", "motorist",
    "cyclist", "shopper", "patient", "carer", "caregiver", "villager", "trucker", "lifeguard", "economist", "analyst",
    # kin said before the name: "Great-grandmother Joan Ellery", "Widow Mary Doyle"
    "grandmother", "grandfather", "great-grandmother", "great-grandfather", "widow", "widower", "grandmother-of-five",
    "mother-of-two", "mother-of-three", "father-of-two", "father-of-three"})
# Words that open a sentence and are capitalised only for that: never part of a name.
SENTENCE_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to", "of", "with",
    "from", "as", "if", "when", "while", "after", "before", "since", "until", "during", "despite", "although",
    "unless", "whereas", "whether", "upon", "within", "without", "throughout", "outside", "inside",
    "though", "because", "unlike", "like", "among", "amid", "between", "against", "following", "under", "over",
    "ahead", "earlier", "later", "meanwhile", "moreover", "however", "still", "even", "only", "now", "today",
    "tonight", "yesterday", "tomorrow", "last", "next", "this", "that", "these", "those", "both", "neither",
    "either", "each", "every", "all", "some", "many", "most", "few", "several", "other", "such", "another", "his",
    "her", "their", "its", "our", "my", "your", "it", "he", "she", "they", "we", "i", "you", "there", "here",
    "what", "who", "whoever", "which", "why", "how", "where", "once", "asked", "according", "speaking", "writing",
    "instead", "indeed", "furthermore", "nonetheless", "nevertheless", "overall", "also", "not", "no", "yes",
    "related", "comments", "read", "more", "see", "watch", "listen", "photo", "video", "advertisement", "updated",
    "published", "dear", "mostly", "just", "about", "around", "nearly", "almost", "is", "was", "will",
    "across", "along", "alongside", "beyond", "behind", "toward", "towards", "through", "into",
    "onto", "beneath", "amongst"})
# Words that never stand in a person's name: what names a body ("World Weather Attribution"), and
# continents, regions and points of the compass ("Horn of Africa", "Middle East").
BODY_WORDS = frozenset({"world", "global", "international", "national", "united", "free", "progress",
                        "alternative", "rally", "action", "solidarity", "freedom", "liberty", "democracy",
                        "development", "reform", "renewal", "together", "forward", "attribution", "forever"})
# What a ministry is for, never a name's word even after a title: "Minister of Economic Growth and Job Creation"
PORTFOLIO_NOUNS = frozenset({"creation", "growth", "development", "welfare", "housing", "innovation", "fisheries",
                             "forestry", "empowerment"})
NOT_IN_PERSON_NAMES = BODY_WORDS | frozenset({
    "africa", "african", "asia", "asian", "europe", "european", "america", "americas", "latin", "arab", "nordic",
    "pacific", "atlantic", "arctic", "mediterranean", "caribbean", "gulf", "tropical", "weather", "horn",
    "middle", "east", "west", "north", "south", "central", "eastern", "western", "northern", "southern",
    "north-east", "north-west", "south-east", "south-west",  # "St Andrew South-East": a constituency
    "lower", "upper",  # "Lower Manhattan"
    "summer", "spring", "autumn",  # "Black Summer", "Arab Spring"
    "lake", "loch", "mount", "monte", "cape", "fort", "isle", "rio", "río",  # "Lake Turkana", "the Rio Indio"
    "basin", "valley", "vale", "river", "island", "islands", "peninsula", "plateau", "desert", "coast", "canal",
    "glacier",
    "reef", "gorge", "harbour", "harbor", "port", "sea", "falls",  # "Rovuma Basin", "Port Harcourt"
    "salar",  # "Salar de Tolar Chico": a salt flat
    "alto", "puerto", "cima", "passo",  # mountain passes and summits: "Alto de Braña Vieja", "Puerto de Palombera"
    "kuala", "bukit", "pulau", "kampung", "sungai", "tanjung", "teluk",  # "Kuala Krai", "Bukit Mertajam"
    "indigenous", "aboriginal",  # "the Xavante Indigenous people"
    "staff"}) | PORTFOLIO_NOUNS  # a byline's "By Sean Whitcomb Globe Staff"
# Plural names of parties: "Social Democrats", "Christian Democrats", "Sweden Democrats".
PARTY_PLURALS = frozenset({"democrats", "republicans", "conservatives", "liberals", "socialists", "greens",
                           "nationalists", "communists", "progressives"})
# A party's member, after a place: "a Rexburg Republican", "a Glasgow Tory".
PARTY_MEMBERS = frozenset({"republican", "democrat", "tory", "conservative", "socialist", "liberal", "communist",
                           "nationalist", "progressive", "centrist", "populist"})
# Plural nouns for groups of people: "Senate Democrats" are not one person.
GROUP_WORDS = frozenset({"democrats", "republicans", "conservatives", "liberals", "socialists", "communists",
                         "tories", "greens", "nationalists", "officials", "lawmakers", "leaders",
                         "ministers", "senators", "voters", "supporters", "critics", "analysts", "investors",
                         "members", "mps", "people", "citizens", "troops"})
# with the weekdays' short forms no one is named by: "Posted Tue 3 Aug 2027" (not "Sun", "Sat" or "Thu": "Dang Thu Ha")
MONTHS_AND_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"tue", "tues", "wed", "thur", "thurs"}
NOT_NAMES = MONTHS_AND_DAYS | SENTENCE_WORDS
_DAYS_SHORT = frozenset({"mon", "fri", "sat", "sun", "thu"})  # a weekday's short form, before a month


@dataclass(frozen=True)
class Name:
    text: str                 # verbatim slice of the paragraph
    start: int                # its offset in the paragraph
    titles: tuple[str, ...]   # title words cut from before it, lowercase
    countries: tuple[str, ...]  # country names cut from before it ("British" → "United Kingdom")


# A local authority's name ("Region Jämtland Härjedalen"), a Spanish club's ("Real Ebro")
BODY_FIRST = frozenset({"region", "municipality", "canton", "real", "deutsche"})  # "Deutsche Bahn"
RED_CROSS = re.compile(r"\bRed\s+(?:Cross|Crescent)\b")  # the movement's societies: a body, though no word says so


def strip_openers(run: str, start: int) -> Name:
    """The run without the words that open its sentence or dateline ("The", "BEIJING")."""
    tokens = _without_openers([(m.group(0), start + m.start()) for m in re.finditer(r"\S+", run)])
    return _name(run, start, tokens, [], [])


def _without_openers(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Without the words that open a sentence, and the words in capitals that open the paragraph
    (its dateline: "BEIJING"); capitals further in are a name's ("the NCBA Group", "RAND Corporation")."""
    dateline = bool(tokens) and tokens[0][1] == 0
    if dateline and len(tokens) > 1 and all(t.rstrip(".,").isupper() and re.sub(r"[’'-]", "", t.rstrip(".,")).isalpha()
                                            for t, _ in tokens):  # and "PRUETT'S MILL"
        return []  # "HO CHI MINH CITY, March 9 (Reuters) -": a place in capitals, words short or long
    while len(tokens) > 1 and (_not_a_name(tokens[0][0]) or (dateline and _is_dateline_word(tokens[0][0]))
                               or LEANING.fullmatch(tokens[0][0])) and not _opens_a_body(tokens):
        tokens = tokens[1:]
    return tokens


def _opens_a_body(tokens: list[tuple[str, int]]) -> bool:
    """A first word that is a body's, not the sentence's: "All" of a whole country's body ("All India
    Radio", "the All Pakistan Textile Mills Association"), Irish "An" ("An Bord Pleanála")."""
    return (len(tokens) > 2 and tokens[0][0] == "All" and tokens[1][0] in places.country_forms() and
            any(t.lower() in ORGANISATION_WORDS for t, _ in tokens[2:])) or (
        len(tokens) > 1 and tokens[0][0] == "An" and tokens[1][0].lower() in _IRISH_BODIES)


_IRISH_BODIES = frozenset({"bord", "garda", "post", "chomhairle", "taisce", "roinn", "coimisiún"})  # after "An"


# A compound that says what a body or person leans to or comes from: "the Russia-friendly Casa Noastră party".
# A party and district after a name ("Rep. Joel Marchetti, R-Dripping Springs"): no one's name.
PARTY_AND_DISTRICT = re.compile(r"\s*[RDI]-[A-Z]")
LEANING = re.compile(r"[A-Z][\w’'.]*-(?:friendly|backed|based|aligned|leaning|allied|born|owned|run|listed|led|"
                     r"longlisted|shortlisted|nominated|winning|funded|controlled|sponsored|speaking|language)")


def an_agency(words: list[str]) -> bool:
    """A portfolio, then a country's name: "Immigration New Zealand", "Statistics Canada" name a state's agency."""
    return len(words) > 1 and words[0].lower() in PORTFOLIOS and " ".join(words[1:]) in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    return frozenset(country.name for country in places.countries().values())


def _not_a_name(word: str) -> bool:
    """A month, a weekday or a word that opens sentences; "Jan" before a name is a given name ("Jan
    Bakker"), since a run holds no digits ("Jan 16" is no run); "A." is an initial, not "A"."""
    return word.rstrip(".").lower() in NOT_NAMES and word != "Jan" and not re.fullmatch(r"[A-Z]\.", word)


# A member's title after a party's name or a body's: "Sinn Féin TD", "Centre MP" (MK: the Knesset's)
MEMBER_TITLES = ("MP", "MEP", "MLA", "MCA", "MSP", "TD", "MPP", "MK")
# A party's members after its name: "Centre MP", "Labour councillors"
MEMBERS = frozenset({form for title in MEMBER_TITLES for form in (title.lower(), f"{title.lower()}s")} |
                    {"councillor", "councillors", "cllr"})
# The second word of a two-word title, never a given name: "Prime Minister Malaki", "Vice President Ruto".
_TITLE_ENDS = frozenset({"minister", "president", "secretary", "chancellor"})


def strip(run: str, start: int, opens_sentence: bool = True) -> Name:
    """The name inside a run of capitalised words, and the titles and countries that stood before it.

    An organisation's name keeps its words ("Chinese Communist Party"), unless a person follows
    its last title ("Communist Party leader Xi Jinping"). A capitalised adjective is taken off only
    from a run that ``opens_sentence`` ("Embattled Mayor …"; not "president, Mohamed Ben Salah").
    """
    tokens = _without_openers([(m.group(0), start + m.start()) for m in re.finditer(r"\S+", run)])
    office = _OFFICE_THEN_NAME.fullmatch(run)  # "Supervisor of Elections Gregory Noel": the two words after the office
    if office and all(name_like(w) and w.lower() not in ORGANISATION_WORDS for w in office.group(0).split()[-2:]) \
            and office.group(1).split()[-1].lower() not in ORGANISATION_WORDS:
        words = 3 if _family_name(tokens[-3][0]) and len(office.group(0).split()) > 5 else 2  # "Le Hoang Son"
        return _name(run, start, tokens[-words:], [w for w in office.group(1).lower().split() if w in TITLES]
                     or [office.group(1).lower()], [])
    lowered = [t.rstrip(".").lower() for t, _ in tokens]
    if len(lowered) > 2 and lowered[0] in _PLURAL_TITLES and all(name_like(t) for t, _ in tokens[1:]):
        return _name(run, start, tokens[1:], [_PLURAL_TITLES[lowered[0]]], [])  # "Commissioners Seth Bramlett and …"
    if len(lowered) > 2 and lowered[0] in MEMBERS and lowered[1] == "for":
        return _name(run, start, [], [], [])  # "MP for St Thomas Western": a seat, no one's name
    member = next((i for i, w in enumerate(lowered) if i and w in MEMBERS and lowered[i - 1] not in JOINERS
                   and lowered[i + 1:i + 2] in ([], ["for"], ["of"])), 0)  # not "Sinn Féin TD Niamh Collins"
    if member and lowered[member + 1:member + 2] == ["for"] and len(tokens) - member >= 5 \
            and all(name_like(t) for t, _ in tokens[-2:]):
        return _name(run, start, tokens[-2:], [lowered[member]], [])  # "Sinn Féin TD for Waterford Aoife Kinsella"
    if member:  # "a Centre MP", "the Progressive Conservative MLA for Edmundston-Madawaska Centre": the party
        tokens, lowered = tokens[:member], lowered[:member]
    if set(lowered) & ORGANISATION_WORDS or RED_CROSS.search(run) or (len(lowered) > 1 and lowered[0] in BODY_FIRST):
        cut = max((i + 1 for i, w in enumerate(lowered) if w in TITLES and w not in ORGANISATION_WORDS), default=0)
        if cut == len(tokens) and all(w in PORTFOLIOS | TITLES | {"cabinet"} for w in lowered):
            return _name(run, start, [], [w for w in lowered if w in TITLES], [])  # "the Energy Secretary": an office
        after = max(i + 1 for i, w in enumerate(lowered) if w in ORGANISATION_WORDS) if cut == 1 else 0
        if after and len(tokens) - after >= 2 and all(name_like(t) and t not in places.country_forms()
                                                      for t, _ in tokens[after:]):
            cut = after  # "Head of the Press Service Akmal Rakhimov": the person the title's body precedes
        rest = tokens[cut:]
        # "Federal Minister for Petroleum Ali Raza Kundi" (not "Minister of State for …", "Office of the Director of …")
        if cut > 1 and len(rest) > 2 and lowered[cut] in ("for", "of") and lowered[cut + 1] not in ("state", "the") \
                and not set(lowered[:cut - 1]) & (ORGANISATION_WORDS | JOINERS):
            return strip(run[tokens[cut - 1][1] - start:], tokens[cut - 1][1], opens_sentence=False)
        if not (cut and len(rest) >= 2 and name_like(rest[0][0]) and all(  # "Police Commissioner Roberto Lima"
                name_like(t) or t in places.country_forms() or t in PARTICLES for t, _ in rest[1:])  # "bin Khalid"
                and not {t.lower() for t, _ in rest} & ORGANISATION_WORDS):
            return _name(run, start, tokens, [], [])
        return _name(run, start, rest, [w for w in lowered[:cut] if w in TITLES], [])
    if an_agency([t for t, _ in tokens]):
        return _name(run, start, tokens, [], [])
    titles: list[str] = []
    countries: list[str] = []
    forms = places.country_forms()
    while len(tokens) > 1:
        word = tokens[0][0]
        bare = word.rstrip(".").lower()
        two = f"{word} {tokens[1][0]}"
        if len(tokens) > 2 and (two in forms or two in places.place_names()):
            countries += [forms[two].name] if two in forms else []
            tokens = tokens[2:]
        elif (titles and len(tokens) == 2 and name_like(tokens[1][0]) and bare not in _TITLE_ENDS) or (
                len(tokens) >= 2 and word in places.place_names() and (len(tokens) >= 3 or word not in forms)
                and all(name_like(w) and not is_title(w.lower()) for w, _ in tokens[1:])):
            break  # a place's name as a given name, or a body's first word: "Mary Wanjiku Njoroge", "Dakar Dem Dikk"
        elif len(tokens) == 2 and tokens[1][0].lower() in PARTY_PLURALS and bare in DESCRIPTORS:
            break  # a party: "the Liberal Democrats", "the Progressive Conservatives"
        elif len(tokens) == 2 and word in _GIVEN_NAMES and name_like(tokens[1][0]) \
                and tokens[1][0].lower() not in ORGANISATION_WORDS:
            break  # "co-star Jordan Akinola"
        elif word in forms and not (len(tokens) == 2 and tokens[1][0].lower() in PARTY_PLURALS
                                    and forms[word].name == word):  # not "Sweden" of "the Sweden Democrats"
            countries.append(forms[word].name)
            tokens = tokens[1:]
        elif is_title(bare) or bare in DESCRIPTORS or _not_a_name(word) or word in places.place_names() \
                or describes(word, opens_sentence and tokens[0][1] == start) or (
                bare in _ORDINALS and opens_sentence and places.is_place(" ".join(t for t, _ in tokens[1:]))):
            titles += [bare.removesuffix("s") if bare not in TITLES else bare] if is_title(bare) else []
            tokens = tokens[1:]
        else:
            break
    last_title = max((i for i, (t, _) in enumerate(tokens) if _titled(tokens, i)), default=-1)
    if 0 <= last_title < len(tokens) - 2:  # "Workplace Relations Minister Anika Rao"
        said = [t.rstrip(".").lower() for t, _ in tokens[:last_title + 1] if t.rstrip(".").lower() in TITLES]
        held = [t for t, _ in tokens[:last_title] if t.rstrip(".").lower() not in TITLES]
        if held and not places.is_place(" ".join(held)):  # "Bundesbank President Joachim Falkenrath": the
            said = [t for t in said if t != "president"]  # bank's; "Samar Gov. Teodoro Abad" is a governor
        titles += said
        tokens = tokens[last_title + 1:]
    month = False
    while tokens and ((_titled(tokens, len(tokens) - 1) and tokens[-1][0].rstrip(".").lower() not in
                       PORTFOLIOS | _SHORT_TITLES | _SURNAMES_TOO)
                      or tokens[-1][0].rstrip(".").lower() in NOT_NAMES  # not "Sen" of "Ananya Sen"
                      or (month and tokens[-1][0].rstrip(".,").lower() in _DAYS_SHORT)  # "… Bhriain Thu Jun 15"
                      or (len(tokens) > 2 and tokens[-1][0] in _POST_NOMINALS)):  # "Nicholas Harkin SC"
        month = tokens[-1][0].rstrip(".").lower() in MONTHS
        titles.append(tokens[-1][0].rstrip(".").lower())
        tokens = tokens[:-1]
    return _name(run, start, tokens, titles, countries)


def _titled(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the i-th word is a title: not "Sultan" of "Khalid bin Sultan al Harthy", a father's name."""
    return tokens[i][0].rstrip(".").lower() in TITLES and not (i and tokens[i - 1][0] in _PATRONYMIC)


_PLURAL_TITLES = {"commissioners": "commissioner", "councillors": "councillor", "councilors": "councilor",
                  "senators": "senator", "supervisors": "supervisor", "trustees": "trustee", "aldermen": "alderman"}
_PATRONYMIC = frozenset({"bin", "bint", "binti", "ibn", "ben", "ould"})
# Titles that end names as surnames: "Hamid Zaman Sheikh", "Martin Luther King", "Jeff Bishop"
_SURNAMES_TOO = frozenset({"sheikh", "king", "bishop", "judge", "prince"})
# Ordinals that open a sentence before a place, no one's given name: "First Hokkaido scallop shipment …"
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final"})


def _family_name(word: str) -> bool:
    """A word before a name's last two that is the name's too: not the office's ("Transport",
    "Elections", "Uzbekistan")."""
    bare = word.lower()
    return name_like(word) and not word.endswith("s") and bare not in TITLES | ORGANISATION_WORDS | PORTFOLIOS


def office_then_name(run: str) -> bool:
    """ "Minister of Energy of the Republic of Uzbekistan Jamshid Sultanov": an office, then who holds it."""
    return bool(_OFFICE_THEN_NAME.fullmatch(run))


# An office by what it holds, then a name: "Director of Public Prosecutions Jane Hart", "Deputy Chairman
# of the Cabinet of Ministers of Turkmenistan Merdan Gurbanov".
# "Supervisor of Elections Gregory Noel", "Union Minister of State for Railways Ramesh Kattimani"
_OFFICE_THEN_NAME = re.compile(r"((?:Deputy\s+|Vice\s+|First\s+|Union\s+|Federal\s+)?[A-Z][a-z]+"
                               r"(?:or|er|ar|ent|man|woman))\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|the|and|for)\s+){1,8}?"
                               r"([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)")


def _name(run: str, start: int, tokens: list[tuple[str, int]], titles: list[str], countries: list[str]) -> Name:
    if not tokens:
        return Name("", start, tuple(titles), tuple(countries))
    first, last = tokens[0], tokens[-1]
    return Name(run[first[1] - start:last[1] - start + len(last[0])], first[1], tuple(titles), tuple(countries))


# "the Minister for Housing, Siobhán Kearney", "Secretary of State for Trade": an office by its portfolio.
_PORTFOLIO = re.compile(r"\b(minister|secretary|commissioner|mayor|governor)\s+(?:of|for)\s+(?:state\s+for\s+)?"
                        r"(?:the\s+)?(?:[A-Z][\w’'-]*\s*(?:(?:and|do|de|da|di|del|of|the)\s+|,\s+)?){1,5},?\s*$", re.I)


def portfolio_office(before: str) -> str:
    """'minister' when ``before`` ends with a minister's portfolio title ("Minister for Finance,"), else ''."""
    match = _PORTFOLIO.search(before)
    return match.group(1).lower() if match and match.group(1)[0].isupper() else ""


def is_title(word: str) -> bool:
    """A title, or titles said of several people ("Ministers Anna Berg and Tomas Lind")."""
    return word in TITLES or (word.endswith("s") and word[:-1] in TITLES)


def _is_dateline_word(word: str) -> bool:
    """'BEIJING', 'SEOUL', 'ST. PAUL' in capitals open a dateline."""
    bare = word.rstrip(".,")
    return len(bare) > (1 if word.endswith(".") else 3) and bare.isupper() and bare.isalpha()


def describes(word: str, first: bool) -> bool:
    """A capitalised adjective that opens the sentence: 'Leftist', 'Embattled', 'Outgoing'."""
    return first and ((len(word) >= 7 and word.lower().endswith(("ist", "ive", "ing", "ed", "ous", "ary")))
                      or (len(word) >= 6 and word.endswith("ing")))  # "Having", "Citing"


PARTICLES = JOINERS - {"of", "the", "for", "&"}  # the particles of a person's name: "di Lorenzo", "ap Gwilym"


def name_like(word: str) -> bool:
    """A word of a person's name: capitalised, no digits, not an acronym, not a common opener."""
    letters = word.replace("-", "").replace("’", "").replace("'", "").replace(".", "")
    acronym = len(letters) > 1 and letters.isupper() and (len(letters) > 2 or "." not in word)  # "NZ", not "J.D."
    return (is_capitalised(word) and letters.isalpha() and not acronym
            and not _not_a_name(word) and (word not in places.country_forms() or word in _GIVEN_NAMES))


def western_order(name: str, titles: tuple[str, ...]) -> str | None:
    """'Adama Sinaly Koné' of 'Mr KONÉ Adama Sinaly': the surname a francophone paper writes first,
    in capitals, after an honorific, moved last; the given names are none of them a title, a body's
    word or a place ("the RRS Margaret Tennant", "KASA Administrator Park Jae-hoon" are no one's)."""
    surname, *given = name.split()
    letters = re.sub(r"[’'-]", "", surname)
    if not (len(letters) > 1 and letters.isalpha() and letters.isupper()) or not 1 <= len(given) <= 3 \
            or not set(titles) & (HONORIFICS | {"m", "mme", "mlle"}):
        return None
    if any(not name_like(w) or w.lower() in TITLES | ORGANISATION_WORDS or places.is_place(w) for w in given):
        return None
    return " ".join([*given, surname.title()])


def leader_titles(titles: tuple[str, ...] | list[str]) -> bool:
    return bool(set(titles) & LEADER_TITLES)
