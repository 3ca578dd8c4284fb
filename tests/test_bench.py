"""The benchmark keeps working: a 50-article synthetic corpus passes check and builds, and the
table it prints has every column. Timings are printed by `briefings bench`, never asserted."""

from __future__ import annotations

from pathlib import Path

from generator import bench
from generator.check import check_project
from generator.synth import write_corpus


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
