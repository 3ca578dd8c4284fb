"""The titles of office said with a proposed person's name, which make the person a leader
(curating.md): before the name ("Conservative leader Kemi Badenoch"), after it ("Jara, a former
labour minister"), or as what the person became or leads ("Saddam Hussein’s government"); a title
an organisation's people hold too ("its president") is no leader's."""

from __future__ import annotations

import re

from generator.authoring import body_words, names, places
from generator.authoring.text import sentence_bounds


def titles_around(text: str, run_start: int, name: names.Name) -> list[str]:
    """Titles of office said with a person's name outside its run of capitalised words: before it
    ("Conservative leader Kemi Badenoch", "India’s Prime Minister, Rajiv Menon"), in the apposition
    after it ("Jara, a former labour minister"), or as what the person became ("as he became the
    first British prime minister"). A title an organisation's people hold too is a leader's only
    when no organisation holds it: "its president, Arnaud Lefèvre" and "NLC president Bola Adeyemi"
    are not leaders, "Brazil’s president, Lúcia Andrade" is."""
    found = _office(re.findall(r"\S+", text[max(0, run_start - 80):run_start])[-5:])
    before = text[max(0, run_start - 80):run_start]
    if (office := names.portfolio_office(before)) == "minister" or (office and re.search(r"\bfor\s", before)):
        found.append(office)  # "the Minister of Finance,", "the Cabinet Secretary for Health,"
    end = name.start + len(name.text)
    apposition = re.match(r",\s+([^,.;:“”\"]{0,80})", text[end:])
    if apposition:
        found += _office(apposition.group(1).split()[:8], trailing=False)
    rest = text[end:sentence_bounds(text, name.start)[1]]
    found += [m.group(1).split()[0].lower() for m in re.finditer(
        r"\b(?:became|becomes|become|as)\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}?(president|prime minister|"
        r"premier|chancellor|minister|leader)\b", rest)]
    if _LEADS.match(text[end:]):  # "Saddam Hussein’s government", "X, who leads the opposition list"
        found.append("leader")
    return found


_LEADS = re.compile(r"[’']s\s+(?:government|administration|regime|cabinet)\b|,\s+who\s+(?:leads|led|heads|headed)\s+"
                    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:party|list|coalition|alliance|government|opposition|bloc)\b")


def _office(words: list[str], trailing: bool = True) -> list[str]:
    """The leader titles among ``words`` (the title words that end them, when ``trailing``: those
    right before a name), unless an organisation holds them."""
    bare = [w.strip(",").rstrip(".").lower() for w in words]
    first = len(bare)
    if trailing:  # the last word may end with a comma ("India’s Prime Minister, Rajiv Menon"), no other
        while first > 0 and bare[first - 1] in names.TITLES and (first == len(bare) or "," not in words[first - 1]):
            first -= 1
    else:
        first = next((i for i, w in enumerate(bare) if w in names.LEADER_TITLES), len(bare))
        while first > 0 and bare[first - 1] in names.TITLES:
            first -= 1
    titles = [w for w in bare[first:] if w in names.LEADER_TITLES][:1 if not trailing else None]
    if not titles or set(titles) - names.SHARED_TITLES:
        return titles
    if not trailing and titles != ["leader"] and _of_a_body(words[bare.index(titles[0]) + 1:]):
        return []  # "Greg Pittman, president of the Fish, Food and Allied Workers union"
    return [] if _held_by_organisation(words[first - 1] if first > 0 else "", titles) else titles


def _of_a_body(after: list[str]) -> bool:
    """'of the … union', 'at Corvel': what follows a title names a body, not a country ('of Brazil')."""
    if not after or after[0] not in ("of", "at"):
        return False
    rest = [w.strip(",.;") for w in after[1:]]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    return bool(rest) and rest[0][:1].isupper() and not any(
        re.sub(r"[’']s$", "", " ".join(rest[:k])) in places.country_forms() for k in (1, 2, 3))


def _held_by_organisation(holder: str, titles: list[str]) -> bool:
    """'its president', 'NLC president', 'the union's secretary', 'press secretary': the title is an
    organisation's; 'Brazil’s president', 'Conservative leader', 'The SPD’s leader' (a party's) are not."""
    base = re.sub(r"[’']s?$", "", holder)
    if titles == ["leader"]:  # a party's leader ("Its leader, Reto Marti") is one
        return False
    if holder.lower() in ("its", "their", "his", "her"):
        return True
    if base in places.country_forms():
        return False
    named = titles == ["president"] and base[:1].isupper() and base.lower() not in (  # "Almenara president"
        names.NOT_NAMES | names.DESCRIPTORS | names.PARTY_MEMBERS | names.TITLES | names.NOT_IN_PERSON_NAMES)
    return bool(re.fullmatch(r"[A-Z]{2,}", base)) or base != holder or base.lower() in body_words.ORGANISATION_WORDS \
        or named


# An office "for" a portfolio said before a name: "Minister for Housing Ciarán Mulvihill"
_FOR_PORTFOLIO = re.compile(r"(?:(?:Deputy|Vice|Acting|Junior|Shadow|Cabinet)\s+)*(?:Minister|Secretary|Commissioner)"
                            r"(?:\s+of\s+State)?\s+for\s+(?:the\s+)?")
_WORD = re.compile(r"\S+")
_PORTFOLIO_TAILS = names.PORTFOLIOS | {"affairs", "care", "development", "security", "services", "protection",
                                       "resources", "relations", "action", "infrastructure"}


def portfolio_then_name(run: str) -> int:
    """Where the name starts in a run opened by an office for a portfolio, else 0: "Secretary for
    Transport and Logistics Raymond Tse Wing-kin", "Minister for Foreign Affairs Simon Harris"."""
    office = _FOR_PORTFOLIO.match(run)
    tokens = list(_WORD.finditer(run, office.end())) if office else []
    words = [t.group(0) for t in tokens]
    k = 1
    while k < len(words) and (words[k] in ("and", "&") or words[k - 1] in ("and", "&") or words[k - 1].endswith(",")
                              or words[k].lower() in _PORTFOLIO_TAILS):
        k += 1
    return tokens[k].start() if len(words) - k >= 2 else 0

