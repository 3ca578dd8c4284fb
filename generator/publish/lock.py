"""One build at a time: a lock file in .build/, which every run that writes there holds.

Two runs sharing the staging folders would delete each other's files and fail with misleading
errors ("Error reading page … No such file or directory"). The lock is an ``flock`` on
``.build/build.lock``: the kernel releases it when its holder exits, however it exits, so a lock
left by a killed build is stale by construction and the next run simply takes it over. The file
also says who holds it (pid, command, start time), so a refused run can name the running one.
"""

from __future__ import annotations

import fcntl
import json
import os
import shlex
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.errors import BriefingsError, Problem
from generator.project import Project

LOCK_NAME = "build.lock"
POLL = 0.1  # seconds between attempts while waiting


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as written in the lock file."""

    pid: int
    step: str  # the pipeline step: build, generate, print
    command: str  # the command line that started it
    since: float  # seconds since the epoch

    def __str__(self) -> str:
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.since))
        return f"`{self.command}` ({self.step}, pid {self.pid}, since {started})"


class BuildLockedError(BriefingsError):
    """Another run holds the lock; ``holder`` names it (None if its lock file could not be read)."""

    def __init__(self, lock: str, holder: Holder | None):
        self.holder = holder
        running = str(holder) if holder else "(its lock file could not be read)"
        gone = f"pid {holder.pid}" if holder else "that process"
        super().__init__([Problem(lock, 1, 1, "", f"another build is running in this project: {running}",
                                  f"wait for it to finish, or remove {lock} if {gone} is gone")])


def lock_file(project: Project) -> Path:
    return project.work / LOCK_NAME


@contextmanager
def build_lock(project: Project, step: str, wait: float = 0.0) -> Iterator[Holder]:
    """Hold the project's build lock for the ``with`` block; waits up to ``wait`` seconds for
    another run to finish, then raises BuildLockedError naming it."""
    path = lock_file(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path, project.shown(path), wait)
    try:
        holder = Holder(os.getpid(), step, _command_line(), time.time())
        _write(fd, holder)
        yield holder
    finally:
        _release(fd, path)


def read_holder(path: Path) -> Holder | None:
    """The holder a lock file names; None if it is missing, empty or not ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["step"]), str(data["command"]), float(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _acquire(path: Path, shown: str, wait: float) -> int:
    """The locked file's descriptor, once no other run holds it; BuildLockedError after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        fd = _try_lock(path)
        if fd is not None:
            return fd
        if time.monotonic() >= deadline:
            raise BuildLockedError(shown, _holder_soon(path))
        time.sleep(POLL)


def _try_lock(path: Path) -> int | None:
    """Lock the file now at ``path``, or None while another run holds it.

    A holder removes the file as it lets go: a lock taken on a file no longer at ``path`` is
    worthless (the next run would create and lock a new one), so it is dropped and taken again."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        if _is_at(fd, path):
            return fd
        os.close(fd)


def _is_at(fd: int, path: Path) -> bool:
    """Whether ``fd`` is the file now at ``path`` (not one removed or replaced since it was opened)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _write(fd: int, holder: Holder) -> None:
    """Say who holds the lock; whatever a killed holder left in the file is overwritten."""
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(asdict(holder)).encode("utf-8"), 0)


def _release(fd: int, path: Path) -> None:
    """Remove the file while still holding it (unless someone replaced it), then let go."""
    try:
        if _is_at(fd, path):
            path.unlink()
    finally:
        os.close(fd)


def _holder_soon(path: Path, tries: int = 5) -> Holder | None:
    """The holder's details, allowing it a moment to write them after taking the lock."""
    for _ in range(tries):
        holder = read_holder(path)
        if holder is not None:
            return holder
        time.sleep(0.05)
    return None


def _command_line() -> str:
    """This process's command line as a person would type it (``briefings build``, not a path)."""
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    if program == "__main__.py":
        program = f"python -m {Path(sys.argv[0]).parent.name}"
    elif program == "-c":
        program = "python -c"
    return " ".join([program, *(shlex.quote(arg) for arg in sys.argv[1:])])
