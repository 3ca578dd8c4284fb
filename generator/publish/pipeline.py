"""The one pipeline that `build`, `generate`, `pdf`, `serve` and `bench` share:
check → analyse → pages → Markdown → PDFs → stage → mkdocs build → search index → swap in
(an incremental build prints the PDFs while MkDocs builds the pages).

Nothing is swapped into docs/generated/ or site/ until every step has succeeded. Results are
returned as data; the command line says them.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

from markupsafe import Markup

from generator.analysis.analyse import Analysis, analyse
from generator.corpus.check import check_project
from generator.corpus.checked import Corpus
from generator.errors import BriefingsError, Problem, errors_only
from generator.gc_pause import gc_frozen, gc_paused
from generator.limits import Limits
from generator.pages.all_pages import all_pages
from generator.pages.page import Page, SearchRecord
from generator.pages.print_parts import print_pages
from generator.pages.render import compile_into, environment, render, render_xml, template_state, without_downloads
from generator.pages.reuse import Made, Reuse
from generator.pages.whats_new import feed
from generator.printing.documents import Document, documents, download_links, select
from generator.printing.pdf import PrintReport, print_pdfs, start_typesetting
from generator.project import Project
from generator.publish.incremental import (
    Layout,
    built_layout,
    check_links,
    forget_state,
    last_layout,
    outputs,
    save_state,
)
from generator.publish.lock import build_lock
from generator.publish.memory import Text, Writer, recall, remember
from generator.publish.mkdocs_run import MkDocs, hosting_settings, mkdocs_build
from generator.publish.products import DocsTree, NamedPrint, Rendered, Result, Staged
from generator.publish.readahead import reading_ahead
from generator.publish.search_index import BUNDLE, RECORDS, Indexer
from generator.publish.sharding import build_in_shards
from generator.publish.staging import WriteStats, adopt_unchanged, recover, stage, stage_more, swap
from generator.publish.timer import Timer


@dataclass(frozen=True)
class Options:
    drafts: bool = False  # include briefings with status: draft
    full: bool = False  # build every page of the site, even when only some changed
    fresh: bool = False  # typeset every PDF again, ignoring the cache
    pdfs: bool = True  # print the PDFs; without them, pages carry no download links
    site_url: str | None = None  # where the site will be served
    offline: bool = False  # a site that works from file://
    limits: Limits = field(default_factory=Limits)


class Pipeline:
    def __init__(self, project: Project, options: Options | None = None):
        self.project = project
        self.options = options or Options()
        # Each page as this pipeline (or the last build, `memory.py`) last rendered it: a page equal to
        # it is not rendered again, so a build renders only what an edit changed (comparing views
        # costs a twentieth of rendering).
        self._last: dict[str, Text] = {}
        # The pages as this pipeline last made them, by what they were made for: an edit makes again
        # only the pages of the briefings, entities and pairs it touches (`generator/pages/reuse.py`).
        self._made: Made | None = None
        self._templates: tuple[tuple[str, int, int], ...] = ()  # the page templates those were made with
        self._recalled = False  # the last build's memory taken up (once, before the first check)
        self._remembering: Writer | None = None  # this one's being written

    def check(self) -> tuple[Corpus, list[Problem]]:
        """The checked corpus and its warnings; every error at once as a BriefingsError."""
        if not self._recalled and not self.options.fresh:
            memory = recall(self.project.work)
            if memory:
                self._made, self._last, self._templates = memory.made, memory.texts, memory.templates
        self._recalled = True
        corpus, problems = check_project(self.project, drafts=self.options.drafts)
        if corpus is None:
            raise BriefingsError(errors_only(problems) or problems)
        return corpus, problems

    @gc_paused()
    def rendered(self, corpus: Corpus, dossiers: frozenset[str] = frozenset(),
                 records: Callable[[dict[str, SearchRecord]], None] | None = None) -> Rendered:
        """Analyse the corpus, make every page and document, and render each page once; the pages
        made for paper only when PDFs are printed (with dossiers asked for by entity id). The search
        ``records`` are handed over as soon as the pages are made, before they are rendered: Pagefind
        indexes them on the core that would otherwise wait (a third of a second sooner at 1,000 articles)."""
        templates = template_state()
        if templates != self._templates:  # a template edited under `serve`: every page is made anew
            self._templates, self._last, self._made = templates, {}, None
            environment.cache_clear()
        compile_into(self.project.compiled)
        analysis = analyse(corpus, self.options.limits)
        reuse = Reuse(self._made, corpus, self.options.limits)
        pages = all_pages(analysis, self.options.limits, reuse)
        search = {page.path: page.search for page in pages if page.search}
        if records:
            records(search)
        printing = self.options.pdfs or bool(dossiers)
        paper = print_pages(analysis, self.options.limits, dossiers, reuse) if printing else []
        self._made = reuse.made
        docs = documents(analysis, pages, paper, self.options.limits) if printing else []
        last, self._last = self._last, {}
        files, printed = self._markdown(analysis, pages, docs, last)
        printed.update((page.path, self._text(page, [], last)) for page in paper)
        return Rendered(docs, files, printed, search)

    def _text(self, page: Page, links: list[Markup], last: dict[str, Text]) -> str:
        """The page rendered, or its text of the last generation if neither it nor its links changed."""
        before = last.get(page.path)
        text = before[2] if before and before[0] == page and before[1] == links else render(page, links)
        self._last[page.path] = (page, links, text)
        return text

    def docs_tree(self, corpus: Corpus, timer: Timer,
                  records: Callable[[dict[str, SearchRecord]], None] | None = None) -> DocsTree:
        with timer.step("generate"):
            rendered = self.rendered(corpus, records=records)
        files = rendered.files
        if not self.options.pdfs:
            return DocsTree(dict(files), None, rendered.search)
        with timer.step("print"):
            report = self._print(rendered)
        return DocsTree({**files, **report.files}, report, rendered.search)

    def _print(self, rendered: Rendered) -> PrintReport:
        """Every PDF of the site, into the cache; none may have a hand-written file's path."""
        docs = select(rendered.documents, None)
        clash = sorted(rendered.files.keys() & {doc.path for doc in docs})
        if clash:
            raise BriefingsError([Problem(self.project.shown(self.project.pages / path), 1, 1, "",
                                          "hand-written file has the path of a generated PDF", "rename or move it")
                                  for path in clash])
        return print_pdfs(self.project.work / "pdf-cache", docs, rendered.printed, self.options.limits.print_part,
                          self.options.fresh, prune=True)

    def _markdown(self, analysis: Analysis, pages: list[Page], docs: list[Document],
                  last: dict[str, Text]) -> tuple[dict[str, bytes], dict[str, str]]:
        """Each page rendered once: its file for the site, with its download links, and the same
        Markdown without them for print; plus the feed and the hand-written pages, no path twice."""
        downloads = download_links(docs) if self.options.pdfs else {}
        files: dict[str, bytes] = {}
        printed: dict[str, str] = {}
        problems = []
        for page in pages:
            if page.path in files:
                problems.append(Problem(page.path, 1, 1, "", "two pages would be written to the same path",
                                        "ids must be unique"))
            links = downloads.get(page.path, [])
            text = self._text(page, links, last)
            files[page.path] = text.encode("utf-8")
            printed[page.path] = without_downloads(page, text, links)
        files["feed.xml"] = render_xml(feed(analysis.corpus, self.options.limits)).encode("utf-8")
        hand_written = self.project.pages
        if hand_written.is_dir():
            for path in sorted(p for p in hand_written.rglob("*") if p.is_file()):
                rel = path.relative_to(hand_written).as_posix()
                if rel in files:
                    problems.append(Problem(self.project.shown(path), 1, 1, "", f"hand-written page '{rel}' has the "
                                            "same path as a generated page", "rename or move the hand-written page"))
                files[rel] = path.read_bytes()
        if problems:
            raise BriefingsError(problems)
        return files, printed

    def markdown(self) -> dict[str, bytes]:
        """The docs tree without its PDFs (what the golden tests compare)."""
        return self.rendered(self.check()[0]).files

    def generate(self) -> Result:
        """Check, then write docs/generated/ (with its PDFs), swapped in whole."""
        with build_lock(self.project, "generate"):
            recover(self.project.generated)
            if self.options.pdfs:
                start_typesetting()
            staged = self.staged()
            forget_state(self.project)  # site/ no longer matches docs/generated/
            swap(self.project.work / "docs", self.project.generated, keep_old=True)  # the next staging
        self.remember()
        return Result(staged.articles, staged.warnings, staged.tree, staged.written, staged.steps)

    def build(self, wait: float = 0.0) -> Result:
        """Check, generate, print and build site/; only the changed pages when the last site allows it.
        Waits up to ``wait`` seconds for another build of the project to finish (BuildLockedError after)."""
        project, timer, start = self.project, Timer(), time.perf_counter()
        # A site with PDFs and one without differ on every page: the mode is part of what the
        # next incremental build must match.
        settings = hosting_settings(self.options.site_url, self.options.offline) | \
            {"BRIEFINGS_PDFS": "yes" if self.options.pdfs else "no"}
        read = [project.briefings, project.seeds, project.compiled, project.pages, project.generated,
                project.work / RECORDS, project.site / BUNDLE]  # in the order the build reads them
        with build_lock(project, "build", wait), reading_ahead(read):
            if self.options.pdfs:
                start_typesetting()  # while the corpus is checked and the pages made, on an idle core
            recover(project.generated)
            recover(project.site)
            last = None if self.options.full else last_layout(project, settings)
            apart = last is None and (  # the briefings are counted for full builds only
                sum(1 for _ in project.briefings.glob("*.yaml")) >= self.options.limits.apart_articles)
            # Built on the last site, the pages are built while the PDFs print: an incremental
            # MkDocs run checks no download link (`check_links` reads the pages' own links only).
            beside: tuple[tuple[str, float], ...] = ()
            later = last is not None and self.options.pdfs
            docs, site = project.work / "docs", project.work / "site"
            with ExitStack() as stack:
                # MkDocs loads on another core while the pages are made, once the corpus is checked:
                # loading beside the check (the memory read, the typesetter's loading) slowed it by a third.
                ahead = stack.enter_context(MkDocs(project, docs, site, settings, dirty=True, last=project.site)) \
                    if last else None
                layout = last or Layout(directory_urls=not self.options.offline)  # as mkdocs.yml reads the settings
                # Pagefind indexes on another core from the moment the records are made.
                indexer = stack.enter_context(Indexer(project.work, project.site))
                with gc_paused():  # until what the build made is out of the collector's reach
                    staged = _staged_apart(project, self.options) if apart else \
                        self.staged(print_later=later, index=partial(indexer.start, layout=layout),
                                    checked=ahead.start if ahead else None)
                    stack.enter_context(gc_frozen())
                timer.steps.extend(staged.steps)
                if apart:
                    with timer.step("search"):
                        indexer.start(staged.tree.search, layout)
                indexer.written()
                printer = stack.enter_context(ThreadPoolExecutor(1))
                printing = printer.submit(self._timed_print, staged.later) if staged.later else None
                with timer.step("site"):
                    rebuilt, layout = self._build_site(docs, site, staged.written, settings, layout, ahead)
                if printing:
                    report, seconds = printing.result()
                    beside = (("print", seconds),)
                    staged = _with_pdfs(staged, report, project.generated, docs, site)
                with timer.step("search"):
                    indexer.finish(site, layout)
            if rebuilt is None:
                adopt_unchanged(site, project.site)
            forget_state(project)  # killed between the two swaps, the next build must be a full one
            swap(docs, project.generated, keep_old=True)  # the next build's staging, brought up to date
            swap(site, project.site, keep_old=True)
            save_state(project, settings)
        self.remember()
        return Result(staged.articles, staged.warnings, staged.tree, staged.written, timer.steps, rebuilt, site=True,
                      beside=beside, seconds=time.perf_counter() - start)

    def staged(self, print_later: bool = False, index: Callable[[dict[str, SearchRecord]], None] | None = None,
               checked: Callable[[], None] | None = None) -> Staged:
        """Check, generate and print, then write the docs tree into .build/docs: the steps before
        the site, whose data (the corpus, the pages' bytes) the site build no longer needs. With
        ``print_later`` the PDFs are left to print (``Staged.later``) and kept where they are;
        ``index`` is given the search records as soon as the pages are made, and ``checked`` is
        called once the corpus is checked."""
        timer = Timer()
        with timer.step("check"):
            corpus, warnings = self.check()
        if checked:
            checked()

        def start_index(search: dict[str, SearchRecord]) -> None:
            assert index is not None
            with timer.step("search"):
                index(search)

        records = start_index if index else None
        if print_later:
            with timer.step("generate"):
                rendered = self.rendered(corpus, records=records)
            tree = DocsTree(dict(rendered.files), None, rendered.search)
            pdfs = frozenset(doc.path for doc in select(rendered.documents, None))
        else:
            tree, rendered, pdfs = self.docs_tree(corpus, timer, records), None, frozenset()
        generated = self.project.generated
        with timer.step("write"):
            written = stage(tree.files, generated, self.project.work / "docs", pdfs)
        located = DocsTree({path: generated / path for path in tree.files}, tree.printed, tree.search)
        return Staged(len(corpus.articles), warnings, located, written, timer.steps, rendered)

    def remember(self) -> None:
        """The checks and pages of the last generation written for the next build, by a child
        process forked once the build is done (beside the site and the print it slowed them: a
        preview's search index, 0.3 → 1.9 s at 1,000 articles). Neither the build nor the process's
        exit waits for it; the next build of this pipeline does."""
        self.remembered()
        self._remembering = remember(self.project.work, self._made, self._last, self._templates)

    def remembered(self) -> None:
        """Wait until the memory of the last generation is written."""
        if self._remembering:
            self._remembering.wait()
            self._remembering = None

    def _timed_print(self, rendered: Rendered) -> tuple[PrintReport, float]:
        start = time.perf_counter()
        return self._print(rendered), time.perf_counter() - start

    def _build_site(self, docs: Path, site: Path, written: WriteStats, settings: dict[str, str],
                    layout: Layout, ahead: MkDocs | None) -> tuple[int | None, Layout]:
        """The staged site: only the changed pages on the last site, laid out as ``layout``, by
        the MkDocs started ``ahead`` (their number), else every page (None); and where MkDocs put
        the pages."""
        project = self.project
        if ahead:
            changed = [p for p in written.written if p.endswith(".md")]
            ahead.go(outputs([*written.written, *written.removed], layout))
            check_links(docs, changed)  # while MkDocs builds (0.3 s at 1,000 articles): neither writes the docs
            ahead.done()
            return len(changed), layout
        pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
        cores = min(os.cpu_count() or 1, len(pages) // self.options.limits.shard_pages)
        if cores > 1:
            build_in_shards(project, docs, pages, site, settings, layout, cores)
        else:
            mkdocs_build(project, docs, site, settings)
        return None, built_layout(docs, site) or layout

    def print_named(self, names: list[str] | None, out: Path) -> NamedPrint:
        """Print some PDFs (all if ``names`` is None) into ``out`` without rebuilding the site; each
        file is replaced whole, so a reader never sees half a PDF."""
        with build_lock(self.project, "print"):  # the PDF cache in .build/ is shared with builds
            start_typesetting()
            asked = frozenset(n.removeprefix("dossiers/") for n in names or () if n.startswith("dossiers/"))
            rendered = self.rendered(self.check()[0], asked)
            report = print_pdfs(self.project.work / "pdf-cache", select(rendered.documents, names),
                                rendered.printed, self.options.limits.print_part, self.options.fresh,
                                prune=names is None)
            written = []  # copied while the lock holds: a build would prune the cache it reads from
            for path, cached in report.files.items():
                target = out / Path(path).relative_to("pdf")
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(f".{target.name}.tmp")
                shutil.copyfile(cached, partial)
                os.replace(partial, target)
                written.append(target)
        return NamedPrint(report, written)


def build(project: Project, options: Options | None = None) -> Result:
    """The whole build in one call."""
    return Pipeline(project, options).build()


def _with_pdfs(staged: Staged, report: PrintReport, generated: Path, docs: Path, site: Path) -> Staged:
    """The printed PDFs added to the staged docs and to the staged site, which MkDocs built without them."""
    written = stage_more(report.files, generated, docs, site)
    tree = DocsTree({**staged.tree.files, **{path: generated / path for path in report.files}}, report,
                    staged.tree.search)
    stats = WriteStats((*staged.written.written, *written), staged.written.kept + len(report.files) - len(written),
                       staged.written.removed)
    return replace(staged, tree=tree, written=stats, later=None)


def _staged_apart(project: Project, options: Options) -> Staged:
    """``Pipeline.staged`` in a process of its own, for a full build of a large corpus: at 10,000
    articles those steps leave 1.2 GB in Python's heap even once freed and trimmed (its arenas stay
    fragmented), beside MkDocs' processes of 0.6 GB each; a child's memory is all given back when
    it exits, before MkDocs starts. Spawned, not forked, so no lock another thread holds is copied."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_staged_in_child, args=(project, options, sending))
    child.start()
    sending.close()
    try:
        outcome = receiving.recv()
    except EOFError:
        child.join()
        raise RuntimeError(f"the process checking and generating the site died (exit code {child.exitcode})") from None
    child.join()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Staged)
    return outcome


def _staged_in_child(project: Project, options: Options, sending: Connection) -> None:
    try:
        pipeline = Pipeline(project, options)
        outcome: Staged | Exception = pipeline.staged()
        pipeline.remember()
        pipeline.remembered()
    except BriefingsError as error:
        outcome = error
    except Exception:  # a bug: its traceback, which would not cross as an object
        outcome = RuntimeError(f"checking and generating the site failed:\n{traceback.format_exc()}")
    sending.send(outcome)
    sending.close()
    os._exit(0)  # not Python's teardown of a heap of millions of objects, one by one (a minute at 10,000 articles)
