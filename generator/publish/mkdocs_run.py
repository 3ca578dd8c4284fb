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


class MkDocs:
    """``mkdocs build --strict`` of the staged docs into the staged site, started ahead of them
    (``mkdocs_ahead``) by ``start``: ``go`` once they are staged, then ``done``; leaving the
    ``with`` block before it is done stops the process. Its warnings become errors.

    ``dirty`` rebuilds only pages newer than their output, without strict mode, since MkDocs
    warns on every dirty build; the incremental module checks the links itself. Such a build is
    made on the ``last`` site, mirrored into the staged one while it waits."""

    def __init__(self, project: Project, docs: Path, site: Path, settings: dict[str, str], *, dirty: bool = False,
                 last: Path | None = None):
        self.project = project
        self._env = dict(os.environ, **settings, BRIEFINGS_DOCS_DIR=str(docs), NO_MKDOCS_2_WARNING="1")
        mode = ["--dirty", "--no-strict"] if dirty else ["--clean", "--strict"]
        self._command = [sys.executable, "-m", "generator.publish.mkdocs_ahead",
                         *([str(project.generated), str(last)] if last else ["-", "-"]),
                         "build", *mode, "-f", str(project.config), "-d", str(site)]
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        """Load MkDocs and mirror the last site, on another core, until told to go."""
        if self._process is None:
            self._process = subprocess.Popen(self._command, cwd=self.project.root, env=self._env,
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                             text=True)

    def __enter__(self) -> MkDocs:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()

    def go(self, dropped: list[str] | tuple[str, ...] = ()) -> None:
        """Start building, once the files ``dropped`` are out of the mirrored site; ``done`` waits."""
        self.start()
        assert self._process is not None and self._process.stdin is not None
        try:
            self._process.stdin.write("".join(f"{line}\n" for line in ["go", *dropped, ""]))
            self._process.stdin.flush()
        except BrokenPipeError:  # it failed before it was told: `done` reports why
            pass

    def done(self) -> None:
        """Wait for the build; its warnings and errors become a BriefingsError."""
        assert self._process is not None, "told to go first"
        stdout, stderr = self._process.communicate()
        if self._process.returncode != 0:
            output = (stderr + stdout).splitlines()
            lines = [line for line in output if line.startswith(("WARNING", "ERROR"))] or output[-15:]
            raise BriefingsError([Problem(self.project.shown(self.project.config), 1, 1, "mkdocs",
                                          "mkdocs build --strict failed:\n  " + "\n  ".join(lines),
                                          "docs/generated and site/ were left as they were")])


def mkdocs_build(project: Project, docs: Path, site: Path, settings: dict[str, str], *, dirty: bool = False) -> None:
    """`MkDocs` started and told to go at once."""
    with MkDocs(project, docs, site, settings, dirty=dirty) as mkdocs:
        mkdocs.go()
        mkdocs.done()
