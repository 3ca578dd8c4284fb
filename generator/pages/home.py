"""The home page: the newest briefings, the most-covered entities, the pairs of countries most in the news."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.limits import Limits
from generator.pages.bottom_line import BottomLine, home_bottom_line
from generator.pages.page import KINDS, Links, Page, View, entities_by_kind
from generator.pages.relations import INDEX, strongest_pairs
from generator.pages.rows import ArticleRow, article_row


@dataclass(frozen=True)
class GlanceGroup:
    title: str
    index: str
    count: int
    more: int
    links: list[Markup]


@dataclass(frozen=True)
class HomeView(View):
    template = "home.md.j2"
    latest: list[ArticleRow]
    article_count: int
    articles_index: str
    glance: list[GlanceGroup]
    bottom: BottomLine
    pairs: list[Markup]
    pair_count: int
    relations_index: str


def home_page(analysis: Analysis, limits: Limits) -> Page:
    registry, index = analysis.corpus.registry, analysis.index
    links = Links(registry, "index.md")
    bottom = home_bottom_line(analysis, limits, links)  # first: its citations are read first
    glance = []
    for kind, entities in entities_by_kind(registry).items():
        ranked = sorted(entities, key=lambda e: (-len(index.articles.get(e.id, ())), e.name.casefold()))
        glance.append(GlanceGroup(KINDS[kind], links.to(f"{kind}/index.md"), len(ranked),
                                  max(0, len(ranked) - limits.glance),
                                  [links.entity(e.id, f" ({len(index.articles.get(e.id, ()))})")
                                   for e in ranked[:limits.glance]]))
    return links.page(HomeView(
        latest=[article_row(a, links) for a in index.newest_first[:limits.latest]],
        article_count=len(analysis.corpus.articles),
        articles_index=links.to("articles/index.md"),
        glance=glance,
        pairs=strongest_pairs(analysis, limits, links),
        pair_count=len(analysis.country_pairs),
        relations_index=links.to(INDEX),
        bottom=bottom,
    ))
