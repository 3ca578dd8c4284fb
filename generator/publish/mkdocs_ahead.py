"""Run as a program: ``mkdocs`` with the given arguments, made ready before it is told to go.

A build started this way imports MkDocs, Material, the plugins and the Markdown extensions (half
of an incremental build's 0.8 to 1 s at 1,000 articles) and mirrors the last site into the one
it will build on (0.3 s) while the pipeline makes the pages, on the other core. Its
standard input then says "go" and, a line each, the files of the mirrored site to drop (those
the build replaces), then an empty line; input that closes first (the build failed before the
site step) ends it without building.
"""

from __future__ import annotations

import contextlib
import itertools
import sys
from pathlib import Path

from mkdocs.__main__ import cli
from mkdocs.commands import build  # noqa: F401  (loaded now, used once told to go)
from mkdocs.config import load_config

from generator.publish.incremental import drop, mirror_last


def main(preload_docs: str, last: str, args: list[str]) -> int:
    """``preload_docs``: a docs folder that exists now (the one the build reads is staged later);
    ``last``: the site to build on. Either is "-" for a build told to go at once (a full one)."""
    # Reading the configuration imports the theme, plugins and extensions it names; any failure
    # is left to the real build to report.
    if preload_docs != "-":
        with contextlib.suppress(Exception):
            load_config(args[args.index("-f") + 1], docs_dir=preload_docs)
    site = Path(args[args.index("-d") + 1])
    if last != "-":
        mirror_last(Path(last), site)
    told = list(itertools.takewhile(bool, (line.rstrip("\n") for line in sys.stdin)))
    if told[:1] == ["go"]:
        drop(site, told[1:])
        cli.main(args, prog_name="mkdocs")  # exits with MkDocs' own status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
