"""The typesetting workers do not run the command's main script again (Python 3.11's forkserver
cannot preload it, CPython gh-126631): each run of it imported the whole command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = '''
import os
with open(os.environ["RUNS"], "a") as runs:
    runs.write(f"{os.getpid()}\\n")

if __name__ == "__main__":
    import time
    from concurrent.futures import ProcessPoolExecutor, wait
    from generator.printing.chapters import typesetter_version
    from generator.printing.pdf import _forked_warm, start_typesetting
    start_typesetting()
    assert "BRIEFINGS_FORKSERVER_MAIN" not in os.environ  # not passed on to later processes
    with ProcessPoolExecutor(2, mp_context=_forked_warm()) as pool:
        wait([pool.submit(time.sleep, 0.5) for _ in range(2)])  # two busy at once: two workers
        pid, version = pool.submit(os.getpid).result(), pool.submit(typesetter_version).result()
    print(pid != os.getpid(), version)
'''


def test_the_workers_do_not_run_the_main_script(tmp_path: Path) -> None:
    script, runs = tmp_path / "command.py", tmp_path / "runs.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, RUNS=str(runs), PYTHONPATH=str(REPO)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "True"  # the work was done in a worker, which has the printing code
    assert len(runs.read_text(encoding="utf-8").split()) == 1  # by the command only: 3 when each worker ran it
