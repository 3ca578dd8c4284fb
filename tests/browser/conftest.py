"""Browser fixtures: Debian's Chromium driven by Playwright, and the real site served three ways:
at the root of a plain static server, under a sub-path, and as files for file://."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from generator.project import Project
from generator.publish.pipeline import build
from tests.browser.server import serve
from tests.conftest import REPO, copy_project

CHROMIUM = Path("/usr/bin/chromium")  # Debian's; `make test` installs it
SUBPATH_URL = "https://example.org/briefings/"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture(scope="session")
def root_url(real_site: Project) -> Iterator[str]:
    """The real site at the root of a plain static file server."""
    with serve(real_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def subpath_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(REPO, tmp_path_factory.mktemp("subpath") / "project")
    build(project, site_url=SUBPATH_URL)
    return project


@pytest.fixture(scope="session")
def subpath_url(subpath_project: Project) -> Iterator[str]:
    """The real site built for https://example.org/briefings/ and served at /briefings/."""
    www = subpath_project.root.parent / "www"
    www.mkdir()
    (www / "briefings").symlink_to(subpath_project.site, target_is_directory=True)
    with serve(www, not_found="briefings/404.html") as url:
        yield url + "briefings/"


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built with ``briefings build --offline``, to be opened from file://."""
    project = copy_project(REPO, tmp_path_factory.mktemp("offline") / "project")
    subprocess.run([sys.executable, "-m", "generator", "--root", str(project.root), "build", "--offline"],
                   check=True, capture_output=True)
    return project.site
