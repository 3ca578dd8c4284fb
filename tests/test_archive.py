"""Bounded lists: an entity's items split into a main page and numbered pages that stay put."""

from __future__ import annotations

import pytest

from generator.pages.paging import numbered, packed


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


def test_groups_packed_into_pages_are_all_there_in_order_and_a_new_group_moves_none_after_its_page() -> None:
    """The figures pages (issue 16): a page ends at its most groups or rows, or past half of
    either where a group's name says, so a new measure does not push a group onto the next page
    of every page after it (each of which would then be printed again)."""
    groups = [(f"measure {n}", 1 + n % 7) for n in range(600)]

    def pages_of(items: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
        return packed(items, lambda g: g[1], lambda g: g[0], 20, 60)

    pages = pages_of(groups)
    assert [g for page in pages for g in page] == groups
    assert all(len(page) <= 20 and sum(g[1] for g in page) <= 60 for page in pages)
    assert len(pages) < len(groups) / 5  # pages are not cut to a group or two
    for where in (5, 150, 400):
        grown = pages_of([*groups[:where], ("a new measure", 3), *groups[where:]])
        changed = [page for page in grown if page not in pages]
        assert len(changed) <= 2, where
