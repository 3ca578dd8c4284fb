"""The benchmark keeps working: synthetic corpora pass check and build, and the table it prints
has its columns, a row per corpus and a positive figure in every cell. Timings are printed by
`briefings bench`, never compared with a target.

A large synthetic corpus with lowered limits also checks that big lists move into yearly and
numbered pages whose links hold under ``mkdocs build --strict``."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

import psutil
import pytest
from pypdf import PdfReader, PdfWriter

from generator.corpus.check import check_project
from generator.limits import Limits
from generator.printing.chapters import Placement
from generator.project import Project
from generator.publish import readahead
from generator.publish.pipeline import Options
from generator.tools import bench
from generator.tools.synth import write_corpus
from tests.conftest import page_refs

COLUMNS = ("articles", "pages", "full build s", "check s", "generate s", "site build s", "search index s", "PDFs",
           "preview s", "publish s", "publishes s", "cold publish s", "publish PDFs", "floor s", "site MB",
           "median HTML KB", "search index MB", "peak memory MB")
# Low enough that a 40-article corpus splits every list: 3 items a page, 5 figure groups a page.
LOWERED = Limits(year_items=3, entity_items=3, figure_groups_per_page=5, index_pairs=5, discrepancy_items=5)


def test_synthetic_corpus_is_deterministic_and_valid(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 20, seed=7)
    second = write_corpus(tmp_path / "b", 20, seed=7)
    files = sorted(p.relative_to(first.root) for p in first.briefings.rglob("*.yaml"))
    assert files == sorted(p.relative_to(second.root) for p in second.briefings.rglob("*.yaml"))
    assert all((first.root / f).read_bytes() == (second.root / f).read_bytes() for f in files)
    corpus, problems = check_project(first)
    assert corpus is not None, [str(p) for p in problems[:5]]
    counts = sorted((len(v) for v in (corpus.registry.countries,)), reverse=True)
    assert counts[0] > 0


def test_bench_table_has_a_row_of_positive_figures_per_corpus() -> None:
    sizes = [20, 50]
    rows = bench.run(sizes, pdfs=False)  # typesetting is timed by `briefings bench` itself, tested in test_pdf
    lines = bench.table(rows).splitlines()
    cells = [[cell.strip() for cell in line.split("|")[1:-1]] for line in lines]
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[:1] + lines[2:])
    assert cells[0] == list(COLUMNS)
    assert lines[1] == "|" + "---|" * len(COLUMNS)
    assert len(rows) == len(sizes) and len(lines) == 2 + len(sizes)  # a row per corpus, in the order asked
    columns = [f.name for f in fields(bench.Row) if f.name != "searches"]  # searches: a table of their own
    field_of = dict(zip([c for c in COLUMNS if c != "publish s"], columns, strict=True)) | {"publish s": "publish"}
    assert all(not row.searches for row in rows)  # not compared unless asked
    for size, row, line in zip(sizes, rows, cells[2:], strict=True):
        assert len(line) == len(COLUMNS), line
        figures = dict(zip(COLUMNS, line, strict=True))
        assert figures.pop("PDFs") == figures.pop("publish PDFs") == "not run"
        assert int(figures["articles"]) == size and int(figures["pages"]) > size
        assert float(figures["site MB"]) >= float(figures["search index MB"])  # the index is part of the site
        publishes = [float(cell) for cell in figures.pop("publishes s").split(", ")]
        assert len(row.publishes) == len(publishes) == bench.PUBLISHES and min(publishes) > 0
        assert min(row.publishes) <= row.publish <= max(row.publishes)  # their median
        if not readahead.SUPPORTED:
            assert figures.pop("cold publish s") == "n/a" and row.cold is None
        for column, cell in figures.items():
            assert re.fullmatch(r"\d+(\.\d+)?", cell), f"{column}: {cell!r} is not a number"
            # positive; a time shown at two decimals may round to 0.00, then the measure itself must be positive
            assert float(cell) > 0 or getattr(row, field_of[column]) > 0, f"{column}: {cell}"
        assert row.build >= row.check + row.generate + row.site + row.index  # by the clock, around its steps


def test_peak_memory_counts_the_child_processes_too() -> None:
    """A build's memory is its own and its children's (the generating child, MkDocs' shards) at once."""
    own = psutil.Process().memory_info().rss / 2**20
    child = "import time; block = bytearray(300 * 2**20); block[::4096] = b'x' * len(block[::4096]); time.sleep(1)"
    with bench.PeakMemory(every=0.05) as memory:
        subprocess.run([sys.executable, "-c", child], check=True)
    assert memory.peak_mb >= own + 300


@contextmanager
def lowered_limits_without_typesetting() -> Iterator[Options]:
    """The one place this file bends the pipeline. It gives the build options with the limits
    lowered, and while it is open every PDF is a blank page instead of being typeset: the site
    still links to every PDF and ``mkdocs build --strict`` still checks each link, but the
    corpus's 340 documents (1,300 pages, two minutes of WeasyPrint) are not typeset. Typesetting
    is tested in test_pdf; the test below typesets a few of the split pages for real."""
    from generator.printing import pdf

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf, "typeset_chapter", blank_chapter)
        yield Options(limits=LOWERED)


