"""Which organisation the words of a quote's speaker stand for, when they do not name it: a
descriptor ("the ministry", "the state utility"), "it", "a spokesperson", a report or statement
("…, the report said"). Each is read against the organisations the article names before it
(``others``, the mentions of organisations and countries).
"""

from __future__ import annotations

import re

from generator.authoring import body_words, names, places
from generator.authoring.entities import Mention
from generator.authoring.people import People, is_subject
from generator.authoring.text import OPENING_PHRASE, SAYS, sentence_bounds

_SAID_AFTER = re.compile(r"(?:,[^,]{1,120},)?\s+(?:[a-z]+ly\s+)?(?:said|says|announced|stated|added|told)\b")
# "The finance ministry insists", "Hours later, the ministry announced"; not "The regulator’s"
_BODY_OPENS = re.compile(r"(?:^|(?<=[.!?] )|(?<=, ))[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z]+)(?![\w’'])")


def _body_named(words: str) -> str:
    """'finance ministry' of a sentence opened by "The finance ministry insists": up to the first
    word that names a kind of body, if one of the first three does."""
    split = words.split()
    noun = next((i for i, w in enumerate(split) if w in ORGANISATION_NOUNS), None)
    return "" if noun is None or (noun + 1 < len(split) and split[noun + 1] == "of") else " ".join(split[:noun + 1])


def named_before(paragraph: int, until: int, people: People, others: list[Mention]) -> str | None:
    """The body "it" stands for in a paragraph, before ``until``: the one that spoke ("…, the Ministry
    said in a statement. It said …"), else the one a sentence opens with ("The Railway Workers’ Union,
    which represents … Latvian Railways (LDz), called …. It is demanding"), else the one named last;
    a body named by what it is counts ("The finance ministry insists …. In a statement, it blamed
    ‘…’", "Hours later, the ministry announced …")."""
    said = people.paragraphs[paragraph - 1]
    bodies = [(m.start, m.end, fullest(m, others, people.paragraphs))
              for m in before(others, paragraph, until) if m.paragraph == paragraph]
    for m in _BODY_OPENS.finditer(said[:until]):
        if body := _body_named(m.group(1)):  # "the regulator" is the one named before, if any
            bodies.append((m.start(1), m.start(1) + len(body), descriptor(body, paragraph, m.start(1), people, others)
                           or body))
    speaking = [b for b in bodies if _SAID_AFTER.match(said, b[1])]
    subjects = [b for b in bodies if is_subject(said, b[0])]
    return max(speaking or subjects or bodies)[2] if bodies else None


# What ends a company's name: "Golden Valley Power & Gas Co." is "the company".
_LEGAL_FORMS = body_words.LEGAL_FORMS | {"co", "ab", "hf", "as", "a/s"}  # forms too short to tell a body by in a run
# Members who speak for their body: "the justices wrote" is the court's ruling.
_MEMBERS_OF = {"justices": "court", "judges": "court"}
# Descriptors that stand for a country's government rather than for the organisation last named.
GOVERNING = frozenset({"government", "administration", "cabinet", "authorities", "regime", "presidency"})


