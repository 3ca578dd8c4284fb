"""Publishing one article into a large site in seconds: rebuild only the pages that changed.

MkDocs has no safe incremental build: `--dirty` rebuilds the modified pages but writes a search
index of those pages alone, and warns (so `--strict` fails). Our navigation holds only index
pages, which change whenever their content does, so the pages `--dirty` leaves alone are exactly
the ones a full build would write identically. What remains is done here: start from a copy of
the last site, drop what the new build replaces or removes, check the links of the changed pages
(strict mode is off for `--dirty`), and merge the search index in MkDocs' own page order.
Anything that can change every page (configuration, theme overrides, MkDocs or Material
versions) forces a full build. Tests compare the result with a full build, file by file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from importlib.metadata import version
from pathlib import Path, PurePosixPath

from generator.errors import BriefingsError, Problem
from generator.project import Project

ALWAYS_WRITTEN = ("404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json")
_LINK = re.compile(r"\]\(([^)\s#]*\.md)?(#[\w-]+)?\)")


def fingerprint(project: Project, settings: dict[str, str]) -> str:
    """What every page depends on beyond its own Markdown: configuration, theme, hosting options."""
    digest = hashlib.sha256()
    digest.update(f"mkdocs {version('mkdocs')} material {version('mkdocs-material')}".encode())
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for path in [project.config, *sorted((project.root / "overrides").rglob("*"))]:
        if path.is_file():
            digest.update(path.relative_to(project.root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def state_file(project: Project) -> Path:
    return project.work / "site-state.json"


def can_increment(project: Project, settings: dict[str, str]) -> bool:
    """Only on top of a site this code built from the same configuration."""
    try:
        state = json.loads(state_file(project).read_text(encoding="utf-8"))
        index = (project.site / "search" / "search_index.json").read_bytes()
    except (OSError, ValueError):
        return False
    return state.get("fingerprint") == fingerprint(project, settings) and \
        state.get("search_index") == hashlib.sha256(index).hexdigest()


def save_state(project: Project, settings: dict[str, str]) -> None:
    index = (project.site / "search" / "search_index.json").read_bytes()
    state_file(project).write_text(json.dumps({"fingerprint": fingerprint(project, settings),
                                               "search_index": hashlib.sha256(index).hexdigest()}), encoding="utf-8")


def output_of(src: str) -> str:
    """Where MkDocs (use_directory_urls) writes a page: a.md → a/index.html, a/index.md → a/index.html."""
    path = PurePosixPath(src)
    if path.suffix != ".md":
        return src
    folder = path.parent if path.stem == "index" else path.parent / path.stem
    return (folder / "index.html").as_posix()


def location_of(src: str) -> str:
    return output_of(src).removesuffix("index.html")


def prepare(project: Project, staging: Path, replaced: list[str]) -> None:
    """The last site as hard links, minus every file the dirty build will write or must not keep."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(project.site, staging, copy_function=os.link)
    for rel in [*map(output_of, replaced), *ALWAYS_WRITTEN]:
        target = staging / rel
        if target.is_file():
            target.unlink()  # never write through a link into the live site
            folder = target.parent
            while folder != staging and not any(folder.iterdir()):
                folder.rmdir()  # a removed page leaves no empty folder behind
                folder = folder.parent


def check_links(docs: Path, changed: list[str]) -> None:
    """The link checks `--strict` would have made on the changed pages: files and paragraph anchors."""
    problems = []
    texts: dict[Path, str] = {}  # a page is linked from many others: read each target once
    for src in changed:
        if not src.endswith(".md"):
            continue
        text = (docs / src).read_text(encoding="utf-8")
        for match in _LINK.finditer(text):
            target_src = os.path.normpath((PurePosixPath(src).parent / (match.group(1) or PurePosixPath(src).name))
                                          .as_posix())
            anchor = (match.group(2) or "")[1:]
            target = docs / target_src
            if not target.is_file():
                problems.append(Problem(src, 1, 1, "link", f"link to missing page '{match.group(1)}'"))
                continue
            if anchor.startswith("p") and anchor[1:].isdigit():
                if target not in texts:
                    texts[target] = target.read_text(encoding="utf-8")
                if f'id="{anchor}"' not in texts[target]:
                    problems.append(Problem(src, 1, 1, "link", f"'{target_src}' has no anchor '#{anchor}'"))
    if problems:
        raise BriefingsError(problems)


def _walk_key(src: str) -> tuple:
    """MkDocs' page order: a folder's files (index first, then by name) before its subfolders."""
    parts = PurePosixPath(src).parts
    return tuple((1, part) for part in parts[:-1]) + ((0, PurePosixPath(parts[-1]).stem != "index", parts[-1]),)


def merge_search_index(old: Path, new: Path, docs: Path, rebuilt: list[str], removed: list[str]) -> None:
    """Old entries of untouched pages plus the new entries, in the order a full build writes them."""
    old_index = json.loads(old.read_text(encoding="utf-8"))
    new_index = json.loads(new.read_text(encoding="utf-8"))
    fresh = {entry["location"].split("#")[0] for entry in new_index["docs"]}
    gone = fresh | {location_of(src) for src in [*rebuilt, *removed]}
    pages: dict[str, list[dict]] = {}
    for entry in old_index["docs"]:
        page = entry["location"].split("#")[0]
        if page not in gone:
            pages.setdefault(page, []).append(entry)
    for entry in new_index["docs"]:
        pages.setdefault(entry["location"].split("#")[0], []).append(entry)

    def source(page: str) -> str:
        flat = (page.rstrip("/") or "index") + ".md"
        return flat if (docs / flat).is_file() else page + "index.md"

    new_index["docs"] = [e for page in sorted(pages, key=lambda p: _walk_key(source(p))) for e in pages[page]]
    new.write_text(json.dumps(new_index, separators=(",", ":"), default=str), encoding="utf-8")  # as Material does
