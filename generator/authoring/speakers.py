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
from dataclasses import dataclass, replace

from generator.authoring import names, places
from generator.authoring.entities import Mention
from generator.authoring.people import OFFICES, SPELLED, People
from generator.authoring.quote_marks import quote_spans
from generator.authoring.quotes import PRONOUNS, FoundQuote
from generator.authoring.text import SAYS, sentence_bounds


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
        near = i > 0 and quote.paragraph - quotes[i - 1].paragraph <= 1
        if quote.how == "continues":
            result.append(previous if near else _set_up(quote, people))
        elif quote.how == "follows":  # "… Graham Pettifer, said the closures were a false economy. ¶ ‘…’": his
            set_up = _set_up(quote, people)
            result.append(set_up if set_up.person or not near else previous)
        elif quote.speaker.lower() in PRONOUNS:
            result.append(_pronoun(quote, people, others, previous))
        elif quote.speaker:
            result.append(_named(quote, people, others, resolved))
        else:
            result.append(NOBODY)
    return _repeated(quotes, result)


def _repeated(quotes: list[FoundQuote], speakers: list[Speaker]) -> list[Speaker]:
    """A quote told by no verb of saying (a headline's ‘no good options’ budget) that the story
    quotes again with its speaker is theirs."""
    said = {q.text.casefold(): s for q, s in zip(quotes, speakers, strict=True) if q.how == "said" and s != NOBODY}
    return [said.get(q.text.casefold(), s) if q.how in ("subject", "none") else s
            for q, s in zip(quotes, speakers, strict=True)]


def _set_up(quote: FoundQuote, people: People) -> Speaker:
    """A quote that opens its paragraph with nothing to say who speaks, after a paragraph whose last
    sentence, holding no quote, has a person for its subject: "… Cllr Peter Ashworth, went further." """
    if quote.paragraph < 2 or quote.start > 2:
        return NOBODY
    text = people.paragraphs[quote.paragraph - 2]
    last = sentence_bounds(text, max(len(text.rstrip()) - 2, 0))[0]
    if quote_spans(text[last:]):
        return NOBODY
    named = [m for m in people.before(quote.paragraph - 1, 1 << 30) if m[1] >= last]
    subjects = [m for m in named if _is_subject(text, m[1])]
    if not subjects and len({m[3] for m in named}) == 1 and quote.how == "follows":
        subjects = named  # "Not everyone is convinced, among them Malika Yusupova, an analyst …. ¶ “…”"
    return Speaker(subjects[0][3], None) if subjects else NOBODY


def _pronoun(quote: FoundQuote, people: People, others: list[Mention], previous: Speaker) -> Speaker:
    pronoun = quote.speaker.lower()
    if pronoun in ("he", "she"):
        unnamed = _unnamed(people, quote.paragraph, quote.speaker_start)
        if unnamed:  # "A spokeswoman for the Presidential Administration said …, what she called ‘…’": the body
            body = _SPOKESPERSON_FOR.sub("", unnamed)
            return Speaker(None, (body != unnamed and _speaks_for(body, quote.paragraph, quote.speaker_start, people,
                                                                  others)) or unnamed)
        unlike = "m" if pronoun == "she" else "f"  # "Ms Ellison … her MP, Daniel Osei … she said": not Osei
        for paragraph, until in ((quote.paragraph, quote.speaker_start), (quote.paragraph - 1, 1 << 30)):
            mentions = [m for m in (people.before(paragraph, until) if paragraph > 0 else [])
                        if people.sexes.get(m[3]) != unlike]
            subjects = [m for m in mentions if _is_subject(people.paragraphs[paragraph - 1], m[1])]
            if subjects or mentions:
                return Speaker((subjects or mentions)[-1][3], None)
        return previous if previous.person else NOBODY
    if pronoun == "it":  # the body named last before, in this paragraph, else in the one before
        for paragraph, until in ((quote.paragraph, quote.speaker_start), (quote.paragraph - 1, 1 << 30)):
            said = people.paragraphs[paragraph - 1] if paragraph > 0 else ""
            bodies = [(m.start, said[m.start:m.end]) for m in _bodies_before(others, paragraph, until)
                      if m.paragraph == paragraph]
            # "The finance ministry insists …. In a statement, it blamed ‘…’": a body named by what it is
            for m in _BODY_OPENS.finditer(said[:until]):
                if body := _body_named(m.group(1)):  # "the regulator" is the one named before, if any
                    bare = " " not in body and _descriptor(body, paragraph, m.start(1), people, others)
                    bodies.append((m.start(1), bare or body))
            if bodies:
                return Speaker(None, max(bodies)[1])
    return previous if previous.label else NOBODY


