"""The benchmark keeps working: a 50-article synthetic corpus passes check and builds, and the
table it prints has every column. Timings are printed by `briefings bench`, never asserted."""

from __future__ import annotations

import re
from pathlib import Path

from generator.corpus.check import check_project
from generator.project import Project
from generator.tools import bench
from generator.tools.synth import write_corpus
from tests.conftest import page_refs


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


def test_bench_runs_at_50_articles() -> None:
    rows = bench.run([50], pdfs=False)  # printing is timed by `briefings bench` itself, tested in test_pdf
    row = rows[0]
    assert row.articles == 50 and row.pages > 50 and row.site_mb > 0 and row.search_mb > 0
    text = bench.table(rows)
    assert text.splitlines()[0].startswith("| articles | pages | check s") and "| 50 |" in text


def test_big_lists_move_into_yearly_or_numbered_pages_that_build_strictly(tmp_path: Path) -> None:
    """With the limits lowered, a 40-article corpus exercises every yearly page and an entity's
    numbered pages; --strict checks their links."""
    from generator.limits import Limits
    from generator.publish.pipeline import Options, build

    project = write_corpus(tmp_path / "big", 40, seed=3)
    build(project, Options(limits=Limits(year_items=3, entity_items=3, figure_groups_per_page=5)))
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
