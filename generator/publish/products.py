"""What the pipeline's steps hand on, and what a run gives back: the pages rendered, the docs
tree staged, the result the command line reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problem
from generator.pages.page import SearchRecord
from generator.printing.documents import Document
from generator.printing.pdf import PrintReport
from generator.publish.staging import WriteStats


@dataclass(frozen=True)
class DocsTree:
    """The whole docs tree, ready to stage: Markdown pages and, under pdf/, every PDF they link to,
    so that ``mkdocs build --strict`` checks each "Download PDF" link and copies the PDFs."""

    files: dict[str, bytes | Path]
    printed: PrintReport | None
    search: dict[str, SearchRecord]  # what the site's search finds each page by, by page path


@dataclass(frozen=True)
class Rendered:
    """Every page rendered once: the Markdown files of the site and the same pages as printed."""

    documents: list[Document]
    files: dict[str, bytes]  # the generated pages (with their download links), the feed, hand-written files
    printed: dict[str, str]  # each generated page's Markdown without its download links
    search: dict[str, SearchRecord]  # the search records of the pages that have one


@dataclass(frozen=True)
class Result:
    """What a run did, for the command line to say."""

    articles: int
    warnings: list[Problem]
    docs: DocsTree
    written: WriteStats
    steps: list[tuple[str, float]]
    rebuilt: int | None = None  # pages rebuilt by an incremental site build; None: no site, or a full build
    site: bool = False  # site/ was built
    beside: tuple[tuple[str, float], ...] = ()  # steps run while the site was built (the PDFs of an incremental one)
    seconds: float = 0.0  # the whole run by the clock, when steps ran side by side


@dataclass(frozen=True)
class Staged:
    """The docs tree written into .build/docs, its files named by where they will be, and how."""

    articles: int
    warnings: list[Problem]
    tree: DocsTree
    written: WriteStats
    steps: list[tuple[str, float]]
    later: Rendered | None = None  # what is still to print, when the PDFs print beside the site build


@dataclass(frozen=True)
class NamedPrint:
    printed: PrintReport
    written: list[Path]