def descriptor(label: str, paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """The organisation a descriptor stands for ("the union", "the state utility", "the ministry"):
    of those named before it, the nearest whose name has the descriptor's noun, else the nearest the
    text has called by it ("Eskom, the state utility"), else the name that spoke earlier in the
    paragraph ("Focus Ireland said …"), else the one named in this paragraph or the one before; a
    descriptor already resolved keeps its organisation ("the union" again, pages later)."""
    paragraphs = people.paragraphs
    words = label.split()
    noun = _MEMBERS_OF.get(words[-1], words[-1])  # "the justices wrote": the court
    adjectives = [re.sub(r"[’']s$", "", w) for w in words[:-1] if not w.islower()]  # "Ghana's cocoa regulator"
    if len(words) > 3 or not noun.islower() or noun not in ORGANISATION_NOUNS or any(
            w not in places.country_forms() for w in adjectives):  # "the French company", not "the Border Guard"
        return None
    earlier = before(others, paragraph, at)
    portfolio = [w for w in words[:-1] if w in names.PORTFOLIOS - {"state"}]  # "the agriculture ministry"
    earlier = [m for m in earlier if all(w in text_of(m, paragraphs).lower() for w in portfolio)]
    if portfolio and not earlier:
        return None
    named = [m for m in earlier if noun in text_of(m, paragraphs).lower().split()
             or noun in fullest(m, others, paragraphs).lower().split()  # "the TRE-PR": the Regional Electoral Court
             or (noun == "company" and text_of(m, paragraphs).lower().split()[-1].replace(".", "") in _LEGAL_FORMS)]
    called = [m for m in earlier if _called(m, noun, paragraphs)]
    near = [m for m in earlier if paragraph - m.paragraph <= 1]
    if adjectives:  # "the French company": of the candidates, those the text sets beside France
        country = places.country_forms()[adjectives[0]]
        forms = [f for f, c in places.country_forms().items() if c == country]
        beside = [m for m in earlier if any(re.search(rf"\b{re.escape(f)}\b", _around(m, paragraphs)) for f in forms)]
        earlier = beside or earlier
        named, called = [m for m in named if m in earlier], [m for m in called if m in earlier]
    near = [m for m in near if m in earlier]
    speaking = [m for m in near if _speaks(m, paragraphs)]  # "Cordillera, a …, said"
    recent = [m for m in named if paragraph - m.paragraph <= _RECENT]  # "the company", named a few paragraphs up
    tiers = ([m for m in named if m in near], [m for m in called if m in near], _spoke(people, paragraph, at), speaking,
             recent, near if noun not in GOVERNING else [], named, called)
    chosen = next((tier[-1] for tier in tiers if tier), None)
    if chosen is None and noun in GOVERNING:  # "the government said": the country the article names most
        countries = [m for m in others if m.section == "countries"]
        chosen = max(countries, key=lambda m: sum(c.entity == m.entity for c in countries), default=None)
    return chosen if not isinstance(chosen, Mention) else fullest(chosen, others, paragraphs)


def _called(mention: Mention, noun: str, paragraphs: tuple[str, ...]) -> bool:
    """Whether the text calls the body by the noun: beside its name ("the state utility Eskom", "the
    ELN, Colombia’s largest guerrilla group"), or later in a sentence it opens ("Cordillera Copper
    halted production …, the company said"); not "paid for by Gavi, the Vaccine Alliance, …, the
    ministry said", nor "the company's"."""
    text = paragraphs[mention.paragraph - 1]
    if re.search(rf"\b{noun}\s+$", text[max(0, mention.start - 40):mention.start]) or re.match(
            rf",?\s+(?:the|a|an|its|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){{0,3}}{noun}\b(?![’'])", text[mention.end:]):
        return True
    return is_subject(text, mention.start) and bool(re.search(rf"\b{noun}\b(?![’'])", _around(mention, paragraphs)))


def before(others: list[Mention], paragraph: int, at: int) -> list[Mention]:
    """The organisations mentioned before ``at`` in ``paragraph``, in reading order."""
    return sorted((m for m in others if m.section == "organisations" and (m.paragraph, m.start) < (paragraph, at)),
                  key=lambda m: (m.paragraph, m.start))


def fullest(mention: Mention, others: list[Mention], paragraphs: tuple[str, ...]) -> str:
    """The longest form the text gives the entity mentioned."""
    return max((text_of(m, paragraphs) for m in others if m.entity == mention.entity), key=len)


SPOKESPERSON = r"spokes(?:man|woman|person)"
SPOKESPERSON_FOR = re.compile(rf"^(?:One|An?|Another)\s+{SPOKESPERSON}\s+(?:for|of|at)\s+(?:the\s+)?")
_RECENT = 4  # paragraphs within which a body whose name says what it is beats any body named nearer
SPOKES = re.compile(rf"(?i){SPOKESPERSON}")


def spokesperson(paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """Whom "a spokesperson" with no body named speaks for: the organisation named last before, in
    this paragraph or the one before ("The Department of Health confirmed the delay. A
    spokesperson said …"); of those, the last that said something itself ("Immigration New Zealand
    said it had processed … RSE visa applications. … a spokesperson said": not the RSE)."""
    bodies = [m for m in before(others, paragraph, at) if paragraph - m.paragraph <= 1]
    spoke = [m for m in bodies if _speaks(m, people.paragraphs)]
    return fullest((spoke or bodies)[-1], others, people.paragraphs) if bodies else None


DOCUMENTS = frozenset({"report", "statement", "study", "survey", "audit", "review", "filing", "letter", "memo",
                        "note", "document", "assessment", "submission", "post", "notice", "release", "press release",
                        "communiqué", "communique", "declaration", "resolution"})
# A document and, up to its first "by", who made it: "a report by the", "a communiqué issued after a summit of".
_MADE_BY = re.compile(rf"\b(?:{'|'.join(sorted(DOCUMENTS, key=len, reverse=True))})\b(?:(?!\bby\b)[^.;]){{0,60}}"
                      r"\b(?:by|(?:summit|meeting|conference)\s+of)\s+(?:the\s+)?$")


def speaks_for(body: str, paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """The body of "a Commission spokesperson" (one whose name has the word) or of "a force
    spokesperson" (the body named last before); "a spokesman for the water resources ministry"
    keeps its words."""
    if body[:1].isupper():
        named = [m for m in before(others, paragraph, at)
                 if re.search(rf"\b{re.escape(body)}\b", text_of(m, people.paragraphs))]
        return fullest(named[-1], others, people.paragraphs) if named else None
    return None if " " in body.strip() else spokesperson(paragraph, at, people, others)


def author(document: str, paragraph: int, at: int, people: People, others: list[Mention]) -> str | None:
    """Who made the report or statement quoted ("…, the report said"): the body the text says
    made it, in this paragraph or the one before ("A report by the National Audit Office", "the
    company said in a statement", "In a written statement, it said"), else the body named last
    before, in this paragraph or the one before."""
    paragraphs = people.paragraphs
    for number in (paragraph, paragraph - 1)[:paragraph]:
        text = paragraphs[number - 1][:at] if number == paragraph else paragraphs[number - 1]
        kind = rf"(?:a|an|its)\s+(?:[\w-]+\s+)?{document}"
        said_in = [(m.group(1), m.start(1)) for m in re.finditer(
            rf"\b([a-z]+)\s+(?:said|says|wrote|announced)\s+in\s+{kind}\b", text)] + [
            (m.group(1), m.start(1)) for m in re.finditer(
                rf"\b[Ii]n\s+{kind},?\s+(?:the\s+)?([a-z]+)\s+(?:said|says|wrote)\b", text)]
        for m in re.finditer(rf"\b[Ii]n\s+{kind},?\s+an?\s+([A-Z][\w’'-]*)\s+{SPOKESPERSON}\b", text):
            named = [x for x in before(others, number, m.start(1)) if m.group(1) in text_of(x, paragraphs).split()]
            if named:  # "In an emailed statement, a Greyfield spokesperson said": Greyfield Residential
                return fullest(named[-1], others, paragraphs)
        if said_in:
            who, start = max(said_in, key=lambda w: w[1])
            body = named_before(number, start, people, others) if who == "it" else \
                descriptor(who, number, start, people, others)
            if body:
                return body
    by = [m for m in before(others, paragraph, at) if _MADE_BY.search(paragraphs[m.paragraph - 1][:m.start])]
    if by and paragraph - by[-1].paragraph <= 1:
        return fullest(by[-1], others, paragraphs)
    text = paragraphs[paragraph - 1]  # "The Auditor-General … examined 412 projects …, the report said"
    subjects = [m for m in before(others, paragraph, at)
                if m.paragraph == paragraph and is_subject(text, m.start)]
    if subjects:
        return fullest(subjects[-1], others, paragraphs)
    # "The communiqué, issued at the end of a summit of the Nordic-Baltic Eight, …" paragraphs before
    return fullest(by[-1], others, paragraphs) if by else spokesperson(paragraph, at, people, others)


def _spoke(people: People, paragraph: int, at: int) -> list[str]:
    """Names that open a sentence of the paragraph with a verb of saying, before ``at``, and are no
    person's: "Focus Ireland said 14,760 people …"."""
    text = people.paragraphs[paragraph - 1]
    return [m.group(1) for m in _SPOKE.finditer(text[:at])
            if not people.within(paragraph, m.start(1), m.end(1)) and m.group(1).split()[0] not in _NOT_SUBJECTS
            and (" " in m.group(1) or m.group(1).isupper() or "-" in m.group(1))]


def _speaks(mention: Mention, paragraphs: tuple[str, ...]) -> bool:
    """The mention opens its sentence (after a phrase such as "In a statement,") and says something,
    past an apposition: "Cordillera, a subsidiary of the Mexican group Grupo Alcázar, said …"."""
    text = paragraphs[mention.paragraph - 1]
    opens = re.search(rf"(?:^|[.!?”\"]\s+){OPENING_PHRASE}(?:The\s+)?$", text[:mention.start])
    return bool(opens and SAYS.match(text, mention.end))

_SPOKE = re.compile(r"(?:^|(?<=[.!?] ))(?:The\s+)?((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&-]*)\s+"
                    r"(?:said|says|added|announced|reported|warned|stated)\b")


_NOT_SUBJECTS = frozenset({"It", "He", "She", "They", "We", "This", "That", "But", "And", "Officials"})


ORGANISATION_NOUNS = (body_words.ORGANISATION_WORDS | set(body_words.ORGANISATION_KINDS) | names.BODY_FIRST) - {
    "chief", "economist", "observer", "capital", "times", "news", "post", "house", "front", "review"}


def text_of(mention: Mention, paragraphs: tuple[str, ...]) -> str:
    return paragraphs[mention.paragraph - 1][mention.start:mention.end]


def _around(mention: Mention, paragraphs: tuple[str, ...]) -> str:
    """The words set around a mention in its sentence: "the state utility Eskom", "the ELN,
    Colombia’s largest guerrilla group", "Cordillera Copper halted production …, the company said"."""
    text = paragraphs[mention.paragraph - 1]
    start, end = sentence_bounds(text, mention.start)
    return text[max(start, mention.start - 40):end]
