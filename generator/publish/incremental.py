"""Publishing one article into a large site in seconds: rebuild only the pages that changed.

MkDocs has no safe incremental build: `--dirty` rebuilds the modified pages, but warns (so
`--strict` fails). Our navigation holds only index pages, which change whenever their content
does, so the pages `--dirty` leaves alone are exactly the ones a full build would write
identically. What remains is done here: start from a copy of the last site, drop what the new
build replaces or removes, and check the links of the changed pages (strict mode is off for
`--dirty`); the search index is then built anew (``search_index``). Anything that can change
every page (configuration, theme overrides, MkDocs, Material or Pagefind versions, hosting
options) forces a full build. Tests compare the result with a full build, file by file, online
and offline.

Where a page's HTML lands depends on ``use_directory_urls``, which offline builds turn
off (``a.md`` → ``a.html`` instead of ``a/index.html``). Rather than re-derive MkDocs' rules, the
state file records the layout the last full build produced, read from the site itself.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path, PurePosixPath

from generator.errors import BriefingsError, Problem
from generator.project import Project
from generator.publish.staging import held, mirror

ALWAYS_WRITTEN = ("404.html", "sitemap.xml", "sitemap.xml.gz", "search/names.js")
REINDEXED = "pagefind"  # the search index, written whole after every build: not copied to be deleted
SEARCH_ENTRY = f"{REINDEXED}/pagefind-entry.json"  # changes with the index: whether site/ is the one recorded
_LINK = re.compile(r"\]\(([^)\s#]*\.md)?(#[\w-]+)?\)")


def fingerprint(project: Project, settings: dict[str, str]) -> str:
    """What every page depends on beyond its own Markdown: configuration, theme, hosting options."""
    digest = hashlib.sha256()
    digest.update(f"mkdocs {version('mkdocs')} material {version('mkdocs-material')} "
                  f"pagefind {version('pagefind-bin')}".encode())
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for path in [project.config, *sorted((project.root / "overrides").rglob("*"))]:
        if path.is_file():
            digest.update(path.relative_to(project.root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Layout:
    """Where MkDocs writes each page: ``a/index.html`` with directory URLs, ``a.html`` without."""

    directory_urls: bool

    def output_of(self, src: str) -> str:
        """A page's HTML file: a.md → a/index.html (or a.html), a/index.md → a/index.html."""
        path = PurePosixPath(src)
        if path.suffix != ".md":
            return src
        if path.stem == "index":
            return (path.parent / "index.html").as_posix()
        if self.directory_urls:
            return (path.parent / path.stem / "index.html").as_posix()
        return path.with_suffix(".html").as_posix()

    def location_of(self, src: str) -> str:
        """A page's URL from the site's root: a/ with directory URLs, else the file itself."""
        output = self.output_of(src)
        return output.removesuffix("index.html") if self.directory_urls else output


def state_file(project: Project) -> Path:
    return project.work / "site-state.json"


def last_layout(project: Project, settings: dict[str, str]) -> Layout | None:
    """The layout of the last site, if it can be built on: this code built it, from the same configuration."""
    try:
        state = json.loads(state_file(project).read_text(encoding="utf-8"))
        index = (project.site / SEARCH_ENTRY).read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or not isinstance(state.get("directory_urls"), bool):
        return None  # a state written before the layout was recorded: build in full once
    if state.get("fingerprint") != fingerprint(project, settings) or \
            state.get("search_index") != hashlib.sha256(index).hexdigest():
        return None
    return Layout(state["directory_urls"])


def forget_state(project: Project) -> None:
    """docs/generated is about to stop matching site/: the next build must not build on it.

    Its pages would be newer than their HTML, so MkDocs' dirty build would rewrite them in place,
    through the hard links into the live site."""
    state_file(project).unlink(missing_ok=True)


def save_state(project: Project, settings: dict[str, str]) -> None:
    """Record what the site now in place was built from, and the layout MkDocs gave it."""
    forget_state(project)
    layout = built_layout(project.generated, project.site)
    if layout is None:
        return  # no page tells the layout: the next build is a full one
    index = (project.site / SEARCH_ENTRY).read_bytes()
    state_file(project).write_text(json.dumps({"fingerprint": fingerprint(project, settings),
                                               "search_index": hashlib.sha256(index).hexdigest(),
                                               "directory_urls": layout.directory_urls}), encoding="utf-8")


def built_layout(docs: Path, site: Path) -> Layout | None:
    """The layout a built site has, seen from where its first page that is not an index landed
    (the pages listed as strings: sorting them as paths from ``rglob`` took 0.4 s at 1,000
    articles, on every incremental build)."""
    for src in sorted(held(docs)):
        if not src.endswith(".md") or posixpath.basename(src) == "index.md":
            continue
        for layout in (Layout(directory_urls=True), Layout(directory_urls=False)):
            if (site / layout.output_of(src)).is_file():
                return layout
    return None


def mirror_last(last: Path, staging: Path) -> None:
    """The ``last`` site (the one in place) as hard links in ``staging``, without its search index."""
    mirror(last, staging, frozenset([REINDEXED]))  # staging holds the site before last, if kept


def outputs(replaced: list[str], layout: Layout) -> list[str]:
    """The files of the mirrored site that the dirty build or the search index will write, or
    that must not be kept: those of the ``replaced`` pages (written or removed), and the site's own."""
    return [*map(layout.output_of, replaced), *ALWAYS_WRITTEN]


def drop(staging: Path, files: list[str]) -> None:
    """Remove ``files`` from the mirrored site, and the folders that leaves empty."""
    for rel in files:
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
    found: dict[str, bool] = {}  # a page is linked from many others: look for each target once
    texts: dict[str, str] = {}  # and read it once
    for src in changed:
        if not src.endswith(".md"):
            continue
        text = (docs / src).read_text(encoding="utf-8")
        folder = posixpath.dirname(src)
        for match in _LINK.finditer(text):
            target_src = posixpath.normpath(posixpath.join(folder, match.group(1))) if match.group(1) else src
            if target_src not in found:
                found[target_src] = (docs / target_src).is_file()
            if not found[target_src]:
                problems.append(Problem(src, 1, 1, "link", f"link to missing page '{match.group(1)}'"))
                continue
            anchor = (match.group(2) or "")[1:]
            if anchor[:1] in ("p", "q") and anchor[1:].isdigit():
                if target_src not in texts:
                    texts[target_src] = (docs / target_src).read_text(encoding="utf-8")
                if f'id="{anchor}"' not in texts[target_src]:
                    problems.append(Problem(src, 1, 1, "link", f"'{target_src}' has no anchor '#{anchor}'"))
    if problems:
        raise BriefingsError(problems)

