"""The whole pipeline: check → index → pages → render → stage → mkdocs build → swap in.

Nothing is swapped into docs/generated/ or site/ until every step has succeeded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.check import Corpus, check_project
from generator.errors import BriefingsError, Problem, errors_only
from generator.analysis import event_entries, relations
from generator.analysis_pages import analysis_pages
from generator.feed import feed_entries, whats_new_page
from generator.incremental import can_increment, check_links, merge_search_index, prepare, save_state
from generator.index import build_index
from generator.pages import (KINDS, Page, article_page, articles_index_pages, entities_by_folder, entity_pages,
                             home_page, kind_index_page)
from generator.project import Project
from generator.render import environment, render, xml_environment
from generator.write import adopt_unchanged, recover, stage, swap


def checked(project: Project, drafts: bool = False) -> Corpus:
    corpus, problems = check_project(project, drafts=drafts)
    for problem in problems:
        if problem.severity == "warning":
            print(problem, file=sys.stderr)
    if corpus is None:
        raise BriefingsError(errors_only(problems) or problems)
    return corpus


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


def site_files(project: Project, corpus: Corpus) -> dict[str, bytes]:
    """Every file of the docs tree: generated pages plus the hand-written ones, no path twice."""
    env = environment()
    files: dict[str, bytes] = {}
    problems = []
    for page in all_pages(corpus):
        if page.path in files:
            problems.append(Problem(page.path, 1, 1, "", "two pages would be written to the same path",
                                    "ids must be unique"))
        front = "---\ndiagram: true\n---\n\n" if page.diagram else ""
        files[page.path] = (front + render(env, page.template, page.context)).encode("utf-8")
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


def generate(project: Project, drafts: bool = False) -> str:
    corpus = checked(project, drafts)
    recover(project.generated)
    staging = project.work / "docs"
    stats = stage(site_files(project, corpus), project.generated, staging)
    swap(staging, project.generated)
    return f"generated docs/generated: {stats}"


def build(project: Project, drafts: bool = False, full: bool = False) -> str:
    """Check, generate and build; only the changed pages when the last site allows it (see incremental)."""
    corpus = checked(project, drafts)
    recover(project.generated)
    recover(project.site)
    docs, site = project.work / "docs", project.work / "site"
    stats = stage(site_files(project, corpus), project.generated, docs)
    if not full and can_increment(project):
        changed = [p for p in stats.written if p.endswith(".md")]
        check_links(docs, changed)
        prepare(project, site, [*stats.written, *stats.removed])
        mkdocs_build(project, docs, site, dirty=True)
        merge_search_index(project.site / "search" / "search_index.json", site / "search" / "search_index.json",
                           docs, changed, list(stats.removed))
        how = f"rebuilt {len(changed)} changed page(s) of site/"
    else:
        mkdocs_build(project, docs, site)
        adopt_unchanged(site, project.site)
        how = "built site/"
    swap(docs, project.generated)
    swap(site, project.site)
    save_state(project)
    return f"generated docs/generated: {stats}\n{how} from {len(corpus.articles)} briefing(s)"


def mkdocs_build(project: Project, docs: Path, site: Path, dirty: bool = False) -> None:
    """``mkdocs build --strict`` of the staged docs into the staged site; its warnings become errors.

    ``dirty`` rebuilds only pages newer than their output, without strict mode, since MkDocs
    warns on every dirty build; the incremental module checks the links itself."""
    env = dict(os.environ, BRIEFINGS_DOCS_DIR=str(docs), NO_MKDOCS_2_WARNING="1")
    mode = ["--dirty", "--no-strict"] if dirty else ["--strict", "--clean"]
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
