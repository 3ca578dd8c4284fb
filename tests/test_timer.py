"""A run's steps, timed: a step run in parts adds up, and a step inside another counts for itself only."""

from __future__ import annotations

import time

from generator.publish.timer import Timer


def test_a_step_inside_another_is_not_counted_twice() -> None:
    timer = Timer()
    with timer.step("generate"):
        time.sleep(0.05)
        with timer.step("search"):
            time.sleep(0.2)
        time.sleep(0.05)
    with timer.step("search"):
        time.sleep(0.1)
    steps = dict(timer.steps)
    assert [name for name, _ in timer.steps] == ["search", "generate"]
    assert 0.3 <= steps["search"] < 0.45  # its two parts
    assert 0.1 <= steps["generate"] < 0.2  # without the search started inside it
