"""Search as a reader uses it: queries typed into the search box in Chromium, results read from
the list it shows. The box runs Pagefind over one record per page (generator/pages/search_meta.py)
and offers the nearest entity names when a query names nothing (docs/pages/assets/search.js)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from generator.project import Project
from generator.publish.pipeline import build
from generator.tools.static_server import serve
from tests.browser.reader import search, settled, snippet
from tests.conftest import REPO

LISTS = ("", "articles/", "countries/", "leaders/", "people/", "organisations/", "topics/", "relations/",
         "timeline/", "quotes/", "figures/", "sources/", "discrepancies/", "whats-new/")


@pytest.fixture(scope="module")
def home(browser: Browser, root_url: str) -> Iterator[Page]:
    """One home page for all queries, as a reader searches again and again without reloading."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(root_url)
    yield page
    context.close()


@pytest.mark.parametrize(("query", "expected"), [
    ("Gyeongju", "articles/carney-xi-turning-point/"),  # the briefing about the meeting held there
    ("Lee Jae-myung", "leaders/lee-jae-myung/"),  # not Moon Jae-in
    ("lee jae myung", "leaders/lee-jae-myung/"),
    ("100 per cent", "topics/electric-vehicles/"),  # the tariff's own topic, not the topics index
    ("Meng Wanzhou", "people/meng-wanzhou/"),  # above the topic named after her case
    ("Micheal Martin", "leaders/micheal-martin/"),  # the name is Micheál
    ("Micheál Martin", "leaders/micheal-martin/"),
    ("canola", "topics/canola-and-agriculture/"),
    ("Xi Jinping", "leaders/xi-jinping/"),
    ("Xi", "leaders/xi-jinping/"),
    ("President Xi", "leaders/xi-jinping/"),
    ("Kovrig", "people/michael-kovrig/"),
    ("PRC", "countries/china/"),  # an alias found nowhere else
])
def test_each_query_finds_the_right_page_first(home: Page, root_url: str, query: str, expected: str) -> None:
    results = search(home, query)
    assert results and results[0] == root_url + expected, f"{query!r} → {results[:5]}"
    assert not {root_url + path for path in LISTS} & set(results)  # no index or list page is a result


def test_the_100_per_cent_tariffs_briefing_follows_its_topic(home: Page, root_url: str) -> None:
    assert search(home, "100 per cent")[:2] == [root_url + "topics/electric-vehicles/",
                                                root_url + "articles/carney-xi-turning-point/"]


def test_a_misspelt_name_finds_the_page_it_meant(home: Page, root_url: str) -> None:
    assert search(home, "Carny")[0] == root_url + "leaders/mark-carney/"
    assert home.locator(".md-search-result__meta").inner_text().startswith("Did you mean Mark Carney")
    assert search(home, "Mark Carny") == [root_url + "leaders/mark-carney/"]  # nothing else has both words


def test_a_result_shows_its_kind_and_summary_not_the_pages_chrome(home: Page) -> None:
    search(home, "Gyeongju")
    shown = snippet(home)
    assert shown.startswith("BRIEFING\n")  # the kind, set in small capitals
    assert "Meeting Xi Jinping on the margins of the APEC summit in Gyeongju" in shown
    assert "Download PDF" not in shown and "Source file" not in shown
    search(home, "Kovrig")
    assert snippet(home).split()[:5] == ["PERSON", "Michael", "Kovrig", "Canadian", "held"]


def test_a_word_found_nowhere_says_so(home: Page) -> None:
    assert search(home, "zzyzxqj") == []
    assert home.locator(".md-search-result__meta").inner_text() == "No matching documents"


def test_filters_narrow_results_by_kind_and_year(home: Page, root_url: str) -> None:
    every = search(home, "Carney")
    kind, year = home.locator("select[name=kind]"), home.locator("select[name=year]")
    kind.select_option("Briefing")
    settled(home, "Carney")
    briefings = home.locator("li.md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
    assert briefings and all(url.startswith(root_url + "articles/") for url in briefings)
    assert set(briefings) < set(every) or len(every) == 20  # a narrower list (the list shows 20 at most)
    year.select_option("2025")
    settled(home, "Carney")
    assert home.locator("li.md-search-result__item a").evaluate_all("links => links.map(a => a.href)") == [
        root_url + "articles/carney-xi-turning-point/"]  # the one briefing of 2025
    assert "2026" in year.locator("option").all_inner_texts()
    kind.select_option("")
    year.select_option("")
    settled(home, "Carney")


def test_the_keyboard_opens_moves_through_and_closes_the_search(browser: Browser, root_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(root_url + "countries/canada/")
        page.keyboard.press("/")
        box = page.locator("input.md-search__input")
        assert box.evaluate("input => input === document.activeElement")
        page.keyboard.type("Kovrig", delay=20)
        settled(page, "Kovrig")
        links = page.locator("li.md-search-result__item a")
        page.keyboard.press("ArrowDown")
        assert links.nth(0).evaluate("a => a === document.activeElement")
        page.keyboard.press("ArrowDown")
        assert links.nth(1).evaluate("a => a === document.activeElement")
        page.keyboard.press("ArrowUp")
        page.keyboard.press("ArrowUp")
        assert box.evaluate("input => input === document.activeElement")
        page.keyboard.press("Escape")
        assert not page.locator("#__search").is_checked()
        page.keyboard.press("s")
        assert page.locator("#__search").is_checked()
        page.keyboard.press("Enter")  # the query is still there: Enter opens its first result
        page.wait_for_url(root_url + "people/michael-kovrig/")
    finally:
        context.close()


def test_an_accented_name_without_an_unaccented_alias_is_found_typed_without_accents(mini: Project, page: Page) -> None:
    """The generator adds the unaccented form of every name itself; no alias in the registry needed."""
    registry = mini.registry / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("aliases: [Vera Marcal]", "aliases: []"), encoding="utf-8")
    build_with_assets(mini)
    with serve(mini.site) as url:
        page.goto(url + "people/vera-marcal/")
        assert "Marcal" not in page.locator("article").inner_text()  # only in the search record
        page.goto(url)
        assert search(page, "Vera Marcal")[0] == url + "people/vera-marcal/"
        assert search(page, "marcal")[0] == url + "people/vera-marcal/"


def test_words_joined_by_a_dash_or_a_slash_are_found_one_by_one(mini: Project, page: Page) -> None:
    briefing = mini.briefings / "harbour-deal.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "title: Firefly and Trentino settle fishing dispute", "title: Firefly–Trentino deal ends Zembla/Quuxland row"))
    build_with_assets(mini)
    with serve(mini.site) as url:
        page.goto(url)
        assert search(page, "Zembla") == [url + "articles/harbour-deal/"]
        assert search(page, "Quuxland") == [url + "articles/harbour-deal/"]
        assert url + "articles/harbour-deal/" in search(page, "Trentino")


def build_with_assets(project: Project) -> None:
    """Build a fixture project with the site's scripts and styles, which only the real one carries."""
    shutil.copytree(REPO / "docs/pages/assets", project.pages / "assets")
    build(project)
