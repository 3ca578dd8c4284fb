"""Print every document to PDF: typeset the chapters no cached copy has, in parallel, then join them.

Each chapter is typeset by WeasyPrint from a small print template holding a page's Markdown as
HTML, never from the built Material page, so no site chrome can reach the paper (0.09 s against
0.6 s a page, measured). Chapters and documents are cached under the hash of what makes them, so
nothing unchanged is typeset or joined twice, and the same inputs always give the same bytes;
the generation date, on covers and footers only, is the one thing that varies by itself.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import heapq
import multiprocessing
import os
import threading
import time
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from multiprocessing import forkserver
from pathlib import Path
from types import TracebackType

from generator.errors import BriefingsError, Problem
from generator.printing import manifest
from generator.printing.assemble import Piece, assemble
from generator.printing.chapters import Placement, cached, typeset_chapter, warm
from generator.printing.compose import Chapter, Composition
from generator.printing.converted import Converted
from generator.printing.documents import Document
from generator.printing.fonts import load_drawing
from generator.printing.front import draw_front
from generator.printing.no_main import forget_main, name_main
from generator.printing.print_html import PrintConverter, PrintedPage

WARM_FROM = 20  # pages to convert from which the workers are started before converting them


@dataclass
class PrintReport:
    files: dict[str, Path] = field(default_factory=dict)  # pdf/<name>.pdf → its file in the cache
    pages: dict[str, int] = field(default_factory=dict)  # document name → its pages
    typeset: dict[str, Placement] = field(default_factory=dict)  # chapters typeset by this run, by label
    assembled: list[str] = field(default_factory=list)  # documents joined by this run (others were cached)
    seconds: float = 0.0


def generation_date() -> date:
    """SOURCE_DATE_EPOCH if set (reproducible builds), else today in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).date()
    if not epoch.isdigit():
        raise BriefingsError([Problem("SOURCE_DATE_EPOCH", 1, 1, "", f"not a number of seconds: {epoch!r}",
                                      "unset it, or give seconds since 1970 such as 1767225600")])
    return datetime.fromtimestamp(int(epoch), UTC).date()


