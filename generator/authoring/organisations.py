"""One-word organisations, which runs of capitalised words cannot tell from a surname or a place.

Each is known by what the text calls it ("copper miner Codelco", "a Forsa survey", "Xinhua, the
state news agency", "an analyst at Sydbank"), by speaking when no one of that name is in the story
("Havbro said"), or by being an acronym ("OECD", "AfD").
"""

from __future__ import annotations

import functools
import re

from generator.authoring import body_words, names, places, things
from generator.authoring.currencies import is_currency_code, names_a_currency
from generator.authoring.text import sentence_bounds

NOUN = "|".join(sorted(body_words.ORGANISATION_NOUNS, key=len, reverse=True))
# What a name before it makes a body ("the Servel electoral service"); not a place's ("Brás station",
# "Guarulhos international airport")
_NAMED_AFTER = "|".join(sorted(set(body_words.ORGANISATION_NOUNS) - {"station", "airport"}, key=len, reverse=True))
# Acronyms that name no organisation.
NOT_ORGANISATIONS = frozenset({
    "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "AI", "EV", "EVs", "TV", "MP", "MPs", "PM", "AM", "IPO", "LNG", "CPI",
    "COVID", "HIV", "AIDS", "NGO", "NGOs", "ID", "OK", "BC", "AD", "FTA", "MOU", "MOUs", "VAT", "GMT", "UTC", "CO2",
    "QE", "ETF", "ETFs", "IT", "HQ", "PR", "DNA", "USB", "GPS", "SUV", "SUVs", "II", "III", "IV", "VI", "VII",
    "VIII", "IX", "XI", "XII", "FY", "YoY", "QoQ", "PhD", "MBA", "PPP", "GW", "MW", "KW", "KM", "BN",
    "TB", "GP", "GPs", "ICU", "ICUs", "A&E", "ER", "MRI", "IVF", "STD", "STDs", "PTSD", "ADHD", "PPE",
    # time zones, as a timestamp gives them: "Updated: Jun 24, 2026 09:47 PM IST"
    "IST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "EET", "EEST", "WET", "BST", "AEST",
    "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT", "WAT", "CAT", "EAT", "SAST", "ET", "PT",
    "ZIP",  # "ZIP code"
    "FAQ", "FAQs", "EBITDA", "EBIT",
    "IP", "MHz", "GHz", "kHz", "MWh", "GWh", "TWh", "kWh", "NIS", "KSh",
    "UV", "GIS", "PIL", "FIR", "FIRs", "RTI", "CCTV", "LED", "LEDs", "SMS", "PDF", "URL", "API", "ATM", "ATMs", "PIN",
    "OTP", "SIM", "GST",  # things: "the UV system", "a GIS survey", "filed a PIL", "an FIR"
    *things.VESSEL_PREFIXES,  # ships' prefixes: "MV Loch Seaforth"
    # members, as papers write them ("MEPs", "TD"): the same words that follow a party's name
    *(f"{member.upper()}{plural}" for member in names.MEMBERS if len(member) <= 3 and not member.endswith("s")
      for plural in ("", "s")),
    "OBE", "MBE", "CBE", "KBE", "DBE",  # honours after a name
    "VP", "SVP", "EVP",  # "VP engineering Itai Mizrahi"
    "NAND", "DRAM", "HBM", "SSD", "SSDs", "PC", "PCs", "CPU", "CPUs", "GPU", "GPUs", "OLED", "LCD"})  # chips
# Bodies known by one word that is also a common noun: "the Senate" is one, "the Centre" is not.
INSTITUTIONS = frozenset({"senate", "parliament", "congress", "treasury", "kremlin", "pentagon", "chancellery",
                          "politburo", "reuters", "knesset", "duma", "bundestag", "bundesrat", "storting", "riksdag",
                          "folketing", "eduskunta", "sejm", "majlis", "diet", "dail", "seanad", "althing", "cortes",
                          "senedd", "stortinget", "oireachtas", "congreso", "senado", "assembleia", "camara",
                          "cabinet", "legislature", "saeima", "seimas", "riigikogu", "holyrood", "dáil", "rada",
                          "sabor", "skupstina", "skupština", "sobranie", "sobranje", "lagting", "nationalrat",
                          "mazhilis", "khural", "hural", "shura", "jirga", "landtag", "inatsisartut", "løgting",
                          "sansad"})
_BELIEFS = frozenset({"catholic", "protestant", "evangelical", "orthodox", "christian", "muslim", "islamic", "jewish",
                      "hindu", "buddhist", "sikh", "indigenous", "aboriginal"})
