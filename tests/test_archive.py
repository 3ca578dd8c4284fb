"""Bounded lists: an entity's items split into a main page and numbered pages that stay put."""

from __future__ import annotations

import pytest

from generator.pages.paging import numbered


@pytest.mark.parametrize("count", [0, 1, 9, 10, 19, 20, 21, 57])
def test_every_item_is_on_one_page_and_no_page_is_too_long(count: int) -> None:
    items = list(range(count, 0, -1))  # newest first
    pages = numbered(items, 10)
    assert sorted(item for page in pages for item in page) == sorted(items)
    assert all(len(page) == 10 for page in pages[1:])
    assert len(pages[0]) == count if count < 20 else 10 <= len(pages[0]) < 20
    assert all(list(page) == sorted(page, reverse=True) for page in pages)


def test_a_new_item_changes_the_main_page_and_leaves_the_numbered_pages_as_they_were() -> None:
    before = numbered(list(range(57, 0, -1)), 10)
    after = numbered(list(range(58, 0, -1)), 10)
    assert after[1:] == before[1:] and after[0] == (58, *before[0])
    rolled = numbered(list(range(60, 0, -1)), 10)  # the main page fills up: its oldest ten get a number
    assert rolled[1:len(before)] == before[1:] and len(rolled) == len(before) + 1
