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
    _within: list[float] = field(default_factory=list, init=False, repr=False)  # inner steps' seconds, per open step

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Time a step; a step run in parts (the search index: started, then finished) adds up, and
        a step inside another (the search index started while the pages are made) counts for itself only."""
        start = time.perf_counter()
        self._within.append(0.0)
        try:
            yield
        finally:
            inner = self._within.pop()
        elapsed = time.perf_counter() - start
        if self._within:
            self._within[-1] += elapsed
        seconds = elapsed - inner
        done = [known for known, _ in self.steps]
        if name in done:
            self.steps[done.index(name)] = (name, self.steps[done.index(name)][1] + seconds)
        else:
            self.steps.append((name, seconds))
