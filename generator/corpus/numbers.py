"""Whether a text states a number: the rule a figure's value must meet, in `check` and in drafts.

A figure is a quantity a reader can compare, so its value must state a number: in digits
("C$118.7 billion", "90-minute"), as a cardinal ("two Canadians", "five-day", "hundreds"), an
ordinal ("second-largest": a rank is a number) or a fraction ("half"), or as a span of time
counted by "a" or "an" ("nearly a decade"). Words that compare or change without giving the
number are not figures: "largest", "double", "twice", "the biggest delegation"; nor is a time
named rather than counted ("next decade"). Whether a number is a measure at all ("51st American
state" in a quote) is the curator's call. The vocabulary is small and closed, so it is listed
here: the number-parsing libraries leave small and hyphenated numbers ("two", "five-day") as words.
"""

from __future__ import annotations

import re

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12}
CARDINALS: dict[str, int] = {**{w: n for n, w in enumerate(_UNITS)}, **{w: 10 * n for n, w in enumerate(_TENS, 2)},
                             **_SCALES}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
             "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth")
# Words that are a number on their own: cardinals, their plurals as rough counts ("thousands") and
# as decades of age ("in their thirties"), ordinals, their plurals as fractions ("two thirds"; not
# "seconds"), and halves.
_NUMBER_WORDS = frozenset([*CARDINALS, *(w + "s" for w in _SCALES), *(w[:-1] + "ies" for w in _TENS), *_ORDINALS,
                           *(w + "s" for w in _ORDINALS[2:]), "half", "halves"])
# Words that are a number only when counted: "a decade" is ten years, "the next decade" a time.
_COUNTED = frozenset(("decade", "century", "quarter", "year", "month", "fortnight", "week", "day", "hour", "minute"))
_WORD = re.compile(r"[^\W\d_]+")


def states_number(text: str) -> bool:
    """True when ``text`` gives a number in digits or words (see the module docstring)."""
    if any(char.isnumeric() for char in text):
        return True
    words = [w.casefold() for w in _WORD.findall(text)]
    return any(w in _NUMBER_WORDS or (w in _COUNTED and i and words[i - 1] in ("a", "an"))
               for i, w in enumerate(words))
