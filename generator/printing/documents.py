"""Which PDFs the site has: one per generated page, a dossier per country and leader, and the book.

Each document is a list of page paths in reading order; the web page of each gets its
"Download PDF" links from here, so a link is never written for a PDF that is not printed.
"""

from __future__ import annotations

import difflib
import posixpath
from dataclasses import dataclass

from markupsafe import Markup

from generator.analysis.analyse import Analysis
from generator.errors import BriefingsError, Problem
from generator.limits import Limits
from generator.pages.markdown import link
from generator.pages.page import KIND_SINGULAR, KINDS, Page, entities_by_kind

DOSSIER_KINDS = ("countries", "leaders")
BOOK = "briefing-book"
BOOK_PARTS = ("articles", *KINDS)


@dataclass(frozen=True)
class Document:
    name: str  # what `briefings pdf NAME` takes; the PDF is pdf/<name>.pdf
    kind: str  # "page", "dossier" or "book"
    pages: tuple[str, ...]
    title: str = ""  # covers only: a single page's PDF is titled by its heading
    subtitle: str = ""
    sources: tuple[str, ...] = ()  # the pages listed in the book's index of sources

    @property
    def path(self) -> str:
        return f"pdf/{self.name}.pdf"


def documents(analysis: Analysis, pages: list[Page], limits: Limits) -> list[Document]:
    """Past so many briefings a printed document stops being readable (and WeasyPrint's time and
    memory grow faster than its page count): a dossier keeps the newest, and the book is not printed."""
    corpus, index, most = analysis.corpus, analysis.index, limits.dossier_articles
    docs = [Document(page.path.removesuffix(".md"), "page", (page.path,)) for page in pages]
    groups = entities_by_kind(corpus.registry)
    for kind in DOSSIER_KINDS:
        for entity in groups[kind]:
            articles = index.articles.get(entity.id, ())
            count = f"the newest {most} of {len(articles)}" if len(articles) > most else str(len(articles))
            docs.append(Document(
                f"dossiers/{entity.id}", "dossier",
                (f"{kind}/{entity.id}.md", *(f"articles/{a.id}.md" for a in articles[:most])),
                title=entity.name,
                subtitle=f"{KIND_SINGULAR[kind]} dossier · {count} briefing(s)",
            ))
    if len(corpus.articles) > limits.book_articles:
        return docs
    newest = {f"articles/{a.id}.md": rank for rank, a in enumerate(index.newest_first)}
    book = sorted((p.path for p in pages), key=lambda path: book_order(path, newest))
    docs.append(Document(BOOK, "book", tuple(book), title="Briefing book",
                         subtitle=f"{len(corpus.articles)} briefing(s) · every page of the site",
                         sources=tuple(newest)))
    return docs


def select(docs: list[Document], names: list[str] | None) -> list[Document]:
    """The documents named on the command line (``countries/canada``, ``dossiers/canada``, ``book``)."""
    if names is None:
        return docs
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


def book_order(path: str, newest: dict[str, int]) -> tuple[int, bool, int]:
    """Home page, then each part (its index first, then its pages; articles newest first), then the
    comparison pages; a stable sort keeps the site's own order inside each part."""
    folder, _, name = path.rpartition("/")
    rank = BOOK_PARTS.index(folder) + 1 if folder in BOOK_PARTS else 0 if path == "index.md" else len(BOOK_PARTS) + 1
    return rank, name != "index.md", newest.get(path, 0)


def opens_part(path: str) -> bool:
    """The book's contents show the site's top-level pages and section indexes as headings, and the
    pages of each section under its index."""
    return "/" not in path or path.endswith("/index.md")


def download_links(docs: list[Document]) -> dict[str, list[Markup]]:
    """For each page: its own PDF, its dossier if it has one, and on the home page the book."""
    labels = {"page": "Download PDF", "dossier": "Dossier with its briefings (PDF)", "book": "Briefing book (PDF)"}
    out: dict[str, list[Markup]] = {}
    for doc in docs:
        page = "index.md" if doc.kind == "book" else doc.pages[0]
        href = posixpath.relpath(doc.path, posixpath.dirname(page) or ".")
        out.setdefault(page, []).append(link(labels[doc.kind], href))
    return out
