"""`briefings bench`: the real pipeline on synthetic corpora, timed, with the plain-Python floor.

Figures come from this machine at the time of the run; nothing here asserts a target, so the
benchmark can report a miss instead of flaking (see the README's Performance section).
"""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.printing.documents import BOOK
from generator.project import Project
from generator.publish.pipeline import Options, Pipeline
from generator.tools.synth import write_corpus


@dataclass(frozen=True)
class Row:
    articles: int
    pages: int
    check: float
    generate: float
    site: float
    index: float  # seconds of Pagefind over the search records, part of every build
    pdfs: str
    preview: float  # seconds to rebuild the site, without PDFs, after a one-word edit of one briefing
    floor: float
    site_mb: float
    median_kb: float
    search_mb: float
    peak_mb: float

    HEADER = ("articles", "pages", "check s", "generate s", "site build s", "search index s", "PDFs", "preview s",
              "floor s", "site MB", "median HTML KB", "search index MB", "peak memory MB")

    def cells(self) -> tuple[str, ...]:
        return (str(self.articles), str(self.pages), f"{self.check:.2f}", f"{self.generate:.2f}", f"{self.site:.1f}",
                f"{self.index:.2f}", self.pdfs, f"{self.preview:.1f}", f"{self.floor:.2f}", f"{self.site_mb:.1f}",
                f"{self.median_kb:.1f}", f"{self.search_mb:.2f}", f"{self.peak_mb:.0f}")


def _peak_mb() -> float:
    """The largest resident set of this process or any finished child (MkDocs runs as one), in MB."""
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def measure(root: Path, articles: int, seed: int = 1, pdfs: bool = True) -> Row:
    """One corpus through the pipeline that `build` runs, every step timed (without ``pdfs``, as
    `build --no-pdf` runs it), then the preview a curator waits for after an edit."""
    project = write_corpus(root, articles, seed)
    result = Pipeline(project, Options(full=True, fresh=True, pdfs=pdfs)).build()
    steps = dict(result.steps)
    pdf_cell = "not run"
    if result.docs.printed:
        report = result.docs.printed
        pages_printed = sum(n for n, _ in report.typeset.values())
        book = report.typeset.get(BOOK, (0, 0.0))
        pdf_cell = (f"{report.seconds:.1f} s, {report.seconds / max(pages_printed, 1):.3f} s/page, "
                    f"book {book[0]} pages {book[1]:.1f} s")
    html = [p.stat().st_size for p in project.site.rglob("*.html")]
    search = project.site / "pagefind"
    pages = sum(1 for path in result.docs.files if path.endswith(".md"))  # hand-written ones too
    site_mb = sum(p.stat().st_size for p in project.site.rglob("*") if p.is_file()) / 1e6
    search_mb = sum(p.stat().st_size for p in search.rglob("*") if p.is_file()) / 1e6
    floor = _floor(project.generated)
    return Row(articles, pages, steps["check"], steps["generate"], steps["site"], steps["search"], pdf_cell,
               _preview(project), floor, site_mb, statistics.median(html) / 1e3, search_mb, _peak_mb())


def _preview(project: Project) -> float:
    """Seconds from saving a one-word edit of one briefing to a current preview site, as `serve`
    and `build --drafts` rebuild it (no PDFs, only the changed pages), the process already running."""
    preview = Pipeline(project, Options(pdfs=False))
    preview.build()  # the preview site the edit lands on
    briefing = sorted(project.briefings.glob("*.yaml"))[0]
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("\nsummary: ", "\nsummary: Edited. ", 1),
                        encoding="utf-8")
    start = time.perf_counter()
    preview.build()
    return time.perf_counter() - start


def _floor(generated: Path) -> float:
    """Seconds plain Python takes to write the same Markdown files into a fresh folder: what
    generating could cost at the least."""
    files = {p.relative_to(generated): p.read_bytes() for p in generated.rglob("*.md")}
    floor_dir = Path(tempfile.mkdtemp(dir=generated.parent))
    start = time.perf_counter()
    for path, content in files.items():
        target = floor_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    seconds = time.perf_counter() - start
    shutil.rmtree(floor_dir)
    return seconds


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(Row.HEADER) + " |", "|" + "---|" * len(Row.HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def run(sizes: list[int], seed: int = 1, pdfs: bool = True, keep: Path | None = None,
        on_row: Callable[[Row], None] | None = None) -> list[Row]:
    """A row per corpus size; ``on_row`` hears of each as soon as it is measured."""
    rows = []
    for n in sizes:
        root = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
        try:
            rows.append(measure(root, n, seed, pdfs))
            if on_row:
                on_row(rows[-1])
        finally:
            if keep:
                shutil.copytree(root, keep / str(n), dirs_exist_ok=True)
            shutil.rmtree(root, ignore_errors=True)
    return rows
