"""The search records Pagefind reads: only what changed is written, and what the folder holds is
known without reading it, yet a folder emptied behind its back is filled again."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from generator.pages.page import SearchRecord
from generator.publish import search_index
from generator.publish.incremental import Layout
from generator.publish.search_index import Indexer, scratch, write_records


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_text(encoding="utf-8"), p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_only_changed_records_are_written_and_removed_ones_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "search-records"
    write_records({"a/index.html": "<p>a</p>", "b/index.html": "<p>b</p>", "c.html": "<p>c</p>"}, folder)
    before = snapshot(folder)
    write_records({"a/index.html": "<p>a</p>", "b/index.html": "<p>B</p>", "d.html": "<p>d</p>"}, folder)
    after = snapshot(folder)
    assert sorted(after) == ["a/index.html", "b/index.html", "d.html"]
    assert after["a/index.html"] == before["a/index.html"]  # not written again
    assert after["b/index.html"][0] == "<p>B</p>" and after["d.html"][0] == "<p>d</p>"


def test_records_deleted_behind_its_back_are_written_again(tmp_path: Path) -> None:
    folder = tmp_path / "search-records"
    records = {"a/index.html": "<p>a</p>", "b.html": "<p>b</p>"}
    write_records(records, folder)
    (folder / "b.html").unlink()
    write_records(records, folder)
    assert {rel: text for rel, (text, _) in snapshot(folder).items()} == records
    for path in folder.rglob("*.html"):
        path.unlink()
    write_records(records, folder)
    assert {rel: text for rel, (text, _) in snapshot(folder).items()} == records


def test_without_its_digests_the_folder_is_read_and_only_differences_written(tmp_path: Path) -> None:
    folder = tmp_path / "search-records"
    write_records({"a.html": "<p>a</p>", "b.html": "<p>b</p>"}, folder)
    before = snapshot(folder)
    (tmp_path / "search-records.json").write_text("not json", encoding="utf-8")
    write_records({"a.html": "<p>a</p>", "b.html": "<p>b2</p>"}, folder)
    after = snapshot(folder)
    assert after["a.html"] == before["a.html"] and after["b.html"][0] == "<p>b2</p>"


def test_pagefind_writes_in_ram_only_where_the_ram_disk_has_room_for_the_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full RAM disk would fail the build: Pagefind writes there only while 256 MB and three
    times what the last index took are free (here a last index of 4 MB: 268 MB)."""
    ram, last, work = tmp_path / "shm", tmp_path / "site" / "pagefind", tmp_path / ".build"
    ram.mkdir()
    last.mkdir(parents=True)
    (last / "fragment.pf").write_bytes(bytes(4 << 20))
    monkeypatch.setattr(search_index, "RAM", ram)
    usage = type(shutil.disk_usage(tmp_path))
    for free, expected in ((300 << 20, ram), (260 << 20, work), (64 << 20, work)):
        monkeypatch.setattr(shutil, "disk_usage",
                            lambda _, free=free: usage(1 << 30, (1 << 30) - free, free))
        assert scratch(work, last).parent == expected, f"{free >> 20} MB free"


def test_the_index_is_placed_only_once_the_docs_are_written(tmp_path: Path) -> None:
    """Pagefind starts while the pages are rendered; its output waits in the scratch folder until
    the docs are written (placing it beside the writing slowed both), then lands in the site."""
    work, site = tmp_path / ".build", tmp_path / "site"
    work.mkdir()
    records = {"a.md": SearchRecord("Anra", "Country", "The republic of Anra.", names=("Anra",))}
    with Indexer(work, site) as indexer:
        indexer.start(records, Layout(directory_urls=True))
        running = indexer._running
        assert running is not None
        running.wait(timeout=60)
        time.sleep(0.3)  # time enough to make it stable and to place it, were it allowed
        assert (indexer.bundle / "pagefind-entry.json").is_file() and not indexer.placed.exists()
        indexer.written()
        site.mkdir()
        indexer.finish(site, Layout(directory_urls=True))
        assert (site / "pagefind" / "pagefind-entry.json").is_file()
        assert "Anra" in (site / "search" / "names.js").read_text(encoding="utf-8")
    assert not indexer.bundle.exists() and not indexer.placed.exists()


def test_a_build_that_fails_before_the_docs_are_written_leaves_no_index_waiting(tmp_path: Path) -> None:
    """Leaving the block (a failed build) while the index waits to be placed ends the wait: the
    build does not hang, and nothing is placed or left behind."""
    work = tmp_path / ".build"
    work.mkdir()
    started = time.perf_counter()
    with pytest.raises(RuntimeError, match="failed"), Indexer(work, tmp_path / "site") as indexer:
        indexer.start({"a.md": SearchRecord("Anra", "Country", "Anra.")}, Layout(directory_urls=True))
        assert indexer._running is not None
        indexer._running.wait(timeout=60)
        raise RuntimeError("the build failed")
    assert time.perf_counter() - started < 30
    assert not indexer.bundle.exists() and not indexer.placed.exists()
