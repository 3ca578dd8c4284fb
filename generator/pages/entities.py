"""A page per country, person, organisation and topic, with numbered pages for its older items,
and the index page of each kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.analysis.compare import TimelineEntry
from generator.analysis.entity_index import QuoteRef
from generator.analysis.figures import FigureRef
from generator.corpus.checked import Article
from generator.corpus.model import Person
from generator.corpus.registry import AnyEntity
from generator.limits import Limits
from generator.pages.bottom_line import BottomLine, entity_bottom_line
from generator.pages.page import (
    KIND_SINGULAR,
    KINDS,
    Links,
    Page,
    View,
    entities_by_kind,
    kind_of,
)
from generator.pages.paging import PageLink, Part, nth, numbered, page_links
from generator.pages.related import related_groups
from generator.pages.relations import NO_RELATIONS, RelationLinks, relation_links
from generator.pages.rows import (
    ArticleRow,
    FigureRow,
    LinkGroup,
    QuoteRow,
    TimelineRow,
    article_row,
    figure_rows,
    quote_rows,
    timeline_rows,
)
from generator.pages.search_meta import entity_record


@dataclass(frozen=True)
class KindRow:
    link: Markup
    description: str
    count: int


@dataclass(frozen=True)
class KindIndexView(View):
    template = "kind_index.md.j2"
    title: str
    rows: list[KindRow]


@dataclass(frozen=True)
class EntityView(View):
    template = "entity.md.j2"
    name: str
    kind: str
    kind_index: str
    quote_heading: str
    articles: list[ArticleRow]  # the newest ``unfolded`` are shown, the rest folded away
    quotes: list[QuoteRow]
    more_quotes: list[QuoteRow]  # folded away
    earlier_events: list[TimelineRow]  # folded away above the newest dated events
    events: list[TimelineRow]
    undated_events: list[TimelineRow]  # folded away below the dated ones
    figures: list[FigureRow]
    more_figures: list[FigureRow]
    pager: list[PageLink]
    per_page: int
    unfolded: int
    bottom: BottomLine | None = None  # the main page's opening; None on its older pages
    related: list[LinkGroup] = field(default_factory=list)
    back: str = ""
    relations: RelationLinks = NO_RELATIONS


@dataclass(frozen=True)
class Slice:
    """What one page of an entity shows: a slice of each list, newest first."""

    articles: Sequence[Article] = ()
    quotes: Sequence[QuoteRef] = ()
    entries: Sequence[TimelineEntry] = ()
    figures: Sequence[FigureRef] = ()

    def years(self) -> str:
        """The years of the page's briefings (of its quotes' and figures', or its events' if none)."""
        cited = [r.article for r in self.quotes] + [r.article for r in self.figures]
        candidates = ([a.published.date for a in self.articles], [a.published.date for a in cited],
                      [e.date for e in self.entries])
        years = sorted({d.year for d in next((c for c in candidates if c), []) if d.known})
        if not years:
            return ""
        return f"({years[0]})" if years[0] == years[-1] else f"({years[0]}–{years[-1]})"


def kind_index_page(analysis: Analysis, kind: str) -> Page:
    path = f"{kind}/index.md"
    links = Links(analysis.corpus.registry, path)
    articles = analysis.index.articles
    rows = [KindRow(links.entity(e.id), e.description, len(articles.get(e.id, ())))
            for e in entities_by_kind(analysis.corpus.registry)[kind]]
    return links.page(KindIndexView(KINDS[kind], rows))


def entity_pages(analysis: Analysis, limits: Limits, entity: AnyEntity) -> list[Page]:
    """The entity's page with its newest items; past the limit of a kind, the older ones on
    numbered pages of that many items, so no page grows with the corpus however often the
    entity appears, and publishing one more briefing leaves the numbered pages as they were."""
    index, registry = analysis.index, analysis.corpus.registry
    kind = kind_of(entity, registry)
    size = limits.entity_items
    articles = numbered(index.articles.get(entity.id, ()), size)
    quotes = numbered(index.quotes.get(entity.id, ()), size)
    entries = numbered(analysis.entity_timelines.get(entity.id, ())[::-1], size)
    figures = numbered(index.figures.get(entity.id, ()), size)
    slices = [Slice(nth(articles, n), nth(quotes, n), nth(entries, n), nth(figures, n))
              for n in range(max(len(articles), len(quotes), len(entries), len(figures)))]
    main = f"{kind}/{entity.id}.md"
    paths = [main] + [f"{kind}/{entity.id}/page-{n}.md" for n in range(1, len(slices))]
    labels = ["Newest", *map(str, range(1, len(slices)))]
    parts = [Part(" ".join(filter(None, [label, s.years()])), path, s.articles)
             for label, path, s in zip(labels, paths, slices, strict=True)]
    pages = []
    for number, (part, shown) in enumerate(zip(parts, slices, strict=True)):
        links = Links(registry, part.path)
        # First, so the bottom line's citations are numbered first, as they are read.
        bottom = None if number else entity_bottom_line(analysis, limits, entity, kind, links)
        pager = page_links(parts[:1] + parts[:0:-1], part.path, links.to) if len(parts) > 1 else []
        # The main page shows the newest of each list and folds the rest away; older pages show all.
        unfolded = limits.unfolded if number == 0 else limits.entity_items
        quoted = quote_rows(((r.article, r.quote) for r in shown.quotes), links, links.source)
        dated = [e for e in shown.entries if e.date.known]
        earlier = timeline_rows(dated[unfolded:][::-1], links)
        events = timeline_rows(dated[:unfolded][::-1], links)
        undated = timeline_rows([e for e in shown.entries if not e.date.known], links)
        counted = figure_rows(shown.figures, links)
        view = EntityView(
            name=entity.name if number == 0 else f"{entity.name}: older page {number} of {len(parts) - 1}",
            kind=KIND_SINGULAR[kind],
            kind_index=links.to(f"{kind}/index.md"),
            quote_heading=_quote_heading(entity, kind),
            articles=[article_row(a, links) for a in shown.articles],
            quotes=quoted[:unfolded],
            more_quotes=quoted[unfolded:],
            earlier_events=earlier,
            events=events,
            undated_events=undated,
            figures=counted[:unfolded],
            more_figures=counted[unfolded:],
            pager=pager,
            per_page=limits.entity_items,
            bottom=bottom,
            unfolded=unfolded,
        )
        if number:
            pages.append(links.page(replace(view, back=links.to(main))))  # out of search: the main page is found
        else:
            pages.append(_main_page(analysis, limits, entity, kind, view, links))
    return pages


def _main_page(analysis: Analysis, limits: Limits, entity: AnyEntity, kind: str, view: EntityView,
               links: Links) -> Page:
    """The main page adds who the entity is and whom it is seen with to the newest items."""
    return links.page(replace(
        view,
        related=related_groups(analysis, limits, entity, links),
        relations=relation_links(analysis, limits, entity, kind, links),
    ), entity_record(entity, KIND_SINGULAR[kind], analysis.index.articles.get(entity.id, ())))


def _quote_heading(entity: AnyEntity, kind: str) -> str:
    if isinstance(entity, Person):
        return "Quotes"
    return f"Quotes by people from {entity.name}" if kind == "countries" else "Quotes on this subject"
