"""A full build of a large site on every core: MkDocs builds pages one after another, in one process.

At 10,000 articles MkDocs took 295 s of a 343 s build, nearly all of it converting Markdown page
by page. The pages are independent of one another (the navigation holds only section index pages,
titled in ``mkdocs.yml``), which is what makes the incremental build safe; the same property lets
each core build a share of them. Each shard is a ``--dirty`` build into its own folder in which
every page of the other shards already has an output newer than its Markdown, so MkDocs reads
and renders only its own share; the shards' pages are then moved into the first shard's folder,
which copied the static files and wrote the sitemap. ``--dirty`` cannot run ``--strict``, so the
links are checked as an incremental build checks them; a site too small to give each core
``Limits.shard_pages`` pages is built in one strict process. A test compares a sharded build with a
full one, file by file.
"""

from __future__ import annotations

import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.project import Project
from generator.publish.incremental import Layout, check_links
from generator.publish.mkdocs_run import mkdocs_build

_LATER = 10 * 365 * 86400  # a placeholder's time: newer than any page's Markdown


def build_in_shards(project: Project, docs: Path, pages: list[str], site: Path, settings: dict[str, str],
                    layout: Layout, shards: int) -> None:
    """Build the ``pages`` of ``docs`` (every Markdown file, sorted) into ``site`` in ``shards``
    MkDocs processes at once."""
    check_links(docs, pages)
    others = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file() and p.suffix != ".md")
    shares = [pages[i::shards] for i in range(shards)]
    folders = [site] + [site.with_name(f"{site.name}.shard{i}") for i in range(1, shards)]
    later = time.time() + _LATER
    for number, folder in enumerate(folders):
        if folder.exists():
            shutil.rmtree(folder)
        # the first shard also copies the static files; the others skip them like other shards' pages
        skipped = [layout.output_of(p) for i, share in enumerate(shares) if i != number for p in share]
        for rel in skipped + (others if number else []):
            placeholder = folder / rel
            placeholder.parent.mkdir(parents=True, exist_ok=True)
            placeholder.touch()
            os.utime(placeholder, (later, later))
    with ThreadPoolExecutor(shards) as pool:
        for done in [pool.submit(mkdocs_build, project, docs, folder, settings, dirty=True) for folder in folders]:
            done.result()
    for folder, share in zip(folders[1:], shares[1:], strict=True):
        for page in share:
            os.replace(folder / layout.output_of(page), site / layout.output_of(page))
        shutil.rmtree(folder)
