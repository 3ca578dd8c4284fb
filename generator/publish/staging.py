"""The writer owns its output folders: it stages a complete new tree, then swaps it in whole.

A failed or interrupted run therefore leaves the last good tree as it was. Files whose bytes
did not change are hard-linked from the old tree, so they keep their inode and mtime.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import BriefingsError, Problem


@dataclass(frozen=True)
class WriteStats:
    written: tuple[str, ...]
    kept: int
    removed: tuple[str, ...]


def safe_relative(path: str) -> PurePosixPath:
    """Refuse any output path that could land outside the output folder."""
    rel = PurePosixPath(path)
    if rel.is_absolute() or not rel.parts or any(part in ("..", ".", "") for part in rel.parts) or "\\" in path:
        raise BriefingsError([Problem(path, 1, 1, "", "refusing to write outside the output folder",
                                      "ids must be safe slugs")])
    return rel


def stage(files: dict[str, bytes | Path], current: Path, staging: Path,
          later: frozenset[str] = frozenset()) -> WriteStats:
    """Bring ``staging`` to hold ``files``: first a tree of links to ``current``, then each file
    that changed written anew (never through a link) and each one gone removed.

    The staging folder is the tree the last build replaced (``swap`` with ``keep_old``), so making
    it a tree of links to ``current`` relinks only the files that build changed (``mirror``):
    making 700 folders and 4,000 links again was 0.12 s at 1,000 articles. A value is the file's
    bytes, or a finished file (a cached PDF) to link rather than copy. The paths ``later`` (PDFs
    still printing) hold their current file, or an empty one, until ``stage_more`` puts them in:
    MkDocs makes a link relative to the page only to a file it has."""
    targets = {path: safe_relative(path) for path in files.keys() | later}
    if current.is_dir():
        present = mirror(current, staging)  # the files of ``current``, each linked in ``staging``
    else:
        present = set()
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
    removed = sorted(present - targets.keys())
    for path in removed:  # first: a folder may take the place of a file, or a file of a folder
        _remove_up_to(staging, PurePosixPath(path))
    written: list[str] = []
    for path in sorted(files):
        content, target = files[path], staging / targets[path]
        if _same(current / targets[path], content):
            continue  # linked already
        if path in present:
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            _link_or_copy(content, target)
        else:
            target.write_bytes(content)
        written.append(path)
    for path in sorted(later - present):
        target = staging / targets[path]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
    return WriteStats(tuple(written), len(files) - len(written), tuple(removed))


def _remove_up_to(root: Path, rel: PurePosixPath) -> None:
    """Remove ``root / rel``, then each folder it leaves empty, up to ``root``."""
    (root / rel).unlink()
    for parent in rel.parents[:-1]:
        if any((root / parent).iterdir()):
            return
        (root / parent).rmdir()


def held(folder: Path) -> set[str]:
    """The files under ``folder``, as paths relative to it (``os.walk``, each folder's path worked
    out once: a path a file took 0.13 s over a 1,000-article site's docs)."""
    found: set[str] = set()
    for parent, _, names in os.walk(folder):
        rel = Path(os.path.relpath(parent, folder)).as_posix()
        prefix = "" if rel == "." else f"{rel}/"
        found.update(prefix + name for name in names)
    return found


def stage_more(files: dict[str, Path], current: Path, staging: Path, site: Path) -> list[str]:
    """Put finished files (PDFs printed while the site was built) in ``staging`` where ``stage`` left
    their current or empty stand-ins, and in the staged ``site`` in place of what MkDocs copied or
    the links to the old; the paths written."""
    written = []
    for path in sorted(files):
        rel = safe_relative(path)
        target, old = staging / rel, current / rel
        if _same(old, files[path]):
            continue  # staged as it was
        target.unlink()
        _link_or_copy(files[path], target)
        built = site / rel
        built.unlink(missing_ok=True)  # a link into the live site: never written through
        built.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(files[path], built)
        written.append(path)
    return written


def adopt_unchanged(new: Path, old: Path) -> None:
    """Replace files in ``new`` that are byte-identical to ``old`` by links to the old ones."""
    if not old.is_dir():
        return
    for path in new.rglob("*"):
        twin = old / path.relative_to(new)
        if not (path.is_file() and twin.is_file()) or os.path.samefile(path, twin):
            continue  # the search index comes linked already (``search_index.place``)
        if twin.stat().st_size == path.stat().st_size and twin.read_bytes() == path.read_bytes():
            path.unlink()
            os.link(twin, path)


def swap(staging: Path, target: Path, *, keep_old: bool = False) -> None:
    """Put ``staging`` in the place of ``target`` with two renames; the old tree is removed after,
    or with ``keep_old`` left where ``staging`` was, for the next build to bring up to date
    (``mirror``) rather than copy whole. With no old tree (a project's first build), ``keep_old``
    leaves links to the new one there instead: linked from nothing, the two trees of a
    1,000-article site cost the first publish after 0.6 s."""
    recover(target)
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    if old.exists():
        if keep_old:
            os.replace(old, staging)
        else:
            shutil.rmtree(old)
    elif keep_old:
        mirror(target, staging)


def mirror(source: Path, twin: Path, skipped: frozenset[str] = frozenset()) -> set[str]:
    """Make ``twin`` a tree of hard links to every file of ``source``, as ``copytree`` with
    ``os.link`` would, but only relinking what differs: on a site of 2,000 page folders, making
    the folders again costs a second, while an older mirror differs in a few dozen files.
    Top-level names in ``skipped`` are left out. The files linked, as paths relative to ``twin``."""
    twin.mkdir(parents=True, exist_ok=True)
    linked: set[str] = set()
    with os.scandir(twin) as entries:
        present = {entry.name: entry for entry in entries}
    with os.scandir(source) as entries:
        for entry in entries:
            if entry.name in skipped:
                continue
            there = present.pop(entry.name, None)
            target = twin / entry.name
            if entry.is_dir(follow_symlinks=False):
                if there is not None and not there.is_dir(follow_symlinks=False):
                    target.unlink()
                linked.update(f"{entry.name}/{rel}" for rel in mirror(Path(entry.path), target))
                continue
            if there is None or there.inode() != entry.inode():
                if there is not None:
                    _remove(there)
                os.link(entry.path, target)
            linked.add(entry.name)
    for left in present.values():
        _remove(left)
    return linked


def _remove(entry: os.DirEntry[str]) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path)
    else:
        os.unlink(entry.path)


def recover(target: Path) -> None:
    """If a run died between the two renames of ``swap``, put the old tree back."""
    old = target.with_name(f".{target.name}.old")
    if old.exists() and not target.exists():
        os.replace(old, target)


def _same(path: Path, content: bytes | Path) -> bool:
    """Whether ``path`` holds ``content``; a file that is a link to ``content`` is not read (the
    PDFs of the last build are links into the PDF cache: reading 2,000 of them twice was 0.2 s
    at the end of every build of a 1,000-article site)."""
    try:
        if isinstance(content, Path):
            old, new = path.stat(), content.stat()
            if (old.st_dev, old.st_ino) == (new.st_dev, new.st_ino):
                return True
            return old.st_size == new.st_size and path.read_bytes() == content.read_bytes()
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copyfile(source, target)