_BODY_OPENS = re.compile(r"(?:^|(?<=[.!?] ))[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z]+)(?![\w’'])")  # not "The regulator’s"


def _body_named(words: str) -> str:
    """'finance ministry' of a sentence opened by "The finance ministry insists": up to the first
    word that names a kind of body, if one of the first three does."""
    split = words.split()
    noun = next((i for i, w in enumerate(split) if w in _ORGANISATION_NOUNS), None)
    return "" if noun is None or (noun + 1 < len(split) and split[noun + 1] == "of") else " ".join(split[:noun + 1])


# "One resident, a 67-year-old retired fisherman, said …", "A spokeswoman for the … said": someone the
# article does not name.
_UNNAMED = re.compile(r"(?:^|(?<=[.!?] ))((?:One|An?|Another)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
                      r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][^,.;]{0,60}?)?)(?:,[^,]{1,80},)?\s+"
                      r"(?:said|says|told|added)\b")


def _unnamed(people: People, paragraph: int, until: int) -> str | None:
    """An unnamed speaker introduced in the paragraph before the pronoun and after its last named
    person (not one named as an owner: "… in Sadyrov's cabinet … what she called")."""
    text = people.paragraphs[paragraph - 1]
    found = list(_UNNAMED.finditer(text[:until]))
    if not found:
        return None
    named = [m for m in people.before(paragraph, until) if text[m[2]:m[2] + 2] not in ("’s", "'s")]
    last = found[-1]
    return last.group(1) if not named or named[-1][1] < last.start(1) else None


def _is_subject(text: str, start: int) -> bool:
    """True when the mention opens its sentence, after titles or capitalised words only, or stands
    in apposition to the sentence's opening words ("The fund's mission chief, Karin Lindqvist, wrote")."""
    bounds = sentence_bounds(text, start)
    lead = text[bounds[0]:start]
    while (last := re.search(r"(\S+)\s+$", lead)) and last.group(1).rstrip(".").lower() in names.TITLES:
        lead = lead[:last.start()]  # ", Cllr Peter Ashworth,": the apposition starts before the title
    if lead.endswith(", ") and lead.count(",") == 1 and re.match(r"[^,]*?,", text[start:bounds[1]]) and \
            not _VERB_IN.search(lead):  # not "Ms Ellison said she had written to her MP, Daniel Osei,"
        return True
    return not re.search(r"(?<![’'])\b[a-z][a-z-]*\b", lead.replace("the ", ""))


_RELATIVE = re.compile(r"(?:whom|who|which)\s+(?=(?:he|she|they|it|we)$)", re.I)
# "On Wednesday she", "In a statement on Thursday it": a time or occasion, then who speaks
_WHEN = re.compile(r"(?:on|in|by|since|last|this|later|earlier|at|after|during)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+,?\s+"
                   r"(?=(?:he|she|they|it|we)$)", re.I)
# "The 64-year-old said": the person the article gave that age, else the one it last named.
_AGED = re.compile(r"(?:the\s+)?(\d{1,3})-year-old(?:\s+[a-z-]+){0,2}", re.I)


# A verb after a name makes it the subject: "Santos flew over … and promised".
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|flew|went|met|told|spoke|wrote|gave|took|made|held|led|left|came|saw|sent|"
                         r"won|lost|began|paid|rang|drove|ran|stood|sat|chose|struck|broke|sought|vowed)\b")
