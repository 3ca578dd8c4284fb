"""Files dropped from the operating system's page cache, for the bench's cold publish.

A curator publishes minutes after the last build, and a machine short of memory (this one: its
kernel pages out file pages unused for a minute) has by then dropped what a build reads: the
project's files, the last build's memory, the Python libraries. Read back from disk, they cost a
publish into 1,000 articles most of a second, which a publish run right after another never
shows. ``posix_fadvise(DONTNEED)`` drops a file's cached pages without root, as the kernel would.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import generator
from generator.publish.readahead import SUPPORTED, advise


def read_by_builds(project_root: Path) -> list[Path]:
    """The folders a build reads files from: the project's, this package's, and the Python and
    libraries it runs on."""
    package = Path(generator.__file__).resolve().parent
    return [project_root, package, Path(sys.prefix), Path(sys.base_prefix) / "lib"]


def evict(folders: Iterable[Path]) -> int:
    """Drop every file under ``folders`` from the page cache (written out first); the files dropped."""
    if not SUPPORTED:
        return 0
    os.sync()  # a page not yet written out cannot be dropped
    return sum(advise(folder, os.POSIX_FADV_DONTNEED) for folder in folders)
