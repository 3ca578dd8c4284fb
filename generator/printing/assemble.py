"""Join typeset chapters into one document: page numbers and footers stamped, links and bookmarks added.

Joining is a thousand times cheaper than typesetting (qpdf, through pikepdf, copies pages without
reading their text), so a dossier that gains an article costs one new chapter and a join. The
footer ("Title · generated on …", "Page x of y") is drawn by ReportLab on a transparent sheet
laid over each page, in the same font and place the print CSS gives the running header.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem

from generator.printing.chapters import Placement
from generator.printing.fonts import sans

MM = 72 / 25.4
MARGIN, FOOTER_Y, FOOTER_SIZE = 18 * MM, 11 * MM, 7.5  # print.css: side margins, the footer's line


@dataclass(frozen=True)
class Piece:
    pdf: Path
    placement: Placement
    # The sections of the document it holds, (title, anchor) each: a bookmark each, with the
    # chapter's headings under the section they fall in (none for a later part of a long page:
    # its headings go under its first part's)
    sections: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Stamp:
    title: str  # the document's, left in the footer and in its metadata
    day: date
    unnumbered: int = 0  # the first pages (a cover) carry no footer


def anchors_of(pieces: list[Piece]) -> dict[str, tuple[int, float, float]]:
    """Every anchor of the document: (page of the whole document, x, y)."""
    found: dict[str, tuple[int, float, float]] = {}
    start = 0
    for piece in pieces:
        for anchor, (page, x, y) in piece.placement.anchors.items():
            found.setdefault(anchor, (start + page, x, y))
        start += piece.placement.pages
    return found


def assemble(pieces: list[Piece], stamp: Stamp, target: Path) -> int:
    """Write the document to ``target`` (atomically, with no varying ID) and return its page count."""
    pdf = pikepdf.new()
    sources = [pikepdf.open(piece.pdf) for piece in pieces]
    for source in sources:
        pdf.pages.extend(source.pages)
    total = len(pdf.pages)
    footer = pikepdf.open(io.BytesIO(_footers(stamp, total)))
    for number, page in enumerate(pdf.pages[stamp.unnumbered:]):
        _overlay(pdf, page, footer.pages[number])
    anchors = anchors_of(pieces)
    _links(pdf, pieces, anchors)
    _outline(pdf, pieces, anchors)
    pdf.docinfo[Name.Title] = stamp.title
    pdf.docinfo[Name.Creator] = "briefings"
    pdf.docinfo[Name.CreationDate] = f"D:{stamp.day:%Y%m%d}000000Z"
    partial = target.with_name(f".{target.stem}.tmp")
    pdf.save(partial, deterministic_id=True, compress_streams=True)
    for source in sources:
        source.close()
    partial.replace(target)
    return total


def _overlay(pdf: pikepdf.Pdf, page: pikepdf.Page, sheet: pikepdf.Page) -> None:
    """Lay ``sheet`` over ``page`` under a fixed name (pikepdf's add_overlay picks a random one,
    and the same input must give the same bytes). The pages of a chapter share one resource
    dictionary, so each gets its own copy first."""
    shared = page.obj.Resources
    resources = Dictionary(dict(shared.items()))
    xobjects = resources.get(Name.XObject, Dictionary())
    resources[Name.XObject] = Dictionary(dict(xobjects.items()))
    resources[Name.XObject][Name.BriefingsFooter] = pdf.copy_foreign(sheet.as_form_xobject())
    page.obj.Resources = resources
    page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(pdf, b"\nQ\nq /BriefingsFooter Do Q\n"))


def _links(pdf: pikepdf.Pdf, pieces: list[Piece], anchors: dict[str, tuple[int, float, float]]) -> None:
    """A link whose target prints in this document becomes a link to its place; any other stays text."""
    start = 0
    for piece in pieces:
        for page, rect, target in piece.placement.links:
            if target not in anchors:
                continue
            to_page, x, y = anchors[target]
            annotation = pdf.make_indirect(Dictionary(
                Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
                Dest=Array([pdf.pages[to_page].obj, Name.XYZ, x, y, 0])))
            holder = pdf.pages[start + page].obj
            if Name.Annots not in holder:
                holder.Annots = pdf.make_indirect(Array())
            holder.Annots.append(annotation)
        start += piece.placement.pages


def _outline(pdf: pikepdf.Pdf, pieces: list[Piece], anchors: dict[str, tuple[int, float, float]]) -> None:
    """Bookmarks: each section, and under it the headings that follow it (of all its parts, for a long page)."""
    start = 0
    with pdf.open_outline() as outline:
        item = None
        for piece in pieces:
            marks = [((anchors[anchor][0], -anchors[anchor][2]), 1, title) for title, anchor in piece.sections]
            marks += [((start + p, -top), 2, label) for level, label, p, top in piece.placement.bookmarks if level == 2]
            for (page, top), level, label in sorted(marks, key=lambda mark: (mark[0], mark[1])):
                if level == 1:
                    item = OutlineItem(label, page, "XYZ", top=-top)
                    outline.root.append(item)
                elif item is not None:
                    item.children.append(OutlineItem(label, page, "XYZ", top=-top))
            start += piece.placement.pages


def _footers(stamp: Stamp, total: int) -> bytes:
    """One transparent A4 sheet per numbered page, holding only its footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    font = sans()
    left = f"{stamp.title} · generated on {stamp.day.day} {stamp.day:%B %Y}"
    for number in range(stamp.unnumbered + 1, total + 1):
        canvas.setFont(font, FOOTER_SIZE)
        canvas.setFillGray(1 / 3)
        canvas.drawString(MARGIN, FOOTER_Y, left)
        canvas.drawRightString(A4[0] - MARGIN, FOOTER_Y, f"Page {number} of {total}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()

