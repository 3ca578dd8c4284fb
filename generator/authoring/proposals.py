"""New entities to propose: countries outside the registry, and names no entity has.

A run of capitalised words is cut to its name by `names`, which also guesses what it names; the
words around it settle what the run alone cannot: "an economist at Goldman Sachs" and "Robert
Funk of the University of Chile" name organisations after a person, "the Tom Price mine" names
a thing. One-word organisations are known by what the text calls them ("state miner Codelco",
"a Forsa survey", "the OECD") or by being acronyms; an acronym spelled out beside its name
("Alternative for Germany (AfD)") and a shorter form of a name proposed in full ("Senate" of
"U.S. Senate") are not proposed twice. A person is a leader when a title of office goes with
the name ("Conservative leader Kemi Badenoch", "Jara, a former labour minister").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from slugify import slugify

from generator.authoring import (
    aliases,
    bodies,
    body_words,
    called,
    kinds,
    names,
    offices,
    organisations,
    places,
    things,
)
from generator.authoring.currencies import is_currency_code, names_a_currency
from generator.authoring.entities import Matches, a_countrys_government
from generator.authoring.joins import joined_runs, spelled_out
from generator.authoring.offices import titles_around
from generator.authoring.organisations import (
    INSTITUTIONS,
    MEMBERS_AFTER,
    NOT_ORGANISATIONS,
    NOUN,
    OWNS_MEMBERS,
    a_place_in,
    national_name,
    one_word_organisations,
    two_bodies,
)
from generator.authoring.people import (
    AFTER_QUOTED_NICKNAME,
    BEFORE_QUOTED_NICKNAME,
    QUOTED_NICKNAME_IN,
    known_by_title,
    nicknames,
    said_after_a_first_name,
    same_person,
)
from generator.authoring.text import name_runs, sentence_at
from generator.corpus.registry import Registry
from generator.corpus.seeds import Seed


def propose(seed: Seed, registry: Registry, matches: Matches) -> list[dict[str, Any]]:
    """Countries found outside the registry, and names no entity has, with a guessed kind and the
    sentence that introduced them."""
    proposals: dict[str, dict[str, Any]] = {}
    for mention in sorted(matches.mentions, key=lambda m: (m.paragraph, m.start)):  # found longest form first
        if mention.entity in matches.new_countries:  # introduced where the text first names it
            text = seed.paragraphs[mention.paragraph - 1]
            proposal = proposals.setdefault(mention.entity, _proposal(
                matches.new_countries[mention.entity], "countries", text, mention.start, mention.paragraph))
            written = text[mention.start:mention.end]  # "Timor-Leste" of the proposed "East Timor"
            if written != proposal["name"] and written not in proposal.setdefault("aliases", []):
                proposal["aliases"].append(written)
    titles: dict[str, list[str]] = {}  # proposed person id → title words said with the name
    central_bank = any(re.search(r"\b(?:central bank|Bank of|Reserve Bank|Federal Reserve)\b", text)
                       for text in seed.paragraphs)
    article = "\n".join(seed.paragraphs)
    for number, text in enumerate(seed.paragraphs, 1):
        if _title_case(text):
            continue  # "Carney Calls Meeting With Xi a Turning Point": every word looks like a name
        taken = matches.spans.get(number, [])
        countries = {(m.start, m.end) for m in matches.mentions if m.paragraph == number and m.section == "countries"}
        for run, start, organisation in _runs(text, article):
            if re.fullmatch(r"[A-Z]{3,}(?:\s+[A-Z]{2,}){2,}", run) or \
                    re.sub(r"^The\s+", "", run).split()[0] in things.VESSEL_PREFIXES:
                continue  # a transcript's "(SOUNDBITE OF MUSIC)", a label in capitals; a ship
            if BEFORE_QUOTED_NICKNAME.match(text, start + len(run)) or AFTER_QUOTED_NICKNAME.search(text[:start]):
                continue  # "Gov. Aurelio" and "Villaflor Jr." of "Gov. Aurelio “Jun” Villaflor Jr.": read whole below
            if re.search(r"\b\d{1,2}[:.]\d{2}\s*$", text[:start]):
                continue  # "09:47 PM IST": a time and its zone
            if not organisation and text[start - 1:start] in _OPENING_MARKS and \
                    text[start + len(run):start + len(run) + 1] in _CLOSING_MARKS:
                continue  # "the ‘Pkhali Trio’ (£9)": a title that fills its quotation marks, not a person
            if not organisation and _opened_by_a_noun(run, text, start, article):
                common = len(run.split()[0]) + 1
                run, start = run[common:], start + common  # "Evacuee Darlene Mercredi", as the article has "evacuees"
            if run.split()[-1].lower() in names.TITLES and _OFFICE_OF.match(text, start + len(run)):
                continue  # "the Additional Labour Commissioner’s office": an office, not a person
            name = names.strip(run, start, opens_sentence=_opens_sentence(text, start))
            if organisation and (kinds.kind_of(name.text, _titled(name)) not in ("people", "countries")
                                 or spelled_out(text, start, run)):
                name = names.strip_openers(run, start)  # "France Inter", not "Inter"; but "Neighbouring India …"
            end = name.start + len(name.text)
            if not name.text or names.LEANING.fullmatch(name.text) or (
                    _names_a_thing(text, end) and not spelled_out(text, name.start, name.text)
                    and name.text.split()[-1].lower() not in body_words.ORGANISATION_HEADS) \
                    or _is_a_document(name.text) or is_currency_code(name.text) \
                    or names.portfolio_office(f"{name.text},") or a_countrys_government(name.text):
                continue  # "the Cabinet Secretary for Health": an office; "the UK Government": the country
            western = names.western_order(name.text, name.titles)  # "Mr KONÉ Adama Sinaly", whatever the capitals
            section = "people" if western else kinds.kind_of(name.text, _titled(name))
            if section == "people" and not _titled(name) and " " in name.text and _THE.search(text[:name.start]) \
                    and not places.placed(name.text, text, name.start, article):
                section = "organisations"  # "the Seattle Kraken rallied": no one's name takes "the"
            national: str | None = None
            if section == "organisations" and (owned := national_name(name, text, article)
                                                 or organisations.without_nationality(name, article)):
                name, national = owned  # "Bolivia’s Foreign Ministry" and "Paraguay’s Foreign Ministry": two bodies
            overlaps = [(s, e) for s, e in taken if s < end and name.start < e]
            if (overlaps and not (section == "organisations" or organisation)) or any(
                    span not in countries or span == (name.start, end) for span in overlaps):
                continue
            if " " not in name.text and name.text.lower() in INSTITUTIONS:
                section = "organisations"
            if section == "organisations" and " " not in name.text and name.text.lower() not in INSTITUTIONS \
                    and name.text.lower() in body_words.ORGANISATION_WORDS:
                continue  # "the Centre", "the Group": a common noun, not a name
            # not "Labor Minister Jo Bloggs summoned union …": a titled name is a person's
            if organisation and section in ("people", None) and len(name.text.split()) > 1 \
                    and not kinds.is_place_name(name.text) and not _titled(name):
                section = "organisations"
            if organisation and section is None and name.text not in NOT_ORGANISATIONS and (
                    re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{1,6})*", name.text) or (
                    re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", name.text) and not a_place_in(article, name.text)
                    and re.search(r"[A-Z][\w’'-]+\s+of\s+$", text[:name.start]))):
                section = "organisations"  # "a governing party, ZANU-PF, that …", "Vestergaard of Norvalia-Kestrel"
            if section is None and " " not in name.text and _AGED.match(text, end) and \
                    kinds.kind_of(f"Jo {name.text}") == "people" and not _named_before(name.text, proposals):
                section = "people"  # "Fatima, 38, who fled Homs": a person known by one name
            if section is None and (titled := known_by_title(name, text, article)):
                name, section = titled, "people"  # "Judge Marchand", whose first name the article never gives
            if section is None and " " not in name.text and (same := same_person(name.text, proposals)):
                titles.setdefault(same, []).extend(titles_around(text, start, name))  # "Jara, a former minister"
            if section not in ("people", "organisations") or (section == "people" and name.text[:1].islower()) or (
                    section == "people" and not _titled(name) and (
                    places.placed(name.text, text, name.start, article)
                    or (text[:name.start].endswith("through ") and not re.match(r"[’']s\b", text[end:])))) or (
                    places.OF_A_PLACE.search(text[:name.start])):  # "The mayor of Oliveira do Hospital"
                continue  # "in Puerto Aysén", "from the Tonle Sap", "the village of Kbal Romeas": a place
            written = name.text
            if section == "people" and western:
                name = replace(name, text=western)  # "KONÉ Adama Sinaly" is Adama Sinaly Koné
            entity_id = (same_person(name.text, proposals) if section == "people" else None) or slugify(name.text)
            if not entity_id or registry.section_of(entity_id):
                continue
            if section == "people":
                said = [*name.titles, *titles_around(text, start, name)]
                if central_bank:  # a central bank's governor is no leader (curating.md)
                    said = [t for t in said if t not in ("governor", "gov")]
                titles.setdefault(entity_id, []).extend(said)
            proposal = proposals.setdefault(entity_id, _proposal(name.text, section, text, name.start, number))
            if organisation and section == "organisations" and proposal["section"] == "people":
                proposal["section"] = "organisations"  # "Comhar Nua, which won just two seats", named before
            if national and national not in proposal.setdefault("aliases", []):
                proposal["aliases"].append(national)
            if written != name.text:  # and "Mr Koné", as the paper goes on
                known = proposal.setdefault("aliases", [])
                known += [a for a in (written, name.text.split()[-1]) if a not in known]
        for m in QUOTED_NICKNAME_IN.finditer(text):  # "captain Daniel ‘Tornado’ Agyemang"
            full_name = f"{m.group(1)} {m.group(3)}"
            if kinds.kind_of(full_name) == "people" and not registry.section_of(slugify(full_name)):
                proposal = proposals.setdefault(slugify(full_name),
                                                _proposal(full_name, "people", text, m.start(), number))
                proposal.setdefault("aliases", []).append(m.group(2))
                titles.setdefault(proposal["id"], [])
        for org, start in one_word_organisations(text, article):
            if not any(s < start + len(org) and start < e for s, e in taken) and not registry.section_of(slugify(org)):
                proposals.setdefault(slugify(org), _proposal(org, "organisations", text, start, number))
    for p in list(proposals.values()):
        if p["section"] == "people" and _a_team(p["name"], article):
            p["section"] = "organisations"  # "Tema Mariners", whom the report calls "the Mariners"
        for nickname in nicknames(p["name"], article) if p["section"] == "people" else ():
            p.setdefault("aliases", []).append(nickname)  # "Sarpong, who is known … as ‘Coach Sarps’"
            proposals.pop(slugify(nickname), None)
    for entity_id, said in titles.items():
        # not "Minera Cordillera chief executive …"'s body; nor a nickname, dropped above
        if entity_id in proposals and proposals[entity_id]["section"] == "people":
            proposals[entity_id]["kind"] = "leader" if names.leader_titles(said) else "person"
    kept = aliases.one_each(proposals, seed.paragraphs)
    for p in kept:
        if p["section"] == "organisations" and (other_names := aliases.acronyms(p["name"], seed.paragraphs)
                                                 + aliases.short_forms(p["name"], article)):
            p["aliases"] = other_names
    known = {alias.casefold(): p["id"] for p in kept for alias in p.get("aliases", [])}
    kept = [p for p in kept if known.get(p["name"].casefold(), p["id"]) == p["id"]]  # "(Vitas)": the body's alias
    return sorted(kept, key=lambda p: (p["paragraph"], p["id"]))


def _title_case(text: str) -> bool:
    """A headline in title case: most of its longer words capitalised, no full stop at its end."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 3 and not text.rstrip().rstrip("’'”\"").endswith((".", "!", "?")) and sum(
        w[0].isupper() for w in words) > 0.7 * len(
        words)


