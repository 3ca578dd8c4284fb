"""The command's main script runs once in the process the typesetting workers are forked from,
not once more in every worker (Python 3.11's forkserver forgets to preload it: CPython gh-126631)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = '''
import os
import time
with open(os.environ["RUNS"], "a") as runs:
    runs.write(f"{os.getpid()}\\n")


def pid_after(seconds):  # defined by the script: a worker finds it in the script run by the forkserver
    time.sleep(seconds)
    return os.getpid()


if __name__ == "__main__":
    from concurrent.futures import ProcessPoolExecutor
    from generator.printing.pdf import _forked_warm, start_typesetting
    start_typesetting()
    assert "BRIEFINGS_FORKSERVER_MAIN" not in os.environ  # not passed on to later processes
    with ProcessPoolExecutor(2, mp_context=_forked_warm()) as pool:
        print(len(set(pool.map(pid_after, [0.5, 0.5]))))
'''


def test_the_workers_do_not_run_the_main_script_again(tmp_path: Path) -> None:
    script, runs = tmp_path / "command.py", tmp_path / "runs.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, RUNS=str(runs), PYTHONPATH=str(REPO)))
    assert done.returncode == 0, done.stderr
    workers = int(done.stdout.split()[-1])
    assert workers == 2
    pids = runs.read_text(encoding="utf-8").split()
    assert len(pids) == 2, f"run {len(pids)} times for {workers} workers"  # the command, then the forkserver
