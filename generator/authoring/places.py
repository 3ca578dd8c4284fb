"""Countries and places by the names articles give them, from maintained lists.

pycountry (ISO 3166) gives the names and subdivisions; countryinfo adds what ISO lacks and
articles use most: demonyms ("British", "Chinese") and other names ("Great Britain", "Ivory
Coast"). A handful of everyday short forms neither list holds ("Britain", "America", "Korean")
are added here. Places are never proposed as people, and a place before a name is not part of it
("Nevada Sen. Catherine Cortez Masto").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import pycountry
from countryinfo import CountryInfo

# Short forms in everyday use that neither list has, or has only as a bare ISO code.
_EVERYDAY = {"UK": "GB", "U.K.": "GB", "Britain": "GB", "Briton": "GB", "Britons": "GB", "Brits": "GB",
             "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "Washington": "US",
             "UAE": "AE", "DRC": "CD", "PRC": "CN", "Korea": "KR", "Korean": "KR", "Koreans": "KR",
             "Holland": "NL", "Burma": "MM", "Việt Nam": "VN", "Viet Nam": "VN",
             "Argentine": "AR", "Argentines": "AR", "Filipinos": "PH", "Philippine": "PH", "Kiwi": "NZ",
             "Emirati": "AE", "Saudi": "SA", "Saudis": "SA", "Nepali": "NP", "Nepalis": "NP",
             # people named by their nation: "Irishman Alan Brodie", "the Dane"
             **dict.fromkeys(("Irishman", "Irishwoman"), "IE"), **dict.fromkeys(("Frenchman", "Frenchwoman"), "FR"),
             **dict.fromkeys(("Dutchman", "Dutchwoman"), "NL"), **dict.fromkeys(("Dane", "Danes"), "DK"),
             **dict.fromkeys(("Swede", "Swedes"), "SE"),
             **dict.fromkeys(("Englishman", "Englishwoman", "Scotsman", "Scotswoman", "Welshman", "Welshwoman"), "GB")}
# Regions named like countries: "South American" is not American.
REGIONS = frozenset({f"{part} {whole}" for part in ("South", "North", "Central", "Latin")
                     for whole in ("America", "American", "Americans")} | {"Latin America", "Pan-American"})
# Words that end a subdivision's ISO name but not the name articles use ("Guangdong Sheng").
_SUBDIVISION_SUFFIXES = {"sheng", "shi", "zizhiqu", "sar", "province", "region", "oblast", "prefecture", "state",
                         "do", "si", "teukbyeolsi", "gwangyeoksi", "metropolitan", "autonomous"}


# Nations within a country that articles and curators name as countries, by name only ("English"
# is a language as often as a people): ISO 3166-2 codes, their country's money.
_NATIONS = {"GB-ENG": "England", "GB-SCT": "Scotland", "GB-WLS": "Wales", "GB-NIR": "Northern Ireland"}
# Former countries a story still names (ISO 3166-3 codes), their usual name first: "born in Czechoslovakia".
_FORMER = {"CSHH": ("Czechoslovakia", "Czechoslovak"), "SUHH": ("Soviet Union", "USSR", "U.S.S.R.", "Soviet"),
           "YUCS": ("Yugoslavia", "Yugoslav"), "DDDE": ("East Germany", "East German"), "ZRCD": ("Zaire",)}


@dataclass(frozen=True)
class Country:
    code: str   # ISO 3166 alpha-2, or ISO 3166-2 for a nation within one (`_NATIONS`)
    name: str   # the shortest of its usual names: "United Kingdom", "South Korea", "Russia"


@functools.cache
def countries() -> dict[str, Country]:
    """Every ISO country by its alpha-2 code."""
    info = _info_by_code()
    found = {}
    for entry in pycountry.countries:
        names = [getattr(entry, "common_name", None), entry.name, info.get(entry.alpha_2, {}).get("name")]
        clean = [n for n in names if n and "," not in n and "(" not in n]
        found[entry.alpha_2] = Country(entry.alpha_2, min(clean, key=len) if clean else entry.name)
    return found | {code: Country(code, name) for code, name in _NATIONS.items()} | {
        code: Country(code, forms[0]) for code, forms in _FORMER.items()}


_NO_NATION = frozenset({"AQ"})  # Antarctica has an ISO code but is a continent no nation holds


@functools.cache
def country_forms() -> dict[str, Country]:
    """Every written form of a country (names, other names, demonyms and their plurals) → the country.

    A demonym two countries share ("Chinese", "Congolese") goes to the more populous one.
    """
    by_code = countries()
    info = _info_by_code()
    ranked = sorted(by_code, key=lambda code: -int(info.get(code, {}).get("population") or 0))
    forms: dict[str, Country] = {}
    for code in ranked:  # the most populous country claims a shared form first
        if code in _NO_NATION:
            continue
        entry, data, country = pycountry.countries.get(alpha_2=code), info.get(code, {}), by_code[code]
        names = [country.name, getattr(entry, "name", None), getattr(entry, "common_name", None),
                 getattr(entry, "official_name", None), data.get("name"),
                 *[a for a in data.get("altSpellings", []) if len(a.split()) > 1]]
        demonyms = [d.strip() for d in re.split(r"[,/]", data.get("demonym") or "")]
        for form in [*names, *demonyms, *map(_plural, demonyms)]:
            if form and not re.search(r"[,(]", form):
                forms.setdefault(form, country)
                # "Democratic Republic of Congo" beside "… of the Congo"
                forms.setdefault(re.sub(r"\bof the (?=[A-Z])", "of ", form), country)
                for short in ("St", "St."):  # "St Kitts and Nevis", "St. Lucia"
                    forms.setdefault(re.sub(r"^Saint(?= )", short, form), country)
    for code in ranked:  # a capital stands for its government ("Beijing said"), in countries of a million or more
        capital = info.get(code, {}).get("capital")
        if capital and int(info[code].get("population") or 0) >= 1_000_000 and capital not in _SEATS_OF_OTHERS:
            forms.setdefault(str(capital), by_code[code])
    for form, code in _EVERYDAY.items():
        forms[form] = by_code[code]
    for code, former in _FORMER.items():
        forms.update(dict.fromkeys(former, by_code[code]))
    return forms


# Capitals that stand for a body seated there, not for their country: "Brussels" is the EU's.
_SEATS_OF_OTHERS = frozenset({"Brussels"})


def _plural(demonym: str) -> str:
    """'Canadian' → 'Canadians', 'Pakistani' → 'Pakistanis'; 'British', 'Chinese', 'Swiss' have none."""
    return "" if not demonym or demonym.endswith(("sh", "ch", "ese", "ss", "s", "x")) else demonym + "s"


@functools.cache
def place_names() -> frozenset[str]:
    """Capitals and first-level subdivisions (states, provinces, regions) by their usual names."""
    names = {str(data["capital"]) for data in _info_by_code().values() if data.get("capital")}
    for subdivision in pycountry.subdivisions:
        name = re.sub(r"\s*[\[(].*$", "", subdivision.name).split(",")[0].strip()
        words = name.split()
        while len(words) > 1 and words[-1].lower() in _SUBDIVISION_SUFFIXES:
            words = words[:-1]
        if words:
            names.add(" ".join(words))
    return frozenset(names)


def demonym(country: Country) -> str | None:
    """The adjective of a country ("Bolivian"), as countryinfo gives it first."""
    given = _info_by_code().get(country.code, {}).get("demonym") or ""
    return re.split(r"[,/]", given)[0].strip() or None


def region(country: Country) -> str | None:
    """Where a country lies, as the UN's geographic regions name it ("Eastern Africa", "Northern Europe")."""
    data = _info_by_code().get(country.code, {})
    return data.get("intermediateregion") or data.get("subregion") or None


