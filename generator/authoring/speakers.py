"""Who spoke each quote: a person's id, or a label for an organisation, a government, an outlet,
or an unnamed speaker ("senior government official"); `speaker` ids are people only.

The words `quotes` found are read against every mention of the article's people (`people`): by
full name, alias, surname or first name ("Matthei", "Sir Keir"), with their titles ("Mr Xi", "the
Prime Minister" → the person last named with that title). A pronoun is the person last named, the
subject of a sentence first, in the same paragraph before the quote or else the paragraph before;
a quote running on from the paragraph before keeps the previous speaker, and so does one standing
alone, unless the sentence before it has someone else for its subject ("… Pettifer said the
closures were a false economy. ‘…’").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.authoring import bodies, holders, names, places
from generator.authoring.entities import Mention
from generator.authoring.people import KIN_SEX, People, is_subject
from generator.authoring.quote_marks import quote_spans
from generator.authoring.quotes import FoundQuote
from generator.authoring.saying import PRONOUNS, SAID_NEXT
from generator.authoring.tense import WEEKDAY
from generator.authoring.text import APPOSITION, sentence_at, sentence_bounds
from generator.authoring.unnamed import unnamed_before


@dataclass(frozen=True)
class Speaker:
    person: str | None   # a person's id
    label: str | None    # how the article names a speaker who is not a person of the draft


NOBODY = Speaker(None, None)


def attribute(quotes: list[FoundQuote], people: People, others: list[Mention]) -> list[Speaker]:
    """The speaker of each quote, in order; ``others`` are the mentions of organisations and countries."""
    result: list[Speaker] = []
    resolved: dict[str, str] = {}  # descriptor → the organisation it was found to stand for
    for i, found in enumerate(quotes):
        # "Ms Borg, whom he accused of ‘…’": he; "On Wednesday she …": she
        relative = _RELATIVE.match(found.speaker) or _WHEN.match(found.speaker)
        quote = replace(found, speaker=found.speaker[relative.end():], speaker_start=found.speaker_start
                        + relative.end()) if relative else found
        previous = result[-1] if result else NOBODY
        near = _goes_on(quotes, i, people.paragraphs)
        if quote.how == "continues":
            result.append(previous if near else _set_up(quote, people))
        elif quote.how == "follows" and (subject := _opening_pronoun(people.paragraphs[quote.paragraph - 1],
                                                                     quote.start - 2, quote.start)):
            # "On Hallam, she is generous. ‘Sir Geoffrey built …’": hers
            result.append(_pronoun(replace(quote, speaker=subject.group(1), speaker_start=subject.start(1)),
                                   people, others, previous))
        elif quote.how == "follows":  # "… Graham Pettifer, said the closures were a false economy. ¶ ‘…’": his
            set_up = _set_up(quote, people)
            result.append(set_up if set_up.person or not near else previous)
        elif quote.speaker.lower() == "it" and previous.label and quotes[i - 1].paragraph == quote.paragraph:
            result.append(previous)  # "“…,” the ministry said in a statement. It added that …": the ministry
        elif quote.speaker.lower() in PRONOUNS:
            result.append(_pronoun(quote, people, others, previous, quotes[_opened(quotes, i)].paragraph))
        elif quote.speaker:
            result.append(_named(quote, people, others, resolved))
        else:
            result.append(NOBODY)
    return _repeated(quotes, _closing(quotes, result))


def _opened(quotes: list[FoundQuote], i: int) -> int:
    """The index of the piece where the quotation holding ``quotes[i]`` opened, paragraphs before."""
    while i > 0 and quotes[i].runs_on and quotes[i - 1].paragraph == quotes[i].paragraph - 1:
        i -= 1
    return i


def _closing(quotes: list[FoundQuote], speakers: list[Speaker]) -> list[Speaker]:
    """A quotation carried over paragraphs is the speaker's its close names ("… I call it
    weaving,” she said."), in every piece that names no one."""
    result = list(speakers)
    for i in reversed(range(len(quotes))):
        if quotes[i].runs_on and quotes[i].how == "said" and result[i] != NOBODY:
            for j in range(_opened(quotes, i), i):
                result[j] = result[j] if result[j] != NOBODY else result[i]
    return result


