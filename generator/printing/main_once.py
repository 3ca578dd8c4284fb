"""The command's main script run once in the forkserver, not once in every typesetting worker.

Python before 3.13 never preloads "__main__" in the forkserver (CPython gh-126631): its path is
looked up under a key that no longer exists. So each worker ran the main script again (the
``briefings`` script, importing the whole command line: 0.45 s of CPU a worker, two a publish)
for chapters that need none of it. The build names the script (``name_main``) before it starts
the forkserver, which runs it (``run_main``) as 3.13 does; the workers then find it run.
"""

from __future__ import annotations

import os
import sys
from multiprocessing import process, spawn

MAIN_PATH = "BRIEFINGS_FORKSERVER_MAIN"  # the environment variable that names the script


def name_main() -> None:
    """For the forkserver about to start: the script each worker would run (none for ``python -m``,
    whose workers run nothing)."""
    os.environ[MAIN_PATH] = spawn.get_preparation_data("forkserver").get("init_main_from_path", "")


def forget_main() -> None:
    """The forkserver has started: later processes are not told."""
    os.environ.pop(MAIN_PATH, None)


def run_main() -> None:
    """In the forkserver: run the named script as a worker would (``__mp_main__``), unless it already runs."""
    path = os.environ.pop(MAIN_PATH, "")
    if not path or getattr(sys.modules["__main__"], "__file__", None) == path:
        return
    process.current_process()._inheriting = True  # type: ignore[attr-defined]  # as CPython sets it
    try:
        spawn.import_main_path(path)
    finally:
        del process.current_process()._inheriting  # type: ignore[attr-defined]
