"""The `briefings` command ends as soon as it is done, without Python's teardown of the build's
objects (`cli.run`), and still says everything it has to say, with its exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.project import Project
from tests.conftest import cli

REPO = Path(__file__).resolve().parent.parent

# The command as its console script runs it, with a handler Python's teardown would run.
COMMAND = """
import atexit, sys
atexit.register(lambda: print("torn down", flush=True))
from generator.cli import run
sys.argv = ["briefings", *sys.argv[1:]]
run()
"""


def test_the_command_ends_without_teardown_and_keeps_its_output_and_code(mini: Project) -> None:
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # as in a shell

    def command(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", COMMAND, "--root", str(mini.root), *args], cwd=REPO,
                              capture_output=True, text=True, timeout=300, env=buffered)

    checked = command("check")
    assert checked.returncode == 0, checked.stderr
    assert "torn down" not in checked.stdout and checked.stdout.strip()  # its output flushed into the pipe
    (mini.briefings / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    failed = command("check")
    assert failed.returncode == 1 and "broken.yaml" in failed.stderr and "torn down" not in failed.stdout


def test_a_build_that_prints_ends_clean(mini: Project) -> None:
    """The typesetting workers, their forkserver and the semaphores of their queues are all closed
    before the command ends: nothing is reported leaked or left behind."""
    built = cli(mini, "build")
    assert built.stdout.rstrip().splitlines()[-1].startswith("took "), built.stdout
    assert "printed" in built.stdout and (mini.site / "pdf").is_dir()
    assert not any(word in built.stderr for word in ("leaked", "Traceback", "Warning")), built.stderr
