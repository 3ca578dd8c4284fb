"""The PDFs' sans-serif for what ReportLab draws (the footers, the covers and contents): DejaVu Sans,
the print CSS's, so that drawn and typeset pages look alike. Registered once a process."""

from __future__ import annotations

import functools
from pathlib import Path

from generator.errors import BriefingsError, Problem

FONT_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", Path.home() / ".local/share/fonts")


@functools.cache
def sans(bold: bool = False) -> str:
    """The name ReportLab knows the font by (Debian's fonts-dejavu-core)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "DejaVuSans-Bold" if bold else "DejaVuSans"
    found = next((path for folder in FONT_FOLDERS for path in sorted(Path(folder).rglob(f"{name}.ttf"))), None)
    if found is None:
        raise BriefingsError([Problem(f"{name}.ttf", 1, 1, "fonts", "the PDFs' font is not installed",
                                      "install it: apt-get install fonts-dejavu-core (make site does)")])
    pdfmetrics.registerFont(TTFont(name, str(found)))
    return name


def load_drawing() -> None:
    """ReportLab and the fonts loaded ahead of the first footer or cover (0.2 to 0.4 s in a new process)."""
    import reportlab.pdfgen.canvas  # noqa: F401

    sans()
    sans(True)