def _goes_on(quotes: list[FoundQuote], i: int, paragraphs: tuple[str, ...]) -> bool:
    """Whether the quote may go on from the one before: it is in the same paragraph or the next, or
    only an interviewer's questions stand between ("What does the job involve, day to day?")."""
    return i > 0 and all(_QUESTION.fullmatch(paragraphs[k - 1].strip())
                         for k in range(quotes[i - 1].paragraph + 1, quotes[i].paragraph))


_QUESTION = re.compile(r"[^“”\"‘’.!?]{3,200}\?")


def _repeated(quotes: list[FoundQuote], speakers: list[Speaker]) -> list[Speaker]:
    """A quote told by no verb of saying (a headline's ‘no good options’ budget) that the story
    quotes again with its speaker is theirs; so is a headline's quote that a person's quote later
    holds (‘We tried everything’ of "We tried everything, but …", whatever the headline's kicker)."""
    said = {q.text.casefold(): s for q, s in zip(quotes, speakers, strict=True) if q.how == "said" and s != NOBODY}
    result = [said.get(q.text.casefold(), s) if q.how in ("subject", "none") else s
              for q, s in zip(quotes, speakers, strict=True)]
    for i, q in enumerate(quotes):
        words = _words(q.text)
        if q.paragraph == 1 and not result[i].person and words:
            result[i] = next((s for other, s in zip(quotes, result, strict=True) if other.paragraph > 1
                              and s.person and f" {words} " in f" {_words(other.text)} "), result[i])
    return result


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w’']+", text.casefold()))


def _set_up(quote: FoundQuote, people: People) -> Speaker:
    """A quote that opens its paragraph with nothing to say who speaks, after a paragraph whose last
    sentence, holding no quote, has a person for its subject: "… Cllr Peter Ashworth, went further." """
    if quote.start > 2:  # "… chairman Bruce Dunlop said residents had run out of patience. “Every time …”": his
        text = people.paragraphs[quote.paragraph - 1]
        last = sentence_bounds(text, len(text[:quote.start - 1].rstrip()) - 1)[0]
        spoke = [m for m in people.before(quote.paragraph, quote.start)
                 if m[1] >= last and _SAID_PAST_APPOSITION.match(text, m[2])
                 ] if not quote_spans(text[last:quote.start - 1]) else []  # "Dr Anna Berg, a researcher, said …. “…”"
        return Speaker(spoke[0][3], None) if spoke else NOBODY
    if quote.paragraph < 2:
        return NOBODY
    text = people.paragraphs[quote.paragraph - 2]
    last = sentence_bounds(text, max(len(text.rstrip()) - 2, 0))[0]
    if quote_spans(text[last:]):
        return NOBODY
    named = [m for m in people.before(quote.paragraph - 1, 1 << 30) if m[1] >= last]
    subjects = [m for m in named if is_subject(text, m[1])]
    if not subjects and len({m[3] for m in named}) == 1 and quote.how == "follows":
        subjects = named  # "Not everyone is convinced, among them Malika Yusupova, an analyst …. ¶ “…”"
    return Speaker(subjects[0][3], None) if subjects else NOBODY