# Where a one-word name after "the" is a place, not a body.
_FEATURES = frozenset({"amazon", "pacific", "atlantic", "arctic", "antarctic", "mediterranean", "caribbean", "gulf",
                       "sahel", "sahara", "himalayas", "alps", "andes", "balkans", "baltic", "caucasus", "west",
                       "east", "north", "south", "left", "right", "internet", "web", "bible", "koran", "quran",
                       "holocaust", "cold", "moon", "sun", "earth", "equator", "tropics", "horn", "levant"})
# An apposition that calls the name a body: "JA Zenchu, the national federation of farm co-operatives".
BODIES = "|".join(sorted({*body_words.ORGANISATION_KINDS, "parliament", "federation", "confederation", "court",
                          "ministry", "council", "association", "regulator", "agency"}, key=len, reverse=True))


def one_word_organisations(text: str, article: str) -> list[tuple[str, int]]:
    """One-word organisations: acronyms ("OECD", "AfD"), and names the text calls organisations
    ("copper miner Codelco", "the Servel electoral service", "a Forsa survey", "a poll by Elabe
    for BFMTV", "Xinhua, the state news agency", "the Bundestag")."""
    apposition, rules = _rules()
    found = []
    for pattern, opens in rules:
        for m in pattern.finditer(text):
            for group in range(1, (m.lastindex or 0) + 1):
                org = re.sub(r"(?<=[A-Z])-led$", "", m.group(group) or "")  # "the PML-N-led coalition": the party
                opening = opens == _ALWAYS or (opens == _NAMED and not org.endswith("s")
                                               and bool(re.search(rf"[a-z,]\s+{org}\b", article)))
                # not "On Santorini, the hotel association said": a scene, then another body
                scene = pattern is apposition and _SCENE.search(text[:m.start(group)])
                if org and not scene and not names.LEANING.fullmatch(org) and not _ADVERB.fullmatch(org) \
                        and not text.startswith("-based", m.start(group) + len(org)) \
                        and may_be_organisation(text, org, m.start(group), opening, opens == _MEMBER) \
                        and not a_place_in(article, org):
                    found.append((org, m.start(group)))
    for m in _ACRONYM.finditer(text):  # not a plural: "94 RBIs", "NGOs"
        if 2 <= len(m.group(1)) <= 6 and sum(c.isupper() for c in m.group(1)) >= 2 \
                and not re.fullmatch(r"[A-Z]{2,}s", m.group(1)) \
                and may_be_organisation(text, m.group(1), m.start(1), bool(MEMBERS_AFTER.match(text, m.end()))):
            found.append((m.group(1), m.start(1)))
    for m in re.finditer(rf"\b([A-Z][a-z][\w’'-]*)\s+\(([A-Z]{{2,6}}|{_PARTIES})\)", text):  # "Heike Tammen (SPD)"
        tag, named = m.group(2), m.group(1)
        if tag not in NOT_ORGANISATIONS and not is_currency_code(tag) and m.start() >= _dateline_end(text) \
                and named not in places.country_forms() \
                and not re.search(rf"\b{tag[0]}\w*\s+{tag[1]}", text[max(0, m.start() - 80):m.start(2)]):
            found.append((tag, m.start(2)))  # a party's tag, not an acronym spelled out before it
    return found


_PARTIES = "|".join(sorted(w.title() for w in names.PARTY_PLURALS))


# Who works at a body: "a shipping analyst at Sydbank", "chief economist at Banorte".
_JOBS = ("head|analyst|economist|strategist|researcher|director|executive|officer|engineer|manager|partner|adviser|"
         "advisor|scientist|fellow|lecturer|professor|chairman|chairwoman|founder|spokes(?:man|woman|person)|trader|banker")
_NEVER, _ALWAYS, _NAMED = "never", "always", "if named mid-sentence"  # may a name open its sentence
_MEMBER = "a party's, whatever its word"  # never opens its sentence: "a Centre MP", "a Left MP"
_SCENE = re.compile(r"(?:^|[.!?]\s+)(?:On|In|At|Near)\s+$")  # "On Santorini, …": a scene-setting opener
# Not a place's name after its preposition: "near Herning said", "On Santorini, the hotel association".
_NOT_PLACED = "".join(rf"(?<!\b{w} )" for w in ("in", "near", "from", "at", "of", "to", "outside", "on", "In", "On",
                                                  "At", "From", "Near"))
