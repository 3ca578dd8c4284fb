"""Search as a reader uses it: queries typed into Material's search box in Chromium, results read
from the list it shows. The ranking comes from the entity pages' search metadata (generator.pages.search_meta)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from generator.project import Project
from generator.publish.pipeline import build
from tests.browser.reader import search
from tests.browser.server import serve
from tests.conftest import REPO


@pytest.fixture(scope="module")
def home(browser: Browser, root_url: str) -> Iterator[Page]:
    """One home page for all queries, as a reader searches again and again without reloading."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(root_url)
    yield page
    context.close()


@pytest.mark.parametrize(("query", "expected", "within"), [
    ("canola", "topics/canola-and-agriculture/", 1),
    ("Xi Jinping", "leaders/xi-jinping/", 3),
    ("Xi", "leaders/xi-jinping/", 3),
    ("President Xi", "leaders/xi-jinping/", 3),
    ("Kovrig", "people/michael-kovrig/", 3),
    ("Micheal Martin", "leaders/micheal-martin/", 3),  # the name is Micheál
    ("Micheál Martin", "leaders/micheal-martin/", 3),
    ("PRC", "countries/china/", 1),  # an alias found nowhere else in the page text
])
def test_a_name_as_readers_type_it_finds_its_page(home: Page, root_url: str, query: str, expected: str,
                                                   within: int) -> None:
    results = search(home, query)
    assert root_url + expected in results[:within], f"{query!r} → {results[:5]}"


def test_a_word_found_nowhere_says_so(home: Page) -> None:
    assert search(home, "zzyzxqj") == []
    assert home.locator(".md-search-result__meta").inner_text() == "No matching documents"


def build_with_assets(project: Project) -> None:
    """Build a fixture project with the site's scripts and styles, which only the real one carries."""
    shutil.copytree(REPO / "docs/pages/assets", project.pages / "assets")
    build(project)


def test_an_accented_name_without_an_unaccented_alias_is_found_typed_without_accents(mini: Project, page: Page) -> None:
    """The generator adds the unaccented form of every name itself; no alias in the registry needed."""
    registry = mini.registry / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("aliases: [Vera Marcal]", "aliases: []"), encoding="utf-8")
    build_with_assets(mini)
    with serve(mini.site) as url:
        page.goto(url + "people/vera-marcal/")
        assert "Marcal" not in page.locator("article").inner_text()  # only in the search metadata
        page.goto(url)
        assert search(page, "Vera Marcal")[0] == url + "people/vera-marcal/"
        assert search(page, "marcal")[0] == url + "people/vera-marcal/"


def test_words_joined_by_a_dash_or_a_slash_are_found_one_by_one(mini: Project, page: Page) -> None:
    (mini.pages / "notes.md").write_text("# Notes\n\nThe Freedonia–Zembla talks and the Sylvania/Quuxland pact.\n")
    build_with_assets(mini)
    with serve(mini.site) as url:
        page.goto(url)
        assert search(page, "Zembla") == [url + "notes/"]
        assert search(page, "Quuxland") == [url + "notes/"]