def _pronoun(quote: FoundQuote, people: People, others: list[Mention], previous: Speaker,
             opened: int = 0) -> Speaker:
    """The person a pronoun stands for, looked for before the quotation (``opened``: the paragraph
    where it opened, if before its own)."""
    pronoun = quote.speaker.lower()
    if pronoun in ("he", "she"):
        unlike = "m" if pronoun == "she" else "f"  # "Ms Ellison … her MP, Daniel Osei … she said": not Osei
        # "She has also programmed … by Čiurlionis, …, which she says ‘…’": the sentence's own subject
        opening = _opening_pronoun(people.paragraphs[quote.paragraph - 1], quote.speaker_start, quote.speaker_start)
        same = opening.start(1) if opening and opening.group(1).lower() == pronoun else quote.speaker_start
        for paragraph, until in _back(quote.paragraph, same, _PRONOUN_FORMS[pronoun], people.paragraphs,
                                      opened or quote.paragraph):
            unnamed = unnamed_before(people, paragraph, until)
            if unnamed:  # "A spokeswoman for the Presidential Administration said …, what she called ‘…’": the body
                body = bodies.SPOKESPERSON_FOR.sub("", unnamed)  # and "A Marlowe spokeswoman said …. “…,” she said"
                body = re.sub(rf"^(?:An?|One|Another)\s+(?=[A-Z]|[a-z]+\s+{bodies.SPOKESPERSON}$)(.+?)\s+"
                              rf"{bodies.SPOKESPERSON}$", r"\1", body)  # "A company spokesman said …. “…,” he added"
                return Speaker(None, (body != unnamed and bodies.speaks_for(
                    body, quote.paragraph, quote.speaker_start, people, others)) or unnamed)
            text = people.paragraphs[paragraph - 1]
            named = sorted([*people.before(paragraph, until), *holders.referred(people, paragraph, until)])
            mentions = [m for m in named if people.sexes.get(m[3]) != unlike and not _someone_else(pronoun, text, m)]
            subjects = [m for m in mentions if is_subject(text, m[1])]
            # "party spokesman Fergal Tierney insisted Madden had been picked": who spoke, not whom he spoke of
            spoke = [m for m in mentions if SAID_NEXT.match(text, m[2])]
            going_on = _OPENING_PRONOUN.match(text)  # "She did not always … under Henrik Dahl, …": not Dahl
            if not (subjects or spoke) and going_on and going_on.group(1).lower() == pronoun and mentions and \
                    going_on.start(1) < mentions[0][1] and paragraph != quote.paragraph:
                continue
            if subjects or spoke or mentions:
                return Speaker((subjects or spoke or mentions)[-1][3], None)
        return previous if previous.person else NOBODY
    if pronoun == "it":  # the body named last before, in this paragraph, else in the one before
        for paragraph, until in ((quote.paragraph, quote.speaker_start), (quote.paragraph - 1, 1 << 30)):
            if paragraph > 0 and (it := bodies.named_before(paragraph, until, people, others)):
                return Speaker(None, it)
    staff = list(_STAFF_AT.finditer(people.paragraphs[quote.paragraph - 1][:quote.speaker_start]))
    if pronoun == "they" and staff:  # "Analysts at Nordhavn Securities said …. “…,” they wrote": the firm's
        return Speaker(None, staff[-1].group(1))
    return previous if previous.label else NOBODY


_STAFF_AT = re.compile(r"\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ee]xecutives|[Ss]cientists)\s+"
                       r"(?:at|from|with)\s+(?:the\s+)?([A-Z][\w&’'.-]*(?:\s+(?:of\s+)?[A-Z][\w&’'.-]*)*)")


def _back(paragraph: int, until: int, pronoun: str, paragraphs: tuple[str, ...],
          opened: int) -> Iterator[tuple[int, int]]:
    """Where a pronoun's person may be named, nearest first: its paragraph up to ``until``, then
    the one before the quotation ``opened`` in, and further back while the paragraph just read
    names no one but goes on with the pronoun ("Pritchard … has agreed to sell. / The fan, 71, was
    close to tears as he broke the news. / “…,” he said")."""
    yield paragraph, until
    number = opened - 1
    while number > 0:
        yield number, 1 << 30
        if not re.search(pronoun, paragraphs[number - 1]):
            return
        number -= 1


def _opening_pronoun(text: str, position: int, before: int) -> re.Match[str] | None:
    """The subject pronoun that opens the sentence at ``position``, after a short opening phrase
    ("She has also …", "On Hallam, she is generous."), if it comes before ``before``."""
    start = sentence_bounds(text, max(position, 0))[0]
    opening = _OPENING_PRONOUN.match(text, start)
    return opening if opening and opening.start(1) < before and not quote_spans(text[start:before]) else None


_OPENING_PRONOUN = re.compile(r"(?:[^,.;:!?“”‘’\"]{1,40},\s+)?([Hh]e|[Ss]he)\b")
# Nouns a report calls someone it has named: "the glamorous mum", "the mother-of-three", "the star".
_SEXED = {"mum": "she", "mother": "she", "grandmother": "she", "widow": "she", "actress": "she", "woman": "she",
          "girl": "she", "dad": "he", "father": "he", "grandfather": "he", "widower": "he", "actor": "he", "man": "he",
          "boy": "he"}
_ANAPHOR = re.compile(rf"(?i:the)\s+(?:[a-z-]+\s+){{0,2}}({'|'.join(_SEXED)}|star|presenter|singer|veteran|pensioner|"
                      r"teenager|youngster)(?:-of-[a-z]+)?")
# A party's member, who is the person named last: "the Labour MP said", "the PT councillor-elect said"
_MEMBER = re.compile(rf"(?i:the)\s+(?:[A-Z][\w-]*\s+){{1,2}}(?:{'|'.join(names.MEMBER_TITLES)}|(?i:senator|congressman|"
                     r"congresswoman|lawmaker|legislator|councillor|councilor|deputy))(?:-elect)?")


