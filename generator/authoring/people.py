"""Every mention of a draft's people in its text, by any of their forms, with the titles, ages
and honorifics said beside them: what `speakers` reads a quote's words against.

A person is found by full name, alias, surname or first name ("Matthei", "Sir Keir"); a short
form two people share is the one named last. The titles seen before a name ("Transport Secretary
Kirsty Mackay", "the Minister for Finance, X") or in an apposition after it make that person "the
minister" later. It also says how `proposals` names a person: by the surnames and nicknames the
article uses, a quoted nickname inside the name ("Aurelio “Jun” Villaflor Jr."), a surname said only
after a title ("Judge Marchand"), a shorter form of someone already proposed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from generator.authoring import kinds, names, places
from generator.authoring.quote_marks import quote_spans
from generator.authoring.text import sentence_bounds

# Office words that can stand for a person on their own: "the Prime Minister", "the president".
OFFICES = frozenset(names.LEADER_TITLES | {"senator", "sen", "ambassador", "spokesman", "spokeswoman", "mayor",
                                            "chairman", "chairwoman", "chair", "chairperson", "chief", "envoy",
                                            "governor", "judge", "executive", "captain", "coach",
                                            # who "the inspector", "the magistrate" is, once named with it
                                            "inspector", "superintendent", "detective", "magistrate", "prosecutor",
                                            "lawyer", "professor", "councillor", "councilor", "director"})
OPENING = 2  # paragraphs of headline and standfirst, before a story names its people
# ", the Minister of Internal Administration," / ", Spain's interior minister," right after a name
_APPOSITION = re.compile(r",\s+((?:(?:the|a|an|[A-Z][\w-]*[’']s)\s+|(?=(?:chief|executive|director|chairman|"
                         r"chairwoman|chair|president|managing|general|secretary)\b))[^,.;:\d]{1,100}?)"
                         r"\s*(?:[,.;]|\s+who\b|$)")  # "Duarte Sampaio, the Minister of …,", "X, chief executive of Y,"


_GENDERED = ("Mrs|Ms|Miss|Mr|Madame|Mme|Monsieur|Señora|Señor|Senhora|Senhor|Frau|Herr|Sir|Lord|Prince|King|Emperor|"
             "Dame|Lady|Princess|Queen|Empress")
_MEN = frozenset({"Mr", "Monsieur", "Señor", "Senhor", "Herr", "Sir", "Lord", "Prince", "King", "Emperor"})
# Kin who say the sex of the person named after them: "her husband, the sculptor Miloš Kohout"
KIN_SEX = {**dict.fromkeys(("father", "husband", "son", "brother", "uncle", "nephew", "grandfather", "grandson",
                             "stepfather", "widower", "boyfriend"), "m"),
            **dict.fromkeys(("mother", "wife", "daughter", "sister", "aunt", "niece", "grandmother", "granddaughter",
                             "stepmother", "widow", "girlfriend"), "f")}
_KIN = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+)?({'|'.join(KIN_SEX)})"
                  r"(,)?\s+(?:the\s+(?:[a-z-]+\s+){0,2})?$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_])([^\W\d_])")


def _runs_on(text: str, end: int) -> bool:
    """A short form is part of a longer name when another name word follows, in any script: "Te" of
    "Te Rūnanganui", "Sinbaram" of "Sinbaram Logistics"."""
    word = _NEXT_WORD.match(text, end)
    return bool(word and word.group(1).isupper() and word.group(2).islower())

# Abbreviated titles as the office they name: "Sen. Mark Dressler" is "the senator".
SPELLED = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president", "amb": "ambassador",
           "insp": "inspector", "det": "detective", "supt": "superintendent", "coun": "councillor", "ald": "alderman",
            "gen": "general", "adm": "admiral", "justice": "judge",  # "Mrs Justice Amelia Rowe" is the judge
            "skipper": "captain"}


# "known to everyone as Pritch", "who is known to supporters simply as ‘Coach Sarps’", "popularly called ‘Papa Q’":
# one word, or two in quotation marks (not "dubbed the Iron Lady")
_NICKNAMED = (r"(?:(?:[a-z]+\s+){0,2}(?:known|nicknamed|dubbed)(?:\s+[a-z]+){0,7}?\s+(?:as\s+)?|"
              r"(?:[a-z]+ly\s+)?called\s+(?=[“\"‘']))"
              r"(?:[“\"‘']([A-Z][\w’'-]*\s+[A-Z][\w’'-]*)[”\"’']|[“\"‘']?([A-Z][\w’'-]+)(?![\w’'-]|\s+[A-Z]))")
_NICKNAME_AFTER = re.compile(rf"\s*[,(–—-]\s*{_NICKNAMED}")  # compiled once: it is long, and read after every name


class People:
    """Every mention of the draft's people in the text, by any of their forms, in reading order."""

    def __init__(self, paragraphs: tuple[str, ...], people: Mapping[str, Sequence[str]]) -> None:
        self.paragraphs = paragraphs
        forms: dict[str, set[str]] = {}
        full: set[tuple[str, str]] = set()
        named = {name for person_names in people.values() for name in person_names}
        article = "\n".join(paragraphs)
        for person_id, person_names in people.items():
            for name in person_names:
                forms.setdefault(name, set()).add(person_id)
                full.add((name, person_id))
                for short in _short_forms(name):
                    forms.setdefault(short, set()).add(person_id)
                for nickname in nicknames(name, article):
                    forms.setdefault(nickname, set()).add(person_id)
        self.mentions: list[tuple[int, int, int, str]] = []   # (paragraph, start, end, id)
        self.titles: dict[str, set[tuple[str, ...]]] = {}     # id → title words seen right before a mention
        self.ages: dict[str, set[str]] = {}                   # id → ages given beside a mention ("Tom Charlton, 64,")
        self.sexes: dict[str, str] = {}                       # id → "m" or "f", from "Mr", "Ms" before a mention
        for number, text in enumerate(paragraphs, 1):
            taken: list[tuple[int, int]] = []
            found: list[tuple[int, int, set[str]]] = []
            for form in sorted(forms, key=len, reverse=True):
                for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                    if form not in named and _runs_on(text, m.end()):
                        continue  # "Sinbaram" of "Sinbaram Logistics" is not the Sinbaram of "Sinbaram Eats"
                    if not any(s < m.end() and m.start() < e for s, e in taken):
                        taken.append((m.start(), m.end()))
                        found.append((m.start(), m.end(), forms[form]))
            for start, end, ids in sorted(found):
                honorific = re.search(rf"\b({_GENDERED})\.?\s+$", text[:start]) or \
                    re.match(rf"({_GENDERED})\.?\s", text[start:end])  # "Prince Alemayehu" as the name says
                kin = _KIN.search(text, max(0, start - 80), start)  # "Her father, Josef Kohout,"
                kin = kin if kin and (not kin.group(2) or re.match(r"[,;.)]", text[end:])) else None  # not "In
                # addition to his daughter, Fairbanks is survived by"
                sex = ("m" if honorific.group(1) in _MEN else "f") if honorific else \
                    KIN_SEX[kin.group(1)] if kin else None
                if len(ids) > 1 and sex:  # "Ms Virtanen" is not the Virtanen the story called "Mr"
                    ids = {i for i in ids if self.sexes.get(i, sex) == sex} or ids
                person = next(iter(ids)) if len(ids) == 1 else self._nearest(ids, number, start, full)
                if person and sex:
                    self.sexes.setdefault(person, sex)
                if person:
                    self.mentions.append((number, start, end, person))
                    self._note_titles(person, text[:start])
                    self._note_apposition(person, text[end:])
                    age = re.match(r",\s+(\d{1,3}),", text[end:]) or \
                        re.search(r"\b(\d{1,3})-year-old\s+$", text[:start])
                    if age:
                        self.ages.setdefault(person, set()).add(age.group(1))

    def _nearest(self, ids: set[str], paragraph: int, start: int, full: set[tuple[str, str]]) -> str | None:
        """Of several people a short form may name, the one named last before it."""
        earlier = [m for m in self.mentions if m[3] in ids and (m[0], m[1]) < (paragraph, start)]
        return earlier[-1][3] if earlier else None

    def _note_titles(self, person: str, before: str) -> None:
        words = re.findall(r"[\w.’'-]+", before)[-3:]
        title: list[str] = []
        for word in reversed(words):
            bare = word.rstrip(".").lower()
            if bare not in names.TITLES:
                break
            title.insert(0, SPELLED.get(bare, bare))
        office = tuple(w for w in title if w not in names.HONORIFICS)  # "Prime Minister Sir Keir"
        portfolio = "" if office else names.portfolio_office(before[-80:])  # "the Minister for Finance, X"
        office = office or ((portfolio,) if portfolio else ())
        if office and office[-1] in OFFICES:
            self.titles.setdefault(person, set()).add(office)
            if office[-1] == "secretary" and (len(office) > 1 or portfolio):  # "Transport Secretary X": a minister
                self.titles[person].add(("minister",))

    def _note_apposition(self, person: str, after: str) -> None:
        """A title set off after the name: "Duarte Sampaio, the Minister of Internal Administration,"
        or "Ana Ruiz, the country's finance minister," makes her "the minister" later."""
        match = _APPOSITION.match(after)
        words = [SPELLED.get(w, w) for w in (w.rstrip(".").lower() for w in re.findall(r"[\w.’'-]+", match.group(1)))
                 ] if match else []
        first = next((i for i, w in enumerate(words) if w in OFFICES), None)
        if first is not None:  # the office with the title words that go with it: ("chief", "executive")
            last = first
            while last + 1 < len(words) and words[last + 1] in OFFICES:
                last += 1
            self.titles.setdefault(person, set()).add(tuple(words[first:last + 1]))

    def within(self, paragraph: int, start: int, end: int) -> list[tuple[int, int, int, str]]:
        return [m for m in self.mentions if m[0] == paragraph and start <= m[1] and m[2] <= end]

    def before(self, paragraph: int, start: int) -> list[tuple[int, int, int, str]]:
        """Mentions before ``start`` in the paragraph, outside quotations (a name inside one is not
        who "she" is)."""
        quoted = quote_spans(self.paragraphs[paragraph - 1])
        return [m for m in self.mentions if m[0] == paragraph and m[2] <= start and not any(
            s < m[1] < (e if e is not None else 1 << 30) for s, e in quoted)]

    def by_age(self, age: str, paragraph: int, start: int) -> str | None:
        """The person last named before with this age: "Tom Charlton, 64, …. The 64-year-old said"."""
        earlier = [m for m in self.mentions if age in self.ages.get(m[3], ()) and (m[0], m[1]) < (paragraph, start)]
        return earlier[-1][3] if earlier else None

    def by_title(self, title: tuple[str, ...], paragraph: int, start: int) -> str | None:
        """The person last named before with a title that ends with ``title``; else the first named
        after, in the same paragraph ("said the Interior Minister, Rosa Castañeda") or in a headline
        or standfirst (the first two paragraphs), which speak before the story names anyone. Further
        in, "the minister" is never someone the story has not named yet."""
        holders = {p for p, seen in self.titles.items() if any(t[-len(title):] == title for t in seen)}
        earlier = [m for m in self.mentions if m[3] in holders and (m[0], m[1]) < (paragraph, start)]
        if earlier:
            return earlier[-1][3]
        later = [m for m in self.mentions if m[3] in holders]
        return later[0][3] if later and (paragraph <= OPENING or later[0][0] == paragraph) else None


