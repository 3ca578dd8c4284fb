"""Which PDFs the site has: a generated page's own, a dossier per entity in enough briefings, and the book.

An entity with a dossier is printed as its dossier only: the dossier holds its bottom line and infobox
and, briefing by briefing, everything the page and its older pages list, so their own PDFs would
print it all again. An entity in one briefing offers that briefing's PDF instead of one of its own:
all the briefings say of it is there (and its role in the book's reference part), and its page's
PDFs were a fifth of what the five seeds typeset. Pages that only lead elsewhere (What's new, the
section indexes, the articles by year, the list of country pairs) get no PDF either: printed, they
are lists of titles, and every new article changes them. On a large site
(``Limits.listing_articles``) neither do the long listings (the quotes, sources and timeline of a
year, the figures, the discrepancies): every new article changes several of their parts, and
retypesetting them was most of what publishing one article printed. All stay printable on demand
(``briefings pdf countries/canada``, ``briefings pdf quotes/2026``).

Each document is a list of page paths in reading order; the web page of each gets its
"Download PDF" links from here, so a link is never written for a PDF that is not printed.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.errors import BriefingsError, Problem
from generator.limits import Limits
from generator.pages.discrepancies import DISCREPANCIES, DISCREPANCY_PAGES
from generator.pages.markdown import link
from generator.pages.page import KIND_SINGULAR, Page, entities_by_kind
from generator.pages.print_parts import NAME_INDEX, OVERVIEW, QUOTE_INDEX, REFERENCE, dossier_path

BOOK = "briefing-book"
# The book: the bottom line of the whole corpus, the briefings, then the reference part: who and
# what, the pages that compare sources, and the index of names. No entity page is printed whole in it.
BOOK_REFERENCE = ("timeline.md", QUOTE_INDEX, "figures.md", DISCREPANCIES)


@dataclass(frozen=True)
class Document:
    name: str  # what `briefings pdf NAME` takes; the PDF is pdf/<name>.pdf
    kind: str  # "page", "dossier" or "book"
    pages: tuple[str, ...]
    title: str = ""  # covers only: a single page's PDF is titled by its heading
    subtitle: str = ""
    sources: tuple[str, ...] = ()  # the pages listed in the book's index of sources
    offered_on: str = ""  # the site page with its download link, when not its first page
    also_offered_on: tuple[str, ...] = ()  # a briefing's: the pages of the entities no other briefing mentions
    on_demand: bool = False  # printed only when named, and not offered on the site

    @property
    def path(self) -> str:
        return f"pdf/{self.name}.pdf"


def documents(analysis: Analysis, pages: list[Page], printed: list[Page], limits: Limits) -> list[Document]:
    """A PDF of each site page, a dossier of each entity with a printed dossier page, and the book;
    past so many briefings the book is not printed (WeasyPrint's time and memory grow faster than
    its page count), nor the long listings that every new article changes, unless named."""
    corpus, index = analysis.corpus, analysis.index
    dossiers = {page.path for page in printed}
    by_kind = entities_by_kind(corpus.registry)
    in_dossiers = {f"{kind}/{e.id}" for kind, group in by_kind.items() for e in group if dossier_path(e.id) in dossiers}
    mentions = {f"{kind}/{e.id}": index.articles.get(e.id, ()) for kind, group in by_kind.items() for e in group}
    alone = {entity: found for entity, found in mentions.items() if entity not in in_dossiers and len(found) < 2}
    printed_elsewhere = in_dossiers | alone.keys()  # their dossier, or their one briefing
    entities_of: dict[str, list[str]] = {}  # a briefing's page → the entity pages that offer its PDF
    for entity_page, found in alone.items():
        if found:
            entities_of.setdefault(f"articles/{found[0].id}.md", []).append(f"{entity_page}.md")
    listings = len(corpus.articles) > limits.listing_articles
    # the discrepancies' overview, once they are cut into a page per kind, only leads to those
    leading = {DISCREPANCIES} if any(page.path.startswith(DISCREPANCY_PAGES) for page in pages) else set()
    docs = [Document(page.path.removesuffix(".md"), "page", (page.path,),
                     also_offered_on=tuple(sorted(entities_of.get(page.path, ()))),
                     on_demand=_not_printed(page.path, printed_elsewhere) or page.path in leading
                     or bool(listings and _LISTINGS.fullmatch(page.path))) for page in pages]
    for kind, entities in by_kind.items():
        for entity in entities:
            if dossier_path(entity.id) not in dossiers:
                continue
            articles = index.articles.get(entity.id, ())
            count = len(articles)
            parts = tuple(p for p in (dossier_path(entity.id, a.id) for a in articles) if p in dossiers)
            docs.append(Document(f"dossiers/{entity.id}", "dossier", (dossier_path(entity.id), *parts),
                                 title=entity.name, offered_on=f"{kind}/{entity.id}.md",
                                 subtitle=f"{KIND_SINGULAR[kind]} dossier · what {count} briefings say of "
                                          f"{entity.name}"))
    if len(corpus.articles) > limits.book_articles:
        return docs
    book = (OVERVIEW, *(f"articles/{a.id}.md" for a in index.newest_first), REFERENCE,
            *_reference([page.path for page in pages]), NAME_INDEX)
    docs.append(Document(BOOK, "book", book, title="Briefing book",
                         subtitle=f"{len(corpus.articles)} briefing{'' if len(corpus.articles) == 1 else 's'}, then "
                                  "who and what, the timeline, the "
                                  "quotes by speaker and the figures",
                         sources=tuple(f"articles/{a.id}.md" for a in index.newest_first)))
    return docs


def _reference(site: list[str]) -> list[str]:
    """The book's listings, each with the pages it is cut into on a larger site (the timeline's
    years, the figures' numbered pages, each kind of discrepancy), in the site's order."""
    return [path for ref in BOOK_REFERENCE for path in ([ref] if ref.startswith("print/") else [
        p for p in site if p == ref or p.startswith(ref.removesuffix(".md") + "/")])]


def _not_printed(path: str, entities: set[str]) -> bool:
    """A page printed only on demand: an entity's (or one of its older pages) that has a dossier or
    is in fewer than two briefings, or a page that only leads to others."""
    entity = path.removesuffix(".md")
    return entity in entities or posixpath.dirname(path) in entities or bool(_NAVIGATION.fullmatch(path))


# What's new, the section indexes, the articles by year and the pages of the list of country pairs.
_NAVIGATION = re.compile(r"whats-new\.md|[a-z]+/index\.md|articles/by-year/\d+\.md|relations/page-\d+\.md")
# The long listings of a large site, which every new article changes: on demand only past
# `Limits.listing_articles` (at 1,000 articles: a year's quotes up to 57 pages, the discrepancies 42, a figures
# page up to 26).
_LISTINGS = re.compile(r"(?:quotes|sources|timeline)/\d{4}\.md|figures(?:/\d+)?\.md|"
                       r"discrepancies(?:/[a-z]+(?:/\d+)?)?\.md")


def select(docs: list[Document], names: list[str] | None) -> list[Document]:
    """The documents named on the command line (``countries/canada``, ``dossiers/canada``, ``book``);
    with no names, those the site offers."""
    if names is None:
        return [doc for doc in docs if not doc.on_demand]
    by_name = {doc.name: doc for doc in docs}
    chosen, problems = [], []
    for raw in names:
        name = BOOK if raw == "book" else raw.removeprefix("pdf/").removesuffix(".pdf").removesuffix(".md")
        if name in by_name:
            chosen.append(by_name[name])
            continue
        close = difflib.get_close_matches(name, by_name, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "give a page path such as countries/canada, " \
            "a dossier such as dossiers/canada, or book"
        problems.append(Problem(raw, 1, 1, "pdf", "no such page, dossier or book", hint))
    if problems:
        raise BriefingsError(problems)
    return list(dict.fromkeys(chosen))


def opens_part(path: str) -> bool:
    """The book's contents show its parts as headings (the home page, the reference part) and the
    briefings under them."""
    return not path.startswith("articles/")


def download_links(docs: list[Document]) -> dict[str, list[Markup]]:
    """For each page: its dossier if it has one, else its own PDF (an entity in one briefing: that
    briefing's); on the home page the book too."""
    labels = {"page": "Download PDF", "dossier": "Dossier with its briefings (PDF)", "book": "Briefing book (PDF)"}
    out: dict[str, list[Markup]] = {}
    for doc in select(docs, None):
        page = "index.md" if doc.kind == "book" else doc.offered_on or doc.pages[0]
        offers = [(page, labels[doc.kind]), *((entity, "Its one briefing (PDF)") for entity in doc.also_offered_on)]
        for shown_on, label in offers:
            href = posixpath.relpath(doc.path, posixpath.dirname(shown_on) or ".")
            out.setdefault(shown_on, []).append(link(label, href))
    return out
