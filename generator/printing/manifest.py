"""What each PDF was made from when it was last printed, so an unchanged document is not even composed.

Composing a document (its pages' Markdown into print HTML, the hash of each chapter) costs far
more than finding it unchanged: at 1,000 articles, converting every page took 62 s of a 78 s print
that had nothing to typeset. A document's key hashes what its PDF is made from: its pages' Markdown,
the date, and the printing code and templates; with it is kept the title of each page its
endnotes name. A document whose key is the one on record, and whose cited pages keep their
titles, keeps its PDF as it is. (A digest of every page's title would change every key
whenever an article is added.)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

from generator.printing.chapters import typesetter_version
from generator.printing.documents import Document
from generator.printing.print_html import PrintedPage

PRINTING = Path(__file__).parent


@dataclass(frozen=True)
class Printed:
    key: str
    file: str  # its PDF, within the cache (which moves with a copied project)
    pages: int
    chapters: tuple[str, ...]  # the chapters it is made of, kept while it is
    cites: dict[str, str]  # page its endnotes name → that page's title line, as it was
    front: int  # pages of its cover and contents (none for a page's PDF): where the next print starts counting

    def reusable(self, key: str, cache: Path, markdown: Mapping[str, str]) -> bool:
        return (key == self.key and (cache / self.file).exists()
                and titles_unchanged(self.cites, markdown))


def load(path: Path) -> dict[str, Printed]:
    """The record of the last print; none if it is missing or unreadable (everything is composed)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {name: Printed(e["key"], e["file"], e["pages"], tuple(e["chapters"]), dict(e["cites"]), e["front"])
                for name, e in data.items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def save(path: Path, printed: Mapping[str, Printed]) -> None:
    """The record written as ``load`` reads it; each entry's fields named here, not by ``asdict``,
    whose deep copies of 2,000 entries took 0.07 s of every print at 1,000 articles."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps({name: {"key": e.key, "file": e.file, "pages": e.pages, "chapters": e.chapters,
                                          "cites": e.cites, "front": e.front}
                                   for name, e in sorted(printed.items())}, indent=0), encoding="utf-8")
    os.replace(partial, path)


def digests(docs: list[Document], markdown: Mapping[str, str]) -> dict[str, str]:
    """The hash of each page the documents print."""
    return {path: _sha(markdown[path]) for path in dict.fromkeys(p for doc in docs for p in doc.pages)}


def keys(docs: list[Document], digest: Mapping[str, str], day: date, part: int) -> dict[str, str]:
    """Each document's key, from its pages' ``digests``: a change to anything its PDF shows changes it.
    The document itself is hashed by its ``repr`` (its fields, strings and tuples of them), a tenth
    of the time of JSON made by ``asdict``."""
    common = f"{code()}\n{day.isoformat()}\n{part}"
    return {doc.name: _sha("\n".join([common, repr(doc), *(digest[p] for p in doc.pages)]))
            for doc in docs}


def title_line(page_markdown: str) -> str:
    return page_markdown.split("\n", 1)[0]


def cited_titles(sections: Iterable[PrintedPage], markdown: Mapping[str, str]) -> dict[str, str]:
    """The title line of each page the sections' endnotes name, as it is now."""
    return {page: title_line(markdown.get(page, "")) for s in sections for page, _ in s.cited}


def titles_unchanged(cites: Mapping[str, str], markdown: Mapping[str, str]) -> bool:
    """Whether every page named by endnotes keeps the title they were written with."""
    return all(title_line(markdown.get(page, "")) == title for page, title in cites.items())


@functools.cache
def code() -> str:
    """The printing code, templates and styles, and the versions of the typesetter and of Markdown."""
    files = sorted(p for p in PRINTING.rglob("*") if p.is_file() and p.suffix in {".py", ".j2", ".css"})
    return _sha(f"weasyprint {typesetter_version()} markdown {version('markdown')}\n" +
                "\n".join(_sha(p.read_text(encoding="utf-8")) for p in files))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
