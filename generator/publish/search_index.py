"""The site's search index: Pagefind run over one small record per searchable page.

The records (``generator.pages.search_meta``) are written as HTML files laid out as the site's
pages are, so Pagefind gives each the URL of its page; it indexes them into ``pagefind/`` inside
the staged site, before the swap. Indexing records rather than the built pages keeps lists,
chrome and source texts out without marking them up, and reads kilobytes instead of the whole
site: the index is rebuilt whole on every build, incremental ones included, since Pagefind cannot
update one. Pagefind runs while MkDocs builds the pages, on another core, with the URL layout the
last site had (an incremental build) or the settings ask for (a full one), so publishing hardly
waits for it; a site MkDocs laid out otherwise (an edited ``mkdocs.yml``) is indexed again.

Pagefind writes its 2,000 files at 1,000 articles from dozens of threads at once, which on ext4
cost 1.5 to 3 s of system time against 0.5 s on a RAM disk (measured with strace: the opens wait
on each other). So it writes into a scratch folder in RAM where there is one with room
(``/dev/shm``), and the files are then placed in the site one by one, each linked to the last
site's copy when that has the same bytes: after an edit, most of the index is unchanged.

``search/names.js`` lists every entity's names for the search box's "did you mean" and for the
names-only search of sites opened from file://, where Pagefind cannot load.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

import pagefind_bin

from generator.errors import BriefingsError, Problem
from generator.pages.page import SearchRecord
from generator.pages.render import render_xml
from generator.publish.incremental import Layout
from generator.publish.pagefind_order import stabilise
from generator.publish.staging import held

BUNDLE = "pagefind"
RECORDS = "search-records"  # in the work folder: a file a searchable page, what Pagefind indexes
RAM = Path("/dev/shm")  # Linux's RAM disk, where there is one
RAM_SPARE = 256 << 20  # left free on it besides three times the last index: some containers give it 64 MB in all
NAMES = "search/names.js"
NAMES_GLOBAL = "briefingsNames"  # what names.js assigns, as docs/pages/assets/search.js reads it


class Indexer:
    """Pagefind over the records, into a folder of its own until the staged site is ready for it.

    ``start`` as soon as the records and the URL layout are known: Pagefind runs, on another core
    while the pages are rendered, and its output is made stable; once the docs are written
    (``written``), it is placed beside the site on another thread while MkDocs builds. Placing it
    while the docs were written, two threads sharing one interpreter, slowed both twofold. ``finish``
    waits for that, then moves the index into the site (indexing again if the site was laid out
    otherwise). Leaving the ``with`` block early (a failed build) stops Pagefind; the scratch
    folders are removed either way."""

    def __init__(self, work: Path, last: Path):
        self.work, self.last = work, last  # last: the site in place
        self.records: dict[str, SearchRecord] = {}
        self.bundle, self.placed = scratch(work, last / BUNDLE), work / "search-index"
        self._pool = ThreadPoolExecutor(1)
        self._running: subprocess.Popen[str] | None = None
        self._indexed: Future[None] | None = None
        self._layout: Layout | None = None  # the layout Pagefind was started for
        self._may_place = threading.Event()
        self._stopped = False

    def __enter__(self) -> Indexer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()
        self._pool.shutdown()
        for folder in (self.bundle, self.placed):
            shutil.rmtree(folder, ignore_errors=True)

    def _stop(self) -> None:
        self._stopped = True
        self._may_place.set()
        if self._running and self._running.poll() is None:
            self._running.kill()
        if self._indexed:
            wait([self._indexed])  # a killed Pagefind fails: nothing to report

    def start(self, records: dict[str, SearchRecord], layout: Layout) -> None:
        self.records, self._layout, self._stopped = records, layout, False
        folder = self.work / RECORDS
        write_records(record_files(self.records, layout), folder)
        shutil.rmtree(self.bundle, ignore_errors=True)
        self._running = subprocess.Popen([str(pagefind_bin.get_executable()), "--site", str(folder), "--output-path",
                                          str(self.bundle), "--silent"], stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, text=True)
        self._indexed = self._pool.submit(self._index, self._running)

    def _index(self, running: subprocess.Popen[str]) -> None:
        output, _ = running.communicate()
        if running.returncode != 0:
            raise BriefingsError([Problem(BUNDLE, 1, 1, "pagefind", "indexing the site failed:\n  "
                                          + output.strip().replace("\n", "\n  "),
                                          "docs/generated and site/ were left as they were")])
        stabilise(self.bundle)
        self._may_place.wait()
        if self._stopped:
            return
        shutil.rmtree(self.placed, ignore_errors=True)
        place(self.bundle, self.placed, self.last / BUNDLE)

    def written(self) -> None:
        """The docs are written: the index may be placed."""
        self._may_place.set()

    def finish(self, site: Path, layout: Layout) -> None:
        """``pagefind/`` and ``search/names.js`` into the staged ``site`` (an incremental build's
        staging copy holds neither: ``incremental`` leaves them out)."""
        if self._layout != layout:  # an edited mkdocs.yml laid the site out otherwise
            self._stop()
            self.start(self.records, layout)
        self.written()
        assert self._indexed is not None
        self._indexed.result()
        os.replace(self.placed, site / BUNDLE)
        names = site / NAMES
        names.parent.mkdir(parents=True, exist_ok=True)
        names.write_text(names_script(self.records, layout), encoding="utf-8")


def record_files(records: dict[str, SearchRecord], layout: Layout) -> dict[str, str]:
    """Each record's file by where it goes, each rendered once: every build indexes every record,
    nearly all of them unchanged (0.16 to 0.2 s of rendering at 1,000 articles). The files of the
    last build's records are kept in this process and in the memory of the next (`memory.py`),
    and only the current records' are kept after."""
    global _rendered
    files, kept = {}, {}
    for src, record in records.items():
        html = kept[record] = _rendered.get(record) or render_xml(record)
        files[layout.output_of(src)] = html
    _rendered = kept
    return files


