"""Pages made for paper only: an entity's dossier, and the book's reference part and name index.

A dossier prints what concerns its entity in each briefing (the summary, the paragraphs that
name it, its quotes, events and figures), not the whole articles; the book prints the briefings
once, then a short entry per entity that points back to them instead of reprinting its page.
None of these pages is on the site: the site has the full pages they abridge.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.analysis.naming import Names
from generator.corpus.checked import Article
from generator.corpus.model import Event
from generator.corpus.registry import AnyEntity
from generator.limits import Limits
from generator.pages.articles import EventRow
from generator.pages.bottom_line import BottomLine, entity_bottom_line, home_bottom_line
from generator.pages.markdown import escape_md, link
from generator.pages.page import KIND_SINGULAR, KINDS, Links, Page, View, entities_by_kind, kind_of
from generator.pages.reuse import Reuse
from generator.pages.rows import FigureRow, QuoteRow, Text, figure_row, quote_rows, sides

REFERENCE = "print/reference.md"
NAME_INDEX = "print/names.md"
QUOTE_INDEX = "print/quotes.md"
OVERVIEW = "print/overview.md"
# A dossier's parts for its briefings, a page or less each, are typeset in runs of about this many
# (`printing/compose.py`): typeset one by one, each began a sheet left mostly blank and paid the
# typesetter's cost of a document. A run begins where a part's path hashes so, so that a briefing
# joining the dossier changes only its own run (and splits it at most in two). Longer runs would
# waste less paper and typeset more on every publish: a briefing lands in a run longer than the average.
RUN = 2


def dossier_path(entity_id: str, article_id: str = "") -> str:
    """The dossier's opening page, or its part for one briefing."""
    return f"print/dossiers/{entity_id}/{article_id}.md" if article_id else f"print/dossiers/{entity_id}.md"


@dataclass(frozen=True)
class DossierPart(View):
    """What one briefing says that concerns the entity."""

    template = "dossier_part.md.j2"
    title: str
    entity: str
    date: str
    summary: Text
    paragraphs: list[tuple[int, Text]]  # the paragraphs of its seed that name the entity
    quoted_above: list[Markup]  # who is quoted in those paragraphs, and in which
    quotes: list[QuoteRow]  # the entity's quotes in other paragraphs
    events: list[EventRow]
    figures: list[FigureRow]


@dataclass(frozen=True)
class DossierView(View):
    template = "dossier.md.j2"
    name: str
    bottom: BottomLine
    left_out: int  # older briefings past the dossier's limit


@dataclass(frozen=True)
class Entry:
    anchor: str
    name: str
    what: str  # kind and description
    roles: str
    briefings: list[Markup]


@dataclass(frozen=True)
class ReferenceView(View):
    template = "reference.md.j2"
    groups: list[tuple[str, list[Entry]]]  # by kind


@dataclass(frozen=True)
class NameIndexView(View):
    template = "name_index.md.j2"
    names: list[tuple[str, Markup]]  # every name and alias, with the entry it leads to


def dossier_pages(analysis: Analysis, limits: Limits, entity: AnyEntity, names: Names) -> list[Page]:
    """The dossier's opening (bottom line and infobox), then a part for each briefing, newest first."""
    links = Links(analysis.corpus.registry, dossier_path(entity.id))
    kind = kind_of(entity, analysis.corpus.registry)
    articles = analysis.index.articles.get(entity.id, ())
    shown = articles[:_runs_end(entity.id, articles, limits.dossier_articles)]
    opening = links.page(DossierView(entity.name, entity_bottom_line(analysis, limits, entity, kind, links),
                                     len(articles) - len(shown)))
    return [opening, *(_part(analysis, entity, article, names) for article in shown)]


def begins_run(path: str) -> bool:
    """Whether the dossier part at ``path`` begins a run of parts typeset together."""
    return int(hashlib.sha256(path.encode()).hexdigest()[:8], 16) % RUN == 0


def _runs_end(entity_id: str, newest_first: tuple[Article, ...], limit: int) -> int:
    """How many briefings the dossier prints: ``limit``, and the rest of the run the last of them
    is in. A briefing joining a full dossier then drops whole runs from its end, and no run is
    typeset again for having lost its oldest part."""
    end = min(limit, len(newest_first))
    while end < len(newest_first) and not begins_run(dossier_path(entity_id, newest_first[end].id)):
        end += 1
    return end


def _part(analysis: Analysis, entity: AnyEntity, article: Article, names: Names) -> Page:
    index = analysis.index
    links = Links(analysis.corpus.registry, dossier_path(entity.id, article.id))

    printed = {n for n, text in enumerate(article.seed.paragraphs, 1) if names.named_in(entity.id, text)}

    def here(n: int, anchor: str = "") -> Markup:
        """A paragraph of this briefing: a link to it where the part prints it, else its number,
        which with the part's heading says where it is (no endnote repeats the title)."""
        return link(f"¶{n}", f"#p{n}") if n in printed else Markup(f"¶{n}")

    paragraphs: list[tuple[int, Text]] = [(n, Markup(escape_md(article.seed.paragraphs[n - 1])))
                                          for n in sorted(printed)]
    quotes = [(r.article, r.quote) for r in index.quotes.get(entity.id, ()) if r.article is article]
    above: dict[str, list[Markup]] = {}  # a quote in a paragraph printed here: who said it, and where
    for _, quote in quotes:
        if quote.paragraph in printed:
            who = links.speaker(quote)
            above.setdefault(who, []).append(here(quote.paragraph))
    events = [d for d in article.events if entity.id in _involved(d.event)]
    figures = [r for r in index.figures.get(entity.id, ()) if r.article is article]
    return links.page(DossierPart(
        title=article.briefing.title, entity=entity.name, date=article.published.label,
        summary=Markup(escape_md(article.briefing.summary)) + " " + Markup(" ").join(
            here(n) for n in article.briefing.summary_paragraphs),
        paragraphs=paragraphs,
        quoted_above=[Markup(f"{escape_md(who)} ({', '.join(dict.fromkeys(where))})") for who, where in above.items()],
        quotes=quote_rows([(a, q) for a, q in quotes if q.paragraph not in printed], links,
                          lambda _, n, anchor: here(n, anchor)),
        events=[EventRow(d.date.label, sides(d.event.actor, d.event.target, links), d.event.summary,
                         d.event.scheduled, here(d.event.paragraph), d.event.inferred or "", d.event.discrepancy or "")
                for d in events],
        figures=[figure_row(ref, here) for ref in figures],
    ))


