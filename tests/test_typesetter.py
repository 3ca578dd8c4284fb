"""The typesetter's queue never hangs a print: a chapter that is typeset before its callback is
attached, and a pool that breaks half-way, both end in a result or an error for every chapter.

(A chapter typeset that fast once deadlocked a whole CI run: the callback ran at once, in the
thread that held the queue's lock, and waited for that lock.)"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from generator.printing import pdf
from generator.printing.compose import Chapter
from tests.test_bench import blank_chapter

CHAPTERS = [Chapter(f'<h1 id="c{n}">Chapter {n}</h1>', f"c{n}.md") for n in range(12)]


class InstantPool:
    """Runs each chapter as it is submitted, so its future is done before anyone can wait on it;
    after ``breaks_after`` chapters it is broken, as a pool is when a worker dies."""

    def __init__(self, breaks_after: int) -> None:
        self.left = breaks_after

    def submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        if self.left == 0:
            raise BrokenProcessPool("a worker died")
        self.left -= function is blank_chapter  # chapters only, not the workers' warming up
        done: Future[Any] = Future()
        done.set_result(function(*args))
        return done

    def shutdown(self, cancel_futures: bool = False) -> None:
        pass


@pytest.fixture
def instant(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[InstantPool]]:
    pools: list[InstantPool] = []
    monkeypatch.setattr(pdf, "typeset_chapter", blank_chapter)
    monkeypatch.setattr(pdf, "ProcessPoolExecutor", lambda **_: pools[0])
    yield pools


def finished_within(seconds: float, work: Callable[[], object]) -> list[object]:
    """What ``work`` returned or raised, or a failure (not a hang) if it never ends."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # the outcome under test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the typesetter hung"
    return outcome


def test_chapters_typeset_before_their_callback_is_attached_do_not_deadlock(
        instant: list[InstantPool], tmp_path: Path) -> None:
    instant.append(InstantPool(breaks_after=len(CHAPTERS)))

    def print_all() -> list[int]:
        with pdf.Typesetter(tmp_path, fresh=True) as typesetter:
            typesetter.prefetch(CHAPTERS[:6], first=set())
            return [typesetter.typeset(chapter)[1].pages for chapter in CHAPTERS]

    assert finished_within(30, print_all) == [[1] * len(CHAPTERS)]


def test_a_broken_pool_fails_every_waiting_chapter_instead_of_hanging(
        instant: list[InstantPool], tmp_path: Path) -> None:
    instant.append(InstantPool(breaks_after=1))

    def print_all() -> list[object]:
        with pdf.Typesetter(tmp_path, fresh=True) as typesetter:
            typesetter.prefetch(CHAPTERS, first=set())
            return [finished_within(10, functools.partial(typesetter.typeset, chapter))[0] for chapter in CHAPTERS]

    outcomes = finished_within(30, print_all)[0]
    assert isinstance(outcomes, list)
    kinds = [type(outcome).__name__ for outcome in outcomes]
    assert sorted(kinds) == ["BrokenProcessPool"] * (len(CHAPTERS) - 1) + ["tuple"]  # the one typeset before