def said_after_a_first_name(word: str, article: str) -> bool:
    """One word the article also gives after a first name: "Vestergaard of Norvalia-Kestrel" after
    "Magnus Høj Vestergaard"."""
    return " " not in word and word.lower() not in names.TITLES and any(
        kinds.kind_of(m.group(0)) == "people"
        for m in re.finditer(rf"\b[A-Z][\w’'-]+\s+(?:[A-Z][\w’'-]+\s+)?{re.escape(word)}\b", article))


def nicknames(name: str, article: str) -> list[str]:
    """What the article says the person is known as, after any form of the name: "Dave Pritchard –
    known to everyone at the club simply as Pritch –"."""
    return list(dict.fromkeys(m.group(1) or m.group(2) for form in (name, *sorted(_short_forms(name)))
                              for named in re.finditer(rf"(?<![\w-]){re.escape(form)}", article)
                              if (m := _NICKNAME_AFTER.match(article, named.end()))))


def surnames(name: str) -> list[str]:
    """What a story may call a person after naming them in full: the last word ("Starmer") and
    with the particles before it ("al Rawahi" of "Saif bin Hamad al Rawahi"), and of a three-word
    name the last two ("Cortez Masto") and the middle one, the first of a Spanish double surname
    ("Mora" of "Yesenia Mora Quesada", "Mr Vargas" of "Rodrigo Vargas Solís"); no particle alone."""
    words = name.split()
    if len(words) < 2:
        return []
    if len(words) > 2 and words[-1] in kinds.REGNAL:  # "Villaflor Jr." and "Villaflor" of "Aurelio Villaflor Jr."
        return [" ".join(words[-2:]), *surnames(" ".join(words[:-1]))]
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in names.PARTICLES:
        first -= 1
    found = [words[-1], *([" ".join(words[first:])] if first < len(words) - 1 else [])]
    return found + ([" ".join(words[1:]), words[1]] if len(words) == 3 and first == 2 else [])


