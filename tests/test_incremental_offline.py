"""Incremental builds of the offline site (flat URLs: a.md → a.html, the names-only search's list
with those URLs) equal a full build, and never write into the live site/ before it is swapped out."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from generator.project import Project
from generator.publish import pipeline
from generator.publish.pipeline import Options, Pipeline
from generator.publish.staging import mirror, swap
from tests.conftest import add_short_note, copy_project

Snapshot = dict[str, tuple[int, int, bytes]]


def snapshot(root: Path) -> Snapshot:
    """Every file of a tree: its inode, modification time and bytes."""
    return {p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
            for p in root.rglob("*") if p.is_file()}


def touched(root: Path, before: Snapshot) -> list[str]:
    """Files of ``before`` that are gone or whose inode, mtime or bytes changed."""
    changed = []
    for rel, (inode, mtime, data) in before.items():
        path = root / rel
        if not path.is_file() or (path.stat().st_ino, path.stat().st_mtime_ns) != (inode, mtime) \
                or path.read_bytes() != data:
            changed.append(rel)
    return changed


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def watch_live_site(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Record, at the moment site/ is swapped out, which of its files were touched until then;
    the live tree is hard-linked into the staging copy, so a write through a link shows here."""
    before = snapshot(project.site)
    seen: list[list[str]] = []

    def checking_swap(staging: Path, target: Path, **how: bool) -> None:
        if target == project.site:
            seen.append(touched(project.site, before))
        swap(staging, target, **how)

    monkeypatch.setattr(pipeline, "swap", checking_swap)
    return seen


def offline(project: Project, full: bool = False) -> int | None:
    return Pipeline(project, Options(offline=True, full=full)).build().rebuilt