def _proposal(name: str, section: str, text: str, start: int, paragraph: int) -> dict[str, Any]:
    return {"id": slugify(name), "name": name, "section": section, "description": sentence_at(text, start),
            "paragraph": paragraph}


def _runs(text: str, article: str) -> list[tuple[str, int, bool]]:
    """Runs of capitalised words, each with whether its place says it is an organisation: after a
    person's name and "of" ("Robert Funk of the University of Chile"), after "at" ("an economist at
    Goldman Sachs"), before what the text calls it ("France Inter radio"), before "which" (people
    are "who") or as "the … leader" ("the Sinn Féin leader"). Runs joined by "and"
    are one name when the whole is a body's ("Mining and Energy Union", "Department for Business
    and Trade", "Ministry of Climate Crisis and Civil Protection")."""
    split: list[tuple[str, int, bool]] = []
    for run, start in two_bodies(name_runs(text)):
        trade = called.TRADE_OPENS.match(run)
        if trade and _opens_sentence(text, start):  # "Operator Dakar Mobilite Express (DME), which …"
            split.append((run[trade.end():], start + trade.end(), True))
            continue
        held = called.HELD_BY.match(run)  # "Shares of Kaga Shinwa Bank rose": the bank, not "Shares of …"
        if held:  # shares and staff are a company's; residents, fans and students may be a place's or a person's
            firm = re.match(r"(?:Shares|Share|Stock)holders|Shares|Employees|Staff", run) or \
                called.ITSELF.match(text, start + len(run))  # "Shares of Hanul Silicon, which listed …"
            split.append((run[held.end():], start + held.end(), bool(firm)))
            continue
        head = organisations.headed_run(run)
        if head:  # "Hanul Silicon CEO Park Eun-ji": the company, then its head
            split += [(run[:head[0]], start, True), (run[head[1]:], start + head[1], False)]
            continue
        named_at = offices.portfolio_then_name(run)
        if named_at:  # "Minister for Housing Ciarán Mulvihill": the person
            split.append((run[named_at:], start + named_at, False))
            continue
        office = re.match(r"(?:The\s+)?(?:[A-Z][\w.-]*\s+){1,3}?of\s+(?:the\s+)?(?=[A-Z])", run)
        if office and all(w.rstrip(".").lower() in names.TITLES for w in office.group(0).split()[:-1]
                          if w not in ("of", "the", "The")) and not _held_by_someone(run, start) \
                and (not names.portfolio_office(f"{run},")  # "the Minister of Water and Energy": an office,
                     or run.split()[-1].lower() in body_words.ORGANISATION_HEADS):  # not "Secretary of … Union"
            split.append((run[office.end():], start + office.end(), False))  # "CEO of Tessaline Pharmaceuticals"
            continue
        # At the "of" after a person: "Leader of Opposition Ranjit Swain of the Biju Janata Dal"
        splits = list(re.finditer(r"\s+of\s+(?:the\s+)?", run))
        match = next((m for m in splits if kinds.kind_of(*_person_at(run[:m.start()], start)) == "people"
                      or said_after_a_first_name(run[:m.start()], article)), splits[0] if splits else None)
        left = run[: match.start()] if match else run
        person = names.strip(left, start)
        if match and (kinds.kind_of(person.text, _titled(person)) == "people"
                      or said_after_a_first_name(left, article)):
            split.append((left, start, False))
            if not (set(person.titles) & _LEGISLATORS and "the" not in match.group(0)):
                split.append((run[match.end():], start + match.end(), True))  # not "Sen. Curtis Odom of Mountain Home"
        else:
            after_at = re.search(r"\b(?:at|[Ss]hares\s+in)\s+(?:the\s+)?(?:[\w-]+-(?:based|listed)\s+)?$",
                                 text[max(0, start - 40):start]) or \
                called.HEADED_BY.search(text[max(0, start - 40):start]) or \
                (called.CALLED_BEFORE.search(text[max(0, start - 30):start])
                 and not _SPOKESPERSON_FOR.search(text[:start])
                 and not called.A_PERSON_AFTER.match(text, start + len(run)))
            after = text[start + len(run):]
            # "The family of founder Jozef Verhaeghe, which controls …": the family's "which"
            itself = called.ITSELF.match(after) and not (kinds.kind_of(run) == "people" and re.search(
                r"\b[a-z]+\s+of\s+(?:[a-z]+\s+)?$", text[:start]))
            a_body = re.match(rf"\s+(?:[a-z-]+\s+)?(?:{NOUN})\b", after) or itself or (
                (MEMBERS_AFTER.match(after) or OWNS_MEMBERS.match(after))
                and not all(names.is_title(w.lower()) for w in run.split())) \
                or called.CALLED.match(called.past_acronym(after)) \
                or (called.ROLE_THEN_NAME.match(after) and run not in places.country_forms())
            party = text[start - 1:start] == "(" and after[:1] == ")" and re.search(r"[a-z]\s+\($", text[:start])
            split.append((run, start, bool(after_at or a_body or party or spelled_out(text, start, run))))
    return joined_runs(split, text, article)


