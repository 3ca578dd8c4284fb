"""Hosting: the site under a sub-path (site_url https://example.org/briefings/) and opened from
file:// when built with --offline; a plain static file server at the root serves every other test."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from generator.project import Project
from tests.browser.conftest import SUBPATH_URL
from tests.browser.reader import search
from tests.conftest import page_refs


def test_under_a_sub_path_pages_styles_links_and_search_work(page: Page, subpath_url: str) -> None:
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.goto(subpath_url)
    page.get_by_role("navigation", name="Navigation").get_by_role("link", name="Countries").click()
    page.get_by_role("article").get_by_role("link", name="Canada").first.click()
    assert page.url == subpath_url + "countries/canada/"
    assert page.locator("h1").inner_text() == "Canada"
    assert search(page, "Kovrig")[0] == subpath_url + "people/michael-kovrig/"
    assert failed == []


def test_a_sub_path_build_names_its_public_address(subpath_project: Project) -> None:
    assert f"{SUBPATH_URL}countries/canada/" in page_refs(subpath_project.site / "countries/canada/index.html").refs
    assert f"<loc>{SUBPATH_URL}countries/canada/</loc>" in (subpath_project.site / "sitemap.xml").read_text()


def test_the_offline_build_works_from_file_without_a_server(page: Page, offline_site: Path) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((offline_site / "index.html").as_uri())
    page.get_by_role("navigation", name="Navigation").get_by_role("link", name="Leaders").click()
    assert page.url == (offline_site / "leaders/index.html").as_uri()
    page.get_by_role("article").get_by_role("link", name="Xi Jinping").first.click()
    assert page.locator("h1").inner_text() == "Xi Jinping"
    assert search(page, "canola")[0] == (offline_site / "topics/canola-and-agriculture.html").as_uri()
    assert errors == []
