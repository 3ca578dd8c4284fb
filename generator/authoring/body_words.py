"""The words that make a run of capitalised words a body's name (words/bodies.yaml), and what a text
calls a body: "the newspaper Dagens Næringsliv", "Xinhua, the state news agency", "Mining and Energy Union".
"""

from __future__ import annotations

from pathlib import Path

import yaml

_BODY_WORDS = yaml.safe_load((Path(__file__).parent / "words" / "bodies.yaml").read_text(encoding="utf-8"))
# The legal forms that end a company's name: "Sawit Permata Berhad", "Autostrade del Sud S.p.A.".
LEGAL_FORMS = frozenset(_BODY_WORDS["legal_forms"])
# Words that make a run a body's name ("Cordillera Copper"): words/bodies.yaml.
ORGANISATION_WORDS = frozenset(word for words in _BODY_WORDS.values() for word in words)
# What a text calls an organisation, before or after its one-word name.
ORGANISATION_NOUNS = (
    "news agency", "agency", "newspaper", "broadcaster", "daily", "company", "carmaker", "automaker", "drugmaker",
    "chipmaker", "firm",
    "startup", "start-up", "fintech",
    "group", "service", "party", "miner", "operator", "pollster", "lender", "insurer", "retailer", "airline",
    "giant", "conglomerate", "manufacturer", "producer", "exporter", "refiner", "developer", "regulator", "union",
    "maker", "carrier", "supplier", "contractor", "exchange", "chain", "grocer", "distributor", "shipper",
    "bloc", "channel", "network", "magazine", "journal", "outlet", "watchdog", "institute", "bank", "station",
    "radio", "television", "poll", "survey", "chairman", "chairwoman", "chief", "spokesman", "spokeswoman",
    "spokesperson", "shares", "unit", "subsidiary", "think tank", "thinktank", "consultancy", "club",
    "co-operative", "cooperative", "charity", "airport", "university", "app", "platform", "utility", "federation",
    "coalition", "collective", "movement", "studio", "founder", "co-founder",
    "confederation", "embassy", "chamber", "provider", "container line", "shipping line", "cruise line")
# What an apposition calls an organisation: "Xinhua, the state news agency" (not "Idris, the army chief").
ORGANISATION_KINDS = sorted({n for n in ORGANISATION_NOUNS if n not in (
    "chairman", "chairwoman", "chief", "spokesman", "spokeswoman", "spokesperson", "shares", "poll", "survey", "radio",
    "television", "founder", "co-founder")}, key=len, reverse=True)
# Organisation words that end a body's name ("Union"), not those that qualify it ("Mining"): "Mining
# and Energy Union" is one body, "the Senate and the House" two.
ORGANISATION_HEADS = frozenset({
    "party", "union", "council", "ministry", "office", "bank", "association", "chamber", "company", "group",
    "cooperative", "co-operative", "co-op",
    "agency", "commission", "committee", "organisation", "organization", "fund", "forum", "institute",
    "institution", "corporation", "court", "parliament", "congress", "department", "foundation", "alliance", "army",
    "senate", "assembly", "house", "service", "authority", "board", "bureau", "centre", "center", "college",
    "school", "academy", "society", "federation", "coalition", "front", "movement", "league", "trust", "bloc",
    "cabinet", "government", "administration", "tribunal", "exchange", "reserve", "facility", "confederation",
    "caucus", "times", "news", "post", "daily", "journal", "railway", "railways", "airlines", "airways", "holdings",
    "motors"})  # "Naniwa Railway and Seiran" are two
