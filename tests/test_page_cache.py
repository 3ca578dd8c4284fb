"""The bench's cold publish starts with a build's files really out of the page cache: checked with
``mincore``, which tells which pages of a mapped file are in memory."""

from __future__ import annotations

import ctypes
import ctypes.util
import mmap
import os
from pathlib import Path

import pytest
import yaml

import generator
from generator.tools import page_cache

pytestmark = pytest.mark.skipif(not page_cache.SUPPORTED or not ctypes.util.find_library("c"),
                                reason="needs posix_fadvise and the C library's mincore")


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


def test_evict_drops_every_file_under_the_folders_and_no_other(tmp_path: Path) -> None:
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    (project / "deep" / "er").mkdir(parents=True)
    elsewhere.mkdir()
    files = [project / "memory.pickle", project / "deep" / "er" / "page.md", elsewhere / "kept.bin"]
    for path in files:
        path.write_bytes(os.urandom(1 << 20))
        path.read_bytes()
    (project / "link").symlink_to(elsewhere / "kept.bin")  # not followed
    pages = (1 << 20) // mmap.PAGESIZE
    assert all(_cached(path) == pages for path in files)
    assert page_cache.evict([project]) == 2
    assert [_cached(path) for path in files] == [0, 0, pages]


def test_a_build_reads_from_the_project_the_package_and_the_python_it_runs_on(tmp_path: Path) -> None:
    folders = page_cache.read_by_builds(tmp_path)
    assert folders[0] == tmp_path and all(folder.is_dir() for folder in folders[1:])
    assert Path(generator.__file__).resolve().is_relative_to(folders[1])
    for library in (yaml, os):  # an installed library, the standard library
        assert any(Path(str(library.__file__)).resolve().is_relative_to(folder.resolve()) for folder in folders[2:])