def blank_chapter(chapter_html: str, target: Path) -> Placement:
    """A part as one blank page with all its anchors on it (at module level: a worker process imports it)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(target)
    placement = Placement(1, dict.fromkeys(re.findall(r'\bid="([^"]+)"', chapter_html), (0, 0.0, 842.0)), (), (), 0.0)
    target.with_suffix(".json").write_text(placement.to_json(), encoding="utf-8")
    return placement


def test_big_lists_move_into_yearly_or_numbered_pages_that_build_strictly(tmp_path: Path) -> None:
    """With the limits lowered, a 40-article corpus exercises every yearly page and an entity's
    numbered pages; --strict checks their links; a yearly part, a numbered page and a figures
    page print."""
    from generator.publish.pipeline import Pipeline, build

    project = write_corpus(tmp_path / "big", 40, seed=3)
    with lowered_limits_without_typesetting() as options:
        build(project, options)
    built = {p.relative_to(project.site).as_posix() for p in project.site.rglob("index.html")}
    for folder in ("articles/by-year", "timeline", "quotes", "sources", "figures"):
        assert any(path.startswith(folder + "/") and path != folder + "/index.html" for path in built), folder
    for folder in ("timeline", "quotes", "sources"):  # a year with more than the limit comes in parts
        assert any(re.fullmatch(folder + r"/\d{4}-2/index\.html", path) for path in built), folder
    top, count, longest = max(corpus_entities(project), key=lambda e: e[1])
    numbered = sorted((p for p in built if p.startswith(top + "/page-")), key=lambda p: int(p.split("-")[-1][:-11]))
    assert len(numbered) == longest // 3 - 1, numbered  # full pages of 3 items; the main page has 3 to 5
    shown = [mentions(project.site / path) for path in [f"{top}/index.html", *numbered]]
    assert 3 <= len(shown[0]) <= 5 and all(len(on_page) <= 3 for on_page in shown[1:])
    every = [article for on_page in shown for article in on_page]
    assert len(every) == len(set(every)) == count  # each briefing on exactly one page
    assert "Pages:" in (project.site / top / "index.html").read_text()
    # the relations index in parts of 5 pairs, and a busy pair's older items on numbered pages
    assert "relations/page-2/index.html" in built
    # the discrepancies: an overview linking each kind's pages, of at most 5 items (a bigger group alone)
    generated = project.generated
    kinds = sorted(p.relative_to(generated).as_posix() for p in (generated / "discrepancies").rglob("*.md"))
    assert any("/" in k.removeprefix("discrepancies/") for k in kinds), kinds  # a kind on numbered pages
    overview = (generated / "discrepancies.md").read_text(encoding="utf-8")
    assert all(f"]({k})" in overview for k in kinds if k.count("/") == 1), overview  # each kind's first page
    for kind in kinds:
        text = (generated / kind).read_text(encoding="utf-8")
        items = len(re.findall(r"^(?:- \*\*|### )", text, re.M))
        assert 1 <= items <= 5 or (items == 1 and text.count("\n- ") > 5), kind
        assert f"discrepancies/{kind.removeprefix('discrepancies/').removesuffix('.md')}/index.html" in built
    pipeline = Pipeline(project, Options(limits=LOWERED))
    book = next(doc for doc in pipeline.rendered(pipeline.check()[0]).documents if doc.kind == "book")
    assert [p for p in book.pages if p.startswith("discrepancies")] == ["discrepancies.md", *kinds_in_order(kinds)]
    assert any(re.fullmatch(r"relations/[\w-]+/page-1/index\.html", path) for path in built)

    # The split pages print as their web pages read: typeset for real, the lowered limits kept.
    part = min(path for path in built if re.fullmatch(r"timeline/\d{4}-2/index\.html", path))
    names = [path.removesuffix("/index.html") for path in (part, numbered[0], "figures/2/index.html")]
    out = tmp_path / "printed"
    printed = Pipeline(project, Options(limits=LOWERED, fresh=True)).print_named(names, out)
    assert sorted(label.removesuffix(".md") for label in printed.printed.typeset) == sorted(names)
    texts = {name: " ".join(" ".join(page.extract_text() for page in PdfReader(out / f"{name}.pdf").pages).split())
             for name in names}
    for name, text in texts.items():
        assert text.startswith(heading(project.site / name / "index.html")), name
    for article in shown[1]:  # the numbered page prints the briefings it lists
        assert heading(project.site / "articles" / article / "index.html") in texts[names[1]], article


def kinds_in_order(pages: list[str]) -> list[str]:
    """Each kind's pages as the site lists them: the kinds in the overview's order, then by number."""
    order = ("dates", "positions", "figures", "titles")
    return sorted(pages, key=lambda p: (order.index(p.split("/")[1].removesuffix(".md")),
                                        int(p.split("/")[2].removesuffix(".md")) if p.count("/") == 2 else 1))


def heading(page: Path) -> str:
    """A built page's <h1>, as text."""
    import html

    match = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S)
    assert match, page
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())


