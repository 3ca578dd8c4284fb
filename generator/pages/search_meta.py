"""What the site's search finds a page by: one small record per page worth landing on.

The site's search is Pagefind, which ranks a word by the weight of the element it stands in and
matches words as written: no accent folding, no typo tolerance. So the index is not built from
the pages as shown (their lists repeat what other pages say, their chrome says "Download PDF")
but from a record per page that holds only what a reader looks it up by: an entity's name and
aliases with their folded forms (Micheál → Micheal, Jae-myung → Jae myung) at the top weight and
its description; a briefing's title, summary and key points; a pair of countries' title. Index,
list and numbered pages have none: a search lands on the pages they list. Each record also names
the page's kind and years (the search's filters) and its summary (shown under the result).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from text_unidecode import unidecode

from generator.corpus.checked import Article
from generator.corpus.registry import AnyEntity
from generator.pages.page import NAME_WEIGHT, SearchRecord

# Pagefind scores a word by its weighted count against the page's length (BM25): a short entity
# record mentioning a place once in its description would outrank the briefing whose summary is
# about it, unless the summary weighs more and the description less than plain text.
SUMMARY_WEIGHT = 5.0  # a briefing's summary
DESCRIPTION_WEIGHT = 0.5  # an entity's one-line description: its names say what it is
RELATION_WEIGHT = 2.0  # "Canada and China" must not outrank Canada's own page
_JOINERS = re.compile(r"[-‐‑–—/]+")


def unaccented(text: str) -> str:
    """The form of a name a reader types without accents or special letters: Micheál → Micheal."""
    return text if text.isascii() else " ".join(unidecode(text).split())


def folded(text: str) -> list[str]:
    """The name, then its unaccented and unhyphenated forms where they differ: Lee Jae-myung → Lee Jae myung."""
    plain = unaccented(text)
    return list(dict.fromkeys([text, plain, " ".join(_JOINERS.sub(" ", plain).split())]))


def search_names(entity: AnyEntity) -> list[str]:
    """Name and aliases, each followed by its folded forms; no name twice."""
    return list(dict.fromkeys(form for name in (entity.name, *entity.aliases) for form in folded(name) if form))


def entity_record(entity: AnyEntity, kind: str, articles: Iterable[Article]) -> SearchRecord:
    return SearchRecord(entity.name, kind, entity.description, NAME_WEIGHT, DESCRIPTION_WEIGHT,
                        tuple(search_names(entity)), years=_years(articles))


def article_record(article: Article) -> SearchRecord:
    briefing = article.briefing
    return SearchRecord(briefing.title, "Briefing", briefing.summary, summary_weight=SUMMARY_WEIGHT,
                        text=tuple(point.text for point in briefing.key_points), years=_years([article]))


def relation_record(title: str, summary: str, articles: Iterable[Article]) -> SearchRecord:
    return SearchRecord(title, "Relation", summary, RELATION_WEIGHT, years=_years(articles))


def _years(articles: Iterable[Article]) -> tuple[int, ...]:
    return tuple(sorted({a.published.date.year for a in articles if a.published.date.known}))