# What only a body does, after "which": "Fitch, which rates Romania at …".
_DOES = ("(?:owns|operates|runs|employs|makes|sells|rates|represents|handles|controls|manages|supplies|produces|"
         "publishes|lends|insures|exports|imports|ships|builds)")
# What a body is to the body it belongs to, rivals or is part of ("its rival"; not "its partner", who may be a person)
_KIN = r"(?:rival|competitor|peer|subsidiary|parent|affiliate|supplier|joint[- ]venture\s+partner)s?"
# A one-word name that speaks and is no one's name: "Havbro said", "Kronwerk says".
_SPEAKS = r"(?:said|says|reported|announced|confirmed|declined|denied)\b"


# "Nationally, the institute counted …": an adverb that opens a sentence, no body's name
_ADVERB = re.compile(r"[A-Z][a-z]+(?:ally|ively|ingly|edly|ously|ently|antly|ately|ularly)")
# "Scottish", "Maltese", "Albanian", "Nordic": adjectives, no body's name
DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "dic")


@functools.cache
def _rules() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The patterns of `one_word_organisations`, compiled once: they are long, and the patterns
    made for each name of each article would push them out of `re`'s own cache."""
    word = r"([A-Z][\w-]*\w)(?:[’']s)?"
    kinds = "|".join(body_words.ORGANISATION_KINDS)
    apposition = rf"\b{word}, (?:the|a|an|its|their|[A-Z]\w+[’']s) (?:[\w’'-]+ ){{0,3}}(?:{kinds}|{BODIES})\b(?![’'])"
    # Each pattern with whether the name may open its sentence: "Fonterra, the dairy co-operative,"
    # may; "Havbro said" may when the article also names it mid-sentence (not "History says").
    rules = ((rf"\b(?:{NOUN}) {word}\b(?! [A-Z])", _NEVER),
             # "a Cadem poll"; not "A Kaikōura whale-watching operator", a place's
             (rf"\b{word} (?:{_NAMED_AFTER})\b", _NEVER),
             (rf"(?<!\b[Aa] )(?<!\b[Aa]n )\b{word} [a-z-]+ (?:{_NAMED_AFTER})\b", _NEVER),
             (rf"\b(?:state|family|privately|publicly|government)-(?:owned|run|controlled|backed) {word}", _NEVER),
             (rf"\b(?:poll|survey|study|report|forecast|analysis|estimates?|data|figures|research|calculations) "
              rf"(?:by|from|for) {word}(?: for {word})?\b", _NEVER),
             (apposition, _ALWAYS),
             # what it is, then its name: "Ghana's cocoa regulator, Cocobod, praised …"
             (rf"\b(?:the|[A-Z]\w+[’']s) (?:[a-z-]+ ){{0,3}}(?:{kinds}|{BODIES}), {word}(?=[,.;])", _ALWAYS),
             # a body's kin, by a body's "its": "Maersk, its larger Copenhagen rival,", "Its smaller rival, Litex,"
             (rf"\b{word}, (?:its|their) (?:[\w’'-]+ ){{0,3}}{_KIN}\b", _ALWAYS),
             (rf"\b(?:[Ii]ts|[Tt]heir) (?:[\w’'-]+ ){{0,3}}{_KIN}, {word}(?=[,.;])", _ALWAYS),
             (rf"\b(?:{_JOBS})(?: of [a-z][a-z ]{{0,40}})? (?:at|with) {word}\b(?! [A-Z])", _NEVER),
             # who works there, and what is posted there: "a former Google engineer", "a LinkedIn post"
             (rf"\b(?:a|an|the|his|her|their)\s+(?:former\s+|ex-|senior\s+)?{word} (?:{_JOBS}|employee|designer|"
              rf"developer|programmer|staffer|worker)s?\b", _NEVER),
             (rf"\b(?:a|an|the|his|her|their|its)\s+{word} (?:post|video|page|account|feed|livestream)s?\b", _NEVER),
             (rf"\b(?:the|a|an|its|their) {word} (?:local|chapter|branch|affiliate)\b", _NEVER),  # "the Unifor local"
             (rf"\b(?:posted|wrote|said) (?:on|to) {word}\b(?! [A-Z])", _NEVER),  # "posted on Bluesky that"
             (rf"{_NOT_PLACED}(?<![\w’'.-]){word} {_SPEAKS}", _NAMED),
             (rf"{_NOT_PLACED}(?<![\w’'.-]){word}, which (?:[^,.;]|,\d){{1,80}}, {_SPEAKS}", _ALWAYS),  # "Unison,
             # which represents 4,000 staff, said": people are "who"; "Fitch, which rates Romania"
             (rf"{_NOT_PLACED}(?<![\w’'.-]){word}, which (?:also |now |still )?{_DOES}\b", _ALWAYS),
             (rf"{_NOT_PLACED}(?<!\bto )\b{word}, one of (?:the |its |[A-Z]\w+[’']s )?(?:[\w’'-]+ ){{0,3}}"
              rf"(?:{NOUN})s\b", _ALWAYS),
             (rf"\baccording to {word}(?=[.,;])", _NEVER),
             (rf"\b([A-Z][\w-]*\w)(?={OWNS_MEMBERS.pattern})", _ALWAYS),
             (r"\b(?:[OPC]?JSC|LLC|OOO|[OP]?AO|State\s+Concern|State\s+Company)\s+[“\"«]([A-Z][\w-]+)[”\"»]", _ALWAYS),
             (rf"\b[Tt]he ({_PARTIES})\b(?! [A-Z])", _ALWAYS),  # "the Greens", "The Socialists"
             # a party by its members: "the Neos MP"
             (rf"\b(?:the|a|an) {word} (?:MPs?|MEPs?|lawmakers?|deput(?:y|ies)|councillors?|members? of parliament)\b",
              _MEMBER),
             (rf"{_NOT_PLACED}(?<![\w’'.-]){word} (?:has |had |will )?(?:[a-z]+ed|sold|cut|lost|won|made|put|set|"
              rf"kept|paid|took|gave|sent|says|said|plans) (?:[a-z]+ ){{0,2}}its\b", _NAMED))  # "Al-Ittihad sold … its"
    compiled = re.compile(apposition)
    return compiled, tuple((compiled if pattern is apposition else re.compile(pattern), opens)
                           for pattern, opens in rules)


