"""What one build remembers for the next, in another process: the parsed files and each
briefing's own checks, the pages made, each page's text and each search record's file, in
`.build/memory.pickle`.

A process that keeps running (`serve`) already checks, makes and renders only what an edit
changed; a new `briefings build` after adding an article had none of that and did it all again
(at 1,000 articles, 6 to 7 s of a publish before MkDocs and the print started). Everything kept
is compared with the new input by value before it is used, as in a running process; what it was
made by is not, so the file is only read back by the same code (every file of the package, the
Python and the libraries that render) and otherwise ignored, as is a file that cannot be read.
"""

from __future__ import annotations

import contextlib
import copyreg
import functools
import gc
import hashlib
import os
import pickle
import signal
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from markupsafe import Markup

import generator
from generator.corpus.check import CheckMemory, check_memory, recall_checks
from generator.gc_pause import gc_paused
from generator.pages.page import Page, SearchRecord
from generator.pages.reuse import Made
from generator.publish.search_index import recall_rendered, rendered_records

NAME = "memory.pickle"
Text = tuple[Page, list[Markup], str]  # a page's view, its download links and its rendered text
_RENDERING = ("jinja2", "markdown", "markupsafe", "pyyaml")  # what shapes the kept objects and texts


@dataclass(frozen=True)
class Memory:
    checks: CheckMemory
    made: Made | None
    texts: dict[str, Text]  # by page path
    templates: tuple[tuple[str, int, int], ...]
    records: dict[SearchRecord, str]  # each search record's file


@functools.cache
def code_version() -> str:
    """Every file of the package, the Python running it and the libraries that render: read once a
    process, so that files edited under a running `serve` do not vouch for the code it runs."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _RENDERING:
        digest.update(f"{name} {version(name)}".encode())
    package = Path(generator.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@gc_paused()  # millions of objects, none of them garbage: the cycle collector tripled the time
def recall(work: Path) -> Memory | None:
    """The last build's memory, if this code wrote it; the checks are taken up at once."""
    try:
        with (work / NAME).open("rb") as file:
            if pickle.load(file) != code_version():
                return None
            memory = pickle.load(file)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if not isinstance(memory, Memory):
        return None
    recall_checks(memory.checks)
    recall_rendered(memory.records)
    gc.freeze()  # kept for the whole build: no collection need scan them again (0.3 s at 1,000 articles)
    return memory


class Writer:
    """The child process writing a build's memory."""

    def __init__(self, pid: int):
        self.pid = pid

    def wait(self) -> None:
        with contextlib.suppress(ChildProcessError):  # already waited for
            os.waitpid(self.pid, 0)


def remember(work: Path, made: Made | None, texts: dict[str, Text],
             templates: tuple[tuple[str, int, int], ...]) -> Writer | None:
    """Write the memory in a child process forked for it, whole or not at all (a file half written
    is never read). The child has the build's objects as they are now, without copying them, and
    the build's process need not wait for the pickling (1.8 s at 1,000 articles): `briefings build`
    exits, `serve` goes on. None if no process could be made: the next build starts from nothing."""
    memory = Memory(check_memory(), made, texts, templates, rendered_records())
    version = code_version()
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return Writer(pid)
    try:  # the child: nothing of the parent's (a pipe another process reads to its end, a lock) held open
        gc.disable()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl+C meant for `serve` does not cut it short
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.closerange(3, os.sysconf("SC_OPEN_MAX"))
        _write(work, version, memory)
    finally:
        os._exit(0)


def _write(work: Path, version: str, memory: Memory) -> None:
    partial = work / f".{NAME}.{os.getpid()}.tmp"
    try:
        with partial.open("wb") as file:
            pickle.dump(version, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickler = pickle.Pickler(file, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = {**copyreg.dispatch_table, Markup: _markup}
            pickler.dump(memory)
        os.replace(partial, work / NAME)
    except OSError:  # .build/ removed, or the disk full: the next build starts from nothing
        partial.unlink(missing_ok=True)


def _markup(text: Markup) -> tuple[Any, tuple[type[Markup], str]]:
    """Read back as str.__new__ makes it, not through Markup's constructor, which takes any object
    and asks it for its HTML: 0.2 s of reading the memory at 1,000 articles (190,000 of them)."""
    return str.__new__, (Markup, str(text))
