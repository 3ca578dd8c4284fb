"""Quotations in an article, and the words around each that say who spoke it.

Quotes stand in double or single marks (found by `quote_marks`). A quotation that runs on into the
next paragraph (the paragraph ends inside it, the next opens with a mark) is one quote per
paragraph, the later ones marked as continuing. Who spoke is read from the words around it, in
this order: "X said" or "said X" after it, "X said/told/called …" before it in its sentence,
"according to X", "X: …", a quote standing alone after another (the same speaker), else the
subject of its sentence. `speakers` turns those words into a person or a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.authoring import kinds, names
from generator.authoring.quote_marks import masked, quote_spans
from generator.authoring.saying import (
    ABBREVIATED,
    ADVERBS,
    AS_NOUN,
    CLAUSE_WORDS,
    DAYS,
    DETERMINER,
    DETERMINERS,
    FINITE,
    NOT_IN_SUBJECT,
    OPENERS,
    PARTICIPLES,
    PRONOUNS,
    SPEECH_VERBS,
    TOKEN,
    VERB,
)
from generator.authoring.text import CAPITAL, Found, after_stamp, is_abbreviation, sentence_bounds


@dataclass(frozen=True)
class FoundQuote(Found):
    speaker: str         # the words naming the speaker, as written ("Sir Keir", "she", "the ministry"), or ""
    speaker_start: int   # their offset in the paragraph, or -1
    how: str             # said, subject, follows, continues, none
    runs_on: bool = False  # the quotation opened in the paragraph before ("continues", or "said" at its close)


def find_quotes(paragraphs: tuple[str, ...]) -> list[FoundQuote]:
    """Every quotation, with the words that name its speaker and how they were found."""
    found: list[FoundQuote] = []
    runs_on = False  # the last paragraph ended inside a quotation
    for number, text in enumerate(paragraphs, 1):
        blanked = masked(text)
        spans = quote_spans(text)
        for i, (start, end) in enumerate(spans):
            inner = text[start + 1:end if end is not None else len(text)]
            body = inner.strip().rstrip(",").strip()
            if not any(c.isalnum() for c in body):
                continue
            offset = start + 1 + inner.index(body[:1])
            continued = runs_on and i == 0 and not text[:start].strip()
            speaker, speaker_start, how = _cue(text, blanked, start, end if end is not None else len(text))
            if continued and how not in ("said",):
                speaker, speaker_start, how = "", -1, "continues"
            found.append(FoundQuote(body, number, offset, speaker, speaker_start, how, continued))
        runs_on = bool(spans) and spans[-1][1] is None
    return found


def _cue(text: str, blanked: str, start: int, end: int) -> tuple[str, int, str]:
    """(speaker words, their offset, how) for the quote whose marks stand at ``start`` and ``end``."""
    after_at = end + 1
    after = _after(blanked[after_at:after_at + 200])
    sentence_start = max(sentence_bounds(text, start)[0], _previous_close(text, start))
    sentence_start = after_stamp(blanked, sentence_start)
    before = blanked[sentence_start:start]
    # “… like criminals.” The ministry said …: a quote that ends its sentence is not the next one's.
    ends_sentence = re.search(r"[.!?]\W*$", text[start:end]) and re.match(r"\s+[A-Z]", text[after_at:])
    verb = _last_verb(before)
    cut_in = re.search(r",\s+(he|she|they|we)\s+[a-z][^,;“”\"]*:\s*$", before)  # "As the mayor was …, he cut in:"
    if cut_in and not after:
        return cut_in.group(1), sentence_start + cut_in.start(1), "said"
    # “….” The group said it was considering …: a quote that ends its sentence, then a sentence saying more
    new_statement = ends_sentence and after and _GOES_ON.match(blanked, after_at + after[1] + len(after[0]))
    if after and after[2] not in _REPORTING and not (ends_sentence and verb) and not new_statement:
        return after[0], after_at + after[1], "said"
    if verb:
        words, at = _speaker_of(before, verb)
        outer = _last_verb(before[:verb.start()])
        reported = words[len(outer.group(0)):].split() if outer and outer.start() == at else []
        # "X said Beijing had agreed “…”", "X said the coalition agreement had promised “…”": X
        if outer and 0 < len(reported) <= 3 and (reported[0][:1].isupper() or reported[0].lower() == "the"):
            words, at = _speaker_of(before, outer)
        named = _after(before[verb.start():]) if not words else None  # “…,” said Sharon Zollner, “but …”
        if named:
            words, at = named[0], verb.start() + named[1]
        if words:
            return words, sentence_start + at, "said"
    if after and not new_statement:
        return after[0], after_at + after[1], "said"
    name = rf"(?:[{CAPITAL}][\w’'-]+\s+){{0,3}}[{CAPITAL}][\w’'-]+"
    main = re.match(rf"[^.;“”\"]*?,\s+(he|she|they|it|{name})\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?[a-z]+",
                    blanked[after_at:after_at + 200])
    if _opens_clause(before.strip() or "x") and main:  # "After calling China “…” in April, he later said"
        return main.group(1), after_at + main.start(1), "said"
    according = re.search(r"according to ([^,.;:“”\"]+)(?:,\s+(?:a|an|the)\s[^,“”\"]{1,60})?,?\s*$", before) or \
        re.match(r"\s*According to ([^,.;:“”\"]+(?:,\s+[A-Z][^,.;:“”\"]*)?),", before)  # "According to Ms Saar, the …"
    if according:
        return according.group(1).strip(), sentence_start + according.start(1), "said"
    colon = re.search(rf"((?:{TOKEN}\s+){{0,5}}{TOKEN})\s*:\s*$", before)
    pronoun = re.match(r"\s*(?:As\s+)?([Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+[a-z]", before)  # "As he put it …: “…”"
    if colon and pronoun:  # "She remembers the moment she understood …: “…”"
        return pronoun.group(1), sentence_start + pronoun.start(1), "said"
    if colon and before.split()[0].lower().strip(",") in OPENERS and not re.search(r"\b[A-Z][a-z]+\s+[A-Z]", before):
        return "", -1, "follows"  # "Then, after a moment: “…”": the last speaker goes on
    clip = _CLIP.fullmatch(before)  # a script's "CLIP – Anna Kerr, economist, Harbourline Bank: “…”"
    if colon and clip and _is_proper(clip.group(1)) and _names_someone(clip.group(1)):
        return clip.group(1), sentence_start + clip.start(1), "said"
    as_put = _AS_PUT.match(before)  # "As my co-author Rafael Ortiz-Benn, a seabird ecologist, puts it: ‘…’"
    if as_put and _names_someone(as_put.group(1)):
        return as_put.group(1), sentence_start + as_put.start(1), "said"
    if colon:
        apposition = re.match(r"[^:]*?,\s+[A-Z][^,]*,", before)  # "Its leader, Reto Marti,"
        subject, at = ("", -1) if colon.group(1)[:1].isupper() else \
            _subject(before, apposition.end(), False) if apposition else _subject(before, len(before), True)
        if subject and _names_someone(subject):  # "Its leader, Reto Marti, puts it bluntly: “…”"
            return subject, sentence_start + at, "said"
        return colon.group(1), sentence_start + colon.start(1), "said"
    if not before.strip(" \t—–-(") and not re.match(r"\s*[,;]?\s*[a-z]", blanked[end + 1:end + 4]):
        return _previous_sentence(blanked, sentence_start) or ("", -1, "follows")
    held = re.match(r"\s*For\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),", before)  # "For Luciana Albuquerque,
    if held and _names_someone(held.group(1)):  # who will lead the PT bench, the recount “…”": her view
        return held.group(1), sentence_start + held.start(1), "said"
    words, at = _subject(before, len(before), True)
    return (words, sentence_start + at, "subject") if words else ("", -1, "none")


def _previous_sentence(blanked: str, sentence_start: int) -> tuple[str, int, str] | None:
    """A quote standing alone after a sentence that says who speaks ("…, says Li Wei, an analyst.
    “On paper it works.”"): that sentence's speaker, unless it holds a quote of its own."""
    if sentence_start < 2:
        return None
    start = sentence_bounds(blanked, sentence_start - 2)[0]
    previous = blanked[start:sentence_start]
    verb = _last_verb(previous)
    if verb is None or "_" in previous:
        return None
    named = _after(previous[verb.start():])
    if named and named[0][:1].isupper() and named[2] in ("says", "said"):  # "…, says Li Wei, an analyst."
        return named[0], start + verb.start() + named[1], "said"
    words, at = _speaker_of(previous, verb)  # "Ivanilde Rocha, a lawyer for …, insists that …. “…”"
    if words[:1].isupper() and _names_someone(words) and re.search(r"\bthat\s+\S", previous[verb.end():]):
        return words, start + at, "said"
    if words.lower() in PRONOUNS - {"it", "we"} and verb.group(0) not in PARTICIPLES:
        return words, start + at, "said"  # "…, but she warns of a trade-off. “The money is real …”"
    return None


# (not "… told public broadcaster ZDF.", whose sentence ends with whom it was told)
_GOES_ON = re.compile(r"\s+(?:said|says|added|told(?!\s+[^.,;:“”\"]{1,40}\.(?:\s|$)))\s+"
                      r"(?!on\b|in\b|at\b|during\b|after\b|before\b|when\b|while\b|"
                      r"late\b|earlier\b|later\b|yesterday\b|today\b|last\b|this\b)[a-z]")


_APPOSED = r"(?:[^,“”\"_]|(?<=\d),(?=\d))"  # a character of an apposition: "which represents 1,450 trainers"


# Verbs after which the words are a source's, and a speaker named before the quote comes first:
# "Xi told Trump that …, the Xinhua news agency reported".
_REPORTING = frozenset({"reported", "reports", "according to"})


def _after(after: str) -> tuple[str, int, str] | None:
    """The speaker named right after a quote: "said X", "X said", "X, 46, told", "its president,
    Arnaud Lefèvre, told", "according to X". Returns (words, offset in ``after``, verb)."""
    how = _THAT_IS_HOW.match(after)  # "‘…’ That is how Mr Virtanen describes …", "The warning came from X"
    if how:
        group = 1 if how.group(1) else 2
        return how.group(group), how.start(group), "said"
    said_x = re.match(rf"[\s,—–-]*({VERB})\s+((?:{DETERMINER}\s+)?(?:[a-z-]+\s+){{0,3}}?{ABBREVIATED}"
                      rf"[{CAPITAL}](?:[^,.;:“”\"‘’(]|(?<=\w)[’'](?=\w))*?|he|"  # "Siobhán O’Connell"
                      rf"she|they|"
                      rf"{DETERMINER}\s+[a-z\d](?:[^,.;:“”\"‘’(]|[’'](?=s\b))*?(?:,\s+[A-Z][^,.;:“”\"]*?)?)"
                      rf"(?=\s*[,.;:(]|\s+(?:on|in|at|during|after|before|when|while|to|as|from)\b|$)", after)
    if said_x and _plain(said_x.group(2)) and not _opens_clause(said_x.group(2)) \
            and not _WHEN.fullmatch(said_x.group(2)):
        # "said the president of the … Workers' Union, Claudinei Ferraz.": the office, then who holds it
        held = re.match(rf"{DETERMINER}\s", said_x.group(2)) and \
            re.match(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}(?=\s*[.;]|$)", after[said_x.end(2):])
        return said_x.group(2).strip() + (held.group(0) if held else ""), said_x.start(2), said_x.group(1)
    listed = re.match(rf"[\s,—–-]*({_LISTED_PORTFOLIO})\s+({VERB})\b", after)
    if listed:  # "Minister of Environment, Water and Agriculture Nasser Al-Mutlaq said"
        return listed.group(1), listed.start(1), listed.group(2)
    # "(Greens)" after the name; "Turkish Exporters Assembly (TİM) Chair Nihat Ertürk told": an acronym within
    x_said = re.match(rf"[\s,—–-]*((?:(?:{TOKEN}|\([A-Z][\w-]*\))\s+){{0,9}}?{TOKEN})"
                      rf"(?:\s+\([A-Z][^()“”\"]{{0,30}}\))?"
                      rf"((?:,\s+{_APPOSED}{{1,80}}?){{1,2}},)?\s+"
                      rf"(?:(?:also|later|then|had|has|once|have)\s+)?({VERB})\b", after)
    # "the Minister for Food, Agriculture and Fisheries, Anders Kjærgaard, told": the last part names
    named = x_said and x_said.group(2) and _is_proper(x_said.group(2).strip(" ,").split(",")[-1].strip())
    if x_said and (x_said.group(1).split()[-1].lower() in DETERMINERS  # "“not proportionate” to its stated aims"
                   or re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z]", x_said.group(1))
                   or re.match(r"(?:an?|the)\s+[a-z]+\s+(?:the|an?)\s", x_said.group(1), re.I)):
        # "The warning came from …": a noun, not a verb of saying; nor one in the next sentence; nor
        # "…”, a remark the Ceann Comhairle asked him to moderate": the words' own noun, then who
        x_said = None
    if x_said and (_plain(x_said.group(1)) or (named and "_" not in x_said.group(1))):
        # "Ethiopia’s water and energy minister, Habtamu Tesfaye, told"
        words = x_said.group(1) + (x_said.group(2) or "").rstrip(",")
        return words, x_said.start(1), x_said.group(3)
    according = re.match(r"[\s,—–-]*according to ([^,.;:“”\"]+)", after)
    if according:
        return according.group(1).strip(), according.start(1), "according to"
    return None


