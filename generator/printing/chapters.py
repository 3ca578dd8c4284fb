"""Typeset one chapter of a document on its own, once, and keep where its anchors and links fell.

A chapter is one printed page (an article, an entity, the timeline…) or a document's front matter.
The book and the dossiers are assembled from chapters (``assemble``), so a chapter is typeset once
however many documents print it, and adding an article typesets only the chapters it changes.
A chapter's PDF holds no links, bookmarks or page numbers: they depend on the document it lands
in, so assembly adds them from the chapter's ``Placement``, kept as JSON beside the PDF in the cache.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.printing.sized_arrays import parse_arrays_once

PX = 0.75  # WeasyPrint measures in CSS pixels (96 an inch), PDF in points (72 an inch)
STYLES = Path(__file__).parent / "templates" / "print.css"  # every chapter's, parsed once a process

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Placement:
    """Where things fell in a typeset chapter, in PDF points from the page's bottom-left corner."""

    pages: int
    anchors: dict[str, tuple[int, float, float]]  # id → (page, x, y of its top)
    links: tuple[tuple[int, Rect, str], ...]  # (page, rectangle, id it points to)
    bookmarks: tuple[tuple[int, str, int, float], ...]  # (level, label, page, y): the chapter's headings
    seconds: float  # what typesetting it took

    def to_json(self) -> str:
        return json.dumps({"pages": self.pages, "anchors": self.anchors, "links": self.links,
                           "bookmarks": self.bookmarks, "seconds": round(self.seconds, 3)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Placement:
        data = json.loads(text)
        return cls(data["pages"], {k: (v[0], v[1], v[2]) for k, v in data["anchors"].items()},
                   tuple((p, (r[0], r[1], r[2], r[3]), t) for p, r, t in data["links"]),
                   tuple((lv, label, p, y) for lv, label, p, y in data["bookmarks"]), data["seconds"])


def chapter_key(chapter_html: str) -> str:
    """The cache name of a chapter: its HTML, the styles and the typesetter's version."""
    return hashlib.sha256(f"weasyprint {typesetter_version()}\n{_styles()}\n{chapter_html}".encode()).hexdigest()


@functools.cache
def _styles() -> str:
    return STYLES.read_text(encoding="utf-8")


@functools.cache
def _stylesheet() -> Any:
    """The print styles parsed once: parsing them took a tenth of a chapter's typesetting."""
    from weasyprint import CSS

    return CSS(string=_styles(), url_fetcher=_no_fetching(), font_config=_fonts())


@functools.cache
def _fonts() -> Any:
    """One font configuration a process (making one took 4 ms of every chapter)."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


# Every face the print styles use, typeset once by `warm`.
SAMPLE = ("<h1>Sans <em>Sans</em></h1><p>Serif <strong>bold</strong> <em>italic</em> <strong><em>both</em></strong> "
          "<code>mono</code></p><table><tr><th>Head</th><td>cell</td></tr></table>")


@functools.cache
def warm() -> None:
    """Load the typesetter and the styles, and typeset a sample using every face: the process the
    workers are forked from does it once, and a worker's first chapter no longer loads the fonts
    (a one-page chapter took 0.156 s first, 0.107 s after the sample, 0.065 s once warm)."""
    from weasyprint import HTML

    parse_arrays_once()
    HTML(string=SAMPLE, url_fetcher=_no_fetching()).render(stylesheets=[_stylesheet()], font_config=_fonts()) \
        .write_pdf()


def _no_fetching() -> Any:
    """The print HTML and styles are self-contained: fetching anything, from the network or the disk, is an error."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=(), fail_on_errors=True)


@functools.cache
def typesetter_version() -> str:
    return version("weasyprint")  # reads the package's metadata from disk: once


def cached(pdf: Path) -> Placement | None:
    kept = pdf.with_suffix(".json")
    return Placement.from_json(kept.read_text(encoding="utf-8")) if pdf.exists() and kept.exists() else None


def typeset_chapter(chapter_html: str, pdf: Path) -> Placement:
    """Typeset into the cache, atomically (a killed run never leaves half a file), the placement last."""
    from weasyprint import HTML  # imported where it runs: `check` never pays for it

    parse_arrays_once()
    start = time.perf_counter()
    document = HTML(string=chapter_html, url_fetcher=_no_fetching()).render(stylesheets=[_stylesheet()],
                                                                             font_config=_fonts())
    anchors: dict[str, tuple[int, float, float]] = {}
    links, bookmarks = [], []
    for number, page in enumerate(document.pages):
        height = page.height * PX
        for anchor, (x, y, _, _) in page.anchors.items():
            anchors.setdefault(anchor, (number, x * PX, height - y * PX))
        for kind, target, (x0, y0, x1, y1), _ in page.links:
            if kind == "internal":
                links.append((number, (x0 * PX, height - y1 * PX, x1 * PX, height - y0 * PX), target))
        bookmarks += [(level, label, number, height - y * PX) for level, label, (_, y), _ in page.bookmarks]
        page.links, page.anchors, page.bookmarks = [], {}, []  # the document they land in adds them
    data = document.write_pdf()
    return store(pdf, data, Placement(len(document.pages), anchors, tuple(links), tuple(bookmarks),
                                      time.perf_counter() - start))


def store(pdf: Path, data: bytes, placement: Placement) -> Placement:
    """A chapter's PDF into the cache, then its placement beside it, each atomically: a killed run
    never leaves half a file, and a placement is there only for a whole PDF."""
    partial = pdf.with_name(f".{pdf.stem}.{os.getpid()}.tmp")
    partial.write_bytes(data)
    os.replace(partial, pdf)
    partial.write_text(placement.to_json(), encoding="utf-8")
    os.replace(partial, pdf.with_suffix(".json"))
    return placement