_THE = re.compile(r"(?<![\w-])the\s+$")
# A legislator "of" a place without "the" is of its home town: "Sen. Curtis Odom of Mountain Home".
_LEGISLATORS = frozenset({"sen", "senator", "rep", "representative", "assemblyman", "assemblywoman", "assemblymember",
                          "del", "delegate", "councilman", "councilwoman", "congressman", "congresswoman"})


def _opens_sentence(text: str, start: int) -> bool:
    """The run at ``start`` opens the paragraph, a sentence or what follows a dateline's dash."""
    return not re.search(r"[\w,’'”\"]\s*$", text[:start])


def _opened_by_a_noun(run: str, text: str, start: int, article: str) -> bool:
    """A person's name after a capitalised common noun that opens the sentence: the article uses
    the word in lower case elsewhere ("evacuees")."""
    first, _, rest = run.partition(" ")
    return len(rest.split()) > 1 and _opens_sentence(text, start) and kinds.kind_of(rest) == "people" and \
        kinds.kind_of(run) != "organisations" and bool(
        re.search(rf"(?<![\w’'-]){re.escape(first.lower())}s?(?![\w’'-])", article))


_OFFICE_OF = re.compile(r"[’']s\s+(?:office|department|chambers|bureau|secretariat)\b")
_OPENING_MARKS, _CLOSING_MARKS = frozenset("‘“\"'"), frozenset("’”\"'")