# A title whose portfolio lists several with commas, then its holder's name
_LISTED_PORTFOLIO = (r"(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+\s+and\s+"
                     r"[A-Z][\w-]*(?:\s+[A-Z][\w’'.-]*){2,4}")
_AS_PUT = re.compile(r"\s*As\s+(?:(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){1,2}?)?"
                     r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
                     r"(?:,[^,:“”\"]*,)?\s+(?:puts|put|says|said|writes|wrote)\s+it\b")
_WHEN = re.compile(rf"(?:{DAYS}|Today|Yesterday|Tonight)")  # "Ruiz said Monday."
_THAT_IS_HOW = re.compile(rf"\s*(?:(?:That|This|So)(?:[’']s|\s+is|\s+was)\s+how\s+((?:{TOKEN}\s+){{0,4}}?{TOKEN})\s+"
                          r"(?:describes|described|puts|put|sees|saw|sums|summed|explains|explained|"
                          r"characteri[sz]es|characteri[sz]ed)\b|"
                          # "The warning came from Dilnoza Rakhimova, head of …"
                          r"(?:The|That|This)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:came|comes)\s+from\s+"
                          rf"((?:{TOKEN}\s+){{0,4}}?{TOKEN})(?=[,.;]|\s+(?:of|at|who|in|on)\b))")


