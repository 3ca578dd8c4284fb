"""The whole pipeline: check → index → pages → render → print PDFs → stage → mkdocs build → swap in.

Nothing is swapped into docs/generated/ or site/ until every step has succeeded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from generator.analysis.compare import event_entries, relations
from generator.analysis.entity_index import build_index
from generator.corpus.check import check_project
from generator.corpus.checked import Corpus
from generator.errors import BriefingsError, Problem, errors_only
from generator.gc_pause import gc_paused
from generator.pages.common import (
    KINDS,
    Page,
    article_page,
    articles_index_pages,
    entities_by_folder,
    entity_pages,
    home_page,
    kind_index_page,
)
from generator.pages.cross_source import analysis_pages
from generator.pages.markdown import environment, render, xml_environment
from generator.pages.whats_new import feed_entries, whats_new_page
from generator.printing.documents import documents, download_links
from generator.printing.pdf import PrintReport, print_pdfs
from generator.project import Project
from generator.publish.incremental import (
    can_increment,
    check_links,
    merge_search_index,
    prepare,
    save_state,
)
from generator.publish.staging import WriteStats, adopt_unchanged, recover, stage, swap


def checked(project: Project, drafts: bool = False) -> Corpus:
    corpus, problems = check_project(project, drafts=drafts)
    for problem in problems:
        if problem.severity == "warning":
            print(problem, file=sys.stderr)
    if corpus is None:
        raise BriefingsError(errors_only(problems) or problems)
    return corpus


@gc_paused()
def all_pages(corpus: Corpus) -> list[Page]:
    """Every generated page; the index and the merged timeline are computed once for all of them."""
    index = build_index(corpus)
    entries = event_entries(corpus)
    pages = [home_page(corpus, index, relations(entries, "countries")), *articles_index_pages(corpus, index)]
    pages += [kind_index_page(corpus, index, folder) for folder in KINDS]
    pages += [article_page(corpus, article) for article in corpus.articles]
    people = relations(entries, "participants")
    for items in entities_by_folder(corpus.registry).values():
        for entity in items:
            pages += entity_pages(corpus, index, people, entity)
    return pages + analysis_pages(corpus, index, entries) + [whats_new_page(corpus)]


def front_matter(meta: dict[str, Any]) -> str:
    """A page's metadata as the YAML block MkDocs and Zensical read; keys sorted so output is stable."""
    if not meta:
        return ""
    dumper = yaml.CSafeDumper if yaml.__with_libyaml__ else yaml.SafeDumper  # libyaml: ten times faster
    return "---\n" + yaml.dump(meta, Dumper=dumper, sort_keys=True, allow_unicode=True, width=1000) + "---\n\n"


@gc_paused()
def site_files(project: Project, corpus: Corpus, pages: list[Page] | None = None) -> dict[str, bytes]:
    """Every Markdown file of the docs tree: generated pages, each linking to its PDFs, plus the
    hand-written ones, no path twice."""
    env = environment()
    pages = all_pages(corpus) if pages is None else pages
    downloads = download_links(documents(corpus, pages))
    files: dict[str, bytes] = {}
    problems = []
    for page in pages:
        if page.path in files:
            problems.append(Problem(page.path, 1, 1, "", "two pages would be written to the same path",
                                    "ids must be unique"))
        context = {**page.context, "downloads": downloads.get(page.path, [])}
        files[page.path] = (front_matter(page.meta) + render(env, page.template, context)).encode("utf-8")
    files["feed.xml"] = xml_environment().get_template("feed.xml.j2").render(**feed_entries(corpus)).encode("utf-8")
    if project.pages.is_dir():
        for path in sorted(p for p in project.pages.rglob("*") if p.is_file()):
            rel = path.relative_to(project.pages).as_posix()
            if rel in files:
                problems.append(Problem(project.shown(path), 1, 1, "", f"hand-written page '{rel}' has the same "
                                        "path as a generated page", "rename or move the hand-written page"))
            files[rel] = path.read_bytes()
    if problems:
        raise BriefingsError(problems)
    return files


