"""A quote is shown in its sentence: the sentence found around it in the seed, as written."""

from __future__ import annotations

import pytest

from generator.corpus.sentences import InSentence, in_sentence

CBC = ("In a December interview with CBC, Carney said Ottawa would not seek a “deep relationship” with Beijing in "
       "areas such as “artificial intelligence, critical minerals, and defence.”")


def test_a_fragment_is_shown_in_the_sentence_that_gives_its_sense() -> None:
    found = in_sentence(CBC, ("deep relationship",))
    assert found is not None
    before, quoted, after = found.runs
    assert before == ("In a December interview with CBC, Carney said Ottawa would not seek a “", False)
    assert quoted == ("deep relationship", True)
    assert after[0].startswith("” with Beijing") and not after[1]


def test_two_quotes_of_one_sentence_are_shown_in_it_once() -> None:
    found = in_sentence(CBC, ("artificial intelligence, critical minerals, and defence.", "deep relationship"))
    assert found is not None
    assert [text for text, quoted in found.runs if quoted] == [
        "deep relationship", "artificial intelligence, critical minerals, and defence."]
    assert "".join(text for text, _ in found.runs) == CBC


@pytest.mark.parametrize(("paragraph", "quote", "expected"), [
    # the sentence only, not its neighbours; abbreviations do not end it
    ("The U.S. said the talks were “useful” on Friday. Mr. Smith disagreed.", "useful",
     InSentence((("The U.S. said the talks were “", False), ("useful", True), ("” on Friday.", False)))),
    ("It rained. Mr. Smith said the deal was “overdue” and left. Nobody followed.", "overdue",
     InSentence((("Mr. Smith said the deal was “", False), ("overdue", True), ("” and left.", False)))),
    # a quote copied with straight quotes and a hyphen still finds the seed's typography
    ("“A turning point — at last,” he said.", 'A turning point - at last,',
     InSentence((("“", False), ("A turning point — at last,", True), ("” he said.", False)))),
])
def test_the_sentence_around_a_quote(paragraph: str, quote: str, expected: InSentence) -> None:
    assert in_sentence(paragraph, (quote,)) == expected


@pytest.mark.parametrize(("paragraph", "quote"), [
    ("“It also creates a path to address current issues.”", "It also creates a path to address current issues."),
    ("First sentence. “The whole second one.” Third.", "The whole second one."),
    ("Nothing quoted here.", "absent words"),
])
def test_a_whole_sentence_or_a_missing_quote_stands_alone(paragraph: str, quote: str) -> None:
    assert in_sentence(paragraph, (quote,)) is None
