"""Who holds the office a quote's speaker words name ("the Prime Minister said", "the leader of
Turkmenistan told", "the Minister for Housing accused"): the person the article names with it."""

from __future__ import annotations

import re

from generator.authoring import body_words, names, places
from generator.authoring.people import OFFICES, SPELLED, People
from generator.authoring.quote_marks import quote_spans
from generator.authoring.saying import SAID_NEXT


def holder(words: str, people: People, paragraph: int, at: int) -> str | None:
    """The person last named with the office before the words, else the one the article goes on to name with it."""
    return _last_holder(words, people, paragraph, at) or _named_later(words, people, paragraph, at)


def referred(people: People, paragraph: int, until: int) -> list[tuple[int, int, int, str]]:
    """"the magistrate said", "the Prime Minister told" before ``until`` in a paragraph, as mentions of
    whoever the article last named with that office: whom "she" may stand for next ("Rejecting the
    request, the magistrate said she …. ¶ ‘…,’ she said"); not "as the mayor was describing …"."""
    text = people.paragraphs[paragraph - 1][:until]
    quoted = quote_spans(text)
    found = []
    for the in _THE.finditer(text):
        if any(s < the.start() < (e if e is not None else len(text)) for s, e in quoted):
            continue  # "“The minister wants to …”": someone's words, not who speaks
        words = the.group(1).split()
        size = next((k for k in range(len(words), 0, -1) if title(" ".join(words[:k]))), 0)
        end = re.match(rf"\w+(?:\s+[\w-]+){{{size}}}", text[the.start():]) if size else None
        person = end and SAID_NEXT.match(text, the.start() + end.end()) and \
            _last_holder(" ".join(words[:size]), people, paragraph, the.start())
        if end and person:
            found.append((paragraph, the.start(), the.start() + end.end(), person))
    return found


_THE = re.compile(r"\b[Tt]he\b(?=((?:\s+[\w-]+){1,3}))")


def described(words: str, people: People, paragraph: int, at: int) -> str | None:
    """The person the article last described with the words' noun: "the witness said" after "the
    second prosecution witness, Aisha Bello-Olaniyan," or "Aisha Bello-Olaniyan, a witness for …"."""
    said = re.fullmatch(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}([a-z-]{3,})", words.strip())
    if not said or said.group(1) in body_words.ORGANISATION_WORDS:  # "the union said": the body
        return None
    noun = re.escape(said.group(1))
    # "Defence solicitor Ross McIlwraith"; "the Minister of Economic Growth and Job Creation, the Hon. Kenroy
    # Whitely-Brown" (a title's portfolio, not "a spokesperson for the Ministry of Commerce", someone else)
    before = re.compile(rf"\b{noun},?\s+$|\b{noun.capitalize()}(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))+,\s+"
                        r"(?:the\s+(?:[A-Z][a-z]{1,4}\.\s+)?)?$")
    after = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?{noun}(?=\s*[,.;]|\s+(?:of|for|at|in|with|from)\b)")
    # not past someone else the text calls so: "NBS spokesperson Zhou Wenbo …. A spokesperson for the Ministry …"
    other = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+)?{noun}\b")
    since = max(((n, m.start()) for n in range(1, paragraph + 1)
                 for m in other.finditer(people.paragraphs[n - 1][:at if n == paragraph else None])), default=(0, 0))
    return next((person for number, start, end, person in reversed(people.mentions)
                 if since < (number, start) < (paragraph, at)
                 and (before.search(people.paragraphs[number - 1][max(0, start - 100):start])
                      or after.match(people.paragraphs[number - 1], end))), None)


def _last_holder(words: str, people: People, paragraph: int, at: int) -> str | None:
    """Who holds the office the words name: "the Prime Minister" is the person last named with that
    title; "the Head of State of Uzbekistan" and "the leader of Turkmenistan" the one named right
    after that country, with the title if someone has it."""
    office, owner = _without_country(words)
    said = title(office)
    if not said:
        return None
    near = _named_with(owner, people, paragraph, at) if owner else []
    titled = [p for p in near if any(t[-len(said):] == said for t in people.titles.get(p, ()))]
    if titled:
        return titled[-1]
    return people.by_title(said, paragraph, at) or (near[-1] if near else None)


def _named_later(words: str, people: People, paragraph: int, at: int) -> str | None:
    """The person the article goes on to name with the same office: "the Minister for Housing
    accused …" before "the Minister for Housing, Ciarán Mulvihill, said"."""
    office = re.sub(r"(?i)^the\s+", "", words.strip())
    if not re.fullmatch(r"[A-Z][\w-]*(?:\s+(?:for|of|and|[A-Z][\w-]*)){1,5}", office) or not title(office.split()[0]):
        return None
    named = re.compile(rf"\b{re.escape(office)},?\s+$")
    return next((person for number, start, _, person in people.mentions if (number, start) > (paragraph, at)
                 and named.search(people.paragraphs[number - 1][max(0, start - len(office) - 3):start])), None)


def _without_country(words: str) -> tuple[str, str]:
    """The words without the country they name the office of, and the country: "the leader of
    Turkmenistan" is "the leader", "Georgia's head coach" is "head coach"; a head of state is the
    president."""
    bare, country = re.sub(r"(?i)\bhead of state\b", "president", words.strip()), ""
    owner = re.match(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+", bare)
    if owner and owner.group(1) in places.country_forms():
        bare, country = bare[owner.end():], owner.group(1)
    of = re.search(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$", bare)
    if of and of.group(1) in places.country_forms():
        bare, country = bare[:of.start()], of.group(1)
    return bare, country


def _named_with(country: str, people: People, paragraph: int, at: int) -> list[str]:
    """The people named right after the country ("President of Turkmenistan Dovlet Atayev", "Uzbek
    President Akmal Rashidov"), in order, for "the leader of Turkmenistan"."""
    forms = places.country_forms()
    same = {form for form, c in forms.items() if c.code == forms[country].code}  # "Uzbek", "Uzbekistan"
    return [m[3] for m in people.mentions if (m[0], m[1]) < (paragraph, at) and same.intersection(
        re.findall(r"[A-Z][\w-]*", people.paragraphs[m[0] - 1][max(0, m[1] - 40):m[1]]))]


def title(words: str) -> tuple[str, ...]:
    """('prime', 'minister') for 'the Prime Minister' or 'the judge who approved it'; () when the
    words are more than a title."""
    words = re.split(r"\s+(?:who|whom|which|that)\s", words, maxsplit=1)[0]
    tokens = [SPELLED.get(w.rstrip(".").lower(), w.rstrip(".").lower()) for w in words.split()]
    while tokens and tokens[0] in ("the", "a", "an"):
        tokens = tokens[1:]
    if tokens and all(t in names.TITLES for t in tokens) and tokens[-1] in OFFICES:
        return tuple(tokens[-2:]) if len(tokens) > 1 else tuple(tokens)
    return ()