class Timer:
    """Seconds per step of a run, reported with its result: speed is measured, not guessed."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.steps.append((name, time.perf_counter() - start))

    def __str__(self) -> str:
        total = sum(seconds for _, seconds in self.steps)
        return "took " + " · ".join(f"{name} {seconds:.1f} s" for name, seconds in self.steps) + f" ({total:.1f} s)"


def docs_files(project: Project, corpus: Corpus, fresh: bool = False,
               timer: Timer | None = None) -> tuple[dict[str, bytes | Path], PrintReport]:
    """The whole docs tree: the Markdown pages and, under pdf/, every PDF they link to, so that
    ``mkdocs build --strict`` checks each "Download PDF" link and copies the PDFs into site/pdf/."""
    timer = timer or Timer()
    with timer.step("generate"):
        pages = all_pages(corpus)
        files: dict[str, bytes | Path] = dict(site_files(project, corpus, pages))
    with timer.step("print"):
        report = print_pdfs(project, corpus, pages, fresh=fresh)
    clash = sorted(files.keys() & report.files.keys())
    if clash:
        raise BriefingsError([Problem(project.shown(project.pages / path), 1, 1, "", "hand-written file has the "
                                      "path of a generated PDF", "rename or move it") for path in clash])
    return {**files, **report.files}, report


def generate(project: Project, drafts: bool = False, fresh: bool = False) -> str:
    timer = Timer()
    with timer.step("check"):
        corpus = checked(project, drafts)
    recover(project.generated)
    staging = project.work / "docs"
    files, report = docs_files(project, corpus, fresh, timer)
    with timer.step("write"):
        stats = stage(files, project.generated, staging)
    swap(staging, project.generated)
    return f"{report}\ngenerated docs/generated: {stats}\n{timer}"


def build(project: Project, drafts: bool = False, full: bool = False, fresh: bool = False,
          site_url: str | None = None, offline: bool = False) -> str:
    """Check, generate, print and build; only the changed pages when the last site allows it (see
    incremental). ``full`` rebuilds every page; ``fresh`` re-renders every PDF; ``site_url``: where
    the site will be served; ``offline``: a site that works from file://."""
    settings, timer = hosting_settings(site_url, offline), Timer()
    with timer.step("check"):
        corpus = checked(project, drafts)
    recover(project.generated)
    recover(project.site)
    docs, site = project.work / "docs", project.work / "site"
    files, report = docs_files(project, corpus, fresh, timer)
    with timer.step("write"):
        stats = stage(files, project.generated, docs)
    with timer.step("site"):
        how = _build_site(project, docs, site, stats, settings, full)
    swap(docs, project.generated)
    swap(site, project.site)
    save_state(project, settings)
    return f"{report}\ngenerated docs/generated: {stats}\n{how} from {len(corpus.articles)} briefing(s)\n{timer}"


def _build_site(project: Project, docs: Path, site: Path, stats: WriteStats, settings: dict[str, str],
                full: bool) -> str:
    """The staged site: only the changed pages when the last site allows it, else all of them."""
    if not full and can_increment(project, settings):
        changed = [p for p in stats.written if p.endswith(".md")]
        check_links(docs, changed)
        prepare(project, site, [*stats.written, *stats.removed])
        mkdocs_build(project, docs, site, settings, dirty=True)
        merge_search_index(project.site / "search" / "search_index.json", site / "search" / "search_index.json",
                           docs, changed, list(stats.removed))
        return f"rebuilt {len(changed)} changed page(s) of site/"
    mkdocs_build(project, docs, site, settings)
    adopt_unchanged(site, project.site)
    return "built site/"


def print_named(project: Project, names: list[str] | None, out: Path, drafts: bool = False,
                fresh: bool = False) -> str:
    """Print some PDFs (all if ``names`` is None) into ``out`` without rebuilding the site; each file
    is replaced whole, so a reader never sees half a PDF."""
    corpus = checked(project, drafts)
    report = print_pdfs(project, corpus, all_pages(corpus), names, fresh)
    lines = [str(report)]
    for path, cached in report.files.items():
        target = out / Path(path).relative_to("pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.tmp")
        shutil.copyfile(cached, partial)
        os.replace(partial, target)
        lines.append(f"wrote {project.shown(target)}")
    return "\n".join(lines)


def hosting_settings(site_url: str | None, offline: bool) -> dict[str, str]:
    """The environment variables mkdocs.yml reads for these options; unset ones keep its defaults."""
    settings = {"BRIEFINGS_OFFLINE": "true"} if offline else {}
    if site_url:
        settings["BRIEFINGS_SITE_URL"] = site_url if site_url.endswith("/") else site_url + "/"
    return settings


def mkdocs_build(project: Project, docs: Path, site: Path, settings: dict[str, str] | None = None,
                 dirty: bool = False, strict: bool = True) -> None:
    """``mkdocs build --strict`` of the staged docs into the staged site; its warnings become errors.

    ``dirty`` rebuilds only pages newer than their output, without strict mode, since MkDocs
    warns on every dirty build; the incremental module checks the links itself."""
    env = dict(os.environ, **(settings or {}), BRIEFINGS_DOCS_DIR=str(docs), NO_MKDOCS_2_WARNING="1")
    mode = ["--dirty" if dirty else "--clean", "--strict" if strict and not dirty else "--no-strict"]
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *mode, "-f", str(project.config), "-d", str(site)],
        cwd=project.root, env=env, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        output = (result.stderr + result.stdout).splitlines()
        lines = [line for line in output if line.startswith(("WARNING", "ERROR"))] or output[-15:]
        raise BriefingsError([Problem(project.shown(project.config), 1, 1, "mkdocs",
                                      "mkdocs build --strict failed:\n  " + "\n  ".join(lines),
                                      "docs/generated and site/ were left as they were")])
