"""Shared fixtures: projects copied to a temporary folder so tests never touch the working tree."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.project import Project

REPO = Path(__file__).resolve().parent.parent
MINI = REPO / "tests" / "fixtures" / "mini"
PROJECT_PARTS = ("seeds", "briefings", "docs/pages", "overrides", "mkdocs.yml")
PDF_CACHE = "pdf-cache"  # the build's PDF cache, under Project.work
# The PDFs embed the generation date: pin it, so builds on either side of midnight compare equal.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")  # 1 January 2026


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The extraction corpus first: it keeps one of `make test`'s two workers busy for about half
    the suite, so begun last it would leave the other worker idle at the end."""
    items.sort(key=lambda item: item.path.name != "test_extraction.py")


def copy_project(source: Path, target: Path) -> Project:
    for part in PROJECT_PARTS:
        src = source / part
        if src.is_dir():
            shutil.copytree(src, target / part)
        elif src.exists():
            (target / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / part)
    return Project(target)


def copy_mini(target: Path) -> Project:
    """The mini fixture project, with the real site's theme overrides and MkDocs configuration."""
    project = copy_project(MINI, target)
    shutil.copytree(REPO / "overrides", project.root / "overrides")
    shutil.copy2(REPO / "mkdocs.yml", project.config)
    return project


@pytest.fixture
def mini(tmp_path: Path) -> Project:
    return copy_mini(tmp_path / "mini")


@pytest.fixture(scope="session")
def built_mini(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The mini project built once, to lend its PDF cache to tests about something else than printing."""
    return built_once(tmp_path_factory, "built-mini", copy_mini)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The real briefings built once into a temporary copy of the project, for every test that
    only reads the site, its generated Markdown or its PDFs."""
    return built_once(tmp_path_factory, "real", lambda target: copy_project(REPO, target))


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, copy: Callable[[Path], Project]) -> Project:
    """A project copied and built once for the whole run: `make test`'s workers (pytest-xdist)
    share it, the first to need it building it while the others wait."""
    from generator.publish.pipeline import build

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if "PYTEST_XDIST_WORKER" in os.environ else base  # the run's folder, above the workers'
    folder, done = shared / name, shared / f"{name}.built"
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            build(copy(folder))
            done.touch()
    return Project(folder)


def copy_with_pdf_cache(built: Project, target: Path) -> Project:
    """A fresh copy of a built project's inputs that starts with its PDF cache. A PDF is cached
    under the hash of its whole print HTML, so a build of the copy typesets again exactly the
    documents whose print HTML differs, and takes the same bytes for the rest: nothing that
    differs is reused, and the site's other outputs (docs/generated, site/) are built anew."""
    project = copy_project(built.root, target)
    shutil.copytree(built.work / PDF_CACHE, project.work / PDF_CACHE)
    return project


def cli(project: Project, *args: str, hash_seed: int | None = None, check: bool = True
        ) -> subprocess.CompletedProcess[str]:
    """``python -m generator --root ROOT ARGS…`` in a process of its own, as a user runs it; with
    ``hash_seed``, under that PYTHONHASHSEED (so set and dict orders of str differ between runs).
    Fails with the command's own output when it fails, unless ``check`` is false."""
    env = dict(os.environ)
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = str(hash_seed)
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(project.root), *args],
                            env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0 or not check, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its relative path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def add_short_note(project: Project) -> None:
    """A one-paragraph article on Vera Marçal and fish stocks: touches a person, a topic and the indexes."""
    (project.seeds / "short.txt").write_text("Vera Marçal said the fish were “plentiful this year.”\n")
    (project.briefings / "short-note.yaml").write_text("""id: short-note
seed: short.txt
added: "2031-04-01"
title: A short note
published: {date: "2031-04-01", precision: day, basis: inferred, note: test}
outlet: null
summary: Marçal on fish stocks.
summary_paragraphs: [1]
key_points: [{text: Fish are plentiful., paragraphs: [1]}]
people: [vera-marcal]
topics: [fisheries]
quotes: [{text: plentiful this year., speaker: vera-marcal, paragraph: 1, context: on stocks}]
framing: {tone: neutral, summary: Plain.}
""")


class PageRefs(HTMLParser):
    """Every URL a page refers to (links, stylesheets, scripts, images) and every id it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for name in ("href", "src"):
            if values.get(name) and tag in ("a", "link", "script", "img"):
                self.refs.append(values[name] or "")


def page_refs(source: Path | str) -> PageRefs:
    """A built page's URLs and ids, read as a browser reads them: pages are minified, so
    attribute values may come without quotes."""
    parser = PageRefs()
    parser.feed(source.read_text(encoding="utf-8") if isinstance(source, Path) else source)
    return parser
