"""Which neighbouring runs of capitalised words are one name: a body's name that holds "and" or a list
("Ministry of Land, Infrastructure, Transport and Tourism", "the Bangladesh Fruits, Vegetables and Allied
Products Exporters' Association"), not two names side by side ("Morocco and the European Union",
"Carmel Ridge Capital and Hadar Partners").
"""

from __future__ import annotations

import re

from generator.authoring import aliases, body_words, called, kinds, names, offices, places


def joined_runs(split: list[tuple[str, int, bool]], text: str, article: str) -> list[tuple[str, int, bool]]:
    """The runs (words, start, named as a body), those that are one name joined."""
    joined: list[tuple[str, int, bool]] = []
    for run, start, organisation in split:
        between = text[joined[-1][1] + len(joined[-1][0]):start] if joined else ""
        # "Ministry of Land, Infrastructure, Transport and Tourism": the list runs on to its "and"
        if between == ", " and _PORTFOLIO.match(joined[-1][0]) and \
                re.match(r"(?:,\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?[A-Z]", text[start + len(run):]):
            left, left_start, flag = joined[-1]
            joined[-1] = (text[left_start:start + len(run)], left_start, flag)
            continue
        whole = text[joined[-1][1]:start + len(run)] if joined else run
        if between in (" at ", " in ", " on ") and spelled_out(text, joined[-1][1], whole):
            joined[-1] = (whole, joined[-1][1], True)  # "United Nations Office at Geneva (UNOG)": one name, as
            continue  # its initials say
        named_at = offices.portfolio_then_name(text[joined[-1][1]:start + len(run)]) if between == " and " else 0
        if named_at:  # "Secretary for Transport and Logistics Raymond Tse Wing-kin": the person
            joined[-1] = (text[joined[-1][1] + named_at:start + len(run)], joined[-1][1] + named_at, False)
            continue
        # "… for Public Health and the Environment"; not "Morocco and the European Union"
        cut_short = bool(names.LEANING.match(text[start + len(run):].lstrip()))  # "and San Francisco-based …"
        if joined and not cut_short and (between == " and " or (
                between == " and the " and re.search(r"\s(?:for|of)\s", joined[-1][0])
                and run.split()[0].lower() not in body_words.ORGANISATION_WORDS  # not "… and the Ministry of Trade"
                and not (_NATIONS_OWN.match(run)  # nor "… and the European Commission"
                         and run.split()[-1].lower() in body_words.ORGANISATION_HEADS))):
            left, left_start, _ = joined[-1]
            whole = text[left_start:start + len(run)]
            # "Barisan Nasional and Perikatan Nasional": two names that end alike are two bodies
            headed = left.split()[-1].lower() in body_words.ORGANISATION_HEADS or left.split()[-1] == run.split()[-1] \
                or left.isupper()  # "SPD and Greens": an acronym is a whole name
            of_body = re.search(r"\s(?:for|of)\s", left)
            untitled = not any(names.is_title(w) for w in run.split())  # not "… and Finance Minister Jo Bloggs"
            apposed = bool(called.CALLED.match(called.past_acronym(text[start + len(run):]))) and "people" not in (
                kinds.kind_of(left), kinds.kind_of(run))
            # "the University of Rennes and Inserm, France's … institute": a body of its own, called one
            alone = apposed and bool(of_body) and " " not in run and run.lower() not in names.PORTFOLIOS \
                and not re.search(rf"\b{re.escape(run.lower())}\b", article) \
                and not (run.endswith("s") and left.endswith("s"))  # not "Authority for Consumers and Markets, the …"
            officers = names.office_then_name(left) or names.office_then_name(run)  # "the Minister of … X Y and"
            # "Carmel Ridge Capital and Hadar Partners", "Tri-Ray Builders and Supply and Magsaysay Green Power
            # Corporation": two firms, each a body by its own words
            ends = {left.split()[-1].lower(), run.split()[-1].lower()}
            two = len(run.split()) > 1 and kinds.kind_of(run) == "organisations" and (" and " in left or (
                not of_body and ends <= called.FIRMS | body_words.ORGANISATION_HEADS
                and left.split()[0] not in places.country_forms()))  # not "Australian Securities and Investments …"
            joins = (apposed and not alone) or spelled_out(text, left_start, whole) or (  # "… Unit (PDMU)"
                kinds.kind_of(whole) == "organisations" and (of_body or not headed) and not two and not alone
                and kinds.kind_of(left) != "people"
                and (kinds.kind_of(run) != "people" or (of_body and untitled)))
            if joins and not officers and run not in places.country_forms():  # not "Shafir Infrastructure and Spain"
                joined[-1] = (whole, left_start, organisation or spelled_out(text, left_start, whole))
                _listed_first(joined, text)
                continue
        joined.append((run, start, organisation))
    return joined


def _listed_first(joined: list[tuple[str, int, bool]], text: str) -> None:
    """A body named by a list opens with the list's first item: "the Bangladesh Fruits, Vegetables and
    Allied Products Exporters' Association", "Philippine Atmospheric, Geophysical and … Administration"."""
    if len(joined) < 2:
        return
    (first, start, flag), (body, at, named) = joined[-2], joined[-1]
    if text[start + len(first):at] == ", " and body.split()[-1].lower() in body_words.ORGANISATION_HEADS \
            and first.split()[-1].lower() not in body_words.ORGANISATION_HEADS and kinds.kind_of(first) != "people" \
            and first not in places.country_forms() and not re.search(r",\s*$", text[:start]):
        joined[-2:] = [(text[start:at + len(body)], start, flag or named)]


_NATIONS_OWN = re.compile(r"[A-Z]\w+(?:an|ese|ish)\s")  # a body of a nation or region: "European Commission"


def spelled_out(text: str, start: int, run: str) -> bool:
    """A run followed by its initials in brackets is a body's whole name: "Transport Infrastructure Ireland (TII)"."""
    end = start + len(run)
    noun = re.match(r"\s+[a-z]+(?=\s+\()", text[end:])  # "Armed Conflict Location and Event Data project (ACLED)"
    acronym = called.BRACKETED.match(text, end + (noun.end() if noun else 0))
    return bool(acronym and acronym.group(1).upper() == aliases.initials(run).upper())


# A body named by its portfolio, which may list several with commas: "Ministry of Agriculture, Forestry and Fisheries".
_PORTFOLIO = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}"  # "The Regulatory Authority for Energy, Networks"
                        r"(?:Ministry|Department|Secretariat|Commission|Office|Agency|Authority|Bureau|Institute|Centre|"
                        r"Center|University|Faculty|Council|Committee|Subcommittee)"  # "University of Sciences,
                        r"\s+(?:of|for|on)\s")  # Techniques and … of Bamako", "Senate Committee on Customs, Excise …"
