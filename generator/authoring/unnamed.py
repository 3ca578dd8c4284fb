"""Someone a report quotes without naming ("one resident", "a haulier with a trailer of feed"):
found in the paragraph a pronoun's quote looks back to, after the last person it names, so that
"he said" is theirs and not the last named person's."""

from __future__ import annotations

import re

from generator.authoring.people import People

# "One resident, a 67-year-old retired fisherman, said …", "one of the complainants, a nurse, said", "A
# spokeswoman for the … said", "On a ward in Ganta, one nurse told us", "An agriculture department official,
# requesting anonymity, said", "A Marlowe spokeswoman said": someone the article does not name.
_UNNAMED = re.compile(r"((?:(?:^|(?<=[.!?] ))(?:One|An?|Another)|(?<=, )(?:one|another))\s+"
                      r"(?:of\s+(?:the|those|its|their)\s+)?(?:[A-Z][\w’'-]*-[a-z]+\s+|(?:[A-Z][\w’'&-]*\s+){1,2})?"
                      r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][^,.;]{0,60}?|"
                      # "A buyer for a Japanese roaster", "A teacher in the city of Turkmenabat"; not "A
                      # spokesperson for the ombudsman", a body's voice
                      r"(?<!spokesman)(?<!spokeswoman)(?<!spokesperson)"
                      r"\s+(?:for|of|at|in|from|on)\s+(?:an?|the)\s+[^,.;“”‘’\"]{1,60}?|"
                      r"\s+(?:working|based|living)\s+[^,.;]{1,60}?)?)(?:,[^,]{1,120},)?\s+"
                      r"(?:said|says|told|added)\b")


# "At Oban pier, a haulier with a trailer of feed was less measured.", "A retired teacher from
# Hamburg, who declines to give her name, stands with her phone raised.", "A Likud minister who asked
# not to be named was less sanguine.": someone unnamed opens a sentence
_UNNAMED_SUBJECT = re.compile(r"(?:^|(?<=[.!?] ))(?:(?:At|In|On|Outside|Inside|Near|By)\s+[^,.;:“”‘’\"]{1,60},\s+)?"
                              r"((?:An?|an?|One|one|Another|another)\s+(?:[A-Z][\w’'-]*\s+)?[a-z][\w-]*"
                              r"[^,.;:“”‘’\"]{0,80}?)"
                              r"(?:,\s+who\s[^,]{1,80},)?\s+(?:is|was|stands|stood|sits|sat|waits|waited|looks|looked)\b")


def _someone(description: str) -> bool:
    """'a haulier with a trailer', 'a retired teacher from Hamburg': a person, by the noun before
    what is said of them; not 'a high-end surveillance drone', 'a hotline'."""
    noun = re.split(r"\s+(?:with|from|of|for|at|in|on|bound|who|whose)\b", description)[0].split()[-1].lower()
    return bool(re.search(r"(?:er|or|ist|ian|ant|ent|man|woman|wife|husband|mother|father|son|daughter|nurse|mum|"
                          r"widow|ee)$", noun))


def unnamed_before(people: People, paragraph: int, until: int) -> str | None:
    """An unnamed speaker introduced in the paragraph before the pronoun and after its last named
    person (not one named as an owner: "… in Sadyrov's cabinet … what she called")."""
    text = people.paragraphs[paragraph - 1]
    found = sorted([*_UNNAMED.finditer(text[:until]),
                    *(m for m in _UNNAMED_SUBJECT.finditer(text[:until]) if _someone(m.group(1)))],
                   key=lambda m: m.start(1))
    if not found:
        return None
    named = [m for m in people.before(paragraph, until) if text[m[2]:m[2] + 2] not in ("’s", "'s")]
    last = found[-1]
    return last.group(1) if not named or named[-1][1] < last.start(1) else None
