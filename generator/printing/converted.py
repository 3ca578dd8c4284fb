"""Each page's print HTML, kept in the PDF cache by what it is made from.

An article that joins a dossier changes one of the fifty pages the dossier prints, but the
dossier is composed again from all of them: converting those pages' Markdown again was 2 s of
a 5 s print when one article was published into 1,000. A page's print HTML depends on its
Markdown, the printing code (``manifest.code``), the size of a part and the titles of the pages
its endnotes cite; the titles are kept beside it and compared, as ``manifest`` does for a whole
document, so an unchanged page is read back (a few milliseconds) instead of converted.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path

from generator.printing import manifest
from generator.printing.print_html import PrintConverter, PrintedPage


class Converted:
    """Pages as printed, from the cache when their sources are unchanged, else converted and kept."""

    def __init__(self, folder: Path, converter: PrintConverter, markdown: Mapping[str, str],
                 digests: Mapping[str, str], fresh: bool) -> None:
        self.folder, self.converter, self.fresh = folder, converter, fresh
        self.markdown, self.digests = markdown, digests

    def name(self, path: str) -> str:
        made_of = f"{manifest.code()}\n{self.converter.part}\n{path}\n{self.digests[path]}"
        return f"{hashlib.sha256(made_of.encode()).hexdigest()}.json"

    def pages(self, path: str) -> list[PrintedPage]:
        file = self.folder / self.name(path)
        kept = None if self.fresh else _load(file)
        if kept is not None and manifest.titles_unchanged(kept[1], self.markdown):
            return kept[0]
        printed = self.converter.convert(path, self.markdown[path])
        titles = manifest.cited_titles(printed, self.markdown)
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = file.with_name(f".{file.stem}.{os.getpid()}.tmp")
        partial.write_text(json.dumps({"pages": [asdict(s) for s in printed], "titles": titles}), encoding="utf-8")
        os.replace(partial, file)
        return printed


def _load(file: Path) -> tuple[list[PrintedPage], dict[str, str]] | None:
    """The kept conversion and the titles it cited; none if it is missing or unreadable (converted again)."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        pages = [PrintedPage(s["path"], s["anchor"], s["title"], s["body"],
                             tuple((page, anchor) for page, anchor in s["cited"]), s["continued"])
                 for s in data["pages"]]
        return pages, dict(data["titles"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
