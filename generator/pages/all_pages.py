"""Every generated page of the site, in one list, from the analysis alone."""

from __future__ import annotations

from generator.analysis.analyse import Analysis
from generator.gc_pause import gc_paused
from generator.limits import Limits
from generator.pages.articles import article_page, articles_index_pages
from generator.pages.cross_source import cross_source_pages
from generator.pages.entities import entity_pages, kind_index_page
from generator.pages.home import home_page
from generator.pages.page import KINDS, Page, entities_by_kind
from generator.pages.relations import relations_pages
from generator.pages.whats_new import whats_new_page


@gc_paused()
def all_pages(analysis: Analysis, limits: Limits) -> list[Page]:
    pages = [home_page(analysis, limits), *articles_index_pages(analysis, limits)]
    pages += [kind_index_page(analysis, kind) for kind in KINDS]
    pages += [article_page(analysis, article) for article in analysis.corpus.articles]
    for entities in entities_by_kind(analysis.corpus.registry).values():
        for entity in entities:
            pages += entity_pages(analysis, limits, entity)
    pages += relations_pages(analysis, limits)
    return pages + cross_source_pages(analysis, limits) + [whats_new_page(analysis, limits)]
