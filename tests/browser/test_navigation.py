"""Getting around: every entity within two clicks of the home page, every link of the served site
resolving (root and sub-path), and the site's own 404 page for any unknown path."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page

from generator.pages.page import KINDS
from generator.project import Project
from tests.browser.reader import visible_links
from tests.conftest import PageRefs


def entity_pages(site: Path, base: str) -> set[str]:
    return {f"{base}{folder}/{page.name}/" for folder in KINDS for page in (site / folder).iterdir() if page.is_dir()}


def test_every_entity_is_at_most_two_clicks_from_home(page: Page, root_url: str, real_site: Project) -> None:
    wanted = entity_pages(real_site.site, root_url)
    page.goto(root_url)
    first = [url for url in visible_links(page) if url.startswith(root_url)]
    missing = wanted - set(first)
    for url in first:  # the second click, from each page one click away, until all are reached
        if not missing:
            break
        page.goto(url)
        missing -= set(visible_links(page))
    assert len(wanted) > 50
    assert missing == set()


def crawl(base: str) -> tuple[set[str], list[str]]:
    """Follow every reference under ``base`` from its home page; the pages reached and what is broken."""
    pages: dict[str, PageRefs] = {}
    seen, queue, broken, anchors = {base}, deque([base]), [], []
    while queue:
        url = queue.popleft()
        try:
            with urlopen(url, timeout=10) as response:
                body, kind = response.read(), response.headers.get_content_type()
        except HTTPError as error:
            broken.append(f"{url}: {error.code}")
            continue
        if kind != "text/html":
            continue
        pages[url] = refs = PageRefs()
        refs.feed(body.decode("utf-8"))
        for ref in refs.refs:
            target, fragment = urldefrag(urljoin(url, ref))
            if not target.startswith("http://127.0.0.1"):
                continue  # a link out of the site (Material's footer credit), never a request of its own
            if not target.startswith(base):
                broken.append(f"{url} → {ref}: leaves {base}")
            elif target not in seen:
                seen.add(target)
                queue.append(target)
            if fragment:
                anchors.append((url, ref, target, fragment))
    broken += [f"{url} → {ref}: no #{fragment}" for url, ref, target, fragment in anchors
               if target in pages and fragment not in pages[target].ids]
    return set(pages), broken


@pytest.mark.parametrize("where", ["root_url", "subpath_url"])
def test_a_crawl_from_home_reaches_every_page_and_every_link_resolves(request: pytest.FixtureRequest,
                                                                      where: str) -> None:
    base = request.getfixturevalue(where)
    site = request.getfixturevalue("real_site" if where == "root_url" else "subpath_project").site
    pages, broken = crawl(base)
    assert broken == []
    built = {base + ("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/")
             for p in site.rglob("index.html")}
    assert pages == built  # each page is reachable by links alone; 404.html is served, never linked


@pytest.mark.parametrize(("where", "path"), [("root_url", "no/such/page/"), ("subpath_url", "articles/gone/deeper/")])
def test_an_unknown_path_gets_the_sites_404_page_which_leads_home(page: Page, request: pytest.FixtureRequest,
                                                                  where: str, path: str) -> None:
    base = request.getfixturevalue(where)
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    response = page.goto(base + path)
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "404 - Not found"
    assert failed == [base + path]  # its stylesheets and scripts all load, at any depth
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.locator("a.md-header__button.md-logo").click()
    assert page.url == base
    assert page.locator("h1").first.inner_text() == "Briefings"