def _short_forms(name: str) -> set[str]:
    """Surnames and first name ("Xi" and "Jinping", "Keir" and "Starmer", "Cortez Masto") of a name
    without its titles; which is which is not known, and only the forms a text uses are found."""
    bare = names.strip(name, 0).text
    shorts = {bare.split()[0], *surnames(bare)} if " " in bare else {bare} if bare != name else set()
    if len(bare.split()) > 2:
        shorts.add(" ".join(bare.split()[:2]))  # "Nik Azlan" of "Nik Azlan Nik Yusof", "Julián Cárdenas"
    return {s for s in shorts if s.lower() not in names.NOT_NAMES and s.lower() not in names.TITLES
            and (s not in places.country_forms() or s in places.place_names())}  # "Lima" of "Roberto Lima"


_VERB_IN = re.compile(r"\b(?:said|says|had|has|have|was|were|is|are|told|wrote|written|went|made|took)\b")


def is_subject(text: str, start: int) -> bool:
    """True when the mention opens its sentence, after titles or capitalised words only, or stands
    in apposition to the sentence's opening words ("The fund's mission chief, Karin Lindqvist, wrote")."""
    bounds = sentence_bounds(text, start)
    lead = _STAMP.sub("", text[bounds[0]:start])  # "11:58 p.m. — Alexander concedes": a live blog's entry
    while (last := re.search(r"(\S+)\s+$", lead)) and last.group(1).rstrip(".").lower() in names.TITLES:
        lead = lead[:last.start()]  # ", Cllr Peter Ashworth,": the apposition starts before the title
    if lead.endswith(", ") and lead.count(",") == 1 and re.match(r"[^,]*?,", text[start:bounds[1]]) and \
            not _VERB_IN.search(lead):  # not "Ms Ellison said she had written to her MP, Daniel Osei,"
        return True
    if _OPENING_PHRASE.fullmatch(lead):  # "Asked about the dialogue, A.Rakhimov announced"
        return True
    return not re.search(r"(?<![’'])\b[a-z][a-z-]*\b", lead.replace("the ", ""))