def _plain(words: str) -> bool:
    """Words that can name a speaker: not a quote's blanks, not a clause."""
    tokens = words.split()
    joined = {i for i, t in enumerate(tokens) if t == "and" and 0 < i < len(tokens) - 1 and (
        (tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper())  # "Water and Irrigation Minister"
        or (names.is_title(tokens[i - 1].lower()) and names.is_title(tokens[i + 1].lower())))}  # "cofounder and CEO"
    return bool(tokens) and "_" not in words and not any(
        t.lower() in CLAUSE_WORDS and i not in joined for i, t in enumerate(tokens)) and all(
        not t.endswith(".") or is_abbreviation(t) for t in tokens[:-1])


def _previous_close(text: str, start: int) -> int:
    """Just after the last quote that closed before ``start`` with the end of a sentence in it."""
    last = 0
    for open_, close in quote_spans(text):
        if close is not None and close < start and re.search(r"[.!?]\W*$", text[open_:close]):
            last = close + 1
    return last


def _last_verb(before: str) -> re.Match[str] | None:
    matches = list(re.finditer(rf"(?<![\w’'-]){AS_NOUN}(?:{VERB})\b", before))
    return matches[-1] if matches else None


def _speaker_of(before: str, verb: re.Match[str]) -> tuple[str, int]:
    """Who does the verb of saying: the agent of a passive ("described by some officials as"); for
    a participle ("…, adding that") or a verb after "and" or "but", whoever does the verb of saying
    before it in the sentence, else the sentence's subject."""
    agent = re.match(r"\s+by\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+as\b", before[verb.end():])
    if agent:
        return agent.group(1), verb.end() + agent.start(1)
    coordinated = re.search(r"\b(?:and|but|or|yet|then)\s+(?:[a-z]+ly\s+|also\s+)?$", before[:verb.start()])
    if verb.group(0) not in PARTICIPLES and not coordinated:  # "he said …, but admitted that": he
        return _subject(before, verb.start(), False)
    clause = re.search(r"(?:\band|\bbut|;)\s+((?:the\s+)?[A-Z][^,;]*?)\s+(?:has|have|had|was|is|were|are)\s[^;]*$",
                       before[:verb.start()])
    if verb.group(0) in PARTICIPLES and clause:  # "…, and the Constitutional Court has given it time, ruling"
        return clause.group(1), clause.start(1)
    finite = [m for m in re.finditer(rf"(?<![\w’'-])(?:{VERB})\b", before[:verb.start()])
              if m.group(0) not in PARTICIPLES]
    if finite:
        return _subject(before, finite[-1].start(), False)
    pronoun = re.match(r"\s*(He|She|It|They|We)\s+(?:[a-z]+ly\s+)?[a-z]", before)  # "It did not …, but said"
    return (pronoun.group(1), pronoun.start(1)) if pronoun else _subject(before, verb.start(), True)