def _someone_else(pronoun: str, text: str, mention: tuple[int, int, int, str]) -> bool:
    """Whether the sentence makes the person named someone the pronoun is not: "Her successor, Tyler
    Modeste, has worked under her"; "she worked with her husband, the sculptor Miloš Kohout" (not
    "His nephew, Nurlan Toktogulov, chairs …", whom "he" goes on to mean)."""
    start, end = sentence_bounds(text, mention[1])
    owned = _OWNED[pronoun].search(text[start:mention[1]])
    obj = _OBJECT[pronoun].search(text, mention[2], end)
    return bool((obj and not _CLAUSE.search(text, mention[2], obj.start())) or (owned and owned.start() > 0))


# "her husband, the sculptor": whose the person is; "under her for nine seasons": the object, not the subject
# (a person's: not "Back at her trailer, Darlene pointed")
_OTHERS = "|".join([*KIN_SEX, "successor", "predecessor", "colleague", "friend", "partner", "boss", "deputy",
                    "assistant", "lawyer", "agent", "rival", "opponent", "neighbou?r", "student", "mentor", "aide",
                    "advis[eo]r", "fiancée?", "spokes(?:man|woman|person)", "co-star", "teammate"])
_OWNED = {pronoun: re.compile(rf"\b{owner}\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_OTHERS})s?,?\s+(?:the\s+"
                              r"(?:[a-z][\w-]*\s+){0,2})?$")
          for pronoun, owner in (("he", "[Hh]is"), ("she", "[Hh]er"))}
# Words that open another clause, where the pronoun may be the subject's own: "X said her landlord told her"
_CLAUSE = re.compile(r"\b(?:said|says|say|told|tells|that|who|whom|which|whose|because|and|but|or|when|while|as|if|"
                     r"after|before|since|until|although|though|so)\b")
_OBJECT = {"he": re.compile(r"\bhim\b"), "she": re.compile(r"\bher\b(?=\s*(?:[,.;:!?]|$)|\s+(?:for|to|in|on|at|and|"
                                                         r"but|with|as|from|by|after|before|since|until|that)\b)")}
_PRONOUN_FORMS = {"he": r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b", "she": r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"}
_RELATIVE = re.compile(r"(?:whom|who|which)\s+(?=(?:he|she|they|it|we)$)", re.I)
# "On Wednesday she", "In a statement on Thursday it": a time or occasion, then who speaks
_WHEN = re.compile(r"(?:on|in|by|since|last|this|later|earlier|at|after|during)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+,?\s+"
                   r"(?=(?:he|she|they|it|we)$)", re.I)
# "The 64-year-old said": the person the article gave that age, else the one it last named.
_AGED = re.compile(r"(?:the\s+)?(\d{1,3})-year-old(?:\s+[^,]+)?", re.I)  # "the 59-year-old chief executive of X"


# A verb after a name makes it the subject: "Santos flew over … and promised".
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|flew|went|met|told|spoke|wrote|gave|took|made|held|led|left|came|saw|sent|"
                         r"won|lost|began|paid|rang|drove|ran|stood|sat|chose|struck|broke|sought|vowed)\b")