# An acronym, "N-VA" and "ZANU-PF" among them, and a body's "ANC-led administration"
_ACRONYM = re.compile(r"(?<![\w(/])([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]*"
                      r"(?:-[A-Z]+|/[A-Z]{2,4}(?![A-Za-z]))?|"
                      r"[A-Z]-[A-Z]{2,})(?:[’']s)?"  # "OECD", "AfD", "ÖBB", "RFE/RL"
                      r"(?![\w’']|-(?!(?:led|run|backed|controlled|aligned|dominated)\b))")
# What a party has and a person does not: "N-VA councillor Karel Declercq", "Fine Gael leader, Rory
# Kinsella", "the Fine Gael minister"
MEMBERS_AFTER = re.compile(r"\s+(?:councillors?|lawmakers?|legislators?|deput(?:y|ies)|senators|aldermen|caucus|"
                           r"candidates?|backbench(?:ers)?|ministers?|leader)\b")
# "Fianna Fáil’s Minister for Finance", "Labour’s Dublin Bay South TD": a party's, not a person's
# (or by its member named, then called one: "Fine Gael’s Gráinne Tobin, a TD for Dublin Bay South")
OWNS_MEMBERS = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,4}?(?:[A-Z][\w-]+,\s+(?:a|the)\s+(?:[\w-]+\s+)?)?"
                          r"(?:TDs?|MPs?|MEPs?|MLAs?|MSPs?|councillors?|candidates?|"
                          r"backbench(?:ers)?|leader|Minister\s+(?:for|of)|"
                          r"[a-z]+\s+spokes(?:person|man|woman)\s+[A-Z])")  # "Sinn Féin’s education spokesperson X"