def print_pdfs(cache: Path, docs: list[Document], markdown: Mapping[str, str], part: int, fresh: bool = False,
               prune: bool = False) -> PrintReport:
    """Print ``docs`` from each page's Markdown as printed (no download links), into ``cache``.

    ``part`` is the least a part of a long page holds (``Limits.print_part``); ``fresh`` ignores
    the cache; ``prune`` leaves the cache holding exactly what these PDFs need."""
    start = time.perf_counter()
    day = generation_date()
    record = cache / "documents.json"
    printed = {} if fresh else manifest.load(record)
    digests = manifest.digests(docs, markdown)
    keys = manifest.keys(docs, digests, day, part)
    todo = [doc for doc in docs
            if doc.name not in printed or not printed[doc.name].reusable(keys[doc.name], cache, markdown)]
    if todo:  # while the pages are converted and the first chapters typeset, not in the first join
        threading.Thread(target=load_drawing, name="load-drawing", daemon=True).start()
    converted = Converted(cache / "converted", PrintConverter(markdown, part), markdown, digests, fresh)
    needed = dict.fromkeys(path for doc in todo for path in doc.pages)
    report = PrintReport()
    cache.mkdir(parents=True, exist_ok=True)
    with Typesetter(cache / "chapters", fresh) as typesetter:
        if len(needed) >= WARM_FROM:  # the workers start while the pages are converted (seconds, for a whole site)
            typesetter.start_pool(os.cpu_count() or 1)
        sections: dict[str, list[PrintedPage]] = {}
        compositions = []
        # Each document's chapters are queued as soon as its pages are converted, so the workers
        # start at once; the book first, whose indexes wait for its chapters' page numbers.
        for doc in sorted(todo, key=lambda doc: doc.kind != "book"):
            for path in doc.pages:
                if path not in sections:
                    sections[path] = converted.pages(path)
            last = printed.get(doc.name)
            composition = Composition(doc, [part for path in doc.pages for part in sections[path]], day,
                                      last.front if last else 0)
            compositions.append(composition)
            independent = composition.independent()
            typesetter.prefetch(independent, first={c.key for c in independent} if composition.late else set())
        # One thread a document: the chapters that wait for others' page numbers go to the pool as
        # soon as their document knows them, and the document is joined as soon as it has all.
        with ThreadPoolExecutor(max_workers=min(16, len(compositions) or 1)) as threads:
            def place_and_join(c: Composition) -> manifest.Printed:
                asked: set[str] = set()

                def typeset(chapter: Chapter) -> tuple[Path, Placement]:
                    asked.add(chapter.key)
                    return typesetter.typeset(chapter)

                pieces = c.pieces(typeset)
                target, pages, joined = _join(cache / "documents", c, pieces, fresh)
                if joined:
                    report.assembled.append(c.doc.name)
                cites = manifest.cited_titles(c.sections, markdown)
                return manifest.Printed(keys[c.doc.name], target.relative_to(cache).as_posix(), pages,
                                        tuple(sorted(asked)), dict(sorted(cites.items())),
                                        pieces[0].placement.pages if c.covered else 0)

            names = [c.doc.name for c in compositions]
            printed.update(zip(names, threads.map(place_and_join, compositions), strict=True))
        report.typeset = typesetter.typeset_now
    for doc in docs:
        report.files[doc.path] = cache / printed[doc.name].file
        report.pages[doc.name] = printed[doc.name].pages
    if prune:
        printed = {doc.name: printed[doc.name] for doc in docs}
        _prune(cache, {"": {record.name}, "documents": {Path(e.file).name for e in printed.values()},
                       "chapters": {f"{key}{suffix}" for e in printed.values() for key in e.chapters
                                    for suffix in (".pdf", ".json")},
                       "converted": {converted.name(path) for path in digests}})
    manifest.save(record, printed)
    report.seconds = time.perf_counter() - start
    return report


def _join(folder: Path, composition: Composition, pieces: list[Piece], fresh: bool) -> tuple[Path, int, bool]:
    """The document joined from its pieces, unless the same pieces were joined before."""
    stamp = composition.stamp
    made_of = "\n".join([f"join 1 {stamp}", *(piece.pdf.stem for piece in pieces)])
    target = folder / f"{hashlib.sha256(made_of.encode()).hexdigest()}.pdf"
    pages = sum(piece.placement.pages for piece in pieces)
    if target.exists() and not fresh:
        return target, pages, False
    folder.mkdir(parents=True, exist_ok=True)
    return target, assemble(pieces, stamp, target), True


