"""The words around a quotation that tell who said it: verbs of saying (words/verbs.yaml), pronouns,
determiners, and the words that open a clause or stop a subject. `quotes` reads a quote's cue with
them; `speakers` and `holders` share the verbs and pronouns.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.authoring.text import WEEKDAYS

SPEECH_VERBS: tuple[str, ...] = tuple(
    yaml.safe_load((Path(__file__).parent / "words" / "verbs.yaml").read_text(encoding="utf-8"))["speech"])
VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# Verbs whose speaker is the subject of the sentence, not the words just before them.
# Not after words that make a verb of saying a noun: "the ruling", "their claims", "member states"
AS_NOUN = "".join(rf"(?<!\b{w}\s)" for w in ("the", "its", "a", "his", "her", "their", "our", "these", "those",
                                               "such", "other", "both", "several", "many", "member"))
PARTICIPLES = frozenset(v for v in SPEECH_VERBS if v.endswith("ing"))
SAID_NEXT = re.compile(rf"\s+(?:{'|'.join(v for v in SPEECH_VERBS if v not in PARTICIPLES)})\b")  # "… said"
PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
ADVERBS = frozenset({"also", "later", "then", "previously", "once", "repeatedly", "has", "had", "have", "would",
                     "will", "recently", "earlier", "separately", "subsequently", "again", "further", "who"})
CLAUSE_WORDS = frozenset({"that", "and", "but", "while", "as", "when", "which", "because", "so", "after", "before",
                          "if", "though", "although", "where", "whether", "since", "until", "than", "how", "what"})
TOKEN = r"(?:[A-Z]\.(?=[A-Z]))?[\w’'\-]+\.?"  # "A.Rakhimov": an initial written close
DETERMINER = r"(?:the|a|an|his|her|its|their)"
# Honorifics and initials whose full stop does not end the name: "said Dr. Lourdes Ocampo".
ABBREVIATED = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Gen|Col|Capt|Lt|Sgt|St|[A-Z])\.\s+)*"
DAYS = "|".join(day.title() for day in WEEKDAYS)
OPENERS = frozenset({"in", "at", "on", "after", "before", "during", "speaking", "writing", "with", "without", "for",
                     "by", "from", "while", "when", "as", "according", "under", "despite", "asked", "since",
                     "following", "ahead", "earlier", "later", "meanwhile", "but", "and", "yet", "still", "also",
                     "then"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                         "those", "some", "many", "most", "few", "several", "other", "another", "both", "each",
                         "every", "all"})
# Verbs that make a comma-separated part a clause rather than a name; with them, the words a subject stops at.
FINITE = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may",
                    "might", "should", "must", "did", "does"})
NOT_IN_SUBJECT = FINITE | {"be", "been", "do", "in", "on", "at", "with", "to", "from", "by", "as", "about", "after",
                            "before", "over", "under", "into", "than", "also", "not", "who", "which", "that", "saw",
                            "says", "said"}
