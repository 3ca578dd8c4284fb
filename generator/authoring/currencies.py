"""Currencies as articles name them, from Babel's CLDR data: symbols such as ₹ and NT$, names
such as "yuan" and "Chilean pesos", and ISO 4217 codes; a name several currencies share ("pesos",
"won") is the currency of a country the article names, else "<name> (currency not stated)", as
bare dollars are.
"""

from __future__ import annotations

import functools

import pycountry
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies


@functools.cache
def current_codes() -> frozenset[str]:
    """Currencies some country uses today (CLDR), so "100 billion CNY" is read and "ALL" is not."""
    codes = {c for country in pycountry.countries for c in get_territory_currencies(country.alpha_2)}
    return frozenset(codes - {"ALL", "TOP", "MOP", "CUP", "BOB", "MAD", "PEN", "SOS", "BAM", "AED"})


@functools.cache
def symbols() -> dict[str, str]:
    """Currency symbols as articles print them: CLDR's English ones, and the usual short forms."""
    found = {get_currency_symbol(code, "en"): code for code in Locale("en").currencies if code in current_codes()}
    found = {s: c for s, c in found.items() if s != c and s not in ("$", "¤")}
    found.update({"C$": "CAD", "US$": "USD", "US $": "USD", "S$": "SGD", "Rs": "INR", "Rs.": "INR", "RMB": "CNY",
                  "TT$": "TTD", "J$": "JMD", "EC$": "XCD", "N$": "NAD", "Bds$": "BBD", "BZ$": "BZD", "F$": "FJD",
                  "$": "dollars (currency not stated)"})
    return found


@functools.cache
def currency_names() -> dict[str, frozenset[str]]:
    """Currency names, singular and plural, in full ("Chilean pesos") and as the bare unit ("pesos")."""
    names: dict[str, set[str]] = {}
    for code in current_codes():
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if "(" in name:
                continue
            names.setdefault(name, set()).add(code)
            names.setdefault(name.split()[-1], set()).add(code)
    for alias, code in (("renminbi", "CNY"), ("yuan renminbi", "CNY"), ("roubles", "RUB"), ("rouble", "RUB"),
                        ("sterling", "GBP"), ("pounds sterling", "GBP"), ("reais", "BRL")):
        names.setdefault(alias, set()).add(code)
    return {name: frozenset(codes) for name, codes in names.items()}


# The usual short forms a country's English-language papers print that CLDR lacks: "N38,000",
# "Tk 500", the Gulf's "BD210m", "KD5", "QR1.2bn", "SR40", "RO3", "JD10", "Dh50"; Kenya's "Sh200";
# Israel's "NIS 1.71".
_PRESS_SIGNS = {"NG": ("N",), "BD": ("Tk",), "BH": ("BD",), "KW": ("KD",), "QA": ("QR",), "SA": ("SR",),
                "OM": ("RO",), "JO": ("JD",), "AE": ("Dh", "Dhs"), "GH": ("GH¢",), "KE": ("Sh", "KSh"),
                "UG": ("Shs", "USh"), "TZ": ("TSh", "Tsh"), "IL": ("NIS",),
                "PH": ("P",),  # "P1.2 billion" in a Philippine paper
                # "CFA7.2bn": the West and the Central African franc, each in its own countries' papers
                **dict.fromkeys(("SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GW", "CM", "GA", "CG", "TD", "CF", "GQ"),
                                ("CFA",))}


@functools.cache
def press_signs() -> dict[str, str]:
    """The short forms of several letters that name one currency wherever they stand before a
    number ("Sh14.6 billion" in a Kenyan county's budget that never names Kenya), with its code."""
    owners: dict[str, set[str]] = {}
    for country, signs in _PRESS_SIGNS.items():
        for sign in signs:
            if len(sign) > 1:
                owners.setdefault(sign, set()).update(get_territory_currencies(country)[:1])
    return {sign: codes.pop() for sign, codes in owners.items() if len(codes) == 1}


_SIGN_WORDS = frozenset(s for signs in _PRESS_SIGNS.values() for s in signs if len(s) >= 3 and s.isalpha())  # "NIS"


@functools.cache
def local_signs(country: str) -> tuple[tuple[str, str], ...]:
    """The signs, and codes, a country's own papers print its currency with, read only in an
    article that names the country ("R" alone is no rand elsewhere): CLDR's symbol in each of the
    country's locales ("RM" in Malaysia, "MK" in Malawi, "Ksh", "Kč", "zł", "₦"), and the usual
    short forms it lacks."""
    found: dict[str, str] = {}
    for code in get_territory_currencies(country)[:1]:
        for language in get_global("territory_languages").get(country, {}):
            try:
                sign = get_currency_symbol(code, Locale.parse(f"{language}_{country}"))
            except (UnknownLocaleError, ValueError):
                continue
            if sign != code and sign not in symbols() and any(c.isalpha() or ord(c) > 127 for c in sign):
                found[sign] = code
        found.update(dict.fromkeys(_PRESS_SIGNS.get(country, ()), code))
    return tuple(sorted(found.items(), key=lambda item: (-len(item[0]), item[0])))


def names_a_currency(word: str) -> bool:
    """'francs' of "CFA francs": what follows a run that is a currency's qualifier, not a body's
    name; not "won", which is also what people did."""
    return word != "won" and word in currency_names()


def is_currency_code(word: str) -> bool:
    """'JPY', 'KZT', 'NIS': an ISO 4217 code or a press's sign, never a body's acronym."""
    return (len(word) == 3 and pycountry.currencies.get(alpha_3=word) is not None) or word in _SIGN_WORDS


def currency_of(name: str, countries: tuple[str, ...]) -> str:
    """The code of a currency named in words; bare dollars are never guessed (curating.md)."""
    codes = currency_names()[name.lower()]
    if name.lower() in ("dollar", "dollars"):
        return "dollars (currency not stated)"
    if len(codes) == 1:
        return next(iter(codes))
    for country in countries:
        local = [c for c in get_territory_currencies(country) if c in codes]
        if local:
            return local[0]
    return f"{name.lower().split()[-1]} (currency not stated)"