def is_capital(name: str) -> bool:
    """A capital's name, which stands for its country's government ("Beijing said"), unlike the country's own."""
    country = country_forms().get(name)
    return bool(country and country.name != name and name in place_names())


def is_place(name: str) -> bool:
    return name in place_names() or name in country_forms()


@functools.cache
def _info_by_code() -> dict[str, dict[str, Any]]:
    """countryinfo's records of current ISO countries by alpha-2 code (it also keeps former ones)."""
    found: dict[str, dict[str, Any]] = {}
    for data in CountryInfo.all().values():
        code = data.get("ISO", {}).get("alpha2")
        if code and pycountry.countries.get(alpha_2=code) and "demonym" in data:
            found.setdefault(code, dict(data))
    return found


def placed(name: str, text: str, start: int, article: str) -> bool:
    """Whether the words before a name make it a place: here ("in Puerto Aysén", "the districts of
    Badin, Thatta, …") or anywhere in the article ("extended to Flin Flon" after "ordered out of Flin Flon")."""
    return bool(_PLACED.search(text[:start])) or bool(
        re.search(rf"{_PLACED_BEFORE}{re.escape(name)}(?![\w’'-])", article))


# Words before a name that make it a place, not a person.
_PLACED_BEFORE = (r"(?:\b[Ii]n\s+(?:the\s+)?|\bnear\s+(?:the\s+)?|\bfrom\s+the\s+|\b(?:village|town|city|province|"
                  r"district|region|county|port|island|suburb|municipality|evacuation|outskirts|residents|streets)"
                  r"\s+of\s+|\b(?:fled|evacuated|entered|into|towards?|out\s+of|via)\s+"  # "evacuated Flin Flon"
                  # "a Democrat from Pine Bluff"
                  r"|\b(?:Democrat|Republican|Conservative|Liberal|Tory|Labour|Labor)\s+from\s+)")
# and each of a list after a plural: "the districts of Badin, Thatta, Tando Muhammad Khan and …"
_PLACED = re.compile(rf"{_PLACED_BEFORE}$|\b(?:villages|towns|cities|provinces|districts|regions|counties|suburbs|"
                     r"municipalities)\s+of\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+)+$")
# Who or what is "of" a place, even with a title's words: "The mayor of Oliveira do Hospital"
OF_A_PLACE = re.compile(r"\b(?:[Mm]ayor|[Vv]illage|[Tt]own|[Mm]unicipality|[Rr]esidents|[Oo]utskirts)\s+of\s+$")
