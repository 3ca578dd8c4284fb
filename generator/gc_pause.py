"""Python's memory in a build: the cycle collector held back while the pipeline builds its data,
and the heap it no longer needs given back before MkDocs' processes start (``release_memory``).

Each collection of the oldest generation rescans every live object, and checking and generating a
site makes millions of small ones (parsed YAML, page contexts, rendered text) with no cycles worth
collecting early, so the collector's cost grows with the square of the corpus: measured at 2,000
articles, it was 40% of check + generate. Collecting once afterwards costs a fraction of that.
Printing is never run under this: its worker processes would inherit the paused collector, and
WeasyPrint's layouts are full of cycles.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def gc_paused() -> Iterator[None]:
    """Usable as a decorator too; nested uses leave the collector as the outermost found it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def release_memory() -> None:
    """Collect, then give the freed heap back to the system (glibc's ``malloc_trim``; elsewhere
    the collection alone), so the processes started next have the memory the build no longer uses."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim``, looked up once (``find_library`` runs a subprocess)."""
    libc = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