def _subject(before: str, at: int, of_sentence: bool) -> tuple[str, int]:
    """The words that name who does the verb at ``at``: those just before it, or, when they are set
    off by commas ("Lee, for his part, said"; "its president, Arnaud Lefèvre, told"), the part that
    names someone; for a whole sentence, its subject. Returns the words and their offset."""
    head = before[:at]
    antecedent = _WHO.search(head)
    if antecedent and not of_sentence:  # "President Levent Arslan, who once called …": the one named
        # "Kanokwan Srisuk, an economist at … in Bangkok, who said": the one the apposition describes
        apposed = _APPOSED_WHO.search(head[:antecedent.start(1)])
        found = apposed if apposed and re.search(r"\b(?:in|at|of|for|from)\s+$", head[:antecedent.start(1)]) \
            else antecedent
        member = _MEMBER_OF.search(head[:antecedent.start(1)])  # "Gloria Atuhaire of the Attorney General's
        if found is antecedent and member and kinds.kind_of(antecedent.group(1)) == "organisations":  # Chambers, who"
            found = member
        return found.group(1), found.start(1)
    trimmed = head.rstrip()
    words = trimmed.split()
    while words and (words[-1].lower() in ADVERBS or (words[-1].endswith("ly") and words[-1].islower())):
        trimmed = trimmed[:trimmed.rfind(words[-1])].rstrip()
        words = words[:-1]
    if not of_sentence and len(words) > 1 and words[-1].lower() in PRONOUNS:  # "X said on Friday she had asked"
        return words[-1], trimmed.rfind(words[-1])
    if of_sentence or trimmed.endswith(","):
        parts = [(_JOINED.sub("", re.sub(r"^whose\s+", "", m.group(0).strip())), m.start())  # "80,000": one part;
                 for m in re.finditer(r"(?:[^,]|(?<=\d),(?=\d))+", trimmed) if m.group(0).strip()]  # "whose … X"
        naming = [p for p in parts if _names_someone(p[0])]
        if not parts:
            return "", -1
        if len(naming) > 1 and not of_sentence:  # "Norma Ibarra, the Supreme Court’s chief justice, told":
            start = head.find(naming[0][0])        # the whole, for `speakers` to find the name in it
            return head[start:head.find(naming[-1][0], start) + len(naming[-1][0])], start
        if naming and not of_sentence:
            part, _ = naming[-1]
        elif len(naming) > 1 and re.match(r"(?i)(?:an?|the)\s", naming[0][0]) and _is_proper(naming[1][0]):
            part = naming[1][0]  # "A spokesman for the ruling council, Major General Kyaw Zin Hlaing, rejected"
        elif naming:
            part = _leading_phrase(naming[0][0])
        else:
            part = _leading_phrase(next((p for p, _ in parts if not _opens_clause(p) and (  # not "traditionally its"
                p[:1].isupper() or p.split()[0] in DETERMINERS)), ""))
        return (part, head.find(part)) if part and "_" not in part else ("", -1)
    relative = re.search(r",?\s+(?:which|who|that)$", trimmed)
    if relative:  # "…’s 2019 Indo-Pacific strategy, which labelled China a …": the words it refers to
        trimmed = trimmed[:relative.start()]
    tokens = list(re.finditer(r"\S+", trimmed))
    first = len(tokens)
    while first > 0 and len(tokens) - first < 10:
        token = tokens[first - 1].group(0)
        inside_name = token == "and" and first < len(tokens) and first > 1 and \
            tokens[first].group(0)[:1].isupper() and tokens[first - 2].group(0)[:1].isupper()
        if (token.lower() in CLAUSE_WORDS and not inside_name) or "_" in token or \
                re.search(r"[,;:“”\"—–]$", token) or (token.endswith(".") and not is_abbreviation(token)):
            break
        first -= 1
    if first == len(tokens):
        return "", -1
    start = tokens[first].start()
    listed = _LISTED.search(trimmed[:start]) if _LIST_END.match(trimmed[start:]) else None
    start = listed.start() if listed else start  # "the Ministry of Land, Infrastructure, Transport and Tourism"
    return trimmed[start:], start