def rendered_records() -> dict[SearchRecord, str]:
    """The record files of the last build, for the memory."""
    return _rendered


def recall_rendered(kept: dict[SearchRecord, str]) -> None:
    """Take up the record files of the build that wrote the memory."""
    _rendered.update(kept)


_rendered: dict[SearchRecord, str] = {}


def scratch(work: Path, last_index: Path) -> Path:
    """Where Pagefind writes: in RAM if this machine has a RAM disk with room for the index (a
    full one fails the build), named for the project's work folder so that a run that was killed
    leaves nothing behind for long; else in the work folder."""
    if RAM.is_dir() and os.access(RAM, os.W_OK) and shutil.disk_usage(RAM).free >= RAM_SPARE + 3 * _taken(last_index):
        return RAM / f"briefings-search-{hashlib.sha256(str(work.resolve()).encode()).hexdigest()[:16]}"
    return work / "search-bundle"


def _taken(folder: Path) -> int:
    """The bytes ``folder``'s files take on disk (a small file takes a whole block of a RAM disk)."""
    return sum(os.stat(os.path.join(path, name)).st_blocks * 512
               for path, _, names in os.walk(folder) for name in names)


def place(bundle: Path, target: Path, last: Path) -> None:
    """Every file of ``bundle`` into ``target``: linked to its twin in ``last`` if that has the
    same bytes, else copied, one at a time (see the module's docstring)."""
    for folder, _, names in os.walk(bundle):
        rel = Path(folder).relative_to(bundle)
        (target / rel).mkdir(parents=True, exist_ok=True)
        for name in names:
            path, twin = os.path.join(folder, name), last / rel / name
            if twin.is_file() and filecmp.cmp(path, twin, shallow=False):
                os.link(twin, target / rel / name)
            else:
                shutil.copyfile(path, target / rel / name)


def write_records(files: dict[str, str], folder: Path) -> None:
    """Bring ``folder`` to hold exactly ``files``, writing only those that changed: deleting and
    writing again thousands of small files costs seconds on some file systems. What its files
    hold is known from the digests the last call left beside it (reading every file costs a third
    of a second at 1,000 articles), or, without them, by reading them."""
    manifest, present = folder.with_name(f"{folder.name}.json"), held(folder)
    try:
        known = {rel: digest for rel, digest in json.loads(manifest.read_text(encoding="utf-8")).items()
                 if rel in present}
    except (OSError, ValueError, AttributeError):
        known = {rel: _digest((folder / rel).read_text(encoding="utf-8")) for rel in present}
    manifest.unlink(missing_ok=True)  # until the folder matches the digests again
    wanted = {rel: _digest(text) for rel, text in files.items()}
    for rel in sorted(known.keys() - wanted.keys()):
        (folder / rel).unlink(missing_ok=True)
    for rel, text in sorted(files.items()):
        if known.get(rel) != wanted[rel]:
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    manifest.write_text(json.dumps(wanted, sort_keys=True), encoding="utf-8")


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def names_script(records: dict[str, SearchRecord], layout: Layout) -> str:
    """Every named page as [URL from the site's root, kind, name, other names…], in path order."""
    rows = [[layout.location_of(src), record.kind, record.title, *(n for n in record.names if n != record.title)]
            for src, record in sorted(records.items()) if record.names]
    return f"window.{NAMES_GLOBAL} = {json.dumps(rows, ensure_ascii=False, separators=(',', ':'))};\n"

