"""Staging on the tree the last build replaced: it ends holding exactly the files asked for,
unchanged ones linked to the current tree, and nothing is ever written through a link."""

from __future__ import annotations

import os
from pathlib import Path

from generator.publish.staging import stage, swap


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _folders(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


def _write(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


def test_staging_on_the_replaced_tree_holds_exactly_the_new_files(tmp_path: Path) -> None:
    current, staging, pdf = tmp_path / "generated", tmp_path / "staging", tmp_path / "cache.pdf"
    pdf.write_bytes(b"%PDF new")
    _write(current, {"a.md": b"same", "b.md": b"old", "gone/only.md": b"x", "was-file": b"f",
                     "was-folder/inner.md": b"i", "pdf/late.pdf": b"%PDF old"})
    before = _tree(current)
    # What the last build's swap left: an older tree, with a stray file and a stale copy.
    _write(staging, {"a.md": b"older", "stray.md": b"s", "b.md": b"old"})
    files: dict[str, bytes | Path] = {"a.md": b"same", "b.md": b"new", "was-file/now-inside.md": b"n",
                                      "was-folder": b"now a file", "new/deep/c.md": b"c", "pdf/x.pdf": pdf}
    stats = stage(files, current, staging, later=frozenset({"pdf/late.pdf", "pdf/empty.pdf"}))

    assert _tree(staging) == {"a.md": b"same", "b.md": b"new", "was-file/now-inside.md": b"n",
                              "was-folder": b"now a file", "new/deep/c.md": b"c", "pdf/x.pdf": b"%PDF new",
                              "pdf/late.pdf": b"%PDF old", "pdf/empty.pdf": b""}
    assert _tree(current) == before  # nothing written through a link
    assert "gone" not in _folders(staging)  # a folder its removed files left empty goes too
    assert (staging / "a.md").samefile(current / "a.md")
    assert (staging / "pdf/late.pdf").samefile(current / "pdf/late.pdf")
    assert (staging / "pdf/x.pdf").samefile(pdf)
    assert sorted(stats.written) == ["b.md", "new/deep/c.md", "pdf/x.pdf", "was-file/now-inside.md", "was-folder"]
    assert stats.kept == 1 and stats.removed == ("gone/only.md", "was-file", "was-folder/inner.md")


def test_a_build_after_the_swap_links_unchanged_files_and_keeps_their_times(tmp_path: Path) -> None:
    current, staging = tmp_path / "generated", tmp_path / "staging"
    stage({"a.md": b"1", "b.md": b"2"}, current, staging)
    swap(staging, current, keep_old=True)
    mtime = (current / "a.md").stat().st_mtime_ns
    stats = stage({"a.md": b"1", "b.md": b"3"}, current, staging)
    swap(staging, current, keep_old=True)
    assert _tree(current) == {"a.md": b"1", "b.md": b"3"}
    assert (current / "a.md").stat().st_mtime_ns == mtime and stats.written == ("b.md",)
    assert _tree(staging) == {"a.md": b"1", "b.md": b"2"}  # the replaced tree, kept for the next build
    assert os.stat(staging / "a.md").st_ino == os.stat(current / "a.md").st_ino


def test_staging_with_no_current_tree_starts_empty(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    _write(staging, {"left/over.md": b"from a killed run"})
    stats = stage({"a.md": b"1"}, tmp_path / "missing", staging, later=frozenset({"x.pdf"}))
    assert _tree(staging) == {"a.md": b"1", "x.pdf": b""} and stats.written == ("a.md",) and stats.removed == ()


def test_a_first_swap_leaves_links_to_the_new_tree_for_the_next_build(tmp_path: Path) -> None:
    """With no old tree to keep (a project's first build), the next build still starts from links
    to the current one, not from nothing; without ``keep_old`` nothing is left behind."""
    current, staging = tmp_path / "generated", tmp_path / "staging"
    _write(staging, {"a.md": b"1", "deep/b.md": b"2"})
    swap(staging, current, keep_old=True)
    assert _tree(current) == _tree(staging) == {"a.md": b"1", "deep/b.md": b"2"}
    assert all((staging / rel).samefile(current / rel) for rel in ("a.md", "deep/b.md"))
    other, other_staging = tmp_path / "other", tmp_path / "other-staging"
    _write(other_staging, {"a.md": b"1"})
    swap(other_staging, other)
    assert not other_staging.exists()
