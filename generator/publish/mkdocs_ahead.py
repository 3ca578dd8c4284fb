"""Run as a program: ``mkdocs`` with the given arguments, its modules loaded before it is told to go.

A build started this way imports MkDocs, Material, the plugins and the Markdown extensions (half
of an incremental build's 0.8 to 1 s at 1,000 articles) while the pipeline still checks and
generates, on the other core; it builds once a line "go" arrives on its standard input, and
exits without building if the input closes first (the build failed before the site step).
"""

from __future__ import annotations

import contextlib
import sys

from mkdocs.__main__ import cli
from mkdocs.commands import build  # noqa: F401  (loaded now, used once told to go)
from mkdocs.config import load_config


def main(preload_docs: str, args: list[str]) -> int:
    """``preload_docs``: a docs folder that exists now (the one the build reads is staged later)."""
    # Reading the configuration imports the theme, plugins and extensions it names; any failure
    # is left to the real build to report.
    with contextlib.suppress(Exception):
        load_config(args[args.index("-f") + 1], docs_dir=preload_docs)
    if sys.stdin.readline().strip() == "go":
        cli.main(args, prog_name="mkdocs")  # exits with MkDocs' own status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
