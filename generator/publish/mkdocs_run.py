"""The one call to MkDocs: ``mkdocs build`` of a staged docs tree into a staged site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.errors import BriefingsError, Problem
from generator.project import Project


def hosting_settings(site_url: str | None, offline: bool) -> dict[str, str]:
    """The environment variables mkdocs.yml reads for these options; unset ones keep its defaults."""
    settings = {"BRIEFINGS_DIRECTORY_URLS": "false"} if offline else {}
    if site_url:
        settings["BRIEFINGS_SITE_URL"] = site_url if site_url.endswith("/") else site_url + "/"
    return settings


def mkdocs_build(project: Project, docs: Path, site: Path, settings: dict[str, str], *, dirty: bool = False) -> None:
    """``mkdocs build --strict`` of the staged docs into the staged site; its warnings become errors.

    ``dirty`` rebuilds only pages newer than their output, without strict mode, since MkDocs
    warns on every dirty build; the incremental module checks the links itself."""
    env = dict(os.environ, **settings, BRIEFINGS_DOCS_DIR=str(docs), NO_MKDOCS_2_WARNING="1")
    mode = ["--dirty", "--no-strict"] if dirty else ["--clean", "--strict"]
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *mode, "-f", str(project.config), "-d", str(site)],
        cwd=project.root, env=env, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        output = (result.stderr + result.stdout).splitlines()
        lines = [line for line in output if line.startswith(("WARNING", "ERROR"))] or output[-15:]
        raise BriefingsError([Problem(project.shown(project.config), 1, 1, "mkdocs",
                                      "mkdocs build --strict failed:\n  " + "\n  ".join(lines),
                                      "docs/generated and site/ were left as they were")])
