"""Layout as a reader meets it, on a desktop (1440 px) and a phone (390 px): no page scrolls
sideways, no table hides a column, a citation lands on a marked paragraph, and entity pages offer
their sections where Material shows no table of contents."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from generator.pages.page import KINDS
from generator.project import Project
from tests.browser.test_accessibility import COMPARISON_PAGES, first_page

WIDTHS = {"desktop": (1440, 900), "phone": (390, 844)}
OVERFLOW = """() => {
  const page = document.scrollingElement.scrollWidth - window.innerWidth;
  const boxes = [...document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset table, .md-typeset pre")]
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + " " + e.textContent.slice(0, 40));
  return {page, boxes};
}"""


@pytest.fixture(params=list(WIDTHS), scope="module")
def sized(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    width, height = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    yield context.new_page()
    context.close()


def every_kind_of_page(real_site: Project) -> list[str]:
    site = real_site.site
    entities = [f"{kind}/{first_page(site, kind)}/" for kind in KINDS]
    return ["", "articles/", f"articles/{first_page(site, 'articles')}/", *(f"{k}/" for k in KINDS), *entities,
            "leaders/mark-carney/", "countries/canada/", *(f"{p}/" for p in COMPARISON_PAGES), "whats-new/",
            "relations/canada-china/", "relations/china-south-korea/"]


def test_no_page_scrolls_sideways_and_no_table_hides_a_column(sized: Page, root_url: str,
                                                             real_site: Project) -> None:
    wrong = {}
    for path in every_kind_of_page(real_site):
        sized.goto(root_url + path)
        found = sized.evaluate(OVERFLOW)
        if found["page"] > 0 or found["boxes"]:
            wrong[path or "home"] = found
    assert wrong == {}


def test_a_table_too_wide_for_a_phone_stacks_with_its_column_names(browser: Browser, root_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(root_url + "sources/")
    table = page.locator(".md-typeset__scrollwrap.stacked table").first
    assert table.is_visible()
    cell = table.locator("td[data-label='Outlet']").first
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Outlet: "'
    box = cell.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    context.close()


def follow(page: Page, url: str, citation: str) -> str:
    """Open ``url``, click the first ``citation`` on it and wait for its page: the anchor it lands on."""
    page.goto(url)
    link = page.locator(citation).first
    href = link.get_attribute("href") or ""
    link.click()
    page.wait_for_url("**" + href.split("/")[-1])
    return href.rsplit("#", 1)[1]


def test_arriving_at_a_cited_paragraph_marks_it(page: Page, root_url: str) -> None:
    anchor = follow(page, root_url + "leaders/mark-carney/", "a[href*='/articles/'][href*='#p']")
    marked = page.locator(f"p:has(> #{anchor})")
    other = page.locator("p:has(> .para-num)").filter(has_not=page.locator(f"#{anchor}")).first
    transparent = "rgba(0, 0, 0, 0)"
    assert marked.evaluate("p => getComputedStyle(p).backgroundColor") != transparent
    assert other.evaluate("p => getComputedStyle(p).backgroundColor") == transparent
    top = marked.bounding_box()
    assert top is not None and 0 <= top["y"] < 900  # scrolled into view, not under the header


def test_entity_pages_list_their_sections_where_there_is_no_table_of_contents(browser: Browser,
                                                                               root_url: str) -> None:
    for width, shown in ((390, True), (1440, False)):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(root_url + "countries/canada/")
        sections = page.locator(".page-sections")
        assert sections.is_visible() is shown, width
        assert page.locator(".md-sidebar--secondary .md-nav").first.is_visible() is not shown, width
        if shown:
            sections.get_by_role("link", name="Timeline").click()
            assert page.locator("#timeline").bounding_box() is not None
            assert page.evaluate("location.hash") == "#timeline"
        context.close()


def test_a_citation_shows_its_source_on_hover_and_on_focus(page: Page, root_url: str) -> None:
    page.goto(root_url + "countries/canada/")
    citation = page.locator(".md-content a[href*='/articles/'][href*='#p']").first
    title = citation.get_attribute("title") or ""
    assert re.fullmatch(r"\[\d+ ¶\d+\]", citation.inner_text()), citation.inner_text()
    assert re.search(r", ¶\d+$", title)
    tooltip = page.locator(".md-tooltip2--active")
    citation.hover()
    expect(tooltip).to_contain_text(title.rsplit(",", 1)[0])
    page.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)
    citation.focus()
    expect(tooltip).to_contain_text(title.rsplit(",", 1)[0])


def test_every_entity_page_opens_with_its_bottom_line_above_the_fold(sized: Page, root_url: str,
                                                                     real_site: Project) -> None:
    height = sized.viewport_size["height"] if sized.viewport_size else 0
    pages = [f"{kind}/{first_page(real_site.site, kind)}/" for kind in KINDS] + ["countries/canada/", ""]
    for path in pages:
        sized.goto(root_url + path)
        title = sized.locator(".md-typeset .admonition.abstract .admonition-title")
        box = title.bounding_box()
        assert box is not None and box["y"] + box["height"] <= height, (path, box)
        assert title.inner_text().startswith("As of ")


def test_arriving_from_a_quote_marks_its_words_in_their_paragraph(page: Page, root_url: str) -> None:
    anchor = follow(page, root_url + "countries/canada/", ".md-content blockquote a[href*='/articles/'][href*='#q']")
    words = page.locator(f"#{anchor}")
    transparent = "rgba(0, 0, 0, 0)"
    assert words.evaluate("span => getComputedStyle(span).backgroundColor") != transparent
    assert words.evaluate("span => getComputedStyle(span.parentElement).backgroundColor") != transparent
    other = page.locator(".quoted").filter(has_not_text=words.inner_text()).first
    assert other.evaluate("span => getComputedStyle(span).backgroundColor") == transparent
    box = words.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
