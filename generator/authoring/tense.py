"""Whether a sentence tells a date as past or still to come: by the date's own words ("next",
"last", "until"), else by the nearest word of tense in its clause. Which Thursday or which March a
date without its year is depends on it, and an event still to come is marked so.
"""

from __future__ import annotations

import re

from generator.authoring.quote_marks import masked, quote_spans
from generator.authoring.text import sentence_bounds

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ITS_DAY = rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?"  # a weekday before a date is the date's: "On Saturday, July 8, the …"
# Words that tell what follows as still to come, and words that tell it as done.
_FUTURE = re.compile(r"(?<![\w-])(?:will|would|shall|’ll|'ll|due|set to|scheduled|plans?|planned|planning|"
                     r"(?:have|has|need|needs) to|"
                     r"expected|expects|upcoming|coming|next|to be held|is to|are to|aims?|intends?|hopes?|"
                     r"ahead of|until|"
                     r"forthcoming|later|"
                     # the present of a scheduled event: "The board meets on Monday"
                     r"meets|votes|sits|convenes|reconvenes|resumes|travels|opens|starts|begins|returns|reopens|"
                     r"expires)\b", re.I)
_PAST = re.compile(r"(?<![\w-])(?:was|were|had|did|has|have|been|ago|earlier|previously|since|[a-z]{2,}ed|said|told|"
                   r"met|left|took|made|won|lost|fell|rose|went|came|gave|held|saw|spoke|flew|ran|began|became|"
                   r"brought|bought|sent|spent|built|kept|led|paid|sold|stood|struck|wrote|thought|found|got|"
                   r"hit|grew|shrank|drew|chose|froze|broke|swore|overtook|undertook|sank|slid|sought|fought)\b",
                   re.I)


def told_as_future(text: str, start: int, end: int) -> bool | None:
    """Whether the date is told as still to come: by its own words ("next", "last"), else by the
    nearest word of tense before it (else after it) in its clause; None when nothing tells.
    A date inside a quotation is read in the quotation's words, one outside it without them."""
    own = re.sub(ITS_DAY, "", text[start:end], count=1).split()[0].lower()  # "Monday, Aug. 30": "aug."
    if own in ("next", "coming", "upcoming", "tomorrow", "later", "following"):
        return True
    if own in ("last", "since", "yesterday", "earlier", "previous", "past") or re.search(
            r"\b(?:dating|going|stretching)\s+back\s+$", text[:start]):
        return False  # "allowances dating back to December"
    if re.search(r"\b(?:starting|effective)\s+(?:in\s+|on\s+|from\s+)?$", text[:start]) or (
            re.search(r"\b(?:beginning|commencing)\s+$", text[:start]) and re.match(WEEKDAY, text[start:end])):
        return True  # "public hearings … starting Monday", "cut … starting in September"
    s, e = sentence_bounds(text, start)
    quoted = any(q < start and (c is None or start < c) for q, c in quote_spans(text))
    words = text if quoted else masked(text)
    before, after = words[s:start], words[end:e]
    if (own == "by" and not before.strip()) or re.fullmatch(r"\s*By\s+", before):
        return _tense("", after) is not False  # "By Wednesday evening, the shelters were full": as told
    clause = _last_clause(before)
    if own in ("until", "till") and _DONE_UNTIL.search(clause):
        return False  # "had been shipped … until Saturday": done by then (not "has until Monday to appeal",
        # "had expected the bank to hold rates until September")
    if own in ("by", "until", "till") or re.search(r"\b(?:next|by|until|till|ahead of|upcoming|coming|before|"
                                           r"as (?:early|soon) as)\s+(?:the\s+)?(?:end(?:\s+of)?\s+)?$", before, re.I):
        # "had started crushing by Monday evening": done by then, not still to come; but "had ordered
        # the commission to report by Aug. 1" is
        done = re.search(r"\bhad\s+(?:not\s+|already\s+|yet\s+)?\w+(?:ed|en|un|wn)\b"
                         r"(?:(?!\b(?:will|would|to|shall|should|must|could|can)\b)[^,;])*$", before)
        return not (done and (own == "by" or re.search(r"\bby\s+(?:the\s+)?$", before)))
    event = re.search(r"\b(?:meeting|talks|vote|hearing|summit|session|ceremony|deadline)\s+(on\s+)?$", before)
    # "must register … from January"; not "ran from Sunday", nor "must fall 42% from 2019 levels"
    led = own in ("for", "from") and not _past(before[-12:]) and not re.match(r"\w+\s+\d{4}\b", text[start:end])
    if re.search(r"\b(?:for|from)\s+$", before) or led or (event and (event.group(1) or own == "on")):
        # "strikes for 14 October", "a stoppage from 5 August", "has called a meeting on Thursday": the verb
        # before tells nothing of the date, unless it is of the future ("should decrease … from July")
        return True if _TO_COME.search(clause) else None
    told = _tense(clause, re.split(r"[,;:—–)]", after, maxsplit=1)[0])
    if told is not None or own in ("until", "till"):
        return told
    listed = _LISTED.match(clause)  # "began complaining of nausea, cramps and diarrhea on Friday": the list's verb
    if listed:
        return _tense(_last_clause(before[:len(before) - len(clause)].rstrip(", ")), "")
    verb = re.match(r",\s+(?:[a-z]+ly\s+)?(?:said|says|told|announced|added|reported|confirmed|warned|wrote|will|"
                    r"would|was|were|had|has)\b", after)  # "The DAE, in a statement on Thursday, said": its verb
    return _tense("", verb.group(0)) if verb else None