def _named(quote: FoundQuote, people: People, others: list[Mention], resolved: dict[str, str]) -> Speaker:
    text = people.paragraphs[quote.paragraph - 1]
    words = quote.speaker
    at = quote.speaker_start if quote.speaker_start >= 0 else text.find(words)
    aged = _AGED.fullmatch(words.strip())
    if aged:
        person = people.by_age(aged.group(1), quote.paragraph, at)
        return Speaker(person, None) if person else _pronoun(replace(quote, speaker="he"), people, others, NOBODY)
    end = at + len(words)
    within = people.within(quote.paragraph, at, end)
    # "the Director of Public Prosecutions, Abena Owusu-Ansah": the name set off by commas, not the office's words
    for _, begin, stop, person in reversed(within) if "," in words else within:
        # not "Carney’s office", "the Trudeau government"; but "Walcott was blunter: …" and
        # "President Emilio Santos flew … and promised" are theirs
        after = text[stop:end]
        if not _NOT_THEIRS.match(after) or (_VERB_AFTER.match(after) and not re.search(r"\bthe\s+$", text[at:begin],
                                                                                      re.I)):
            return Speaker(person, None)
    # "The state's key witness, former safety coordinator Kelsey Dunbar, testified": the one set off after the words
    apposed = next((m for m in people.within(quote.paragraph, end, end + 100)
                    if _APPOSED.fullmatch(text, end, m[1]) and re.match(r"\s*,", text[m[2]:])), None)
    if apposed:
        return Speaker(apposed[3], None)
    held_by = holders.holder(words, people, quote.paragraph, at) or \
        holders.described(words, people, quote.paragraph, at)  # "the witness said"
    if held_by:
        return Speaker(held_by, None)
    if holders.title(words) and re.match(r"(?i)the\s", words.strip()):  # "the finance chief said", of "the cabinet
        # member for finance, Councillor Tariq Mahmood": no one holds the title as said; the one last named
        named = _pronoun(replace(quote, speaker="he"), people, others, NOBODY)
        if named.person and _described(named.person, holders.title(words), people, quote.paragraph, at):
            return named
    anaphor = _ANAPHOR.fullmatch(words.strip())
    if anaphor:  # "the glamorous mum told reporters", "the star said": the person named last
        noun = anaphor.group(1).lower()
        for pronoun in [_SEXED[noun]] if noun in _SEXED else ["he", "she"]:
            named = _pronoun(replace(quote, speaker=pronoun), people, others, NOBODY)
            if named.person:
                return named
    if _MEMBER.fullmatch(words.strip()):  # "the Labour MP said": the person named last, before the party
        for paragraph, until in ((quote.paragraph, at), (quote.paragraph - 1, 1 << 30)):
            if paragraph > 0 and (before := people.before(paragraph, until)):
                return Speaker(before[-1][3], None)
    inside = sorted((m for m in others if m.paragraph == quote.paragraph and at <= m.start and m.end <= end),
                    key=lambda m: m.start - m.end)  # the longest first: "Bolivia’s Foreign Ministry"
    for m in inside:  # "the official Xinhua news agency"; not "one senior Senate aide", who is unnamed
        if m.section == "organisations" and not _PEOPLE_OF.search(text[m.end:end]):
            return Speaker(None, text[m.start:m.end])
    first = at + len(words.split(",")[0])  # "Washington, Mexico’s largest trading partner": its first part
    for m in inside:  # "Argentina’s government", "Beijing", "a move Tokyo labelled": the country speaks
        tail = _WHEN_AFTER.sub("", text[m.end:first])  # "Mauritania on Tuesday ordered"
        rest = (text[at:m.start] + tail).lower()
        governs = re.fullmatch(rf"\W*(?:(?:an?|one|another)\s+{bodies.SPOKESPERSON}\s+(?:for|of|at)\s+)?"
                               r"(?:the\s+)?(?:[’']s\s+)?(?:government|administration|(?:[a-z]+\s+)?ministry|"
                               r"embassy(?:\s+in\s+[a-z][\w-]*)?)?(?:\s+of)?\W*", rest)  # rest is lowercased; "Oman's
        # foreign ministry", a body the article does not name, is Oman's voice
        placed = re.search(r"\b(?<!government )(?:in|at|from|of|near|outside)\s+$", text[at:m.start])  # "a civil
        # servant in Lilongwe"; not "The government of Ecuador"
        if m.section == "countries" and m.end <= first and not placed and (
                governs or not tail.strip()):
            country = places.country_forms().get(text[m.start:m.end])  # "the British government": the United Kingdom
            return Speaker(None, country.name if country else text[m.start:m.end])
    label = re.sub(r"^(?:the|a|an)\b\s*", "", words.split(",")[0].strip(), flags=re.I)
    if label[:1].islower() and (reporter := _reporter(text, quote.paragraph, at, people, others)):
        return reporter  # "The Reserve Bank warned … that spending on such schemes by states ‘…’"
    if label and label.lower() not in PRONOUNS:
        # "a Commission spokesperson", "a spokeswoman for the agency": the body
        label = re.sub(rf"({bodies.SPOKESPERSON})\s+(?:in|at|from)\s+[A-Z][\w’'-]*$", r"\1", label)  # in Brussels
        body = re.sub(rf"\s+{bodies.SPOKESPERSON}$|^{bodies.SPOKESPERSON}\s+for\s+", "", label)
        body = _SPEAKING_FOR.sub("", body)  # "ministers of the six-member bloc said": the bloc
        organisation = bodies.descriptor(body, quote.paragraph, at, people, others) or resolved.get(body.lower()) or (
            bodies.spokesperson(quote.paragraph, at, people, others) if bodies.SPOKES.fullmatch(body) else None) or (
            bodies.author(body.split()[-1].lower(), quote.paragraph, max(at, quote.start), people, others)
            if body.split()[-1].lower() in bodies.DOCUMENTS else None) or (  # "the report", "a 2016 audit"
            bodies.speaks_for(body, quote.paragraph, at, people, others) if bodies.SPOKES.search(label) else None)
        head = label.split()[0]  # "the court struck down …, ruling": the court
        if not organisation and re.match(r"(?i)the\s", words.strip()) and head != label:
            organisation = bodies.descriptor(head, quote.paragraph, at, people, others) or resolved.get(head.lower())
            label = head if organisation else label
        if organisation:
            resolved[label.lower()] = organisation
        return Speaker(None, organisation or label)
    return NOBODY


