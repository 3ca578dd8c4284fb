"""A long page printed in parts (issue 16): where the cuts fall, that an insertion moves few of them,
and the printed parts read as one page."""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml
from pypdf import PdfReader

from generator.limits import Limits
from generator.pages.print_parts import RUN
from generator.printing.compose import _runs
from generator.printing.documents import select
from generator.printing.parts import split
from generator.printing.print_html import PrintedPage
from generator.publish.pipeline import Options, Pipeline
from generator.tools.synth import write_corpus
from tests.conftest import REPO, copy_project
from tests.test_pdf import flat, pages_text

PART = 2_000


def page(sections: int, rows: int = 6, seed: int = 3) -> list[str]:
    """A figures-like page as blocks: a heading, a table under it, a list of discrepancies."""
    rng = random.Random(seed)
    blocks = ["# Figures\n\nEvery figure, grouped by what it measures.\n"]
    for n in range(sections):
        table = "\n".join(f"| {rng.randint(1, 99)} per cent | {2000 + n} | [\\[{n} ¶6\\]](../a/{n}.md#p6) |"
                          for _ in range(rows))
        blocks.append(f"## Measure {n}\n\n| Value | Year | Source |\n|---|---|---|\n{table}\n")
        blocks.append("\n".join(f"- item {n}.{k}: sources differ\n    on a second line" for k in range(3)) + "\n")
    return blocks


def test_a_short_page_is_one_part_and_a_long_one_is_cut_only_before_headings_and_items() -> None:
    short = "".join(page(3))
    assert split(short, PART) == [short]
    text = "".join(page(60))
    parts = split(text, PART)
    assert len(parts) > 4 and "\n".join(parts) == text  # nothing lost, nothing added
    for part in parts[1:]:
        assert part.startswith(("## Measure", "- item")), part[:40]  # never inside a table
    for part in parts[:-1]:
        assert not part.strip().split("\n")[-1].startswith("#")  # nor right under a heading
    rng = random.Random(0)
    listed = "# T\n\n" + "".join(f"## Year {n}\n\n" + "".join(f"- event {rng.randint(0, 10**6)} in year {n}\n"
                                                                for _ in range(3)) for n in range(400))
    assert all(not part.strip().split("\n")[-1].startswith("#") for part in split(listed, PART))
    assert all(len(part) >= PART for part in parts[:-1])
    assert all(len(part) <= 5 * PART for part in parts)


def test_a_line_of_a_paragraph_that_starts_with_a_dash_is_no_cut() -> None:
    text = "# T\n\n" + "".join(f"Para {n} goes on and on\n- and on, a dash in the text.\n\n" for n in range(400))
    assert all(not part.startswith("- and on") for part in split(text, PART)[1:])


def test_an_item_added_early_changes_the_part_it_lands_in_not_those_after() -> None:
    """Cuts fall where the text says, not every so many items: what a new article adds to a
    page changes its part (or splits it in two), and the parts after it keep their text."""
    blocks = page(80)
    before = split("".join(blocks), PART)
    for where in (3, 40, 101):
        grown = [*blocks[:where], "- a new item: sources differ\n", *blocks[where:]]
        after = split("".join(grown), PART)
        assert len(set(after) - set(before)) <= 2, where
        edited = [*blocks[:where], blocks[where].replace("per cent", "percent", 1), *blocks[where + 1:]]
        assert len(set(split("".join(edited), PART)) - set(before)) <= 2, where


def test_a_long_page_prints_as_parts_that_read_as_one_and_an_edit_typesets_few_again(tmp_path: Path) -> None:
    """The real timeline printed in parts of at least 3,000 characters: every event and year is in
    the PDF, each later part opens under "Timeline (continued)" with its own endnotes, the bookmarks
    hold every year under the page's title, and an event reworded typesets one or two parts again."""
    project = copy_project(REPO, tmp_path / "real")
    printer = Pipeline(project, Options(limits=Limits(print_part=3_000)))
    report = printer.print_named(["timeline"], tmp_path / "out").printed
    parts = sorted(label for label in report.typeset if label.startswith("timeline.md"))
    assert len(parts) >= 4
    pdf = report.files["pdf/timeline.pdf"]
    text = pages_text(pdf)
    assert sum(page.startswith("Timeline (continued)") for page in text) == len(parts) - 1
    markdown = printer.rendered(printer.check()[0]).printed["timeline.md"]
    years = re.findall(r"^## (\d{4})$", markdown, re.M)
    events = re.findall(r"^- \*\*(.+?)\*\*", markdown, re.M)
    printed = flat(" ".join(text))
    assert len(events) > 30 and all(flat(event) in printed for event in events)
    assert printed.count(" Sources ") >= len(parts)  # each part's own endnotes ("[1] ¶5")
    top, nested = PdfReader(pdf).outline
    assert not isinstance(top, list) and top.title == "Timeline" and isinstance(nested, list)
    children = [child.title for child in nested if not isinstance(child, list)]
    assert [title for title in children if title != "Sources"] == years  # each part's notes are marked too
    assert children.count("Sources") == len(parts)
    briefing = project.briefings / "carney-beijing-mission.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "Canadian legislators end a visit to Taiwan early", "Canadian legislators cut short a visit to Taiwan"),
        encoding="utf-8")
    again = printer.print_named(["timeline"], tmp_path / "out").printed
    assert 1 <= len([label for label in again.typeset if label.startswith("timeline.md")]) <= 2


