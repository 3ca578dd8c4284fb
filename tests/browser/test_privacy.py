"""Privacy: a reader's visit makes no request beyond the site's own origin (no web fonts, no CDN,
no analytics). Every request of the browser context is recorded, workers' included, and any
request elsewhere is blocked so the test never reaches out."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import BrowserContext, Route

from tests.browser.reader import search


def record(context: BrowserContext, allowed: str) -> list[str]:
    """Every URL the context requests, in order; those outside ``allowed`` are blocked, not sent."""
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))

    def guard(route: Route) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", guard)
    return requests


def visit(context: BrowserContext, base: str, paths: list[str]) -> None:
    """A reader's session: pages of every kind, a search and a result opened."""
    page = context.new_page()
    for path in paths:
        page.goto(base + path)
    assert search(page, "Kovrig")
    page.locator("li.md-search-result__item a").first.click()
    page.wait_for_load_state("networkidle")


def test_a_reading_session_requests_nothing_beyond_the_sites_origin(context: BrowserContext, root_url: str) -> None:
    requests = record(context, root_url)
    visit(context, root_url, ["", "leaders/xi-jinping/", "countries/canada/", "articles/carney-xi-turning-point/",
                              "timeline/", "relations/canada-china/", "no/such/page/"])
    outside = [url for url in requests if not url.startswith(root_url) and not url.startswith(("data:", "blob:"))]
    assert outside == []
    # the recording sees what matters: the site's own script and the search index's parts
    assert root_url + "assets/tables.js" in requests
    assert root_url + "pagefind/pagefind.js" in requests
    assert any(url.startswith(root_url + "pagefind/index/") for url in requests)
    assert any(url.startswith(root_url + "pagefind/fragment/") for url in requests)


def test_the_offline_site_requests_only_its_own_files(context: BrowserContext, offline_site: Path) -> None:
    base = offline_site.as_uri() + "/"
    requests = record(context, base)
    visit(context, base, ["index.html", "leaders/xi-jinping.html", "topics/canola-and-agriculture.html"])
    assert [url for url in requests if not url.startswith(base) and not url.startswith(("data:", "blob:"))] == []
    assert base + "search/names.js" in requests  # the names-only search: Pagefind cannot load from file://