def mentions(page: Path) -> list[str]:
    """The briefings an entity page lists under "Briefings that mention"."""
    section = page.read_text(encoding="utf-8").split("Briefings that mention")[-1].split("<h2")[0]
    return [ref.rsplit("/", 2)[-2] for ref in page_refs(section).refs if "/articles/" in ref]


def corpus_entities(project: Project) -> list[tuple[str, int, int]]:
    """(page, briefings, longest list) of each entity: its briefings, quotes, events or figures."""
    from generator.analysis.entity_index import build_index
    from generator.pages.page import entities_by_kind

    corpus, _ = check_project(project)
    assert corpus is not None
    index = build_index(corpus)
    lists = (index.articles, index.quotes, index.events, index.figures)
    return [(f"{kind}/{e.id}", len(index.articles.get(e.id, ())), max(len(items.get(e.id, ())) for items in lists))
            for kind, items in entities_by_kind(corpus.registry).items() for e in items]


def test_bench_measures_this_project_and_publishing_an_edit() -> None:
    """`briefings bench --project`: the five seeds, then an edit published (without PDFs here;
    `make site` prints them, and test_pdf reads them back)."""
    project = Project(Path(__file__).resolve().parents[1])
    row = bench.run_project(project, pdfs=False)
    assert row.articles == len(list(project.briefings.glob("*.yaml")))
    assert row.publish > 0 and row.preview > 0 and row.publish_pdfs == "not run"
    assert not (project.root / ".held").exists()  # measured on a copy


def test_each_timed_publish_publishes_the_article_again(tmp_path: Path) -> None:
    """The bench's publishes are the `briefings build` command publishing the same article into the
    same site: between two the article is taken out and the site built again, so that no publish
    finds it already there."""
    project = write_corpus(tmp_path, 12, seed=3)
    newest = sorted(project.briefings.glob("*.yaml"))[-1]
    held = [newest, project.seeds / newest.with_suffix(".txt").name]
    aside = tmp_path / ".held"
    aside.mkdir()
    for path in held:
        path.rename(aside / path.name)
    start = time.time_ns()
    took, _ = bench._command(project, pdfs=False)
    assert took > 0 and (project.work / "memory.pickle").stat().st_mtime_ns >= start  # written when it returns
    seconds, cold, said = bench._publish(project, bench._Change(project, held, aside), pdfs=False, times=3)
    assert len(seconds) == 3 and min(seconds) > 0
    assert (cold is not None and cold > 0) == readahead.SUPPORTED  # one more publish, cold
    assert len(said) == 3 + readahead.SUPPORTED
    for output in said:  # each publish wrote the article's page and rebuilt the pages it changed
        written = re.search(r"generated docs/generated: (\d+) written", output)
        rebuilt = re.search(r"rebuilt (\d+) changed pages? of site/ from 12 briefings", output)
        assert written and int(written.group(1)) > 1 and rebuilt and int(rebuilt.group(1)) > 1, output
    assert all(path.exists() for path in held)  # left published
    assert (project.site / "articles" / newest.stem / "index.html").exists()
    assert bench._said_printed(said[-1]) == "not run"
    assert bench._said_printed("generated docs/generated: 3 written\nprinted 2 PDFs, 9 pages, in 1.0 s: 1 joined\n"
                               "took check 0.1 s") == "2 PDFs, 9 pages, in 1.0 s: 1 joined"