def may_be_organisation(text: str, word: str, start: int, opening: bool = False, party: bool = False) -> bool:
    """Not a country, place, title or common word; not an acronym spelled out beside it; not
    the first word of a sentence (unless ``opening``); not in a dateline or a headline in capitals.
    A ``party`` (known by its members) may have a common word for its name: "a Centre MP"."""
    bare = word.lower()
    if not (word[:1].isupper() and (sum(c.isupper() for c in word) >= 2 or not word.isupper())) \
            or re.fullmatch(r"(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca|C)[1-3]", word):  # a credit rating: "rates it Ba1"
        return False
    previous = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    if previous and previous.group(1)[:1].isupper() and not previous.group(1).endswith((",", ".", ":", ";")) \
            and previous.group(1).lower() not in names.NOT_NAMES:
        return False  # part of a longer name, which the runs of capitalised words read whole
    if ((word.endswith(DEMONYM_ENDINGS) and not word.isupper())
            or any(part in names.MONTHS_AND_DAYS for part in bare.split("-"))
            or re.search(r"\bknown as\s+$", text[max(0, start - 12):start])):
        return False
    common = bare in _FEATURES or (bare in body_words.ORGANISATION_WORDS and bare not in INSTITUTIONS)
    acronym = len(word) > 2 and word.isupper() and not re.search(r"[A-Z]{2}\W{1,3}$", text[max(0, start - 4):start]) \
        and not re.match(r"\W{1,3}[A-Z]{2}", text[start + len(word):])  # "WHO", not "who" nor a line in capitals
    if (len(word) < 2 or bare.endswith("-based") or (bare in names.NOT_NAMES and not acronym) or bare in names.TITLES
            or word in NOT_ORGANISATIONS or word in places.country_forms() or places.is_place(word)
            or (acronym and word.title() in places.place_names())  # a capital in a line of capitals: "| OSLO"
            or (common and not party)):
        return False
    if bare in _BELIEFS:
        return False  # "a Catholic group"
    if (start < 40 and text[start + len(word):][:1] == ":") or (
            re.search(r"\([A-Z ]*$", text[:start]) and re.match(r"[A-Z ]*\)", text[start + len(word):])):
        return False  # a transcript's "DEBORAH KINCAID, HOST:" and "(SOUNDBITE OF MUSIC)"
    unit = re.match(r"\s+([a-z]+)", text[start + len(word):])
    if re.match(r"\s?[\d$€£¥¢₵₦₹]", text[start + len(word):]) or (unit and names_a_currency(unit.group(1))) \
            or is_currency_code(word):
        return False  # a currency's code or prefix: "CHF 2,900", "EUR 48 million", "GH¢3,875", "CFA francs", "KZT"
    dateline = _dateline_end(text)
    if ((start in (sentence_bounds(text, start)[0], dateline) and not opening)  # "NEW YORK, … – Payroll software"
            or sum(c.isupper() for c in text) > 0.6 * sum(c.isalpha() for c in text) or start < dateline):
        return False
    return text[start - 1:start] != "("


def a_place_in(article: str, word: str) -> bool:
    """The article names ``word`` as a place elsewhere: its dateline ("BANYUWANGI, Indonesia") or
    "in"/"near" before it ("shelters in Banyuwangi", "farms in northern New Mexico"), not "a stake
    in Mowi"; or a place's noun after it ("the Habomai district")."""
    dateline = not word.isupper() and re.search(rf"(?:^|\n){re.escape(word.upper())}\b", article)  # not "FUNAI, the …"
    owned = "".join(rf"(?<!\b{w} )" for w in _HELD)
    after = (rf"{owned}\b(?:in|near|outside)\s+(?:{_COMPASS}\s+)?{re.escape(word)}"
             rf"(?:(?![\w’'-]|(?-i:\s+[A-Z]))|{_PARTS_OF_A_PLACE})")  # the case of the next word counts
    called = rf"\b{re.escape(word)}\s+(?:{_PLACE_NOUNS})\b"  # "the Habomai district of Nemuro"
    return bool(dateline) or re.search(after, article, re.I) is not None or re.search(called, article) is not None


_PLACE_NOUNS = "district|province|prefecture|county|region|municipality|oblast|governorate|township|parish|commune"


_COMPASS = "(?:northern|southern|eastern|western|central|north|south|east|west|rural|coastal|downtown)"
# "outside a hospital in Adelaide’s north": a place's part, where a company's would be "in Mowi’s shares".
_PARTS_OF_A_PLACE = (r"[’']s\s+(?:north|south|east|west|northern|southern|eastern|western|central|inner|outer|"
                     r"suburbs|outskirts|centre|center|streets|old\s+town)\b")
# What a company is "in" that a place is not: "shares in Havbro", "a stake in Nordmalm".
_HELD = ("stake", "stakes", "share", "shares", "holding", "holdings", "interest", "invested", "investment", "investing",
         "trading", "confidence", "jobs", "job", "role", "roles", "changes", "cuts", "growth", "rise", "fall")


def _dateline_end(text: str) -> int:
    """Where a paragraph's dateline ends: "HELSINKI, 28 October 2027 — " (0 without one)."""
    dateline = re.match(r"(?:[A-Z]{2,}\.?\s)?[A-Z]{3,}[ ,/][^—–]{0,80}?(?:—|–|\s-)\s*", text)
    return dateline.end() if dateline else 0