# A phrase that opens a sentence before its subject: "Speaking on the railway, ", "In Tashkent on Monday, ".
_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[—–-]\s*")  # "11:58 p.m. — "
_OPENING_PHRASE = re.compile(r"(?:[A-Z][a-z]+(?:ing|ed)|In|On|At|After|Before|During|Following|Despite|Under|"
                             r"With|For|Later|Earlier)\b[^,;:]{0,120},\s+(?:[A-Z]\.\s*)*")  # "A.Rakhimov"


# A nickname in quotation marks between a first name and a surname.
_NICKNAME = r"[‘'“\"]((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*)?)[’'”\"]"  # "the Tractor", "Jun", "J.T."
_REGNAL = "|".join(re.escape(r) for r in sorted(kinds.REGNAL, key=len, reverse=True))  # "Jr." before "Jr"
# "Levan "the Tractor" Abuladze", "Ma. Lourdes "Dading" Esguerra", "Aurelio "Jun" Villaflor Jr.",
# "Robert E. "Bobby" Teague"
QUOTED_NICKNAME_IN = re.compile(rf"(?<![\w’'-])((?:[A-Z][a-z]?\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z]\.)*)\s+{_NICKNAME}"
                                rf"\s+([A-Z][\w’'-]+(?:\s+(?:{_REGNAL})(?![\w’'-]))?)")
