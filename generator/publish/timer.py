"""The steps of a run, timed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Timer:
    """Seconds per step of a run, reported with its result: speed is measured, not guessed."""

    steps: list[tuple[str, float]] = field(default_factory=list)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Time a step; a step run in parts (the search index: started, then finished) adds up."""
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
        done = [known for known, _ in self.steps]
        if name in done:
            self.steps[done.index(name)] = (name, self.steps[done.index(name)][1] + seconds)
        else:
            self.steps.append((name, seconds))