def _a_team(name: str, article: str) -> bool:
    """A name whose last word, a plural, the article also gives with "the" alone: a side or a band."""
    last = name.split()[-1]
    return " " in name and last.endswith("s") and bool(
        re.search(rf"\b[Tt]he\s+{re.escape(last)}(?![\w-]|\s+[A-Z])", article))


def _named_before(word: str, proposals: dict[str, dict[str, Any]]) -> bool:
    """A word of a person proposed before: "Mora" of "Yesenia Mora Quesada", "Al-Sayed" of "Hisham al-Sayed"."""
    return any(word.casefold() in p["name"].casefold().split() for p in proposals.values() if p["section"] == "people")


# "A spokeswoman for the employers’ association, Aiko Tanabe,": the spokeswoman's name, not the body's.
_SPOKESPERSON_FOR = re.compile(rf"{bodies.SPOKESPERSON}\s+(?:for|of|at)\s+[^,.;]{{1,60}},\s+$")
# An age set off after a name: "Omana, 52, who has shelled cashews".
_AGED = re.compile(r",\s+(?:aged\s+)?(?:\d{1,3},|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"(?:thir|four|fif|six|seven|eigh|nine)teen)[,.])")  # "Mason, seven, and Lola-Rae, four."


def _held_by_someone(run: str, start: int) -> bool:
    """"Head of the Press Service Bolat Seitkali": the run names the person after the office."""
    holder = names.strip(run, start)
    return kinds.kind_of(holder.text, _titled(holder)) == "people"


