"""`briefings bench --compare-search` measures a reader's first search for real: the same pages
built with Material's search, both searched in Chromium, the download and the wait counted."""

from __future__ import annotations

from playwright.sync_api import Browser

from generator.project import Project
from generator.tools import search_bench


def test_first_search_is_measured_with_pagefind_and_with_materials_search_on_the_same_pages(
        real_site: Project, browser: Browser) -> None:
    runs = {run.engine: run for run in search_bench.compare(real_site, "Mark Carney", 1.0, browser)}
    pagefind, material = runs[search_bench.PAGEFIND.name], runs[search_bench.MATERIAL.name]
    assert pagefind.first == material.first == "leaders/mark-carney/"
    # Material fetches its whole index (every page's text); Pagefind only the chunks the query needs
    assert not (real_site.work / "material-search").exists(), "the Material-search site is removed after measuring"
    assert material.kilobytes > 1000 * material.index_mb * 0.9 > 0
    assert 0 < pagefind.kilobytes < 1000 * pagefind.index_mb
    assert all(run.seconds > 0 and run.build > 0 for run in runs.values())
    table = search_bench.table(list(runs.values())).splitlines()
    assert table[0].startswith("| search | site build with index s |") and len(table) == 4
