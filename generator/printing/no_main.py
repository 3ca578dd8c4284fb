"""Typesetting workers that do not run the command's main script again.

A worker of a "forkserver" pool first runs the main script of the process that asked for it (as
``__mp_main__``) unless the forkserver already has it: for the ``briefings`` command, an import
of the whole command line, 0.45 s of CPU a worker and two workers a publish, for chapters that
need none of it. Python before 3.13 cannot even preload it (CPython gh-126631). The workers are
only ever sent functions of ``generator.printing``, never anything of the main script, so the
forkserver records the script as run without running it. Running it there once instead still
cost the first second of a build 0.45 s of the other core: publishing into 1,000 articles, four
in turns, 6.08 s mean against 5.40 s. Anything of the main script sent to a worker would fail to
unpickle, with an AttributeError naming it.
"""

from __future__ import annotations

import os
import sys
from multiprocessing import spawn

MAIN_PATH = "BRIEFINGS_FORKSERVER_MAIN"  # the environment variable that names the script


def name_main() -> None:
    """For the forkserver about to start: the script each worker would run (none for ``python -m``,
    whose workers run nothing)."""
    os.environ[MAIN_PATH] = spawn.get_preparation_data("forkserver").get("init_main_from_path", "")


def forget_main() -> None:
    """The forkserver has started: later processes are not told."""
    os.environ.pop(MAIN_PATH, None)


def skip_main() -> None:
    """In the forkserver: the named script counts as run, so the workers forked from it skip it."""
    path = os.environ.pop(MAIN_PATH, "")
    if path:
        sys.modules["__main__"].__file__ = path
