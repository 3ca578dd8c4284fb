"""A figure states a number: the one rule `check` applies to figure values and drafts follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.authoring import extract
from generator.corpus.numbers import states_number
from generator.corpus.seeds import split_paragraphs

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("value", [
    "two Canadians", "nearly 40 minutes", "C$118.7 billion", "US $85.5 billion", "90-minute", "five-day",
    "Two Canadian lawmakers", "over 70%", "second-largest", "nearly a decade", "an hour", "half",
    "thousands of jobs", "two thirds", "twenty-one", "a dozen ministers", "½ per cent"])
def test_a_number_in_digits_or_words_is_a_figure(value: str) -> None:
    assert states_number(value)


@pytest.mark.parametrize("value", [
    "largest", "double", "twice", "the biggest ministerial delegation", "next decade", "last year", "decades",
    "several ministers", "seconds", "a record", ""])
def test_words_that_only_compare_or_name_a_time_are_not(value: str) -> None:
    assert not states_number(value)


def test_drafts_propose_only_figures_that_state_a_number() -> None:
    """Drafting follows the checker's rule: every figure it finds in the real seeds passes it."""
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        found = extract.find_figures(split_paragraphs(seed.read_text(encoding="utf-8")))
        assert found and all(states_number(f.text) for f in found), seed.name