# the parts, and "Vice Gov. Ma" of "Ma. Lourdes …"
BEFORE_QUOTED_NICKNAME = re.compile(rf"\.?(?:\s+[A-Z][\w’'-]+)?\s+{_NICKNAME}\s+[A-Z]")
AFTER_QUOTED_NICKNAME = re.compile(rf"[A-Z][\w’'-]+\s+{_NICKNAME}\s+$")


def known_by_title(name: names.Name, text: str, article: str) -> names.Name | None:
    """A surname said only after a title ("Judge Marchand", "Dr Daley"): the person, named so,
    when the article never gives the surname after a first name."""
    preceding = re.search(r"(?:\b[A-Z][a-z]*\.?\s+){1,3}$", text[:name.start])  # "Judge", "Prime Minister"
    words = preceding.group(0).split() if preceding else []
    while words and words[0].rstrip(".").lower() not in names.TITLES:
        words.pop(0)
    if " " in name.text or not words or any(w.rstrip(".").lower() not in names.TITLES for w in words) \
            or kinds.kind_of(f"Jo {name.text}") != "people":
        return None
    before = (m.group(1) for m in re.finditer(rf"(?<!\w)([^\W\d_][\w’'.-]*)\s+{re.escape(name.text)}\b", article)
              if m.group(1)[0].isupper())  # "Ádám Rév" beside "Mr. Rév"
    if any(word.rstrip(".").lower() not in names.TITLES for word in before) or re.search(
            rf"\b{re.escape(name.text)}\s+(?:(?:bin|bint|ibn|al|el|de|da|van|von|der|di|le|la)\s+)*[A-Z][\w’'-]*[a-z]",
            article) or re.search(rf"(?<![\w’'-]){re.escape(name.text.upper())}\s+[A-Z][a-z]", article):
        return None  # "Edmund Hillary", "Li Wei", "Khalid bin Nasser", "KONÉ Adama Sinaly"
    title = " ".join(words)
    return names.Name(f"{title} {name.text}", text.rindex(title, 0, name.start), name.titles, name.countries)


def same_person(name: str, proposals: dict[str, dict[str, Any]]) -> str | None:
    """The proposed person this name is a shorter form of: 'Cortez Masto' of 'Catherine Cortez Masto'."""
    words = name.casefold().split()  # "De Graaf" of "Femke de Graaf"
    for entity_id, p in proposals.items():
        theirs = p["name"].casefold().split()
        if p["section"] == "people" and len(words) < len(theirs) and (
                theirs[-len(words):] == words or theirs[:len(words)] == words):
            return entity_id
    return None
