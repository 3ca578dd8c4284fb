"""A document's cover and contents are drawn (ReportLab), not typeset (issue 16: every dossier an
article joins gains a contents line, so its contents were typeset again on every publish). Read
back with pypdf: every entry on one line with its number, long titles wrapped, the contents run on
to more pages, every line a link, the same spec the same bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

from generator.printing.front import Entry, Front, draw_front

LONG = "A title long enough to need a second line of the contents, since it goes on and on about the talks"


def _front(entries: int) -> Front:
    rows = [Entry("bottom", "The bottom line", 2, part=True)]
    rows += [Entry(f"a{i}", LONG if i == 3 else f"Briefing number {i}", 3 + 2 * i) for i in range(entries)]
    return Front("Dossier", "Freedonia", "Country dossier · what 80 briefings say of Freedonia", "1 January 2026",
                 tuple(rows))


def test_every_entry_reads_as_its_title_a_dotted_leader_and_its_page(tmp_path: Path) -> None:
    placement = draw_front(_front(80).to_json(), tmp_path / "front.pdf")
    reader = pypdf.PdfReader(tmp_path / "front.pdf")
    assert placement.pages == len(reader.pages) >= 2  # 81 lines run on to a second page
    text = "\n".join(page.extract_text() for page in reader.pages)
    lines = text.splitlines()
    assert lines[:4] == ["DOSSIER", "Freedonia", "Country dossier · what 80 briefings say of Freedonia",
                         "Generated on 1 January 2026"]
    read = [(m.group(1).strip(), int(m.group(2))) for m in re.finditer(r"^(.*?)(?: +\.)+ *(\d+)$", text, re.M)]
    assert read[0] == ("The bottom line", 2)
    assert read[1:4] == [("Briefing number 0", 3), ("Briefing number 1", 5), ("Briefing number 2", 7)]
    assert len(read) == 81
    wrapped = lines.index(next(line for line in lines if line.startswith("A title long enough")))
    assert read[4][0] == lines[wrapped + 1].split("  .")[0].strip() and read[4][1] == 9  # its number on its last line


def test_every_line_links_to_its_section_inside_the_page(tmp_path: Path) -> None:
    placement = draw_front(_front(80).to_json(), tmp_path / "front.pdf")
    assert [target for _, _, target in placement.links] == ["bottom", *(f"a{i}" for i in range(80))]
    for page, (x0, y0, x1, y1), _ in placement.links:
        assert 0 <= page < placement.pages and 0 < x0 < x1 < 595.3 and 60 < y0 < y1 < 842 - 56
    tall = next(rect for _, rect, target in placement.links if target == "a3")
    short = next(rect for _, rect, target in placement.links if target == "a2")
    assert tall[3] - tall[1] > 1.8 * (short[3] - short[1])  # the wrapped title's link covers both its lines


def test_the_same_front_draws_the_same_bytes(tmp_path: Path) -> None:
    spec = _front(12).to_json()
    draw_front(spec, tmp_path / "one.pdf")
    draw_front(spec, tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    assert Front.from_json(spec) == _front(12)


def test_reportlab_draws_with_its_c_accelerator() -> None:
    """Fronts and footers are drawn with ReportLab's C accelerator (``rl_accel``, pinned): the
    same bytes as its Python fallback (compared when it was added), in about half the time."""
    from reportlab.lib import rl_accel

    assert {"fp_str", "escapePDF", "instanceStringWidthTTF"} <= rl_accel._c_funcs.keys()
