"""A reader's first search, timed in Chromium: what it downloads and how soon the first result
shows, for the site's Pagefind search and for Material's own search built over the same pages, so
that the choice of search stays measured as the corpus grows (`briefings bench --compare-search`).

The reader opens the home page and types a leader's name at once, as a reader who came to search
does: Material's search must first fetch its whole index, Pagefind only the parts the query needs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import yaml
from mkdocs.utils.yaml import yaml_load

from generator.errors import BriefingsError, Problem
from generator.project import Project
from generator.tools.static_server import serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")  # Debian's, as the browser tests use it (`make test` installs it)
# Without these, Chromium's background connections are refused by a closed network, many at a time.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
WAIT_MS = 120_000


@dataclass(frozen=True)
class Engine:
    name: str
    downloads: tuple[str, ...]  # the site paths its search fetches (index, worker, scripts), as prefixes


PAGEFIND = Engine("Pagefind", ("pagefind/", "search/", "assets/search.js"))
MATERIAL = Engine("Material (lunr)", ("search/", "assets/javascripts/workers/search", "assets/javascripts/lunr/"))


@dataclass(frozen=True)
class FirstSearch:
    engine: str
    build: float  # seconds to build the site with this search's index
    index_mb: float  # the index on disk
    kilobytes: float  # what the first search fetched, from opening the page to its first result
    seconds: float  # from the first key typed to the first result naming the query
    first: str  # the first result's page, to see that it is the right one

    HEADER = ("search", "site build with index s", "index MB", "first search KB", "first result s",
              "first result")

    def cells(self) -> tuple[str, ...]:
        return (self.engine, f"{self.build:.1f}", f"{self.index_mb:.2f}", f"{self.kilobytes:.0f}",
                f"{self.seconds:.2f}", self.first)


def compare(project: Project, query: str, pagefind_build: float, browser: Browser | None = None) -> list[FirstSearch]:
    """The built site's first search, then the same docs tree built with Material's search instead;
    in ``browser`` if given (a test's), else in a Chromium started for it."""
    material = project.work / "material-search"
    start = time.perf_counter()
    build_with_material_search(project, material)
    material_build = time.perf_counter() - start
    try:
        with _chromium(browser) as chromium:
            return [
                FirstSearch(PAGEFIND.name, pagefind_build, megabytes(project.site / "pagefind"),
                            *first_search(chromium, project.site, PAGEFIND, query)),
                FirstSearch(MATERIAL.name, material_build, megabytes(material / "search"),
                            *first_search(chromium, material, MATERIAL, query)),
            ]
    finally:
        shutil.rmtree(material, ignore_errors=True)


@contextmanager
def _chromium(browser: Browser | None) -> Iterator[Browser]:
    if browser is not None:
        yield browser
        return
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise BriefingsError([Problem(str(CHROMIUM), 1, 1, "bench", "Chromium is not installed",
                                      "apt-get install chromium (`make test` does), or run bench without "
                                      "--compare-search")])
    with sync_playwright() as playwright:
        started = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        try:
            yield started
        finally:
            started.close()


def build_with_material_search(project: Project, site: Path) -> None:
    """``docs/generated`` (the docs tree of the last build) built into ``site`` with Material's search
    plugin and its own search box, everything else as mkdocs.yml has it."""
    work = project.work / "material-config"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(project.root / "overrides", work / "overrides")
    for ours in ("partials/search.html", "partials/header.html"):  # Pagefind's box: Material's comes back
        (work / "overrides" / ours).unlink(missing_ok=True)
    with project.config.open(encoding="utf-8") as file:
        config = yaml_load(file)
    variant = {
        "INHERIT": str(project.config),
        "theme": {**config["theme"], "custom_dir": str(work / "overrides")},
        "plugins": ["search", *config.get("plugins", [])],
        "extra_javascript": [script for script in config.get("extra_javascript", []) if "search" not in script],
    }
    (work / "mkdocs.yml").write_text(yaml.safe_dump(variant, sort_keys=False), encoding="utf-8")
    env = dict(os.environ, BRIEFINGS_DOCS_DIR=str(project.generated), NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(work / "mkdocs.yml"),
                             "-d", str(site)], cwd=project.root, env=env, capture_output=True, text=True,
                            check=False)
    shutil.rmtree(work, ignore_errors=True)
    if result.returncode != 0:
        raise BriefingsError([Problem(project.shown(project.config), 1, 1, "bench",
                                      "the site with Material's search did not build:\n  "
                                      + "\n  ".join(result.stderr.splitlines()[-10:]), "")])


def first_search(browser: Browser, site: Path, engine: Engine, query: str) -> tuple[float, float, str]:
    """Kilobytes the search fetched, seconds from the first key typed to a first result that names
    it, and that result's page: the home page opened with an empty cache, ``query`` typed as soon
    as it shows."""
    fetched: dict[str, int] = {}
    with serve(site) as base:
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        try:
            page = context.new_page()
            page.on("requestfinished", lambda request: fetched.__setitem__(
                urlsplit(request.url).path.lstrip("/"), request.sizes()["responseBodySize"]))
            page.goto(base, wait_until="domcontentloaded")
            start = time.perf_counter()
            box = page.locator("input.md-search__input")
            box.click()
            box.press_sequentially(query)  # key by key: Material's search listens for keys, not input
            # The first result that names the query's last word: the answer to the query, not to a prefix.
            page.wait_for_function("""word => {
                const first = document.querySelector("li.md-search-result__item");
                return first !== null && first.textContent.toLowerCase().includes(word);
            }""", arg=query.split()[-1].lower(), timeout=WAIT_MS)
            seconds = time.perf_counter() - start
            kilobytes = sum(size for path, size in fetched.items() if path.startswith(engine.downloads)) / 1e3
            href = urlsplit(page.locator("li.md-search-result__item a").first.get_attribute("href") or "").path
        finally:
            context.close()
    return kilobytes, seconds, href.removeprefix(urlsplit(base).path) or "/"


def table(runs: list[FirstSearch]) -> str:
    lines = ["| " + " | ".join(FirstSearch.HEADER) + " |", "|" + "---|" * len(FirstSearch.HEADER)]
    return "\n".join([*lines, *("| " + " | ".join(run.cells()) + " |" for run in runs)])


def megabytes(folder: Path) -> float:
    """What the files under ``folder`` weigh, in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
