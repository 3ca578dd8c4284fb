"""One build at a time: a second run is refused with a message naming the first (or, for
`serve`, waits for it); a lock left by a killed build does not stop the next one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from generator.errors import BriefingsError
from generator.project import Project
from generator.publish.lock import BuildLockedError, build_lock, lock_file, read_holder
from generator.publish.pipeline import Pipeline
from generator.publish.products import Result
from generator.publish.serve import Preview
from tests.conftest import REPO

# Another process that takes the project's lock as `briefings build` would, says so, and sleeps.
HOLD = """import sys, time
from pathlib import Path
from generator.project import Project
from generator.publish.lock import build_lock
root, seconds = Path(sys.argv[1]), float(sys.argv[2])
sys.argv = ["briefings", "build", "--offline"]
with build_lock(Project(root), "build"):
    print("held", flush=True)
    time.sleep(seconds)
"""


@contextmanager
def held_elsewhere(project: Project, seconds: float = 60) -> Iterator[subprocess.Popen[str]]:
    """The project's lock, held by another process for ``seconds`` (killed on leaving)."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(project.root), str(seconds)], cwd=REPO,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline() == "held\n"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_a_second_build_is_refused_with_a_message_naming_the_running_one(mini: Project) -> None:
    with held_elsewhere(mini) as other, pytest.raises(BuildLockedError) as caught:
        Pipeline(mini).build()
    message = str(caught.value)
    assert f"pid {other.pid}" in message and "`briefings build --offline`" in message and "since 20" in message
    assert "another build is running" in message and "remove .build/build.lock if pid" in message
    assert caught.value.holder is not None and caught.value.holder.pid == other.pid
    assert not mini.generated.exists() and not mini.site.exists()  # refused before doing anything


def test_generate_and_print_take_the_lock_too(mini: Project) -> None:
    with held_elsewhere(mini):
        with pytest.raises(BuildLockedError):
            Pipeline(mini).generate()
        with pytest.raises(BuildLockedError):
            Pipeline(mini).print_named(None, mini.root / "printed")


def test_a_run_waits_for_the_lock_when_asked_to(mini: Project) -> None:
    with held_elsewhere(mini, seconds=1.5):
        start = time.monotonic()
        with pytest.raises(BuildLockedError), build_lock(mini, "build", wait=0.3):
            pass
        assert time.monotonic() - start >= 0.3
        with build_lock(mini, "build", wait=30) as holder:  # the other one lets go within 1.5 s
            assert read_holder(lock_file(mini)) == holder


def test_the_lock_holds_between_runs_of_one_process(mini: Project) -> None:
    """`serve` rebuilds in a thread: its run and another in the same process exclude each other."""
    with build_lock(mini, "serve"), pytest.raises(BuildLockedError, match=f"pid {os.getpid()}"):
        Pipeline(mini).build()
    assert not lock_file(mini).exists()


def test_a_stale_lock_from_a_killed_build_is_cleared_and_the_build_proceeds(mini: Project) -> None:
    with held_elsewhere(mini) as other:
        os.kill(other.pid, signal.SIGKILL)
        other.wait()
    stale = read_holder(lock_file(mini))
    assert stale is not None and stale.pid == other.pid  # the killed build's lock file is still there
    result = Pipeline(mini).build()
    assert result.site and (mini.site / "index.html").is_file()
    assert not lock_file(mini).exists()


def test_the_lock_is_released_after_a_failed_build(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("title: Firefly", "title: [Firefly"))  # a YAML error
    for run in (Pipeline(mini).build, Pipeline(mini).generate):
        with pytest.raises(BriefingsError) as caught:
            run()
        assert not isinstance(caught.value, BuildLockedError)
        assert not lock_file(mini).exists()
    with build_lock(mini, "build"):  # free at once
        pass


def test_a_lock_file_removed_by_hand_lets_the_next_run_in_and_stays_its_own(mini: Project) -> None:
    """The hint's way out: the next run locks a new file, which the first does not remove as it ends."""
    first = build_lock(mini, "first")
    first.__enter__()
    lock_file(mini).unlink()
    second = build_lock(mini, "second")
    second.__enter__()
    first.__exit__(None, None, None)
    holder = read_holder(lock_file(mini))
    assert holder is not None and holder.step == "second"
    second.__exit__(None, None, None)
    assert not lock_file(mini).exists()


def test_serve_waits_for_a_running_build(mini: Project, capsys: pytest.CaptureFixture[str]) -> None:
    said: list[Result] = []
    preview = Preview(Pipeline(mini), said.append)
    with held_elsewhere(mini, seconds=2):
        assert preview.rebuild()
    assert len(said) == 1 and (mini.site / "index.html").is_file()
    assert "waiting for `briefings build --offline`" in capsys.readouterr().err


def test_lock_file_is_in_the_build_folder(mini: Project) -> None:
    assert lock_file(mini).parent == mini.work
    with build_lock(mini, "build") as holder:
        assert holder.pid == os.getpid() and lock_file(mini).is_file()
