"""WeasyPrint's font subsetting without a C parser run for every font of every chapter.

cffi turns each C type it is given as text into a type once, and keeps it by that text. WeasyPrint
(70) subsets a font by asking for ``hb_codepoint_t[N]`` arrays, N the number of glyphs the font
keeps, so nearly every font of every chapter names a type cffi has not seen, and pycparser parses
it: 17 % of a chapter's typesetting, measured with py-spy on the workers of a publish. Asked for
``hb_codepoint_t[]`` with the same values instead, cffi makes the same array from a type parsed
once. ``tests/test_sized_arrays.py`` checks that the PDFs are the same bytes either way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sized
from typing import Any

_SIZED = re.compile(r"(\w+)\[(\d+)\]")


class _OpenArrays:
    """An ``FFI`` whose ``new`` makes a sized array of a sequence of that size from the unsized
    type; everything else is the wrapped ``FFI``'s own."""

    def __init__(self, ffi: Any) -> None:
        self._ffi = ffi

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ffi, name)

    def new(self, cdecl: Any, init: Any = None) -> Any:
        sized = _SIZED.fullmatch(cdecl) if isinstance(cdecl, str) else None
        if sized and isinstance(init, Sized) and len(init) == int(sized[2]):
            cdecl = f"{sized[1]}[]"
        return self._ffi.new(cdecl, init)


@functools.cache
def parse_arrays_once() -> None:
    """Give WeasyPrint's font module the wrapped ``FFI`` (once a process, before typesetting)."""
    from weasyprint.pdf import fonts

    if hasattr(fonts, "ffi"):  # a later WeasyPrint may subset otherwise
        fonts.ffi = _OpenArrays(fonts.ffi)
