"""Every quote, figure and loaded term in the real briefings is in its seed, in the stated paragraph.

Deliberately independent of generator.corpus.provenance: plain YAML, plain string search.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BRIEFINGS = sorted((REPO / "briefings").glob("*.yaml"))
FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"})


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(FOLD)).strip()


def paragraphs(seed: str) -> list[str]:
    lines = (REPO / "seeds" / seed).read_text(encoding="utf-8").splitlines()
    return [fold(line) for line in lines if line.strip()]


def test_all_five_seeds_are_curated() -> None:
    seeds = {yaml.safe_load(p.read_text(encoding="utf-8"))["seed"] for p in BRIEFINGS}
    assert seeds == {p.name for p in (REPO / "seeds").glob("*.txt")}
    assert len(seeds) >= 5


@pytest.mark.parametrize("path", BRIEFINGS, ids=lambda p: p.stem)
def test_quotes_and_figures_are_verbatim_in_their_paragraph(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    paras = paragraphs(data["seed"])
    items = [(q["text"], q["paragraph"]) for q in data.get("quotes", [])]
    items += [(f["value"], f["paragraph"]) for f in data.get("figures", [])]
    items += [(t["term"], t["paragraph"]) for t in data["framing"].get("loaded_terms", [])]
    assert items, "a briefing with no quotes, figures or loaded terms"
    missing = [(text, n) for text, n in items if fold(text) not in paras[n - 1]]
    assert missing == []