# The last items of a list, after its comma: "…, stomach cramps and diarrhea"
_LISTED = re.compile(r"\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+$")


# A pluperfect, not one with an infinitive after it: "had been shipped … until", not "had expected … to hold … until"
_DONE_UNTIL = re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en|wn)\b(?![^,;]*\bto\s+(?!(?:the|a|an|its|their)\b)[a-z])")
# What ends a clause before a date; not the comma of a number ("3,870 palms")
_CLAUSE_BREAK = re.compile(r"[;:—–(]|,(?!\d)")


def _last_clause(text: str) -> str:
    """The words after the last break of a clause."""
    return text[max((m.end() for m in _CLAUSE_BREAK.finditer(_unbracketed(text))), default=0):]


def _unbracketed(text: str) -> str:
    """The text with each parenthesis closed before its end blanked out: "worth SR1.7 billion ($453
    million) between January and June" is one clause."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


_TO_COME = re.compile(r"\b(?:will|would|shall|should|must|could|might|scheduled|slated|due|set\s+to|expected)\b"
                      r"|[’']ll\b")  # what tells a date "for" or "from" as still to come


def _tense(before: str, after: str) -> bool | None:
    """The tense of the word nearest before (else after) the date; a word of both is of the future."""
    cues = [(m.end(), True) for m in [*_future(before), *_PROMISED.finditer(before)]] + \
        [(m.end(), False) for m in _past(before)]
    if cues:
        return max(cues)[1]
    later = [(m.start(), True) for m in _future(after)] + [(m.start(), False) for m in _past(after)]
    return min(later, key=lambda c: (c[0], not c[1]))[1] if later else None


_BEFORE_ADJECTIVE = re.compile(r"(?:\b(?:a|an|the|this|that|these|those|its|their|his|her|our|newly|recently|two|"
                               r"three|four|five|six|seven|eight|nine|ten|several|many|"
                               r"for|of|with|from|among|against)|\d)\s+$", re.I)  # "funds for affected growers"


def _future(text: str) -> list[re.Match[str]]:
    """Words of the future, not a noun after its determiner ("spoke against the plan during Monday's …")."""
    return [m for m in _FUTURE.finditer(text) if not (m.group(0).lower() in _NOUNS_TOO and _DETERMINER_BEFORE.search(
        text[max(0, m.start() - 8):m.start()]) and not re.match(r"\s+to\s", text[m.end():]))]  # "a plan to close …"


# A deed still to come, when the date is the deed's: "threatened to strike on Monday" (not "on Monday
# threatened to strike", when the threat was made)
_PROMISED = re.compile(r"\b(?:threaten(?:s|ed)?|vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed))\s+(?:to|an?|the)\b"
                       r"(?![^,;]*\bas\s+recently\b)", re.I)  # "has promised a review in May"
_NOUNS_TOO = frozenset({"plan", "plans", "aim", "aims", "hope", "hopes", "votes"})
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)


def _past(text: str) -> list[re.Match[str]]:
    """Words of the past tense, not a participle used as an adjective ("two televised debates") or
    after "be", whose tense is told before it ("is due to be signed", "will be held"), or after a verb of
    the present ("remains closed"); one right before the date is a verb ("the season that opened on Friday")."""
    return [m for m in _PAST.finditer(text) if not (_adjective(text, m) or _PRESENT_BEFORE.search(text[:m.start()])
                                                     or _HAVING.match(text, m.start()))]


# "has" and "have" as possession, no perfect: "we have 140 nurses arriving … in September"
_HAVING = re.compile(r"(?i:has|have)\s+(?:\d|(?:a|an|the|no|some|more|many|several|enough)\b)")


def _adjective(text: str, word: re.Match[str]) -> bool:
    return word.group(0).endswith("ed") and bool(text[word.end():].strip()) and bool(
        _BEFORE_ADJECTIVE.search(text[max(0, word.start() - 12):word.start()]) or
        _AFTER_MODAL.search(text[max(0, word.start() - 40):word.start()]))


# A verb after a modal, then a participle that is its object's adjective: "will present revised estimates"
_AFTER_MODAL = re.compile(r"\b(?:will|would|shall|must|should|could|can|to|[’']ll)\s+(?:not\s+)?[a-z]+\s+$", re.I)


_PRESENT_BEFORE = re.compile(r"\b(?:be|is|are|remains?|stays?)\s+$", re.I)
