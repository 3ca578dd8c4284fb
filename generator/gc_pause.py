"""The cycle collector held back while the pipeline builds its data.

Each collection of the oldest generation rescans every live object, and checking and generating a
site makes millions of small ones (parsed YAML, page contexts, rendered text) with no cycles worth
collecting early, so the collector's cost grows with the square of the corpus: measured at 2,000
articles, it was 40% of check + generate. Collecting once afterwards costs a fraction of that.
Printing is never run under this: its worker processes would inherit the paused collector, and
WeasyPrint's layouts are full of cycles.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