# A body's name that lists its fields: the words before the comma it was cut at, and the words after.
_LISTED = re.compile(r"(?:[A-Z][\w’'-]*\s+)+(?:of|for)\s+(?:[A-Z][\w’'-]*,\s+)+$")
_LIST_END = re.compile(r"(?:[A-Z][\w’'-]*\s+)*and\s+[A-Z][\w’'-]*(?:\s+\([A-Z]+\))?$")


def _opens_clause(part: str) -> bool:
    """A part that opens with a preposition or a sentence adverb names no one ("In Paris", "Now")."""
    first = part.split()[0].lower().strip(",;:")
    return first in OPENERS or (first in names.SENTENCE_WORDS and first not in DETERMINERS)


# "…, but Türk-İş, the country's largest union confederation, says": the conjunction is not the name.
_JOINED = re.compile(r"^(?:but|and|yet|while|whereas)\s+(?=[A-Z])")


def _is_proper(part: str) -> bool:
    """A name rather than a description: every word capitalised but a name's joining words."""
    return all(w[:1].isupper() or w in ("of", "de", "del", "da", "van", "von", "the", "for", "and", "al", "bin")
               for w in part.split())


# A label line: a name, then what they are, set off by commas, then a colon; after a script's cue in capitals
_CLIP = re.compile(r"\s*(?:[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*[–—:-]\s*)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
                   r"(?:,\s+[^,:“”\"]{1,60}){1,3}:\s*")
