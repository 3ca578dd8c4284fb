"""The home page and the Canada page as a reader sees them. `make screenshots` saves them as the
README's pictures in docs/screenshots/; otherwise they go to a temporary folder."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from playwright.sync_api import Page, ViewportSize

from tests.conftest import REPO

SCREENSHOTS = REPO / "docs" / "screenshots"
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(("name", "path", "heading"), [("home", "", "Briefings"),
                                                       ("canada", "countries/canada/", "Canada")])
def test_screenshot(page: Page, root_url: str, tmp_path: Path, name: str, path: str, heading: str) -> None:
    page.set_viewport_size(VIEWPORT)
    page.goto(root_url + path)
    assert page.locator("h1").first.inner_text() == heading
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    data = page.screenshot(path=folder / f"{name}.png")
    assert png_size(data) == (VIEWPORT["width"], VIEWPORT["height"])
