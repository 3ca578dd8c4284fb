"""A page per briefing, with its source text, and the list of every briefing."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.corpus.checked import Article, DatedEvent
from generator.corpus.model import Proposal
from generator.corpus.registry import SECTIONS
from generator.limits import Limits
from generator.pages.markdown import link
from generator.pages.page import Links, Page, View
from generator.pages.paging import PageLink, Part, by_year, page_links, published_year
from generator.pages.rows import (
    ArticleRow,
    FigureRow,
    LinkGroup,
    QuoteRow,
    Text,
    article_row,
    figure_row,
    marked_paragraphs,
    quote_rows,
    sides,
)
from generator.pages.search_meta import article_record


@dataclass(frozen=True)
class KeyPointRow:
    text: str
    sources: list[Markup]


@dataclass(frozen=True)
class EventRow:
    date: str
    sides: str  # who acted on whom, as this briefing says
    summary: str
    scheduled: bool
    source: Markup
    inferred: str  # how the date was worked out, where the paragraph does not give it
    differs: str  # how other sources tell the same event, as the curator says


@dataclass(frozen=True)
class DoubtRow:
    text: str
    note: str
    paragraph: Markup
    sources: list[Markup]


@dataclass(frozen=True)
class LoadedTermRow:
    term: str
    refers_to: Text
    note: str
    source: Markup


@dataclass(frozen=True)
class ArticleView(View):
    template = "article.md.j2"
    title: str
    draft: bool
    proposed: str  # what a draft proposes that is not yet in the registry ("" if nothing)
    date: str
    how_dated: Markup | str  # the curator's reasoning behind the date, on hover and focus
    outlet: str
    seed: str
    summary: str
    summary_sources: list[Markup]
    key_points: list[KeyPointRow]
    groups: list[LinkGroup]
    quotes: list[QuoteRow]
    events: list[EventRow]
    undated_events: list[EventRow]  # folded away below the dated ones
    figures: list[FigureRow]
    tone: str
    framing: str
    loaded_terms: list[LoadedTermRow]
    doubts: list[DoubtRow]
    paragraphs: list[tuple[int, Text]]  # the source text, quotes' words marked


@dataclass(frozen=True)
class ArticlesIndexView(View):
    template = "articles_index.md.j2"
    title: str
    articles: list[ArticleRow]
    years: list[PageLink]


def _date_line(article: Article) -> str:
    published = article.published
    if not published.date.known:
        return "date unknown (neither the text nor the events it reports give it)"
    if published.bound:
        return f"{published.label} (not printed: placed by the events it reports)"
    how = {"dateline": "from the dateline", "page": "the web page's own date, as the curator saw it",
           "inferred": "inferred"}[article.briefing.published.basis]
    return f"{published.label} ({how})"


def _proposed(proposals: tuple[Proposal, ...]) -> str:
    """"2 entities not yet in the registry: Malawi, Chimwemwe Banda"."""
    if not proposals:
        return ""
    noun = "entity" if len(proposals) == 1 else "entities"
    return f"{len(proposals)} {noun} not yet in the registry: {', '.join(p.name for p in proposals)}"


def _how_dated(note: str | None) -> Markup | str:
    """The curator's note on the date, kept out of the running text: a "how dated" link to the
    source text whose title holds the note (printed after it on paper)."""
    return link("how dated", "#source-text", note) + Markup("{ .how-dated }") if note else ""


def _event_row(dated: DatedEvent, links: Links) -> EventRow:
    event = dated.event
    return EventRow(dated.date.label, sides(event.actor, event.target, links), event.summary, event.scheduled,
                    _here(event.paragraph), event.inferred or "", event.discrepancy or "")


def _here(paragraph: int, anchor: str = "") -> Markup:
    return link(f"¶{paragraph}", f"#{anchor or f'p{paragraph}'}")


def article_page(analysis: Analysis, article: Article) -> Page:
    path = f"articles/{article.id}.md"
    links = Links(analysis.corpus.registry, path)
    links.rests_on(article)
    b = article.briefing
    groups = [LinkGroup(title, [links.entity(i) for i in getattr(b, section)])
              for section, title in zip(SECTIONS, ("Countries", "People", "Organisations", "Topics"), strict=True)
              if getattr(b, section)]
    events = sorted(article.events, key=lambda dated: dated.date.sort_key)
    return links.page(ArticleView(
        title=b.title,
        draft=b.status == "draft",
        proposed=_proposed(b.proposed),
        date=_date_line(article),
        how_dated=_how_dated(article.published.how),
        outlet=b.outlet or "not named in the text",
        seed=b.seed,
        summary=b.summary,
        summary_sources=[_here(n) for n in b.summary_paragraphs],
        key_points=[KeyPointRow(k.text, [_here(n) for n in k.paragraphs]) for k in b.key_points],
        groups=groups,
        quotes=quote_rows(((article, q) for q in article.quotes), links, lambda _, n, anchor: _here(n, anchor)),
        events=[_event_row(d, links) for d in events if d.date.known],
        undated_events=[_event_row(d, links) for d in events if not d.date.known],
        figures=[figure_row(ref, _here) for ref in analysis.index.article_figures[article.id]],
        tone=b.framing.tone,
        framing=b.framing.summary,
        loaded_terms=[LoadedTermRow(t.term, links.entity(t.refers_to) if t.refers_to else "", t.note or "",
                                    _here(t.paragraph)) for t in b.framing.loaded_terms],
        doubts=[DoubtRow(d.text, d.note, _here(d.paragraph),
                         [links.source(analysis.corpus.by_id[s.briefing], n) for s in d.sources for n in s.paragraphs])
                for d in b.doubts],
        paragraphs=marked_paragraphs(article),
    ), article_record(article))


def articles_index_pages(analysis: Analysis, limits: Limits) -> list[Page]:
    """One list of every briefing; past the yearly limit, the newest on the index and a page a year."""
    registry, articles = analysis.corpus.registry, analysis.index.newest_first
    here = "articles/index.md"
    links = Links(registry, here)
    if len(articles) <= limits.year_items:
        return [links.page(ArticlesIndexView("Articles", [article_row(a, links) for a in articles], []))]
    parts = [Part(year, f"articles/by-year/{year}.md", items) for year, items in by_year(articles, published_year)]
    years = page_links(parts, here, lambda path: path.removeprefix("articles/"))
    pages = [links.page(ArticlesIndexView(
        "Articles", [article_row(a, links) for a in articles[:limits.entity_items * 4]], years))]
    for part in parts:
        on_page = Links(registry, part.path)
        pages.append(on_page.page(ArticlesIndexView(f"Articles: {part.label}",
                                                       [article_row(a, on_page) for a in part.items], [])))
    return pages
