"""What a reader does in the browser: type into the search box, read the results, see the links."""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit, urlunsplit

from playwright.sync_api import Page

SETTLE_MS = 100
TIMEOUT_MS = 10_000


def plain(url: str) -> str:
    """A URL without its query and fragment: the page it names."""
    scheme, netloc, path, _, _ = urlsplit(urldefrag(url).url)
    return urlunsplit((scheme, netloc, path, "", ""))


def search(page: Page, query: str) -> list[str]:
    """Type ``query`` into Material's search box key by key; the result pages, best first.

    Material searches on every key press in a web worker and answers in order, so the list is
    read once it has stopped changing after the last key.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.press("Control+A")
    box.press("Delete")
    box.press_sequentially(query, delay=20)
    meta = page.locator(".md-search-result__meta")
    previous = None
    for _ in range(TIMEOUT_MS // SETTLE_MS):
        page.wait_for_timeout(SETTLE_MS)
        current = (meta.inner_text(), page.locator("li.md-search-result__item").evaluate_all(
            "items => items.map(item => item.querySelector('a').href)"))
        if current == previous and "matching" in current[0]:
            return [plain(url) for url in current[1]]
        previous = current
    raise AssertionError(f"search for {query!r} did not settle: {previous}")


def visible_links(page: Page) -> list[str]:
    """Every link a reader can see and click on the page, in page order, without fragments."""
    hrefs = page.locator("a:visible").evaluate_all("links => links.map(a => a.href)")
    return list(dict.fromkeys(plain(href) for href in hrefs if href))

