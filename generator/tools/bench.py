"""`briefings bench`: the real pipeline on synthetic corpora, timed, with the plain-Python floor.

Figures come from this machine at the time of the run; nothing here asserts a target, so the
benchmark can report a miss instead of flaking (see the README's Performance section).
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from generator.pages.page import SearchRecord
from generator.printing.pdf import PrintReport
from generator.project import Project
from generator.publish import readahead
from generator.publish.memory import NAME as MEMORY
from generator.publish.pipeline import Options, Pipeline
from generator.tools import page_cache, search_bench
from generator.tools.search_bench import FirstSearch
from generator.tools.synth import write_corpus


@dataclass(frozen=True)
class Row:
    articles: int
    pages: int
    build: float  # seconds of the whole full build, by the clock
    check: float
    generate: float
    site: float
    index: float  # seconds of Pagefind over the search records, part of every build
    pdfs: str
    preview: float  # seconds to rebuild the site, without PDFs, after a one-word edit of one briefing
    publishes: tuple[float, ...]  # seconds of the `briefings build` command publishing one change,
    # its PDFs included (unless not printing), each time the change is made: one more article
    # (synthetic corpora), a one-word edit of one briefing (the project's own: its registry cites
    # every briefing, so none can be held back)
    cold: float | None  # seconds of one more publish, the files a build reads dropped from the page cache
    # first (`page_cache`), as after a curator's minutes of work on a machine short of memory; None
    # where they cannot be dropped
    publish_pdfs: str  # what the last publish printed, as the command said it
    floor: float
    site_mb: float
    median_kb: float
    search_mb: float
    peak_mb: float  # the full build's processes together (its own, the generating child, MkDocs'), at their peak
    searches: tuple[FirstSearch, ...] = ()  # a reader's first search, Pagefind's and Material's (if compared)

    HEADER = ("articles", "pages", "full build s", "check s", "generate s", "site build s", "search index s",
              "PDFs", "preview s", "publish s", "publishes s", "cold publish s", "publish PDFs", "floor s", "site MB",
              "median HTML KB", "search index MB", "peak memory MB")

    def cells(self) -> tuple[str, ...]:
        return (str(self.articles), str(self.pages), f"{self.build:.1f}", f"{self.check:.2f}", f"{self.generate:.2f}",
                f"{self.site:.1f}", f"{self.index:.2f}", self.pdfs, f"{self.preview:.1f}", f"{self.publish:.1f}",
                ", ".join(f"{seconds:.1f}" for seconds in self.publishes),
                "n/a" if self.cold is None else f"{self.cold:.1f}", self.publish_pdfs, f"{self.floor:.2f}",
                f"{self.site_mb:.1f}", f"{self.median_kb:.1f}",
                f"{self.search_mb:.2f}", f"{self.peak_mb:.0f}")

    @property
    def publish(self) -> float:
        """The median publish: one publish alone moved by a second with what else ran on the machine."""
        return statistics.median(self.publishes)


class PeakMemory:
    """The resident memory of this process and all its descendants together (the child that
    generates a large site, MkDocs' processes, Pagefind), sampled while the block runs: its peak in
    MB. Each process counts its share of the pages it shares (PSS): a forked child (the typesetting
    workers, the one writing the build's memory) shares its parent's pages, and its RSS counted
    them twice."""

    def __init__(self, every: float = 0.1):
        self.every, self.peak_mb = every, 0.0
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._sampler.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._sampler.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while True:
            total = 0
            for process in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):  # it ended between the listing and the reading
                    total += process.memory_full_info().pss
            self.peak_mb = max(self.peak_mb, total / 2**20)
            if self._done.wait(self.every):
                return


PUBLISHES = 3  # publishes timed a corpus, the change undone (and built, untimed) between them
MEMORY_WAIT = 120.0  # seconds a build command's memory may take to be written after the command ends


def measure(root: Path, articles: int, seed: int = 1, pdfs: bool = True, searches: bool = False) -> Row:
    """A synthetic corpus of ``articles`` through the pipeline, then one more article published."""
    project = write_corpus(root, articles + 1, seed)
    newest = sorted(project.briefings.glob("*.yaml"))[-1]
    return measure_project(project, [newest, project.seeds / newest.with_suffix(".txt").name], pdfs, searches)


def measure_project(project: Project, held: list[Path], pdfs: bool = True, searches: bool = False,
                    publishes: int = PUBLISHES) -> Row:
    """The project without the ``held`` files (an article's briefing and seed) through the pipeline
    that `build` runs, every step timed (without ``pdfs``, as `build --no-pdf` runs it); with
    ``searches``, a reader's first search on that site and on the same pages with Material's search;
    then the publishing of the held article (with none held, of an edit), ``publishes`` times, and
    the preview a curator waits for after an edit."""
    aside = project.root / ".held"
    aside.mkdir()
    for path in held:
        path.rename(aside / path.name)
    start = time.perf_counter()
    with PeakMemory() as memory:
        first = Pipeline(project, Options(full=True, fresh=True, pdfs=pdfs))
        result = first.build()
    build = time.perf_counter() - start
    first.remembered()  # written while the curator adds an article
    steps = dict(result.steps)
    html = [p.stat().st_size for p in project.site.rglob("*.html")]
    search = project.site / "pagefind"
    pages = sum(1 for path in result.docs.files if path.endswith(".md"))  # hand-written ones too
    site_mb, search_mb = search_bench.megabytes(project.site), search_bench.megabytes(search)
    floor = _floor(project.generated)
    compared = search_bench.compare(project, _query(result.docs.search), steps["site"] + steps["search"]) \
        if searches else []
    seconds, cold, said = _publish(project, _Change(project, held, aside), pdfs, publishes)
    return Row(result.articles, pages, build, steps["check"], steps["generate"], steps["site"], steps["search"],
               _printed(result.docs.printed), _preview(project), seconds, cold, _said_printed(said[-1]), floor,
               site_mb, statistics.median(html) / 1e3, search_mb, memory.peak_mb, tuple(compared))


class _Change:
    """What is published: the ``held`` files moved back from ``aside``, or, none held, a one-word edit."""

    def __init__(self, project: Project, held: list[Path], aside: Path):
        self.project, self.held, self.aside = project, held, aside
        self.edited = sorted(project.briefings.glob("*.yaml"))[0]  # as `_edit` edits it
        self.before = b"" if held else self.edited.read_bytes()

    def make(self) -> None:
        for path in self.held:
            (self.aside / path.name).rename(path)
        if not self.held:
            _edit(self.project)

    def undo(self) -> None:
        for path in self.held:
            path.rename(self.aside / path.name)
        if not self.held:
            self.edited.write_bytes(self.before)


def _publish(project: Project, change: _Change, pdfs: bool,
             times: int) -> tuple[tuple[float, ...], float | None, list[str]]:
    """Seconds of each publish of ``change`` by the `briefings build` command, as a curator runs it
    (a new process: its imports, the last build's memory read back, its typesetter loaded), then of
    one more, cold (the files a build reads dropped from the page cache first; None where they
    cannot be), and what each said. Between two, the change is undone and the site built again,
    untimed, so that each publishes the same into the same."""
    seconds, said = [], []
    for number in range(times + 1 if readahead.SUPPORTED else times):
        if number:
            change.undo()
            _command(project, pdfs)
        if number == times:
            page_cache.evict(page_cache.read_by_builds(project.root))
        change.make()
        took, output = _command(project, pdfs)
        seconds.append(took)
        said.append(output)
    return tuple(seconds[:times]), seconds[times] if len(seconds) > times else None, said


def _command(project: Project, pdfs: bool) -> tuple[float, str]:
    """`briefings build` run on ``project``: the seconds until the command ended, and its output.
    Returns once the command's memory for the next build is also written, by a process of its own
    that the command does not wait for (nor does its time)."""
    memory = project.work / MEMORY
    start, clock = time.time_ns(), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(project.root), "build",
                           *(() if pdfs else ("--no-pdf",))], capture_output=True, text=True, check=False)
    took = time.perf_counter() - clock
    if done.returncode:
        raise RuntimeError(f"briefings build failed:\n{done.stdout}{done.stderr}")
    deadline = time.monotonic() + MEMORY_WAIT
    while time.monotonic() < deadline and not (memory.exists() and memory.stat().st_mtime_ns >= start):
        time.sleep(0.05)
    return took, done.stdout


def _query(records: dict[str, SearchRecord]) -> str:
    """What the reader searches for: a leader's name (the first leader's page by path)."""
    return next(records[path].title for path in sorted(records) if records[path].kind == "Leader")


def _printed(report: PrintReport | None) -> str:
    """What a build printed: seconds, PDFs, their pages, and the pages typeset for them."""
    if report is None:
        return "not run"
    typeset = sum(placement.pages for placement in report.typeset.values())
    return (f"{report.seconds:.1f} s: {len(report.assembled)} PDFs of {len(report.files)} joined "
            f"({sum(report.pages[name] for name in report.assembled)} pages), {typeset} pages typeset")


def _said_printed(said: str) -> str:
    """What a build command said it printed (its line "printed …", without that word)."""
    return next((line.removeprefix("printed ") for line in said.splitlines() if line.startswith("printed ")),
                "not run")


def _preview(project: Project) -> float:
    """Seconds from saving a one-word edit of one briefing to a current preview site, as `serve`
    and `build --drafts` rebuild it (no PDFs, only the changed pages), the process already running."""
    preview = Pipeline(project, Options(pdfs=False))
    preview.build()  # the preview site the edit lands on
    preview.remembered()  # written while the curator edits
    _edit(project)
    start = time.perf_counter()
    preview.build()
    seconds = time.perf_counter() - start
    preview.remembered()
    return seconds


def _edit(project: Project) -> None:
    """A one-word edit of the first briefing's summary (not the article held back: it sorts last)."""
    briefing = sorted(project.briefings.glob("*.yaml"))[0]
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("\nsummary: ", "\nsummary: Edited. ", 1),
                        encoding="utf-8")


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
    """The figures of each corpus, then, for those whose search was compared, a table of searches."""
    lines = ["| " + " | ".join(Row.HEADER) + " |", "|" + "---|" * len(Row.HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    for row in rows:
        if row.searches:
            lines += ["", f"A reader's first search at {row.articles} articles (Chromium, the home page, "
                          "a leader's name typed at once):", "", search_bench.table(list(row.searches))]
    return "\n".join(lines)


def run_project(project: Project, pdfs: bool = True, searches: bool = False) -> Row:
    """This project's own articles (the five seeds), measured on a copy; publishing is an edit."""
    root = Path(tempfile.mkdtemp(prefix="bench-project-"))
    try:
        for part in ("briefings", "seeds", "mkdocs.yml", "overrides", "docs/pages"):
            source = project.root / part
            if source.is_dir():
                shutil.copytree(source, root / part)
            elif source.exists():
                shutil.copy2(source, root / part)
        return measure_project(Project(root), [], pdfs, searches)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(sizes: list[int], seed: int = 1, pdfs: bool = True, keep: Path | None = None,
        on_row: Callable[[Row], None] | None = None, searches: bool = False) -> list[Row]:
    """A row per corpus size; ``on_row`` hears of each as soon as it is measured."""
    rows = []
    for n in sizes:
        root = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
        try:
            rows.append(measure(root, n, seed, pdfs, searches))
            if on_row:
                on_row(rows[-1])
        finally:
            if keep:
                shutil.copytree(root, keep / str(n), dirs_exist_ok=True)
            shutil.rmtree(root, ignore_errors=True)
    return rows