class Typesetter:
    """Chapters typeset on every core, each once: from the cache, or by the first who asks for it."""

    def __init__(self, folder: Path, fresh: bool):
        self.folder, self.fresh = folder, fresh
        self.typeset_now: dict[str, Placement] = {}
        self._known: dict[str, Future[Placement]] = {}
        self._lock, self._here = threading.Lock(), threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._workers = self._running = 0
        self._queue: list[tuple[bool, bool, int, int, Chapter, Future[Placement]]] = []

    def __enter__(self) -> Typesetter:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._pool:
            self._pool.shutdown(cancel_futures=error is not None)

    def prefetch(self, chapters: list[Chapter], first: set[str]) -> None:
        """Queue every chapter not cached; those in ``first`` (others wait for them) go before the rest."""
        missing = {chapter.key: chapter for chapter in chapters if not chapter.drawn and self._cached(chapter) is None}
        if len(missing) > 1 and not self._pool:
            self.start_pool(min(os.cpu_count() or 1, len(missing)))
        for chapter in missing.values():
            self._future(chapter, urgent=False, first=chapter.key in first)

    def start_pool(self, workers: int) -> None:
        """Worker processes, forked from the one that loaded the typesetter (`start_typesetting`)."""
        self._workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=_forked_warm())
        for _ in range(workers):
            self._pool.submit(warm)  # each worker forked now, not at its first chapter

    def typeset(self, chapter: Chapter) -> tuple[Path, Placement]:
        return self.folder / f"{chapter.key}.pdf", self._future(chapter, urgent=True).result()

    def _future(self, chapter: Chapter, urgent: bool, first: bool = False) -> Future[Placement]:
        pdf = self.folder / f"{chapter.key}.pdf"
        with self._lock:
            if chapter.key in self._known:
                return self._known[chapter.key]
            found = self._cached(chapter)
            future = self._known[chapter.key] = Future()
            queued = found is None and self._pool is not None and not chapter.drawn  # a front is drawn here
            if queued:
                # Our own queue feeds the pool, so a chapter a document waits for overtakes the prefetched ones.
                # Those a document waits for, then those others wait for, then the biggest: no core
                # is left with a long tail.
                entry = (not urgent, not first, -len(chapter.html), len(self._known), chapter, future)
                heapq.heappush(self._queue, entry)
        if queued:
            self._pump()
            return future
        if found is not None:
            future.set_result(found)
            return future
        with self._here:  # no pool (a chapter or two to typeset), or a front to draw: here, one at a time
            try:
                future.set_result((draw_front if chapter.drawn else typeset_chapter)(chapter.html, pdf))
            except BaseException as error:
                future.set_exception(error)
                raise
        self._record(chapter.label, future)
        return future

    def _pump(self) -> None:
        """Keep each worker busy with one chapter.

        Never called holding the lock: a chapter may be typeset before its callback is attached,
        and the callback then runs at once, in this thread, and takes the lock itself."""
        while True:
            with self._lock:
                if not (self._pool and self._queue and self._running < self._workers):
                    return
                *_, chapter, future = heapq.heappop(self._queue)
                self._running += 1
            try:
                running = self._pool.submit(typeset_chapter, chapter.html, self.folder / f"{chapter.key}.pdf")
            except BaseException as error:  # a broken pool runs nothing more: every waiting chapter fails
                with self._lock:
                    self._running -= 1
                    waiting = [future, *(entry[-1] for entry in self._queue)]
                    self._queue.clear()
                for each in waiting:
                    each.set_exception(error)
                return
            running.add_done_callback(functools.partial(self._finished, chapter.label, future))

    def _finished(self, label: str, future: Future[Placement], running: Future[Placement]) -> None:
        error = running.exception()
        if error is None:
            future.set_result(running.result())
            self._record(label, future)
        else:
            future.set_exception(error)
        with self._lock:
            self._running -= 1
        self._pump()

    def _record(self, label: str, done: Future[Placement]) -> None:
        if done.exception() is None:
            self.typeset_now[label] = done.result()

    def _cached(self, chapter: Chapter) -> Placement | None:
        return None if self.fresh else cached(self.folder / f"{chapter.key}.pdf")


def start_typesetting() -> None:
    """Start loading the typesetter, on a core of its own, for the workers to be forked from: a
    build calls it before it checks the corpus, which leaves the other cores idle.

    Each worker used to be spawned and load it all itself (the command's own modules, then
    WeasyPrint and the styles: 1.5 s of CPU a worker, beside MkDocs); forked from one process that
    has them, two workers were ready 0.34 s after they were asked for. That process is spawned,
    never forked from the build, so neither it nor its workers hold the build lock or the paused
    cycle collector."""
    _forked_warm()
    name_main()
    forkserver.ensure_running()
    forget_main()


@functools.cache
def _forked_warm() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["generator.printing.warmed"])
    return context


def _prune(cache: Path, keep: dict[str, set[str]]) -> None:
    """The cache holds exactly what the current site's PDFs are made of: in each of its folders
    ("" for itself), the files named in ``keep``. Compared by name: a path made for each of the
    21,000 files of a 1,000-article site's cache took 0.2 s of every build, names 0.03 s."""
    for folder, names in keep.items():
        with contextlib.suppress(FileNotFoundError), os.scandir(cache / folder) as entries:
            for entry in entries:
                if entry.name not in names and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
