"""Every generated page of the site, in one list, from the analysis alone."""

from __future__ import annotations

from functools import partial

from generator.analysis.analyse import Analysis
from generator.corpus.checked import Article
from generator.gc_pause import gc_paused
from generator.limits import Limits
from generator.pages.articles import article_page, articles_index_pages
from generator.pages.cross_source import cross_source_pages
from generator.pages.entities import entity_pages, kind_index_page
from generator.pages.home import home_page
from generator.pages.page import KINDS, Page, entities_by_kind
from generator.pages.relations import pair_pages, relations_index_pages
from generator.pages.reuse import Reuse
from generator.pages.whats_new import whats_new_page


@gc_paused()
def all_pages(analysis: Analysis, limits: Limits, reuse: Reuse | None = None) -> list[Page]:
    """With ``reuse``, the pages of the briefings, entities and pairs of countries an edit left
    alone, and the years of the lists across the corpus whose items it left alone, are the ones
    made last time."""
    reuse = reuse or Reuse(None, analysis.corpus, limits)
    pages = [home_page(analysis, limits), *articles_index_pages(analysis, limits)]
    pages += [kind_index_page(analysis, kind) for kind in KINDS]
    for article in analysis.corpus.articles:
        pages += reuse.pages(f"article:{article.id}", partial(_article_pages, analysis, article))
    for entities in entities_by_kind(analysis.corpus.registry).values():
        for entity in entities:
            pages += reuse.pages(f"entity:{entity.id}", partial(entity_pages, analysis, limits, entity))
    pages += relations_index_pages(analysis, limits)
    for pair in analysis.country_pairs:
        pages += reuse.pages(f"pair:{'/'.join(pair.countries)}", partial(pair_pages, analysis, limits, pair))
    return pages + cross_source_pages(analysis, limits, reuse) + [whats_new_page(analysis, limits)]


def _article_pages(analysis: Analysis, article: Article) -> list[Page]:
    return [article_page(analysis, article)]
