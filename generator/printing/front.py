"""A dossier's or the book's cover and contents, drawn with ReportLab, not typeset by WeasyPrint.

The contents are the one chapter a document prints again whenever an article joins it (a new
line, and every page number after it): WeasyPrint took 0.1 to 0.4 s for each, and publishing one
article into 1,000 typeset eleven of them (11 of 42 chapters, about 2 of 6 to 7.5 CPU-seconds).
Drawn, a 51-line contents takes 0.03 s. They are laid out as the print CSS laid them out: A4, the
same margins, DejaVu Sans, a dotted leader to each page number, the cover's title block above.
Each line links to its section when the document is joined (``Placement.links``).
"""

from __future__ import annotations

import hashlib
import io
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.printing.chapters import Placement, Rect, store
from generator.printing.fonts import sans

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4
TOP, BOTTOM, SIDE = 20 * MM, 22 * MM, 18 * MM  # print.css: @page margin
RIGHT = PAGE_WIDTH - SIDE
ASCENT, DESCENT = 0.928, 0.236  # DejaVu Sans, in ems: where a line's baseline falls in its line box
INK, KICKER, SUBTITLE, GREY = (0x11, 0x11, 0x11), (0x39, 0x49, 0xAB), (0x33, 0x33, 0x33), (0x55, 0x55, 0x55)
LEADER = " . "  # print.css's spaced leader
VERSION = "front 1"  # part of every front's cache key: drawing it otherwise prints it again


@dataclass(frozen=True)
class Entry:
    anchor: str
    title: str  # plain text
    page: int
    part: bool = False  # a part of the book: bold, not indented, space above


@dataclass(frozen=True)
class Front:
    kicker: str
    title: str
    subtitle: str
    date: str  # "3 December 2026"
    entries: tuple[Entry, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Front:
        data = json.loads(text)
        return cls(data["kicker"], data["title"], data["subtitle"], data["date"],
                   tuple(Entry(**entry) for entry in data["entries"]))


def front_key(spec: str) -> str:
    """The cache name of a drawn front: what it shows and how it is drawn."""
    return hashlib.sha256(f"{VERSION}\n{spec}".encode()).hexdigest()


def draw_front(spec: str, pdf: Path) -> Placement:
    """Draw the front into the cache, atomically, its placement (pages, links) beside it."""
    start = time.perf_counter()
    sheet = _Sheet()
    sheet.draw(Front.from_json(spec))
    return store(pdf, sheet.buffer.getvalue(),
                 Placement(sheet.page + 1, {}, tuple(sheet.links), (), time.perf_counter() - start))


class _Sheet:
    """A canvas written top to bottom, a new page whenever a line would cross the bottom margin."""

    def __init__(self) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=True, pageCompression=1)
        self.page, self.y, self.margin = 0, PAGE_HEIGHT - TOP, 0.0  # y: the top of the next box
        self.links: list[tuple[int, Rect, str]] = []

    def draw(self, front: Front) -> None:
        self.y -= 30 * MM  # .cover { padding-top: 30mm }
        self._block([front.kicker.upper()], 10, 1.4, KICKER, space=(10, 10), spacing=1.5)
        self._block(self._wrapped(front.title, sans(True), 28, RIGHT - SIDE), 28, 1.2, INK, space=(0, 2 * MM),
                    bold=True)
        self._block(self._wrapped(front.subtitle, sans(), 12, RIGHT - SIDE), 12, 1.4, SUBTITLE, space=(12, 12))
        self._block([f"Generated on {front.date}"], 8.5, 1.4, GREY, space=(0, 14 * MM))  # and the cover's margin
        self._block(["Contents"], 12.5, 1.4, INK, space=(6 * MM, 2 * MM), bold=True)
        for entry in front.entries:
            self._entry(entry)
        self.canvas.save()

    def _entry(self, entry: Entry) -> None:
        """A line (or more, for a long title, kept together) with a dotted leader to the page number;
        all of it a link to the section."""
        font, size = sans(entry.part), 9.5
        left = SIDE if entry.part else SIDE + 5 * MM
        number = str(entry.page)
        room = RIGHT - left - self._width(number, font, size) - 2 * self._width(LEADER, font, size)
        lines = self._wrapped(entry.title, font, size, room)
        space = (4 * MM, 1 * MM) if entry.part else (0.6 * MM, 0.6 * MM)
        baselines = self._block(lines, size, 1.4, INK, space=space, bold=entry.part, left=left)
        self._leader_and_number(left + self._width(lines[-1], font, size), number, baselines[-1], font, size)
        self.links.append((self.page, (left, baselines[-1] - (DESCENT + 0.2) * size, RIGHT,
                                       baselines[0] + (ASCENT + 0.2) * size), entry.anchor))

    def _leader_and_number(self, start: float, number: str, baseline: float, font: str, size: float) -> None:
        """Dots on a grid counted from the number, so that the leaders of all lines line up, then the
        number flush right: one run of text, which a PDF reader reads as one line with its title."""
        step = self._width(LEADER, font, size)
        at = RIGHT - self._width(number, font, size)
        dots = max(0, int((at - start - step / 3) // step))
        text = self.canvas.beginText(at - dots * step, baseline)
        text.setFont(font, size)
        text.textOut(LEADER * dots)
        text.moveCursor(dots * step, 0)
        text.textOut(number)
        self.canvas.drawText(text)

    def _block(self, lines: list[str], size: float, leading: float, colour: tuple[int, int, int], *,
               space: tuple[float, float], bold: bool = False, left: float = SIDE, spacing: float = 0.0) -> list[float]:
        """Lines set together, on a new page if they do not fit, the top margin collapsed with the
        bottom margin before (as CSS collapses them); their baselines."""
        height = size * leading
        gap = max(self.margin, space[0])
        if self.y - gap - height * len(lines) < BOTTOM and self.y < PAGE_HEIGHT - TOP:
            self._new_page()
            gap = 0.0
        self.y -= gap
        self.canvas.setFillColorRGB(*(c / 255 for c in colour))
        baselines = []
        for line in lines:
            baseline = self.y - (height - (ASCENT + DESCENT) * size) / 2 - ASCENT * size
            text = self.canvas.beginText(left, baseline)
            text.setFont(sans(bold), size)
            text.setCharSpace(spacing)  # the kicker's letter-spacing
            text.textOut(line)
            self.canvas.drawText(text)
            baselines.append(baseline)
            self.y -= height
        self.margin = space[1]
        return baselines

    def _new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y, self.margin = PAGE_HEIGHT - TOP, 0.0

    @staticmethod
    def _width(text: str, font: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(text, font, size))

    @staticmethod
    def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return list(simpleSplit(text, font, size, width)) or [""]