_APPOSED = re.compile(r",\s+(?:[\w’'.-]+\s+){0,4}")
_SAID_PAST_APPOSITION = re.compile(rf"{APPOSITION}{SAID_NEXT.pattern}")  # "… said", "…, a researcher, said"
# A lowercase word after a name that makes the words something of the person's, not the person
_NOT_THEIRS = re.compile(r"(?:[’']s)?\s+(?!(?:of|from|at|in|with|for|on|was|is|had|has|put|went|sounded|yesterday|"
                         r"today|tonight|earlier|also)\b)[a-z]")  # "Petrus Haufiku yesterday said": his
# When the subject did it, between it and its verb: "Mauritania on Tuesday ordered …"
_WHEN_AFTER = re.compile(rf"^\s+(?:(?:on\s+)?{WEEKDAY}|yesterday|today|"
                         r"(?:last|this|earlier\s+this)\s+(?:week|month|year))\b")


def _described(person: str, title: tuple[str, ...], people: People, paragraph: int, at: int) -> bool:
    """Whether the text around the person's mentions says the title's own words ("finance" of "the
    finance chief"): not "the Deputy Speaker" for the MP named last, whom nothing calls a speaker."""
    own = [re.sub(r"(?<=.{4})(?:wo)?(?:man|person)$", "", w) for w in title if w not in _RANKS]  # "chairs"
    sentences = (sentence_at(people.paragraphs[m[0] - 1], m[1]) for number in range(1, paragraph + 1)
                 for m in people.before(number, at if number == paragraph else 1 << 30) if m[3] == person)
    return not own or any(re.search(rf"\b{w}", sentence, re.I) for sentence in sentences for w in own)


_RANKS = frozenset({"deputy", "vice", "senior", "acting", "chief", "head", "assistant", "the"})


def _reporter(text: str, paragraph: int, at: int, people: People, others: list[Mention]) -> Speaker | None:
    """Who reports the clause holding the quote: a person or organisation that opens its sentence
    and says, warns or writes it."""
    opening = sentence_bounds(text, at)[0]
    named = [(m[1], m[2], Speaker(m[3], None)) for m in people.before(paragraph, at) if m[1] >= opening] + [
        (m.start, m.end, Speaker(None, text[m.start:m.end])) for m in others
        if m.paragraph == paragraph and opening <= m.start and m.end <= at and m.section == "organisations"]
    return next((speaker for start, end, speaker in sorted(named, key=lambda n: n[0])
                 if is_subject(text, start) and _REPORTS.match(text[end:at])), None)


_REPORTS = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:said|says|warned|warns|argued|argues|wrote|writes|noted|notes|"
                      r"stated|claimed|insisted|cautioned|told)\b")
# People who speak together for their body: "ministers of the six-member bloc", "officials from the agency".
_SPEAKING_FOR = re.compile(r"^(?:[a-z]+\s+)?(?:ministers|officials|members|leaders|representatives|delegates|envoys)"
                           r"\s+(?:of|from)\s+(?:the\s+)?")
# Who speaks for an organisation without being named: "a Senate aide", "a State Department spokesperson".
_PEOPLE_OF = re.compile(r"\b(?:aides?|officials?|sources?|advisers?|advisors?|members?|"
                        r"lawmakers?|executives?|analysts?|economists?|staff(?:er)?s?|diplomats?|officers?)\b")