_VERB_IN = re.compile(r"\b(?:said|says|had|has|have|was|were|is|are|told|wrote|written|went|made|took)\b")


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
        if not re.match(r"(?:[’']s)?\s+(?!(?:of|from|at|in|with|for|on|was|is|had|has|put|went|sounded)\b)[a-z]",
                        after) or (_VERB_AFTER.match(after) and not re.search(r"\bthe\s+$", text[at:begin], re.I)):
            return Speaker(person, None)
    holder = people.by_title(_title(words), quote.paragraph, at) if _title(words) else None
    if holder:
        return Speaker(holder, None)
    if _title(words) and re.match(r"(?i)the\s", words.strip()):  # "the finance chief said", of "the cabinet
        # member for finance, Councillor Tariq Mahmood": no one holds the title as said; the one last named
        named = _pronoun(replace(quote, speaker="he"), people, others, NOBODY)
        if named.person:
            return named
    inside = [m for m in others if m.paragraph == quote.paragraph and at <= m.start and m.end <= end]
    for m in inside:  # "the official Xinhua news agency"; not "one senior Senate aide", who is unnamed
        if m.section == "organisations" and not _PEOPLE_OF.search(text[m.end:end]):
            return Speaker(None, text[m.start:m.end])
    first = at + len(words.split(",")[0])  # "Washington, Mexico’s largest trading partner": its first part
    for m in inside:  # "Argentina’s government", "Beijing", "a move Tokyo labelled": the country speaks
        rest = (text[at:m.start] + text[m.end:first]).lower()
        governs = re.fullmatch(r"\W*(?:the\s+)?(?:[’']s\s+)?(?:government|administration|"
                               r"embassy(?:\s+in\s+[a-z][\w-]*)?)?\W*", rest)  # rest is lowercased
        placed = re.search(r"\b(?:in|at|from|of|near|outside)\s+$", text[at:m.start])  # "a civil servant in Lilongwe"
        if m.section == "countries" and m.end <= first and not placed and (governs or not text[m.end:first].strip()):
            country = places.country_forms().get(text[m.start:m.end])  # "the British government": the United Kingdom
            return Speaker(None, country.name if country else text[m.start:m.end])
    label = re.sub(r"^(?:the|a|an)\b\s*", "", words.split(",")[0].strip(), flags=re.I)
    if label[:1].islower() and (reporter := _reporter(text, quote.paragraph, at, people, others)):
        return reporter  # "The Reserve Bank warned … that spending on such schemes by states ‘…’"
    if label and label.lower() not in PRONOUNS:
        # "a Commission spokesperson", "a spokeswoman for the agency": the body
        label = re.sub(rf"({_SPOKESPERSON})\s+(?:in|at|from)\s+[A-Z][\w’'-]*$", r"\1", label)  # in Brussels
        body = re.sub(rf"\s+{_SPOKESPERSON}$|^{_SPOKESPERSON}\s+for\s+", "", label)
        organisation = _descriptor(body, quote.paragraph, at, people, others) or resolved.get(body.lower()) or (
            _spokesperson(quote.paragraph, at, people, others) if _SPOKES.fullmatch(body) else None) or (
            _author(body.split()[-1].lower(), quote.paragraph, max(at, quote.start), people, others)
            if body.split()[-1].lower() in _DOCUMENTS else None) or (  # "the report", "a 2016 audit"
            _speaks_for(body, quote.paragraph, at, people, others) if _SPOKES.search(label) else None)
        head = label.split()[0]  # "the court struck down …, ruling": the court
        if not organisation and re.match(r"(?i)the\s", words.strip()) and head != label:
            organisation = _descriptor(head, quote.paragraph, at, people, others) or resolved.get(head.lower())
            label = head if organisation else label
        if organisation:
            resolved[label.lower()] = organisation
        return Speaker(None, organisation or label)
    return NOBODY


def _reporter(text: str, paragraph: int, at: int, people: People, others: list[Mention]) -> Speaker | None:
    """Who reports the clause holding the quote: a person or organisation that opens its sentence
    and says, warns or writes it."""
    opening = sentence_bounds(text, at)[0]
    named = [(m[1], m[2], Speaker(m[3], None)) for m in people.before(paragraph, at) if m[1] >= opening] + [
        (m.start, m.end, Speaker(None, text[m.start:m.end])) for m in others
        if m.paragraph == paragraph and opening <= m.start and m.end <= at and m.section == "organisations"]
    return next((speaker for start, end, speaker in sorted(named, key=lambda n: n[0])
                 if _is_subject(text, start) and _REPORTS.match(text[end:at])), None)


_REPORTS = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:said|says|warned|warns|argued|argues|wrote|writes|noted|notes|"
                      r"stated|claimed|insisted|cautioned|told)\b")
# What ends a company's name: "Golden Valley Power & Gas Co." is "the company".
_LEGAL_FORMS = names.LEGAL_FORMS | {"co", "ab", "hf", "as", "a/s"}  # forms too short to tell a body by in a run
# Members who speak for their body: "the justices wrote" is the court's ruling.
_MEMBERS_OF = {"justices": "court", "judges": "court"}
# Descriptors that stand for a country's government rather than for the organisation last named.
_GOVERNING = frozenset({"government", "administration", "cabinet", "authorities", "regime", "presidency"})