def test_a_large_site_prints_its_long_listings_on_demand_only(tmp_path: Path) -> None:
    """Past `Limits.listing_articles` the year's quotes, sources and timeline, the figures and the
    discrepancies get no PDF of their own unless named: each new article changes them."""
    project = write_corpus(tmp_path / "c", 8, seed=3)
    corpus, _ = Pipeline(project, Options()).check()
    listings = re.compile(r"(?:quotes|sources|timeline)/\d{4}|figures(?:/\d+)?|discrepancies")
    for limit, offered in ((100, True), (5, False)):
        docs = Pipeline(project, Options(limits=Limits(listing_articles=limit))).rendered(corpus).documents
        listed = [d for d in docs if listings.fullmatch(d.name)]
        assert listed and all(d.on_demand != offered for d in listed), limit
        assert any(d.name.startswith("articles/") and not d.on_demand for d in docs)
    assert select(docs, [listed[0].name]) == [listed[0]]  # still printed when named


def section(path: str, continued: bool = False, body: str = "") -> PrintedPage:
    return PrintedPage(path, path.replace("/", "--"), path, body, (), continued)


def test_a_dossiers_parts_run_on_and_a_briefing_joining_changes_only_its_own_run() -> None:
    """Runs begin where a part's path hashes so, not every so many parts: one more part changes
    the run it joins and leaves every other run as it was."""
    rng = random.Random(7)
    opening = section("print/dossiers/canada.md")
    parts = [section(f"print/dossiers/canada/article-{n:04d}.md") for n in range(200)]
    runs = _runs([opening, *parts], set())
    assert runs[0] == [opening]  # every briefing joining the dossier changes it
    assert [s for run in runs[1:] for s in run] == parts
    assert 0.6 * RUN < len(parts) / len(runs[1:]) < 1.5 * RUN  # about RUN parts a run
    for _ in range(20):
        new = section(f"print/dossiers/canada/article-{rng.randint(1000, 9999)}.md")
        at = rng.randrange(len(parts) + 1)
        after = _runs([opening, *parts[:at], new, *parts[at:]], set())
        changed = [run for run in after if [s.path for s in run] not in [[s.path for s in r] for r in runs]]
        assert len(changed) <= 2 and any(new in run for run in changed)  # its run, and the one it may split


def test_a_long_pages_parts_and_a_page_with_page_numbers_are_each_a_chapter_of_their_own() -> None:
    opening = [section("print/dossiers/canada.md"), section("print/dossiers/canada.md", continued=True)]
    late = section("print/dossiers/canada/late.md")
    rest = [section(f"print/dossiers/canada/a{n}.md") for n in range(12)]
    runs = _runs([*opening, late, *rest], {late.path})
    assert runs[:3] == [[opening[0]], [opening[1]], [late]]
    assert any(len(run) > 1 for run in runs[3:])


def test_a_briefing_joining_a_full_dossier_drops_whole_runs_from_its_end(tmp_path: Path) -> None:
    """A dossier prints the newest `Limits.dossier_articles` briefings and the rest of the run the
    last of them is in, so the newest briefing joining it typesets its own run and the opening
    again, not the run that lost its oldest part."""
    project = write_corpus(tmp_path / "c", 40, seed=5)
    limits = Limits(dossier_articles=3)

    def dossiers() -> dict[str, list[list[str]]]:
        pipeline = Pipeline(project, Options(limits=limits))
        docs = pipeline.rendered(pipeline.check()[0]).documents
        return {d.name: [[s.path for s in run] for run in _runs([section(p) for p in d.pages], set())]
                for d in docs if d.kind == "dossier"}

    files = {path: path.read_text(encoding="utf-8") for path in project.briefings.glob("*.yaml")}
    newest = max(files, key=lambda path: (str(yaml.safe_load(files[path])["published"]["date"]), path.name))
    newest.unlink()
    before = dossiers()
    newest.write_text(files[newest], encoding="utf-8")
    after = dossiers()
    part = f"/{newest.stem}.md"
    full = [name for name, runs in after.items() if any(part in p for p in runs[1][:1]) and name in before
            and sum(map(len, before[name][1:])) >= limits.dossier_articles]
    assert len(full) >= 3
    for name in full:
        parts = [p for run in after[name][1:] for p in run]
        assert len(parts) >= limits.dossier_articles
        assert [run for run in after[name][1:] if run not in before[name] and not any(part in p for p in run)] == []