def _person_at(left: str, start: int) -> tuple[str, bool]:
    name = names.strip(left, start)
    return name.text, _titled(name)


def _titled(name: names.Name) -> bool:
    """Whether a person's title stood before the name ("Gov.", "Dr", "President")."""
    return bool(set(name.titles) - names.DESCRIPTORS)


def _is_a_document(name: str) -> bool:
    """'the Finance Bill', 'the Paris Agreement', 'the Marshall Plan': a text, not a body."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _DOCUMENTS


_DOCUMENTS = frozenset({"bill", "act", "treaty", "accord", "accords", "pact", "agreement", "plan", "law", "protocol",
                        "declaration", "doctrine", "strategy", "amendment", "directive", "charter", "constitution"})


def _names_a_thing(text: str, end: int) -> bool:
    """'the Tom Price mine', 'the State of the Union address', 'CFA francs': a run followed by what it names
    (the caller keeps a body with its own: "an International Monetary Fund program")."""
    after = re.match(r"\s+([a-z]+)", text[end:])
    return bool(after and (after.group(1) in things.THING_NOUNS or names_a_currency(after.group(1)))) or \
        bool(re.match(r"\s+\([\w .]+\)\s+(?:Bill|Act|Regulations?|Order)\b", text[end:]))  # "… (Amendment) Bill"