def _descriptor(label: str, paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """The organisation a descriptor stands for ("the union", "the state utility", "the ministry"):
    of those named before it, the nearest whose name has the descriptor's noun, else the nearest the
    text has called by it ("Eskom, the state utility"), else the name that spoke earlier in the
    paragraph ("Focus Ireland said …"), else the one named in this paragraph or the one before; a
    descriptor already resolved keeps its organisation ("the union" again, pages later)."""
    paragraphs = people.paragraphs
    words = label.split()
    noun = _MEMBERS_OF.get(words[-1], words[-1])  # "the justices wrote": the court
    adjectives = [re.sub(r"[’']s$", "", w) for w in words[:-1] if not w.islower()]  # "Ghana's cocoa regulator"
    if len(words) > 3 or not noun.islower() or noun not in _ORGANISATION_NOUNS or any(
            w not in places.country_forms() for w in adjectives):  # "the French company", not "the Border Guard"
        return None
    earlier = _bodies_before(others, paragraph, at)
    named = [m for m in earlier if noun in _text(m, paragraphs).lower().split()
             or (noun == "company" and _text(m, paragraphs).lower().split()[-1].replace(".", "") in _LEGAL_FORMS)]
    called = [m for m in earlier if re.search(rf"\b{noun}\b(?![’'])", _around(m, paragraphs))]  # not "the company's"
    near = [m for m in earlier if paragraph - m.paragraph <= 1]
    if adjectives:  # "the French company": of the candidates, those the text sets beside France
        country = places.country_forms()[adjectives[0]]
        forms = [f for f, c in places.country_forms().items() if c == country]
        beside = [m for m in earlier if any(re.search(rf"\b{re.escape(f)}\b", _around(m, paragraphs)) for f in forms)]
        earlier = beside or earlier
        named, called = [m for m in named if m in earlier], [m for m in called if m in earlier]
    near = [m for m in near if m in earlier]
    speaking = [m for m in near if m.paragraph == paragraph and _speaks(m, paragraphs)]  # "Cordillera, a …, said"
    recent = [m for m in named if paragraph - m.paragraph <= _RECENT]  # "the company", named a few paragraphs up
    tiers = ([m for m in named if m in near], [m for m in called if m in near], _spoke(people, paragraph, at), speaking,
             recent, near if noun not in _GOVERNING else [], named, called)
    chosen = next((tier[-1] for tier in tiers if tier), None)
    if chosen is None and noun in _GOVERNING:  # "the government said": the country the article names most
        countries = [m for m in others if m.section == "countries"]
        chosen = max(countries, key=lambda m: sum(c.entity == m.entity for c in countries), default=None)
    return chosen if not isinstance(chosen, Mention) else _fullest(chosen, others, paragraphs)


def _bodies_before(others: list[Mention], paragraph: int, at: int) -> list[Mention]:
    """The organisations mentioned before ``at`` in ``paragraph``, in reading order."""
    return sorted((m for m in others if m.section == "organisations" and (m.paragraph, m.start) < (paragraph, at)),
                  key=lambda m: (m.paragraph, m.start))


def _fullest(mention: Mention, others: list[Mention], paragraphs: tuple[str, ...]) -> str:
    """The longest form the text gives the entity mentioned."""
    return max((_text(m, paragraphs) for m in others if m.entity == mention.entity), key=len)


_SPOKESPERSON = r"spokes(?:man|woman|person)"
_SPOKESPERSON_FOR = re.compile(rf"^(?:One|An?|Another)\s+{_SPOKESPERSON}\s+(?:for|of|at)\s+(?:the\s+)?")
_RECENT = 4  # paragraphs within which a body whose name says what it is beats any body named nearer
_SPOKES = re.compile(rf"(?i){_SPOKESPERSON}")


def _spokesperson(paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """Whom "a spokesperson" with no body named speaks for: the organisation named last before, in
    this paragraph or the one before ("The Department of Health confirmed the delay. A
    spokesperson said …")."""
    bodies = [m for m in _bodies_before(others, paragraph, at) if paragraph - m.paragraph <= 1]
    return _fullest(bodies[-1], others, people.paragraphs) if bodies else None


_DOCUMENTS = frozenset({"report", "statement", "study", "survey", "audit", "review", "filing", "letter", "memo",
                        "note", "document", "assessment", "submission", "post", "notice", "release", "press release"})


def _speaks_for(body: str, paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """The body of "a Commission spokesperson" (one whose name has the word) or of "a force
    spokesperson" (the body named last before); "a spokesman for the water resources ministry"
    keeps its words."""
    if body[:1].isupper():
        named = [m for m in _bodies_before(others, paragraph, at)
                 if re.search(rf"\b{re.escape(body)}\b", _text(m, people.paragraphs))]
        return _fullest(named[-1], others, people.paragraphs) if named else None
    return None if " " in body.strip() else _spokesperson(paragraph, at, people, others)


def _author(document: str, paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """Who made the report or statement quoted ("…, the report said"): the body the text says
    made it ("A report by the National Audit Office", "the company said in a statement"), else
    the body named last before, in this paragraph or the one before."""
    paragraphs = people.paragraphs
    said_in = list(re.finditer(rf"\b([a-z]+)\s+(?:said|says|wrote|announced)\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+)?"
                               rf"{document}\b", paragraphs[paragraph - 1][:at]))
    if said_in and (body := _descriptor(said_in[-1].group(1), paragraph, said_in[-1].start(1), people, others)):
        return body
    by = [m for m in _bodies_before(others, paragraph, at) if paragraph - m.paragraph <= 1
          and re.search(rf"\b{document}\b(?:(?!\bby\b)[^.;]){{0,60}}\bby\s+(?:the\s+)?$",  # its first "by"
                        paragraphs[m.paragraph - 1][:m.start])]
    if by:
        return _fullest(by[-1], others, paragraphs)
    text = paragraphs[paragraph - 1]  # "The Auditor-General … examined 412 projects …, the report said"
    subjects = [m for m in _bodies_before(others, paragraph, at)
                if m.paragraph == paragraph and _is_subject(text, m.start)]
    return _fullest(subjects[-1], others, paragraphs) if subjects else _spokesperson(paragraph, at, people, others)


def _spoke(people: People, paragraph: int, at: int) -> list[str]:
    """Names that open a sentence of the paragraph with a verb of saying, before ``at``, and are no
    person's: "Focus Ireland said 14,760 people …"."""
    text = people.paragraphs[paragraph - 1]
    return [m.group(1) for m in _SPOKE.finditer(text[:at])
            if not people.within(paragraph, m.start(1), m.end(1)) and m.group(1).split()[0] not in _NOT_SUBJECTS
            and (" " in m.group(1) or m.group(1).isupper() or "-" in m.group(1))]


def _speaks(mention: Mention, paragraphs: tuple[str, ...]) -> bool:
    """The mention opens its sentence and says something, past an apposition: "Cordillera, a
    subsidiary of the Mexican group Grupo Alcázar, said …"."""
    text = paragraphs[mention.paragraph - 1]
    opens = re.search(r"(?:^|[.!?”\"]\s+)(?:The\s+)?$", text[:mention.start])
    return bool(opens and SAYS.match(text, mention.end))

_SPOKE = re.compile(r"(?:^|(?<=[.!?] ))(?:The\s+)?((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&-]*)\s+"
                    r"(?:said|says|added|announced|reported|warned|stated)\b")


_NOT_SUBJECTS = frozenset({"It", "He", "She", "They", "We", "This", "That", "But", "And", "Officials"})


_ORGANISATION_NOUNS = (names.ORGANISATION_WORDS | set(names.ORGANISATION_KINDS) | names.BODY_FIRST) - {
    "chief", "economist", "observer", "capital", "times", "news", "post", "house", "front", "review"}


def _text(mention: Mention, paragraphs: tuple[str, ...]) -> str:
    return paragraphs[mention.paragraph - 1][mention.start:mention.end]


def _around(mention: Mention, paragraphs: tuple[str, ...]) -> str:
    """The words set around a mention in its sentence: "the state utility Eskom", "the ELN,
    Colombia’s largest guerrilla group", "Cordillera Copper halted production …, the company said"."""
    text = paragraphs[mention.paragraph - 1]
    start, end = sentence_bounds(text, mention.start)
    return text[max(start, mention.start - 40):end]


# Who speaks for an organisation without being named: "a Senate aide", "a State Department spokesperson".
_PEOPLE_OF = re.compile(r"\b(?:aides?|officials?|sources?|advisers?|advisors?|members?|"
                        r"lawmakers?|executives?|analysts?|economists?|staff(?:er)?s?|diplomats?|officers?)\b")


def _title(words: str) -> tuple[str, ...]:
    """('prime', 'minister') for 'the Prime Minister' or 'the judge who approved it'; () when the
    words are more than a title."""
    words = re.split(r"\s+(?:who|whom|which|that)\s", words, maxsplit=1)[0]
    tokens = [SPELLED.get(w.rstrip(".").lower(), w.rstrip(".").lower()) for w in words.split()]
    while tokens and tokens[0] in ("the", "a", "an"):
        tokens = tokens[1:]
    if tokens and all(t in names.TITLES for t in tokens) and tokens[-1] in OFFICES:
        return tuple(tokens[-2:]) if len(tokens) > 1 else tuple(tokens)
    return ()