def test_offline_incremental_build_equals_a_full_offline_build_file_by_file(
        mini: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert offline(mini) is None
    assert (mini.site / "articles/fish-tariff-row.html").is_file()  # the offline layout: no directory URLs
    seen = watch_live_site(mini, monkeypatch)
    add_short_note(mini)
    (mini.briefings / "fish-tariff-row.yaml").unlink()
    assert offline(mini)  # incremental, and it rebuilt something
    assert seen == [[]]  # the live site was left alone until the swap
    reference = copy_project(mini.root, tmp_path / "reference")
    shutil.copytree(mini.work / "pdf-cache", reference.work / "pdf-cache")  # PDFs are not what is tested
    assert offline(reference, full=True) is None
    mine, full = files(mini.site), files(reference.site)
    assert sorted(mine) == sorted(full)
    assert [path for path in sorted(full) if mine[path] != full[path]] == []
    assert not (mini.site / "articles/fish-tariff-row.html").exists()
    assert (mini.site / "articles/short-note.html").is_file()
    assert '"people/vera-marcal.html"' in (mini.site / "search/names.js").read_text(encoding="utf-8")
    assert (mini.work / "search-records/articles/short-note.html").is_file()


def test_the_next_incremental_build_starts_from_the_kept_old_site_brought_up_to_date(
        mini: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The site before last is kept as the next staging tree; what the last build changed in it
    is relinked, not written through, and the result still equals a full build."""
    assert offline(mini) is None
    add_short_note(mini)
    assert offline(mini)
    kept = mini.work / "site"
    assert (kept / "articles/fish-tariff-row.html").is_file() and not (kept / "articles/short-note.html").exists()
    seen = watch_live_site(mini, monkeypatch)
    (mini.briefings / "fish-tariff-row.yaml").unlink()
    assert offline(mini)
    assert seen == [[]]
    reference = copy_project(mini.root, tmp_path / "reference")
    shutil.copytree(mini.work / "pdf-cache", reference.work / "pdf-cache")
    assert offline(reference, full=True) is None
    mine, full = files(mini.site), files(reference.site)
    assert sorted(mine) == sorted(full)
    assert [path for path in sorted(full) if mine[path] != full[path]] == []


def test_a_mirror_relinks_what_differs_and_drops_what_the_source_lacks(tmp_path: Path) -> None:
    source, twin = tmp_path / "source", tmp_path / "twin"
    for rel, text in {"same.txt": "same", "changed.txt": "new", "a/deep/page.html": "page",
                      "was-a-file/index.html": "now a folder", "skipped/index.js": "index"}.items():
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(text)
    twin.mkdir()
    (twin / "same.txt").hardlink_to(source / "same.txt")
    (twin / "changed.txt").write_text("old")
    (twin / "was-a-file").write_text("a file")
    (twin / "gone" / "old").mkdir(parents=True)
    (twin / "gone" / "old" / "page.html").write_text("gone")
    (twin / "skipped").mkdir()
    (twin / "skipped" / "stale.js").write_text("stale")
    mirror(source, twin, frozenset(["skipped"]))
    found = {p.relative_to(twin).as_posix(): p for p in twin.rglob("*") if p.is_file()}
    assert sorted(found) == ["a/deep/page.html", "changed.txt", "same.txt", "was-a-file/index.html"]
    assert all(path.samefile(source / rel) for rel, path in found.items())
    assert [p.name for p in twin.iterdir() if p.is_dir()].count("gone") == 0


def test_switching_between_online_and_offline_builds_in_full(mini: Project) -> None:
    assert Pipeline(mini).build().rebuilt is None
    assert offline(mini) is None  # the hosting options are part of the fingerprint
    assert (mini.site / "whats-new.html").is_file() and '.html"' in (mini.site / "search/names.js").read_text()
    add_short_note(mini)
    assert offline(mini)
    assert Pipeline(mini).build().rebuilt is None
    assert (mini.site / "whats-new/index.html").is_file()
    assert not (mini.site / "whats-new.html").exists() and '.html"' not in (mini.site / "search/names.js").read_text()


@pytest.mark.parametrize("hosting", [Options(), Options(offline=True)], ids=["online", "offline"])
def test_build_after_generate_is_full_and_leaves_the_live_site_alone(
        mini: Project, hosting: Options, monkeypatch: pytest.MonkeyPatch) -> None:
    """`generate` leaves docs/generated newer than site/: MkDocs' dirty build would rewrite the
    pages it changed through the links into the live site, so the next build is a full one."""
    Pipeline(mini, hosting).build()
    seen = watch_live_site(mini, monkeypatch)
    add_short_note(mini)
    Pipeline(mini, hosting).generate()
    (mini.briefings / "fish-tariff-row.yaml").unlink()
    rebuilt = Pipeline(mini, hosting).build().rebuilt
    assert seen == [[]]
    assert rebuilt is None


def test_a_build_killed_between_the_two_swaps_is_followed_by_a_full_one(
        mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/generated swapped in, site/ not: the next build must not build on the old site."""
    offline(mini)

    def dies_before_the_site(staging: Path, target: Path, **how: bool) -> None:
        if target == mini.site:
            raise KeyboardInterrupt
        swap(staging, target, **how)

    monkeypatch.setattr(pipeline, "swap", dies_before_the_site)
    add_short_note(mini)
    with pytest.raises(KeyboardInterrupt):
        offline(mini)
    monkeypatch.undo()
    seen = watch_live_site(mini, monkeypatch)
    rebuilt = offline(mini)
    assert seen == [[]]
    assert rebuilt is None  # not an incremental build that finds nothing new and leaves the old site
    assert (mini.site / "articles/short-note.html").is_file()


def test_a_site_laid_out_otherwise_than_the_settings_ask_is_indexed_for_its_layout(mini: Project) -> None:
    """Pagefind starts with the layout the settings ask for while MkDocs builds; a ``mkdocs.yml``
    that fixes flat URLs itself lays the site out otherwise, and the index follows the site."""
    config = mini.config.read_text(encoding="utf-8")
    mini.config.write_text(config.replace("use_directory_urls: !ENV [BRIEFINGS_DIRECTORY_URLS, true]",
                                          "use_directory_urls: false"), encoding="utf-8")
    assert Pipeline(mini, Options(pdfs=False)).build().rebuilt is None
    assert (mini.site / "whats-new.html").is_file()
    assert '"people/vera-marcal.html"' in (mini.site / "search/names.js").read_text(encoding="utf-8")
    urls = [json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
            for path in (mini.site / "pagefind" / "fragment").iterdir()]
    assert "/people/vera-marcal.html" in urls and not [url for url in urls if url.endswith("/")]
