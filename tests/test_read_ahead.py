"""The page cache, as a build meets it minutes after the last: the bench's cold publish starts with
a build's files really out of it, and a build asks for the files it is about to read ahead of
reading them. Checked with ``mincore``, which tells which pages of a mapped file are in memory."""

from __future__ import annotations

import ctypes
import ctypes.util
import mmap
import os
import time
from pathlib import Path

import pytest
import yaml

import generator
from generator.publish import readahead
from generator.publish.readahead import reading_ahead
from generator.tools import page_cache

PAGES = (1 << 20) // mmap.PAGESIZE  # of each file written here

pytestmark = pytest.mark.skipif(not readahead.SUPPORTED or not ctypes.util.find_library("c"),
                                reason="needs posix_fadvise and the C library's mincore")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder whose files can leave the page cache (not one a memory file system holds)."""
    mounts = [line.split() for line in Path("/proc/self/mounts").read_text().splitlines()]
    on = max((m for m in mounts if tmp_path.resolve().is_relative_to(m[1])), key=lambda m: len(m[1]))
    if on[2] in ("tmpfs", "ramfs"):
        pytest.skip(f"{tmp_path} is on {on[2]}, which keeps every file in memory")
    return tmp_path


def _written(*paths: Path) -> list[Path]:
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(1 << 20))
        path.read_bytes()
    return list(paths)


def _cached(path: Path) -> int:
    """How many of the file's pages are in the page cache."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    pages = (path.stat().st_size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
    with path.open("r+b") as file, mmap.mmap(file.fileno(), 0) as mapped:
        vector = (ctypes.c_ubyte * pages)()
        address = ctypes.addressof(ctypes.c_char.from_buffer(mapped))
        assert libc.mincore(ctypes.c_void_p(address), ctypes.c_size_t(path.stat().st_size), vector) == 0, \
            os.strerror(ctypes.get_errno())
        return sum(byte & 1 for byte in vector)


def test_evict_drops_every_file_under_the_folders_and_no_other(folder: Path) -> None:
    project, elsewhere = folder / "project", folder / "elsewhere"
    files = _written(project / "memory.pickle", project / "deep" / "er" / "page.md", elsewhere / "kept.bin")
    (project / "link").symlink_to(elsewhere / "kept.bin")  # not followed
    assert all(_cached(path) == PAGES for path in files)
    assert page_cache.evict([project]) == 2
    assert [_cached(path) for path in files] == [0, 0, PAGES]


def test_a_build_reads_its_files_ahead_but_the_pdfs(folder: Path) -> None:
    """Dropped from the page cache, the files under the folders come back while the block runs,
    in a process of their own; the PDFs (linked from the cache, a few of them joined) do not."""
    files = _written(folder / "briefings" / "a.yaml", folder / "docs" / "generated" / "b.md",
                     folder / "docs" / "generated" / "b.pdf")
    page_cache.evict([folder])
    assert [_cached(path) for path in files] == [0, 0, 0]
    with reading_ahead([folder / "briefings", folder / "docs"]):
        deadline = time.monotonic() + 20  # the process runs at the lowest priority, beside other tests
        while time.monotonic() < deadline and any(_cached(path) < PAGES for path in files[:2]):
            time.sleep(0.05)
    assert [_cached(path) for path in files] == [PAGES, PAGES, 0]


def test_a_build_reads_from_the_project_the_package_and_the_python_it_runs_on(tmp_path: Path) -> None:
    folders = page_cache.read_by_builds(tmp_path)
    assert folders[0] == tmp_path and all(folder.is_dir() for folder in folders[1:])
    assert Path(generator.__file__).resolve().is_relative_to(folders[1])
    for library in (yaml, os):  # an installed library, the standard library
        assert any(Path(str(library.__file__)).resolve().is_relative_to(folder.resolve()) for folder in folders[2:])
