"""How the extractors read a paragraph: found spans, sentences, and runs of capitalised words.

Every extractor returns verbatim slices of a paragraph with their offsets, so a draft passes
`check` as written and later steps can ask what else stands at the same place (a name, a date).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from generator.authoring import places
from generator.corpus.sentences import sentence_spans

# What may open a sentence before its subject: "In a statement, Harborline said …"
OPENING_PHRASE = r"(?:[A-Z][^,.;:“”\"]{0,40},\s+)?"
# What may stand between a name and its verb: "Cordillera, a subsidiary of …, said".
APPOSITION = r"(?:,\s+[^.;:“”\"]{1,100}?,)?"
# What follows a name that speaks, past an apposition.
SAYS = re.compile(rf"{APPOSITION}\s+(?:said|says|added|announced|reported|warned|stated)\b")

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# Abbreviations whose full stop does not end a sentence or a name ("Sen. Catherine Cortez Masto").
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt",
                           "prof", "rev", "hon", "maj", "sgt", "adm", "cmdr", "supt", "insp", "pres", "amb", "no",
                           "brig", "cpl", "pvt", "lieut", "cdr", "gens", "eng",  # "Eng." (an engineer, in the Gulf)
                           "sta", "sto",  # "Sta. Clara Sugar Milling Corp.", "Sto. Niño"
                           "coun", "ald"})  # Toronto's "Coun. Jamaal Whitfield", Chicago's "Ald. Maria Ruiz"
# Lowercase words that may stand inside a name: "Great Hall of the People", "Santiago de Chile".
JOINERS = frozenset({"of", "the", "for", "de", "del", "della", "da", "dos", "das", "du", "la", "le", "van", "von",
                     "der", "den", "bin", "ibn", "al", "y", "&", "di", "dei", "degli", "ap", "af", "zu", "ter",
                     "ten", "bint", "dela", "delos", "o", "do", "e", "des", "pour", "et", "aux", "au", "sur",
                     "ng", "por", "à", "es"})  # "Ramon dela Cruz", "Te Rūnanga o Ngāti Tuara", "Instituto dos Vinhos
# do Douro e do Porto", "Université du Québec à Rimouski", "Union des Démocrates pour la République et le Progrès",
# "Samahan ng Magsasaka ng Gitnang Luzon", "Dar es Salaam"
# Bodies named for what they are on: "the Cabinet Committee on Economic Affairs", "Council on Foreign Relations"
# (not "Trump on Monday": "on" joins nothing else).
_ON_WHAT = frozenset({"Committee", "Subcommittee", "Council", "Commission", "Conference", "Panel", "Board", "Forum",
                      "Institute", "Centre", "Center", "Convention", "Taskforce", "Force", "Office", "Agency"})
# Capital letters, accented ones too, for patterns that start a name: "says Ásgeir Pálsson", "Łukasz".
CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĞĠĢĪĮİŁŃŅŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_OPENERS = "“‘\"'([«„"
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "These", "Those",
                               "But", "And", "In", "On", "At", "Its", "His", "Her", "Their", "There"})
_BODIES_OF_NATIONS = frozenset({"United Nations", "Arab Nations", "First Nations", "United States"})
_NAMES_WITH_POSSESSIVE = frozenset({"People", "Workers", "Women", "Children", "Citizens", "Farmers", "Veterans",
                                    "Seamen", "Men", "Teachers", "Nurses", "Miners", "Employers", "Pensioners"})
_CLOSERS = ",;:)]”\"’'!?»"


@dataclass(frozen=True)
class Found:
    text: str          # verbatim slice of the paragraph
    paragraph: int     # 1-based
    start: int         # offset in the paragraph


def sentence_bounds(paragraph: str, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence of ``paragraph`` that holds ``offset``."""
    for start, end in sentence_spans(paragraph):
        if start <= offset < end:
            return start, end
    return 0, len(paragraph)


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of ``paragraph`` that contains ``offset``."""
    start, end = sentence_bounds(paragraph, offset)
    return paragraph[start:end].strip()


def is_capitalised(word: str) -> bool:
    """'Tayeb', and a name behind a joined particle: 'el-Tayeb', 'al-Sisi', 'bin-Salman', 'd’Allèves'."""
    particle = re.match(r"(?:el|al|ad|as|ash|an|bin|ibn|abu)-|[dl][’']", word)  # and "l’Alternance"
    return bool(word) and (word[0].isupper() or bool(particle and word[particle.end():particle.end() + 1].isupper()))


def is_abbreviation(token: str) -> bool:
    """'Sen.', 'Mr.', 'U.S.', 'J.' keep their full stop inside a name; 'Chile.' ends a sentence."""
    return (token.rstrip(".").lower() in ABBREVIATIONS
            or bool(re.fullmatch(r"(?:[^\W\d_]\.)+", token)))


def name_runs(text: str) -> list[tuple[str, int]]:
    """Runs of capitalised words (with joiners such as 'of the' between them) and their offsets.

    A run stops at punctuation, at a sentence's full stop (not at one of initials or titles), and
    after a possessive ("Taiwan’s President Lai" is two runs), so each run can be one name.
    """
    runs: list[tuple[str, int]] = []
    words: list[tuple[int, int]] = []    # (start, end) of the run's words so far
    joiners: list[tuple[int, int]] = []  # lowercase joiners waiting for the next capitalised word

    def close() -> None:
        if words:
            runs.append((text[words[0][0]:words[-1][1]], words[0][0]))
        words.clear()
        joiners.clear()

    last_end = 0
    for m in re.finditer(r"(?:[A-Z]{2,4}/(?=[A-Z]{2,4}(?![A-Za-z])))?[^\s–—/]+", text):  # "RFE/RL" is one name
        if text[last_end:m.start()].strip():
            close()  # a dash or slash between words
        last_end = m.end()
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip(_OPENERS))
        if lead:
            close()
        start, core = m.start() + lead, raw[lead:]
        possessive = re.search(r"[’']s?$", core) if re.search(r"\w[’']s$|s[’']$", core) else None
        # "People’s Bank of China", "Solvent Extractors' Association": a plural's possessive inside a name
        # and an irregular plural's ("Fishermen’s Association")
        plural = re.search(r"s[’']$|(?:men|[Pp]eople|[Cc]hildren)[’']s$", core)
        plural_inside = bool(plural) and bool(re.match(r"\s+(?:and\s+[A-Z][\w-]*[’']s?\s+)?[A-Z]", text[m.end():])) \
            and re.sub(r"[’']s?$", "", core) not in places.country_forms() and not (  # not "the Philippines' …"
                words and text[words[0][0]:start + len(core) - 1] in _BODIES_OF_NATIONS)  # "United Nations' World …"
        owner = core[:possessive.start() if possessive else 0]
        # "the Ombudsman’s Office", "the Attorney General's Chambers": an office's name, not a country's
        office = owner not in places.country_forms() and bool(  # and "Moody's Investors Service", "King’s College"
            re.match(r"\s+(?:Office|Chambers|Department|(?:[A-Z][\w-]*\s+)?(?:Service|College|Hospital|Infirmary|University|Resort))\b",
                     text[m.end():]))
        saint = bool(re.search(r"\b(?:St\.?|Saint)\s+$", text[:start])) and bool(re.match(r"\s+[A-Z]", text[m.end():]))
        kept = bool(possessive) and (owner in _NAMES_WITH_POSSESSIVE or plural_inside or office or saint)
        if kept:
            possessive = None  # "People’s Bank of China", "Workers’ Party" are one name
        if possessive:
            core = core[:possessive.start()]
        body = core.rstrip(_CLOSERS + ".-")
        if (core.endswith(".") and is_abbreviation(core)) or kept:
            body = core
        if not body:
            close()
            continue
        if words and text[words[-1][1] - 1] == "." and body in _SENTENCE_OPENERS:
            close()  # "… outside the U.S. The company …": the abbreviation ended a sentence
        if re.search(r"[$€£¥₹]", body) or re.fullmatch(r"I[’'](?:m|ve|d|ll)", body):
            close()  # "Bluenose Airways C$620,000": an amount ends a name; so does "told DPW I'm"
            continue
        if re.search(r"-(?:based|listed|owned|backed|run|registered|headquartered)$", body):
            close()  # "the Perth-based company", "Australian-listed Southern Cross": an adjective, not a name
            continue
        numbered = body.isdigit() and not joiners and words and text[words[-1][0]:words[-1][1]] in ("Local", "Lodge")
        if numbered or (is_capitalised(body) and any(c.isalpha() for c in body)):  # a union's "Local 61"
            words.extend(joiners)
            joiners.clear()
            words.append((start, start + len(body)))
        elif words and (body in JOINERS or (body == "on" and _on_what(text, words[-1], m.end()))) and body == core:
            joiners.append((start, start + len(body)))
            if len(joiners) > 2:
                close()
        else:
            close()
        if possessive or body != core:
            close()
    close()
    return runs


def _on_what(text: str, head: tuple[int, int], end: int) -> bool:
    """"on" inside a body's name: after Committee, Council, … and before what it is on, not a day,
    a month or a country ("the Council on Thursday", "the Launch Centre on Brazil’s coast")."""
    after = re.match(r"\s+([A-Z][\w-]*)", text[end:])
    return text[slice(*head)] in _ON_WHAT and after is not None and after.group(1).lower() not in MONTHS \
        and after.group(1).lower() not in WEEKDAYS and after.group(1) not in places.country_forms()


_DATELINE = re.compile(r"\s*[A-Z][A-Z.’' -]+,\s+[^–—\n]{0,60}?\s[–—-]{1,2}\s+")
_PLACE_LINE = re.compile(r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2},\s+(?:[A-Z][\w.’'-]+\s+){1,3}[–—]\s+")
_WIRE_LINE = re.compile(r"[A-Z][\w.’' -]{1,40},\s+[^()\n]{0,40}?\([A-Z][\w&.’' -]{1,30}\)\s*[–—-]{1,2}\s+")
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[—–-]\s+")


def excerpt(sentence: str, limit: int) -> str:
    """A sentence as a draft's label or summary: without its dateline or timestamp, cut at a space
    (never inside a word or a number: "200,0"), the cut marked " …"."""
    words = sentence[after_stamp(sentence, 0):].strip() or sentence
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + " …"


def after_stamp(text: str, start: int) -> int:
    """Where a sentence's own words begin: after a live blog's "16:48 — ", a dateline's "VICTORIA,
    3 May 2027 (Reuters) - ", or, opening the paragraph, one in title case ("Doha, Qatar – ",
    "Nouakchott, March 14, 2028 (AFP) - "), none of which names anyone."""
    stamp = _TIMESTAMP.match(text, start) or _DATELINE.match(text, start) or (
        (_PLACE_LINE.match(text) or _WIRE_LINE.match(text)) if not start else None)
    return stamp.end() if stamp else start