def national_name(name: names.Name, text: str, article: str) -> tuple[names.Name, str] | None:
    """A body named only by what it is ("Foreign Ministry"), after a country's possessive, in an
    article that gives two countries one: named with the country's adjective, "Bolivian Foreign
    Ministry" beside "Paraguayan Foreign Ministry", and as written."""
    owner = re.search(rf"{_OWNER}$", text[:name.start])
    country = places.country_forms().get(owner.group(1)) if owner else None
    if not owner or not country or not _by_what_it_is(name.text):
        return None  # before the article is searched: this runs for every body's name
    owners = {places.country_forms().get(m.group(1))
              for m in re.finditer(rf"{_OWNER}{re.escape(name.text)}\b", article)}
    adjective = places.demonym(country) if len(owners - {None}) > 1 else None
    if not adjective:
        return None
    written = text[owner.start(1):name.start + len(name.text)]
    return names.Name(f"{adjective} {name.text}", name.start, name.titles, name.countries), written


def _by_what_it_is(name: str) -> bool:
    """A body's name made only of what it is: "Foreign Ministry", "National Assembly"."""
    return all(w.lower() in body_words.ORGANISATION_WORDS | names.PORTFOLIOS | _GENERIC_WORDS for w in name.split())


_OWNER = r"(?:^|\s)((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)[’']s\s+"  # "Bolivia’s "
_GENERIC_WORDS = frozenset({"of", "for", "the", "and", "supreme", "constitutional", "high", "central", "national",
                            "federal", "foreign", "affairs"})


def two_bodies(runs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A run cut at "for the" between two bodies' names: "a member of the National Council for the
    Social Democratic Party"; not "Office for the Coordination of Humanitarian Affairs"."""
    out = []
    for run, start in runs:
        both = re.fullmatch(r"(.+?\s([\w’'-]+))\s+for\s+the\s+((?:.+\s)?([\w’'-]+))", run)
        if both and ({both.group(2).lower(), both.group(4).lower()} <= body_words.ORGANISATION_HEADS
                     or both.group(1) in places.country_forms()):  # "a deal with the United Arab Emirates for the"
            out += [(both.group(1), start), (both.group(3), start + both.start(3))]
        else:
            out.append((run, start))
    return out


def without_nationality(name: names.Name, text: str) -> tuple[names.Name, str] | None:
    """A body named by what it is after its country's adjective ("French National Assembly"), that
    the article also names without it ("The National Assembly on Wednesday adopted"): named as the
    article mostly does, the longer form kept as written."""
    adjective, _, rest = name.text.partition(" ")
    if adjective not in places.country_forms() or len(rest.split()) < 2 or not _by_what_it_is(rest):
        return None
    if not re.search(rf"\b[Tt]he\s+{re.escape(rest)}\b", text):
        return None
    return names.Name(rest, name.start + len(adjective) + 1, name.titles, name.countries), name.text


def headed_run(run: str) -> tuple[int, int] | None:
    """Where a body's name ends and its head's or member's begins in one run: "Hanul Silicon CEO Park
    Eun-ji", "Sinn Féin TD Ciarán McGettigan"."""
    head = _HEAD_IN_RUN.match(run)
    before = run[:head.start(1)].split() if head else []
    if not head or before[0] in places.country_forms() or any(
            names.is_title(w.lower()) or w.lower() in names.DESCRIPTORS | {"local"} for w in before) or (
            head.group(2) and before[-1].lower() not in body_words.ORGANISATION_HEADS) or (
            head.group(1) in names.MEMBER_TITLES and any(places.is_place(w) or re.fullmatch(_COMPASS, w.lower())
                                                         for w in before)):
        # "US CEO …", "Former CEO …", "Local SNP MSP …"; "Bundesbank President …" (a body's head only
        # after its last word); "Northern Ontario MP …" (a seat, not a party)
        return None
    return len(" ".join(before)), head.end()


_HEAD_IN_RUN = re.compile(r"(?:[A-Z][\w&’'.-]*\s+){1,4}?(CEO|CFO|COO|CTO|Chief\s+Executive|Chairman|Chairwoman|"
                          rf"Founder|Managing\s+Director|{'|'.join(names.MEMBER_TITLES)}|"  # "Sinn Féin TD Ciarán …"
                          r"(President|Chair|Chairperson|Director))"  # after a body's last word: "… Alliance President"
                          r"\s+(?=[A-Z][\w’'-]+\s+[A-Z])")