_MEMBER_OF = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?$")
_APPOSED_WHO = re.compile(rf"((?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'-]*),\s+(?:an?|the)\s+{_APPOSED}{{1,120}}$")
_WHO = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),?\s+who(?:\s+(?:[a-z]+ly|once|also|later|has|had|"
                  rf"have|then|previously|again|(?:last|this|earlier\s+this)\s+(?:week|month|year|{DAYS})|on\s+(?:{DAYS})))*"
                  r"\s*$")  # "Gergely Tompa, who last week called"


def _names_someone(part: str) -> bool:
    """A comma-separated part that names someone: 'Katrin Vogel', 'the FNSEA', 'The SPD’s leader',
    'its National Water Commission'; not 'In Paris', '52', 'a member of the party', a party and
    district ('R-Dripping Springs'), nor a clause ('Mexico will take 80,000 acre-feet less')."""
    words = part.split()
    if not words or _opens_clause(part) or "_" in part or words[0].lower() in ("who", "which", "that") or \
            names.PARTY_AND_DISTRICT.match(part) or \
            any(w in FINITE for w in words[1:]):
        return False
    if words[0].lower() in ("the", "its", "their", "his", "her") and len(words) > 1:
        return words[1][:1].isupper()
    # "rural affairs spokesman Douglas Rennie"; not "led by retired judge Avril Thorne"
    titled = re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}?([a-z]+)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+)+", part)
    return words[0][:1].isupper() or bool(titled and names.is_title(titled.group(1)) and not re.search(
        r"\b(?:by|of|with|for|to|from|at|in|on)\b|^\w+ed\b", part))


def _leading_phrase(part: str) -> str:
    """The sentence's opening noun phrase ("Chinese state media", "Foreign policy expert Cui Shoujun
    of China’s Renmin University"): its words up to the first that is a verb's or starts a clause."""
    out: list[str] = []
    for word in part.split():
        bare = word.lower().strip(",;:")
        if out and (bare in NOT_IN_SUBJECT or bare in SPEECH_VERBS or re.fullmatch(r"[a-z]+ed", bare)):
            break
        out.append(word)
        if len(out) >= 10 or word.endswith((",", ";", ":")):
            break
    phrase = " ".join(out).strip(" ,;:")
    return phrase if phrase and "_" not in phrase else ""
