"""What a document prints, chapter by chapter: each chapter's HTML, with the page numbers it shows.

Most chapters show no page number of the document (an article, an entity, the timeline), so their
HTML is the same in every document and is typeset once. The others are written once the chapters
before them have fallen: the page references of the book's reference part and indexes, the
index of sources, and the contents, which come first but are written last (typeset once with
placeholders to learn how many pages they take, again if the real numbers change that).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.pages.print_parts import begins_run
from generator.printing.assemble import Piece, Stamp, anchors_of
from generator.printing.chapters import Placement, chapter_key
from generator.printing.documents import Document, opens_part
from generator.printing.front import Entry, Front, front_key
from generator.printing.print_html import PAGE_REF, PrintedPage, plain_text

KICKERS = {"dossier": "Dossier", "book": "Briefings"}
SOURCE_INDEX = "source-index"
PLACEHOLDER = 999  # as wide as any real page number: the contents take as many pages with either


@dataclass(frozen=True)
class Chapter:
    html: str  # what WeasyPrint typesets; a drawn front's spec (`front.Front`, as JSON)
    label: str  # what the report calls it: the page's path, or the document's front matter
    drawn: bool = False  # a cover and contents, drawn here rather than typeset by a worker

    @functools.cached_property
    def key(self) -> str:
        return front_key(self.html) if self.drawn else chapter_key(self.html)


Typeset = Callable[[Chapter], tuple[Path, Placement]]  # a chapter's PDF and placement, typeset if not cached


class Composition:
    """One document: its chapters in order, and the page numbers that depend on where they fall."""

    def __init__(self, doc: Document, sections: list[PrintedPage], day: date, front: int = 0):
        """``front``: the pages its cover and contents took when it was last printed, if it was;
        the numbers are then worked out from there, without first typesetting the contents with
        placeholders (a second typesetting of every document an article joins)."""
        self.doc, self.sections, self.day, self.front = doc, sections, day, front
        self.covered = doc.kind != "page"
        self.late = {s.path for s in sections if PAGE_REF.search(s.body)}
        self.runs = _runs(sections, self.late) if doc.kind == "dossier" else [[s] for s in sections]

    @property
    def stamp(self) -> Stamp:
        title = self.doc.title or plain_text(self.sections[0].title)
        return Stamp(title, self.day, unnumbered=1 if self.covered else 0)

    def independent(self) -> list[Chapter]:
        """The chapters that can be typeset before anything else: all of them, for most documents
        (the front is drawn when its numbers are known, in milliseconds)."""
        return [_chapter(run) for run in self.runs if run[0].path not in self.late]

    def pieces(self, typeset: Typeset) -> list[Piece]:
        """Every chapter typeset and placed, the numbers they show true for this document."""
        front_pages = (self.front or typeset(self._front({}))[1].pages) if self.covered else 0
        while True:
            body: list[Piece] = []
            for run in self.runs:
                if run[0].path in self.late:
                    run = [_numbered(run[0], _pages(body, front_pages))]
                body.append(_piece(typeset, run))
            if self.doc.sources:
                body.append(_piece(typeset, [self._source_index(_pages(body, front_pages))]))
            if not self.covered:
                return body
            pdf, placement = typeset(self._front(_pages(body, front_pages)))
            if placement.pages == front_pages:
                return [Piece(pdf, placement), *body]
            front_pages = placement.pages  # the real numbers changed how many pages the contents take

    def _front(self, pages: dict[str, int]) -> Chapter:
        """Cover and contents; with no ``pages`` yet, placeholders where the numbers go."""
        entries = [Entry(s.anchor, plain_text(s.title), pages.get(s.anchor, PLACEHOLDER),
                         self.doc.kind == "book" and opens_part(s.path)) for s in self.sections if not s.continued]
        if self.doc.sources:
            entries.append(Entry(SOURCE_INDEX, "Index of sources", pages.get(SOURCE_INDEX, PLACEHOLDER), True))
        front = Front(KICKERS.get(self.doc.kind, ""), self.doc.title, self.doc.subtitle,
                      f"{self.day.day} {self.day:%B %Y}", tuple(entries))
        return Chapter(front.to_json(), f"{self.doc.name} (cover and contents)", drawn=True)

    def _source_index(self, pages: dict[str, int]) -> PrintedPage:
        by_path = {s.path: s for s in self.sections if not s.continued}
        sources = [{"title": by_path[path].title, "anchor": by_path[path].anchor, "page": pages[by_path[path].anchor],
                    "citations": list(self._citations(path, pages))}
                   for path in self.doc.sources if path in by_path]
        body = _templates().get_template("source_index.html.j2").render(sources=sources)
        return PrintedPage(f"{self.doc.name}#{SOURCE_INDEX}", SOURCE_INDEX, "Index of sources", body, ())

    def _citations(self, source: str, pages: dict[str, int]) -> Iterator[dict[str, object]]:
        """The pages citing ``source``, each once: where its first part to cite it does."""
        seen = set()
        for s in self.sections:
            anchor = dict(s.cited).get(source)
            if anchor and s.path not in seen:
                seen.add(s.path)
                yield {"title": s.title, "anchor": anchor, "page": pages[anchor]}


def _runs(sections: list[PrintedPage], late: set[str]) -> list[list[PrintedPage]]:
    """The dossier's sections in runs, each typeset as one chapter: its opening (the bottom line
    and infobox, which every briefing joining it changes), a late section and each part of a long
    page alone; a briefing's part joined to the one before, unless its path begins a run."""
    alone = [n == 0 or s.path in late or s.continued or (n + 1 < len(sections) and sections[n + 1].continued)
             for n, s in enumerate(sections)]
    runs: list[list[PrintedPage]] = []
    for number, section in enumerate(sections):
        if number and not alone[number] and not alone[number - 1] and not begins_run(section.path):
            runs[-1].append(section)
        else:
            runs.append([section])
    return runs


def _piece(typeset: Typeset, run: list[PrintedPage]) -> Piece:
    pdf, placement = typeset(_chapter(run))
    return Piece(pdf, placement, tuple((plain_text(s.title), s.anchor) for s in run if not s.continued))


def _chapter(run: list[PrintedPage]) -> Chapter:
    return Chapter(_templates().get_template("chapter.html.j2").render(sections=run), " + ".join(s.label for s in run))


def _pages(pieces: list[Piece], before: int) -> dict[str, int]:
    """The page number, counted from the document's first, of every anchor placed so far."""
    return {anchor: before + page + 1 for anchor, (page, _, _) in anchors_of(pieces).items()}


def _numbered(section: PrintedPage, pages: dict[str, int]) -> PrintedPage:
    """Each page reference followed by the number of the page it names; one to a place not
    printed before it (not in this document) keeps no number."""
    def number(match: re.Match[str]) -> str:
        page = pages.get(match.group(1))
        return match.group(0) + (f'<span class="page-number">{page}</span>' if page else "")

    return replace(section, body=PAGE_REF.sub(number, section.body))


@functools.cache
def _templates() -> Environment:
    return Environment(loader=PackageLoader("generator.printing", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

