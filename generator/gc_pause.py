"""The cycle collector held back while the pipeline builds its data, and kept off it while the site builds.

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


@contextmanager
def gc_frozen() -> Iterator[None]:
    """Every object alive now left out of the collections until the block ends, then handed back.

    Made with the collector paused, a build's data would be scanned by the first collections
    after it (three of them while a publish into 1,000 articles built its site: 0.45 s, nothing
    found), so it is frozen before the pause ends. A process that keeps running collects once it
    is idle (`serve`, after each rebuild)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
