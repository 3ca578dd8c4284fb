"""What a run of capitalised words names: a person, an organisation, a place, or nothing.

A run in news copy carries more than a name: a dateline ("Santiago de Chile.-"), the word that
opens the sentence ("Leftist Jeannette Jara"), a party, a place, a nationality and a title
("Nevada Sen. Catherine Cortez Masto", "British Prime Minister Keir Starmer"). `strip` keeps the
name and says which titles it cut, so the kind can be guessed (a title of office → leader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.authoring import places
from generator.authoring.text import MONTHS, WEEKDAYS, is_capitalised

# Titles and honorifics that stand before a name; lowercase, without a full stop.
TITLES = frozenset({
    "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "taoiseach", "secretary",
    "senator", "sen", "governor", "gov", "representative", "rep", "congressman", "congresswoman", "mayor",
    "ambassador", "envoy", "chairman", "chairwoman", "chair", "chief", "leader", "spokesman", "spokeswoman",
    "spokesperson", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "general", "gen", "admiral",
    "colonel", "col", "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "commander",
    "professor", "prof", "judge", "justice", "cardinal", "archbishop", "bishop", "pope", "rabbi", "imam", "prince",
    "princess", "emperor", "empress", "sheikh", "emir", "sultan", "crown", "speaker", "deputy", "acting", "interim",
    "foreign", "affairs", "trade", "finance", "defence", "defense", "industry", "energy", "agriculture", "business",
    "treasury", "home", "interior", "health", "education", "commerce", "economy", "transport", "environment",
    "culture", "state", "attorney", "solicitor", "mp", "mep", "mla", "mpp", "senior", "associate",
    "analyst", "economist", "strategist", "researcher", "director", "executive", "ceo", "founder", "co-founder",
    "editor", "correspondent", "columnist", "commentator", "officer", "official", "councillor", "councilor",
    "commissioner", "candidate", "lawmaker", "legislator", "activist", "lawyer", "diplomat", "coach", "head",
    "party", "opposition", "union", "central", "committee", "national", "federal", "provincial", "regional",
    "state-run"})
# Titles of heads of state or government, ministers, premiers and party leaders (curating.md).
LEADER_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "taoiseach", "minister",
                           "secretary", "emperor", "governor", "gov", "sheikh", "emir", "sultan", "leader"})
# Honorifics said with a first name: "Sir Keir" is Keir Starmer.
FIRST_NAME_HONORIFICS = frozenset({"sir", "dame", "king", "queen", "prince", "princess", "pope", "sheikh"})
# Words before a name that describe the person: politics, standing, career.
DESCRIPTORS = frozenset({
    "former", "late", "then", "ex", "outgoing", "incoming", "veteran", "embattled", "elected", "new", "newly",
    "leftist", "rightist", "far-right", "far-left", "hard-right", "hard-left", "centre-right", "center-right",
    "centre-left", "center-left", "right-wing", "left-wing", "conservative", "liberal", "socialist", "communist",
    "populist", "nationalist", "centrist", "progressive", "moderate", "hardline", "independent", "labour", "labor",
    "tory", "democrat", "democratic", "republican", "green", "billionaire", "tycoon", "businessman", "businesswoman",
    "ultraconservative", "ultra-conservative", "libertarian", "reformist", "opposition", "ruling", "top", "senior",
    "longtime", "long-time", "retired", "jailed", "detained", "exiled", "dissident", "activist", "media", "mogul"})
# Words that open a sentence and are capitalised only for that: never part of a name.
SENTENCE_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to", "of", "with",
    "from", "as", "if", "when", "while", "after", "before", "since", "until", "during", "despite", "although",
    "though", "because", "unlike", "like", "among", "amid", "between", "against", "following", "under", "over",
    "ahead", "earlier", "later", "meanwhile", "moreover", "however", "still", "even", "only", "now", "today",
    "tonight", "yesterday", "tomorrow", "last", "next", "this", "that", "these", "those", "both", "neither",
    "either", "each", "every", "all", "some", "many", "most", "few", "several", "other", "such", "another", "his",
    "her", "their", "its", "our", "my", "your", "it", "he", "she", "they", "we", "i", "you", "there", "here",
    "what", "who", "whoever", "which", "why", "how", "where", "once", "asked", "according", "speaking", "writing",
    "instead", "indeed", "furthermore", "nonetheless", "nevertheless", "overall", "also", "not", "no", "yes",
    "related", "comments", "read", "more", "see", "watch", "listen", "photo", "video", "advertisement", "updated",
    "published", "dear", "mostly", "just", "about", "around", "nearly", "almost", "is", "was", "will"})
ORGANISATION_WORDS = frozenset({
    "university", "party", "council", "ministry", "office", "bank", "watch", "times", "daily", "association",
    "chamber", "company", "group", "agency", "commission", "committee", "organisation", "organization", "union",
    "fund", "forum", "news", "post", "institute", "institution", "corporation", "corp", "court", "parliament",
    "congress", "department", "foundation", "press", "network", "inc", "ltd", "llc", "plc", "alliance", "army",
    "navy", "police", "reuters", "media", "senate", "assembly", "house", "service", "services", "authority",
    "board", "bureau", "centre", "center", "college", "school", "academy", "society", "federation", "coalition",
    "front", "movement", "league", "trust", "motors", "motor", "airlines", "airways", "holdings", "industries",
    "electronics", "energy", "bloc", "cabinet", "government", "administration", "tribunal", "guard",
    "force", "forces", "command", "secretariat", "exchange", "reserve", "journal", "herald", "tribune", "telegraph",
    "guardian", "gazette", "broadcasting", "television", "radio", "channel", "economist", "observer", "review",
    "initiative", "program", "programme", "project", "communist", "parliamentary", "statistics"})
# Last words of places and buildings: "Great Hall", "Downing Street", "La Moneda Palace".
PLACE_WORDS = frozenset({"street", "avenue", "road", "square", "hill", "palace", "hall", "building", "tower",
                         "bridge", "airport", "station", "park", "river", "sea", "ocean", "strait", "island",
                         "islands", "mountains", "base", "valley", "peninsula", "gulf", "bay", "lake", "canal",
                         "port", "harbour", "harbor", "district", "county", "province", "city", "town", "village",
                         "region", "coast", "desert", "plaza", "stadium", "cathedral", "temple", "mosque", "embassy",
                         "consulate", "capitol", "one"})
# Plural nouns for groups of people: "Senate Democrats" are not one person.
GROUP_WORDS = frozenset({"democrats", "republicans", "conservatives", "liberals", "socialists", "communists",
                         "tories", "greens", "nationalists", "officials", "lawmakers", "leaders",
                         "ministers", "senators", "voters", "supporters", "critics", "analysts", "investors",
                         "members", "mps", "people", "citizens", "forces", "troops", "affairs", "relations"})
# Articles that open a place's or thing's name in Spanish, French, Italian and Arabic, never a person's.
_FOREIGN_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "il", "al"})
# Not people, whatever their shape: bylines, page furniture, vehicles.
NOT_PEOPLE = frozenset({"read more", "air force one", "marine one", "related articles", "most read", "follow us",
                        "sign up", "breaking news", "live updates", "top stories"})
NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | SENTENCE_WORDS


@dataclass(frozen=True)
class Name:
    text: str                 # verbatim slice of the paragraph
    start: int                # its offset in the paragraph
    titles: tuple[str, ...]   # title words cut from before it, lowercase
    countries: tuple[str, ...]  # country names cut from before it ("British" → "United Kingdom")


def strip(run: str, start: int) -> Name:
    """The name inside a run of capitalised words, and the titles and countries that stood before it.

    An organisation's name keeps its words ("Chinese Communist Party"), unless a person follows
    its last title ("Communist Party leader Xi Jinping").
    """
    tokens = [(m.group(0), start + m.start()) for m in re.finditer(r"\S+", run)]
    while len(tokens) > 1 and (tokens[0][0].lower() in NOT_NAMES or _is_dateline_word(tokens[0][0])):
        tokens = tokens[1:]
    lowered = [t.rstrip(".").lower() for t, _ in tokens]
    if set(lowered) & ORGANISATION_WORDS:
        cut = max((i + 1 for i, w in enumerate(lowered) if w in TITLES and w not in ORGANISATION_WORDS), default=0)
        rest = tokens[cut:]
        if not (cut and len(rest) >= 2 and all(_name_like(t) for t, _ in rest)):
            return _name(run, start, tokens, [], [])
        return _name(run, start, rest, [w for w in lowered[:cut] if w in TITLES], [])
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
        elif word in forms:
            countries.append(forms[word].name)
            tokens = tokens[1:]
        elif bare in TITLES or bare in DESCRIPTORS or bare in NOT_NAMES or word in places.place_names() \
                or _describes(word, tokens[0][1] == start):
            titles += [bare] if bare in TITLES else []
            tokens = tokens[1:]
        else:
            break
    while tokens and (tokens[-1][0].rstrip(".").lower() in TITLES or tokens[-1][0].lower() in NOT_NAMES):
        titles.append(tokens[-1][0].rstrip(".").lower())
        tokens = tokens[:-1]
    return _name(run, start, tokens, titles, countries)


def _name(run: str, start: int, tokens: list[tuple[str, int]], titles: list[str], countries: list[str]) -> Name:
    if not tokens:
        return Name("", start, tuple(titles), tuple(countries))
    first, last = tokens[0], tokens[-1]
    return Name(run[first[1] - start:last[1] - start + len(last[0])], first[1], tuple(titles), tuple(countries))


def _is_dateline_word(word: str) -> bool:
    """'BEIJING', 'SEOUL' in capitals open a dateline."""
    return len(word) > 3 and word.isupper() and word.isalpha()


def _describes(word: str, first: bool) -> bool:
    """A capitalised adjective that opens the sentence: 'Leftist', 'Embattled', 'Outgoing'."""
    return first and len(word) >= 7 and word.lower().endswith(("ist", "ive", "ing", "ed", "ous", "ary"))


def kind_of(name: str) -> str | None:
    """'people', 'organisations', 'countries', or None for places, groups and what names no one."""
    words = name.split()
    lowered = [w.lower().strip(".’'") for w in words]
    if name in places.country_forms():
        return "countries"
    if not words or name.lower() in NOT_PEOPLE or (lowered[0] in _FOREIGN_ARTICLES and len(words) > 1):
        return None
    if set(lowered) & ORGANISATION_WORDS:
        return "organisations"
    if places.is_place(name) or lowered[-1] in PLACE_WORDS or lowered[-1] in GROUP_WORDS:
        return None
    if len(words) < 2 or not all(_name_like(w) for w in words if w.lower() not in _JOINING):
        return None
    return "people"


_JOINING = frozenset({"de", "del", "da", "dos", "van", "von", "bin", "ibn", "al", "y", "la", "le", "der", "den"})


def _name_like(word: str) -> bool:
    """A word of a person's name: capitalised, no digits, not an acronym, not a common opener."""
    letters = word.replace("-", "").replace("’", "").replace("'", "").replace(".", "")
    return (is_capitalised(word) and letters.isalpha() and not (len(letters) > 2 and letters.isupper())
            and word.lower() not in NOT_NAMES and word not in places.country_forms())


def leader_titles(titles: tuple[str, ...] | list[str]) -> bool:
    return bool(set(titles) & LEADER_TITLES)