def _involved(event: Event) -> set[str]:
    return {*event.participants, *event.countries, *event.organisations, *event.topics}


@dataclass(frozen=True)
class OverviewView(View):
    template = "overview.md.j2"
    bottom: BottomLine


def overview_page(analysis: Analysis, limits: Limits) -> Page:
    """The book's opening: the bottom line of the whole corpus, as the home page has it."""
    links = Links(analysis.corpus.registry, OVERVIEW)
    return links.page(OverviewView(home_bottom_line(analysis, limits, links)))


def reference_page(analysis: Analysis) -> Page:
    """Each entity in a few lines: who or what, its roles, and the briefings that mention it."""
    registry = analysis.corpus.registry
    links = Links(registry, REFERENCE)
    groups = []
    for kind, entities in entities_by_kind(registry).items():
        entries = []
        for entity in entities:
            articles = analysis.index.articles.get(entity.id, ())
            if not articles:
                continue
            roles = "; ".join(r.title for r in getattr(entity, "roles", ()))
            entries.append(Entry(f"e-{entity.id}", entity.name, f"{KIND_SINGULAR[kind]}. {entity.description}",
                                 roles, [page_ref(links, f"articles/{a.id}.md") for a in articles]))
        if entries:
            groups.append((KINDS[kind], entries))
    return links.page(ReferenceView(groups))


def page_ref(links: Links, path: str, anchor: str = "") -> Markup:
    """"p. 12": a reference to where the book prints a page (or a paragraph of it); the print CSS
    writes the number."""
    return link("p.", links.to(path) + "?page" + (f"#{anchor}" if anchor else ""))


@dataclass(frozen=True)
class SpeakerQuotes:
    speaker: str
    quotes: list[tuple[str, Markup]]  # the opening words of each quote, and where the book prints it


@dataclass(frozen=True)
class QuoteIndexView(View):
    template = "quote_index.md.j2"
    speakers: list[SpeakerQuotes]


def quote_index_page(analysis: Analysis) -> Page:
    """The quotes by speaker, each by its opening words and the page where its briefing prints it:
    the book prints the quotes once, in their briefings."""
    links = Links(analysis.corpus.registry, QUOTE_INDEX)
    by_speaker: dict[tuple[str, str], list[tuple[str, Markup]]] = {}
    for article in analysis.index.newest_first:
        for quote in article.quotes:
            name = links.speaker(quote)
            words = quote.text.split()
            opening = " ".join(words[:9]) + (" …" if len(words) > 9 else "")
            by_speaker.setdefault((name.casefold(), name), []).append(
                (opening, page_ref(links, f"articles/{article.id}.md", article.anchor(quote))))
    return links.page(QuoteIndexView([SpeakerQuotes(name, quotes) for (_, name), quotes in sorted(by_speaker.items())]))


def name_index_page(analysis: Analysis) -> Page:
    """Every name and alias of the book's entities, alphabetically, each with its entry's page."""
    registry = analysis.corpus.registry
    links = Links(registry, NAME_INDEX)
    names: dict[str, Markup] = {}
    for entities in entities_by_kind(registry).values():
        for entity in entities:
            if analysis.index.articles.get(entity.id):
                target = links.to(f"{REFERENCE}?page#e-{entity.id}")
                for name in (entity.name, *entity.aliases):
                    names.setdefault(name, link(name if name == entity.name else f"{name} (see {entity.name})",
                                                target))
    return links.page(NameIndexView(sorted(names.items(), key=lambda item: item[0].casefold())))


def print_pages(analysis: Analysis, limits: Limits, dossiers: frozenset[str] = frozenset(),
                reuse: Reuse | None = None) -> list[Page]:
    """The pages made for paper: a dossier for every entity in ``limits.dossier_min_briefings``
    briefings or more, and for the entities in ``dossiers`` (with ``reuse``, those an edit left
    as they were are not made again); the book's reference and name index."""
    names = Names(analysis.corpus.registry)
    reuse = reuse or Reuse(None, analysis.corpus, limits)
    pages = []
    for entities in entities_by_kind(analysis.corpus.registry).values():
        for entity in entities:
            count = len(analysis.index.articles.get(entity.id, ()))
            if count >= limits.dossier_min_briefings or (entity.id in dossiers and count):
                pages += reuse.pages(f"dossier:{entity.id}", partial(dossier_pages, analysis, limits, entity, names))
    return [*pages, overview_page(analysis, limits), reference_page(analysis), quote_index_page(analysis),
            name_index_page(analysis)]
