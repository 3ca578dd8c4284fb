"""Browser fixtures: Debian's Chromium driven by Playwright, and the real site served three ways:
at the root of a plain static server, under a sub-path, and as files for file://."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from generator.project import Project
from generator.tools.static_server import serve
from tests.conftest import cli, copy_with_pdf_cache

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
def subpath_project(real_site: Project, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The real site built again for a sub-path; its PDFs are the real site's (the same print
    HTML, so the same cached files), only the pages are built anew."""
    project = copy_with_pdf_cache(real_site, tmp_path_factory.mktemp("subpath") / "project")
    cli(project, "build", "--site-url", SUBPATH_URL)
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
def offline_site(real_site: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built with ``briefings build --offline``, to be opened from file://; its
    PDFs, as for the sub-path, come from the real site's cache."""
    project = copy_with_pdf_cache(real_site, tmp_path_factory.mktemp("offline") / "project")
    cli(project, "build", "--offline")
    return project.site
