"""What the words around a run of capitalised words call it: a body ("the newspaper Dagens
Næringsliv", "Kessler Confectionery, which …", "Te Rūnanganui o Ngāti Porou chair Mereana Tangaere")
or a person ("trucking operator Wiremu Kaa said his fuel bill")."""

from __future__ import annotations

import re

from generator.authoring.organisations import BODIES

# A body named after what it is: "told the newspaper Dagens Næringsliv", "the state broadcaster RTÉ",
# "Johannesburg-listed retailer Protea Stores".
_TRADES = ("operator|miner|carmaker|automaker|chipmaker|drugmaker|lender|insurer|retailer|airline|developer|utility|"
           "startup|exporter|importer|shipper|manufacturer|brokerage|consultancy|wholesaler|distributor|processor")
CALLED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+|\b[\w-]+-(?:listed|based|owned|backed|run)\s+)(?:[a-z’'-]+\s+)?"
                           r"(?:newspaper|paper|daily|weekly|monthly|tabloid|broadcaster|magazine|website|news\s+site|"
                           r"news\s+agency|agency|channel|company|firm|group|bank|union|party|ministry|exchange|broker|"
                           rf"regulator|body|association|lobby|federation|watchdog|think\s+tank|charity|list|coalition|movement|alliance|"
                           rf"{_TRADES}),?\s+$"  # "to a construction firm, Hidrogradnja Vakuf,"
                           # a company's trade said bare: "talks with operator Minera Cordillera", "Passenger
                           # watchdog Transport Focus"
                           rf"|\b(?:{_TRADES}|watchdog|regulator|broadcaster)\s+$")

# Firms' last words: two such names joined by "and" are two firms ("Carmel Ridge Capital and Hadar Partners").
FIRMS = frozenset({"capital", "partners", "ventures", "holdings", "group", "corporation", "corp", "inc", "ltd", "llc",
                   "plc", "investments", "management", "advisors", "advisers", "associates", "securities"})
# A body's officer after its name, then the officer's: "Te Rūnanganui o Ngāti Porou chair Mereana Tangaere"
ROLE_THEN_NAME = re.compile(r"\s+(?:chair|chairman|chairwoman|chairperson|chief\s+executive|spokes(?:person|man|woman)|"
                            r"founder|managing\s+director|CEO|CFO|COO|CTO|(?:head\s+)?coach)\s+[A-Z]")
# Who a body has and a person does not, before its name: "vice president of Jinhai Solar"
HEADED_BY = re.compile(r"\b(?:(?:vice[- ])?president|chief\s+executive|chair(?:man|woman|person)?|(?:co-?)?founder|"
                       r"managing\s+director|CEO|owners?|shareholders|employees|staff)\s+of\s+(?:the\s+)?$")
# What follows a person's name and no body's: "trucking operator Wiremu Kaa said his fuel bill", ", 64,"
A_PERSON_AFTER = re.compile(r"\s+(?:said|says|told|added)\s+(?:his|her|he|she)\b|,\s+\d{1,3},")
TRADE_OPENS = re.compile(rf"(?:{_TRADES.title()})\s+(?=[A-Z])")  # a sentence opened by a body's trade


# What follows an organisation's name, not a person's: "Kessler Confectionery, which …", "Moody's
# raised its outlook".
ITSELF = re.compile(r",\s+which\b|(?:’s|'s)?\s+[a-z]+\s+its\b")
CALLED = re.compile(rf",\s+(?:the|a|an|[A-Z]\w+[’']s)\s+(?:(?!(?:for|of|at|in|with|to)\b)[\w’'-]+\s+){{0,3}}"
                    rf"(?:{BODIES})(?=\s*[,.;)]|\s+(?:of|in|for|that|which|with|he|she|they|we|\d+|[a-z]+ed)\b)(?![’'])(?!\s+(?:said|says|told|added|argued|warned|announced|noted|wrote|accused))"
                    # "Sinbaram Eats, one of the country's largest food delivery apps"
                    rf"|,\s+one\s+of\s+(?:the|its|[A-Z]\w+[’']s)\s+(?:[\w’'-]+\s+){{0,4}}(?:{BODIES}|compan)(?:s|es|ies)\b")


# A sentence's subject that belongs to a body or place named after it: "Shares of …", "Residents of …"
HELD_BY = re.compile(r"(?:Shares|Shareholders|Stockholders|Members|Employees|Staff|Residents|Customers|Workers|"
                     r"Supporters|Fans|Students|Owners|Users|Investors|Creditors)\s+of\s+(?:the\s+)?(?=[A-Z])")
BRACKETED = re.compile(r"\s+\(([A-Z][A-Za-z]{1,7})\)")  # an acronym in brackets right after a name


def past_acronym(after: str) -> str:
    """What follows a name past its acronym in brackets: "Law and Justice (PiS), the … party"."""
    acronym = BRACKETED.match(after)
    return after[acronym.end():] if acronym else after
