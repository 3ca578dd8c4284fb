"""Print every document to PDF: compose its print HTML, reuse the cache, render the rest in parallel.

Each PDF is rendered by WeasyPrint from a small print template holding the page's Markdown as
HTML, never from the built Material page, so no site chrome can reach the paper, and a page takes
a fraction of the time (the issue measured 0.09 s against 0.6 s a page). A PDF is cached under the hash of its whole HTML (text, template, styles and
date) and the renderer's version, so an unchanged document is never rendered twice, and the same
inputs always give the same bytes; the generation date is the only thing that varies by itself.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from importlib.metadata import version
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.corpus.checked import Corpus
from generator.errors import BriefingsError, Problem
from generator.pages.common import Page
from generator.pages.markdown import environment, render
from generator.printing.documents import BOOK, Document, documents, opens_part, select
from generator.printing.print_html import PrintConverter, Section, in_document
from generator.project import Project

CSS = Path(__file__).parent / "templates" / "print.css"
KICKERS = {"dossier": "Dossier", "book": "Briefings"}


@dataclass
class PrintReport:
    files: dict[str, Path] = field(default_factory=dict)  # pdf/<name>.pdf → its file in the cache
    rendered: dict[str, tuple[int, float]] = field(default_factory=dict)  # name → (pages, seconds)
    seconds: float = 0.0

    def __str__(self) -> str:
        reused = len(self.files) - len(self.rendered)
        if not self.rendered:
            return f"printed {len(self.files)} PDF(s): all reused from the cache"
        pages = sum(p for p, _ in self.rendered.values())
        cpu = sum(s for _, s in self.rendered.values())
        text = (f"printed {len(self.files)} PDF(s): {len(self.rendered)} rendered ({pages} pages) in "
                f"{self.seconds:.1f} s, {self.seconds / pages:.3f} s a page ({cpu / pages:.3f} s of one core a page), "
                f"{reused} from the cache")
        if BOOK in self.rendered:
            book_pages, book_seconds = self.rendered[BOOK]
            text += f"; the book: {book_pages} pages in {book_seconds:.1f} s"
        return text


def generation_date() -> date:
    """SOURCE_DATE_EPOCH if set (reproducible builds), else today in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(timezone.utc).date()
    if not epoch.isdigit():
        raise BriefingsError([Problem("SOURCE_DATE_EPOCH", 1, 1, "", f"not a number of seconds: {epoch!r}",
                                      "unset it, or give seconds since 1970 such as 1767225600")])
    return datetime.fromtimestamp(int(epoch), timezone.utc).date()


def print_pdfs(project: Project, corpus: Corpus, pages: list[Page], names: list[str] | None = None,
               fresh: bool = False) -> PrintReport:
    """Print the named documents (all if ``names`` is None); ``fresh`` ignores the cache."""
    start = time.perf_counter()
    chosen = select(documents(corpus, pages), names)
    converter = PrintConverter()
    converted = {path: converter.convert(path, text) for path, text in markdown_for_print(pages).items()}
    day = generation_date()
    cache = project.work / "pdf-cache"
    cache.mkdir(parents=True, exist_ok=True)
    report, jobs = PrintReport(), {}
    for doc in chosen:
        document_html = compose(doc, converted, day)
        target = cache / f"{cache_key(document_html)}.pdf"
        report.files[doc.path] = target
        if fresh or not target.exists():
            jobs[doc.name] = (document_html, target)
    report.rendered = render_all(jobs)
    if names is None:
        _prune(cache, set(report.files.values()))
    report.seconds = time.perf_counter() - start
    return report


def markdown_for_print(pages: list[Page]) -> dict[str, str]:
    """Each page's Markdown as printed: the web page's, without its download links."""
    env = environment()
    return {page.path: render(env, page.template, {**page.context, "downloads": []}) for page in pages}


def compose(doc: Document, converted: dict[str, Section], day: date) -> str:
    """The document's whole print HTML, styles inlined: all the renderer needs, and the cache key."""
    printed = frozenset(doc.pages)
    sections = [in_document(converted[path], printed) for path in doc.pages]
    contents = [{"anchor": s.anchor, "title": s.title, "part": doc.kind == "book" and opens_part(s.path)}
                for s in sections]
    title = doc.title or html.unescape(re.sub(r"<[^>]+>", "", sections[0].title))
    return _templates().get_template("document.html.j2").render(
        doc=doc, title=title, kicker=KICKERS.get(doc.kind, ""), contents=contents,
        sections=sections, sources=_source_index(doc, sections),
        date=f"{day.day} {day:%B %Y}", date_iso=day.isoformat(), css=CSS.read_text(encoding="utf-8"),
    )


def cache_key(document_html: str) -> str:
    return hashlib.sha256(f"weasyprint {version('weasyprint')}\n{document_html}".encode()).hexdigest()


def render_all(jobs: dict[str, tuple[str, Path]]) -> dict[str, tuple[int, float]]:
    """Render on every core, the biggest documents first so no core is left with a long tail."""
    order = sorted(jobs, key=lambda name: -len(jobs[name][0]))
    workers = min(os.cpu_count() or 1, len(order))
    if workers <= 1:
        return {name: render_pdf(*jobs[name]) for name in order}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(render_pdf, *jobs[name]) for name in order}
        return {name: future.result() for name, future in futures.items()}


def render_pdf(document_html: str, target: Path) -> tuple[int, float]:
    """Render one PDF into the cache, atomically, so a killed run never leaves half a file."""
    from weasyprint import HTML  # imported where it runs: `check` never pays for it
    from weasyprint.urls import URLFetcher

    start = time.perf_counter()
    # The print HTML is self-contained: fetching anything, from the network or the disk, is an error.
    no_fetching = URLFetcher(allowed_protocols=(), fail_on_errors=True)
    document = HTML(string=document_html, url_fetcher=no_fetching).render()
    partial = target.with_name(f".{target.stem}.{os.getpid()}.tmp")
    document.write_pdf(partial)
    os.replace(partial, target)
    return len(document.pages), time.perf_counter() - start


def _source_index(doc: Document, sections: list[Section]) -> list[dict]:
    by_path = {s.path: s for s in sections}
    return [{"title": by_path[path].title, "anchor": by_path[path].anchor,
             "citations": [{"title": s.title, "ref": dict(s.cited)[path]} for s in sections if path in dict(s.cited)]}
            for path in doc.sources if path in by_path]


def _prune(cache: Path, keep: set[Path]) -> None:
    """After a full run, the cache holds exactly the PDFs of the current site."""
    for path in cache.iterdir():
        if path not in keep:
            path.unlink()


def _templates() -> Environment:
    return Environment(loader=PackageLoader("generator.printing", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
