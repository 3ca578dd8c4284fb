"""What a reader does in the browser: type into the search box, read the results, see the links."""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit, urlunsplit

from playwright.sync_api import Page

TIMEOUT_MS = 10_000


def plain(url: str) -> str:
    """A URL without its query and fragment: the page it names."""
    scheme, netloc, path, _, _ = urlsplit(urldefrag(url).url)
    return urlunsplit((scheme, netloc, path, "", ""))


def search(page: Page, query: str) -> list[str]:
    """Type ``query`` into the search box key by key; the result pages, best first.

    The box searches on every key press and marks the query it last answered and when it is done
    (``data-query``, ``data-state`` on the box, docs/pages/assets/search.js), so the list is read
    once the answer to the whole query is shown.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.press("Control+A")
    box.press("Delete")
    box.press_sequentially(query, delay=20)
    settled(page, query)
    return [plain(url) for url in page.locator("li.md-search-result__item a").evaluate_all(
        "links => links.map(a => a.href)")]


def settled(page: Page, query: str) -> None:
    """Wait until the search box shows its answer to ``query`` (as typed, trimmed)."""
    page.wait_for_function("""query => {
        const box = document.querySelector("[data-briefings-search]");
        return box.dataset.query === query && box.dataset.state === "done";
    }""", arg=query.strip(), timeout=TIMEOUT_MS)


def snippet(page: Page, n: int = 0) -> str:
    """The text shown under the ``n``th result: its kind, title and summary."""
    return page.locator("li.md-search-result__item").nth(n).inner_text()


def visible_links(page: Page) -> list[str]:
    """Every link a reader can see and click on the page, in page order, without fragments."""
    hrefs = page.locator("a:visible").evaluate_all("links => links.map(a => a.href)")
    return list(dict.fromkeys(plain(href) for href in hrefs if href))

