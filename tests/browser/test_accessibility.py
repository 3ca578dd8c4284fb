"""axe-core audits (the copy axe-playwright-python ships, run inside the page) of the home page and
one page of each kind: no serious or critical violation. Every kind in the light scheme; in the dark
scheme, which changes colours only, the home page and one page per template family."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from generator.pages.page import KINDS
from generator.project import Project
from tests.browser.reader import search

BLOCKING = {"serious", "critical"}
COMPARISON_PAGES = ("timeline", "quotes", "figures", "relations", "sources", "discrepancies")
Scheme = Literal["light", "dark"]  # the colour schemes the pages are audited in


def first_page(site: Path, folder: str) -> str:
    """The first page of a folder: any page of a kind stands for all, since one template makes them."""
    return min(p.name for p in (site / folder).iterdir() if p.is_dir()) if folder else ""


def audit(page: Page) -> list[str]:
    """Serious violations, once every transition has ended: a search result still fading in has
    a lower contrast than it settles at, and a loaded machine catches it mid-way."""
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:5]]}"
            for v in results.response["violations"] if v["impact"] in BLOCKING]


PAGES = [pytest.param(folder, "light", id=f"{folder or 'home'}-light")
         for folder in ("", "articles", *KINDS, *COMPARISON_PAGES, "relations/canada-china", "404")]
PAGES += [pytest.param(folder, "dark", id=f"{folder or 'home'}-dark")
          for folder in ("", "articles", "leaders", "timeline")]


@pytest.mark.parametrize(("folder", "scheme"), PAGES)
def test_no_serious_accessibility_violation(browser: Browser, root_url: str, real_site: Project, folder: str,
                                            scheme: Scheme) -> None:
    if folder in COMPARISON_PAGES or folder.startswith("relations/"):
        path = folder + "/"
    elif folder == "404":
        path = "no/such/page/"
    else:
        path = f"{folder}/{first_page(real_site.site, folder)}/".lstrip("/")
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(root_url + path)
        assert audit(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violation_in_search_and_the_result_it_opens(browser: Browser, root_url: str,
                                                                              scheme: Scheme) -> None:
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(root_url)
        assert search(page, "Xi")
        assert audit(page) == []
        page.locator("li.md-search-result__item a").first.click()
        page.wait_for_url(root_url + "leaders/xi-jinping/")
        assert audit(page) == []
    finally:
        context.close()
