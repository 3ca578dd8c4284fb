"""WeasyPrint subsets each chapter's fonts from arrays of one type cffi parsed once
(``generator/printing/sized_arrays.py``), and the PDFs are the same bytes as without."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from weasyprint.pdf import fonts
from weasyprint.text.ffi import ffi

from generator.printing.chapters import typeset_chapter
from generator.printing.sized_arrays import _OpenArrays, parse_arrays_once

CHAPTER = ("<h1 id='c'>A chapter</h1><p>Serif text with <em>italics</em>, <strong>bold</strong> and "
           "<code>code</code>: the quick brown fox jumps over the lazy dog, 1,234 times.</p>")


class Asked:
    """An FFI that notes every type it is asked to make."""

    def __init__(self) -> None:
        self.types: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(ffi, name)

    def new(self, cdecl: str, init: Any = None) -> Any:
        self.types.append(cdecl)
        return ffi.new(cdecl, init)


def test_fonts_are_subset_from_arrays_of_one_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parse_arrays_once()
    asked = Asked()
    monkeypatch.setattr(fonts, "ffi", _OpenArrays(asked))
    typeset_chapter(CHAPTER, tmp_path / "chapter.pdf")
    arrays = [cdecl for cdecl in asked.types if cdecl.startswith("hb_codepoint_t")]
    assert arrays and set(arrays) == {"hb_codepoint_t[]"}  # not one type per glyph count


def test_a_chapter_is_the_same_bytes_as_weasyprint_makes_it_alone(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    parse_arrays_once()
    typeset_chapter(CHAPTER, tmp_path / "open.pdf")
    monkeypatch.setattr(fonts, "ffi", ffi)  # WeasyPrint's own, asked for sized arrays
    typeset_chapter(CHAPTER, tmp_path / "sized.pdf")
    assert (tmp_path / "open.pdf").read_bytes() == (tmp_path / "sized.pdf").read_bytes()


def test_only_an_array_given_all_its_values_is_made_from_the_open_type() -> None:
    arrays = _OpenArrays(ffi)
    assert list(arrays.new("hb_codepoint_t[3]", [5, 6, 7])) == [5, 6, 7]
    assert list(arrays.new("hb_codepoint_t[4]", [1, 2])) == [1, 2, 0, 0]  # the size asked for, zero-filled
    assert ffi.typeof(arrays.new("hb_codepoint_t *")) is ffi.typeof("hb_codepoint_t *")
    assert arrays.NULL == ffi.NULL  # everything else is cffi's own
