"""Whether a text names an entity: whole words only, case as written, found without a pattern per
entity and exactly where the pattern ``(?<![\\w-])name(?![\\w-])`` would find it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis.naming import _whole_word


@pytest.mark.parametrize(("form", "text", "named"), [
    ("US", "The US said so.", True),
    ("US", "Talks with us went well.", False),
    ("Lee", "She flew to Leeds.", False),
    ("Lee", "Lee, the envoy, spoke.", True),
    ("Lee", "the Lee-Smith report", False),
    ("Lee", "Lee_2 file", False),
    ("Lee", "Léa Lee", True),
    ("Lee", "ALee Lee", True),  # the first place fails, the second counts
    ("Léa", "Léas", False),
    ("Xi", "Xi", True),
    ("Xi", "Xi5", False),
    ("Hong Kong", "in Hong Kong's port", True),
])
def test_a_name_counts_only_as_a_whole_word(form: str, text: str, named: bool) -> None:
    assert _whole_word(form, text) is named


ALPHABET = st.sampled_from([*"Ab -_.,'é5\n", "Lee", "ß", "٣"])


@settings(max_examples=600, deadline=None)
@given(form=st.lists(ALPHABET, min_size=1, max_size=4).map("".join).filter(str.strip),
       text=st.lists(ALPHABET, max_size=20).map("".join))
def test_the_same_answer_as_the_pattern(form: str, text: str) -> None:
    pattern = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
    assert _whole_word(form, text) is (pattern.search(text) is not None)
