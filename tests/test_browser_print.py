"""Browser printing (Ctrl+P) of a built page, done by real headless Chromium and read back with pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from generator.project import Project

CHROME = ("Skip to content", "Search", "Download PDF", "Dossier with its briefings", "Made with",
          "Material for MkDocs", "Back to top", "Switch to dark mode", "Articles Countries Leaders")


def print_page(page: Path, out: Path) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is missing: `make test` installs Debian's chromium package"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={out.parent / 'profile'}", "--virtual-time-budget=10000",
                    f"--print-to-pdf={out}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)


def test_printing_a_leader_page_gives_the_page_alone_with_its_relations(real_site: Project,
                                                                      tmp_path: Path) -> None:
    text = print_page(real_site.site / "leaders/mark-carney/index.html", tmp_path / "carney.pdf")
    assert text.startswith("Mark Carney Updated ")  # the title, then when its newest source is from
    assert "Leader: Prime Minister of Canada" in text
    for chrome in CHROME:
        assert chrome not in text, chrome
    # the people he was at events with, each with the number and years of those events
    assert "In events with: Xi Jinping (3 events, 2025)" in text
    # provenance links stay readable as text
    headline = "Carney Calls Meeting with Xi a ‘Turning Point’ as Canada Seeks Reset in China Relations"
    assert re.search(re.escape(headline) + r", ¶\d+", text)
