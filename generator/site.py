"""The whole pipeline: check → index → pages → render → stage → mkdocs build → swap in.

Nothing is swapped into docs/generated/ or site/ until every step has succeeded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.check import Corpus, check_project
from generator.errors import BriefingsError, Problem, errors_only
from generator.analysis import event_entries
from generator.analysis_pages import analysis_pages
from generator.index import build_index
from generator.pages import (KINDS, Page, article_page, articles_index_page, entities_by_folder, entity_page,
                             home_page, kind_index_page)
from generator.project import Project
from generator.render import environment, render
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
    pages = [home_page(corpus, index, entries), articles_index_page(corpus, index)]
    pages += [kind_index_page(corpus, index, folder) for folder in KINDS]
    pages += [article_page(corpus, article) for article in corpus.articles]
    for items in entities_by_folder(corpus.registry).values():
        pages += [entity_page(corpus, index, entries, entity) for entity in items]
    return pages + analysis_pages(corpus, index, entries)


def front_matter(meta: dict[str, Any]) -> str:
    """A page's metadata as the YAML block MkDocs and Zensical read; keys sorted so output is stable."""
    if not meta:
        return ""
    return "---\n" + yaml.safe_dump(meta, sort_keys=True, allow_unicode=True, width=1000) + "---\n\n"


def site_files(project: Project, corpus: Corpus) -> dict[str, bytes]:
    """Every file of the docs tree: generated pages plus the hand-written ones, no path twice."""
    env = environment()
    files: dict[str, bytes] = {}
    for page in all_pages(corpus):
        files[page.path] = (front_matter(page.meta) + render(env, page.template, page.context)).encode("utf-8")
    problems = []
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


def build(project: Project, drafts: bool = False, site_url: str | None = None, offline: bool = False) -> str:
    """``site_url``: where the site will be served; ``offline``: a site that works from file://."""
    corpus = checked(project, drafts)
    recover(project.generated)
    recover(project.site)
    docs, site = project.work / "docs", project.work / "site"
    stats = stage(site_files(project, corpus), project.generated, docs)
    mkdocs_build(project, docs, site, hosting_settings(site_url, offline))
    adopt_unchanged(site, project.site)
    swap(docs, project.generated)
    swap(site, project.site)
    return f"generated docs/generated: {stats}\nbuilt site/ from {len(corpus.articles)} briefing(s)"


def hosting_settings(site_url: str | None, offline: bool) -> dict[str, str]:
    """The environment variables mkdocs.yml reads for these options; unset ones keep its defaults."""
    settings = {"BRIEFINGS_OFFLINE": "true"} if offline else {}
    if site_url:
        settings["BRIEFINGS_SITE_URL"] = site_url if site_url.endswith("/") else site_url + "/"
    return settings


def mkdocs_build(project: Project, docs: Path, site: Path, settings: dict[str, str] | None = None) -> None:
    """``mkdocs build --strict`` of the staged docs into the staged site; its warnings become errors."""
    env = dict(os.environ, **(settings or {}), BRIEFINGS_DOCS_DIR=str(docs), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(project.config),
         "-d", str(site)],
        cwd=project.root, env=env, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        output = (result.stderr + result.stdout).splitlines()
        lines = [line for line in output if line.startswith(("WARNING", "ERROR"))] or output[-15:]
        raise BriefingsError([Problem(project.shown(project.config), 1, 1, "mkdocs",
                                      "mkdocs build --strict failed:\n  " + "\n  ".join(lines),
                                      "docs/generated and site/ were left as they were")])
