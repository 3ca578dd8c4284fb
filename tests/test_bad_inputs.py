"""The bad-input corpus: each file in tests/bad_inputs/ breaks the mini fixture one way and names the
exact errors `briefings check` must report. Add a case by adding a file; no code change needed.

Keys of a case: `file` (path in the fixture), then one of `replace` (pairs of old → new text),
`content` (the whole new text), `content_bytes` (Python-escaped bytes), `content_repeat`
([text, times]) or `copy_from` (another fixture file, then `replace`); and `errors`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.corpus.check import check_project
from generator.project import Project

CASES = sorted((Path(__file__).parent / "bad_inputs").glob("*.yaml"))


def apply(case: dict[str, Any], project: Project) -> None:
    target = project.root / case["file"]
    if "content" in case:
        target.write_text(case["content"], encoding="utf-8")
    elif "content_bytes" in case:
        target.write_bytes(case["content_bytes"].encode().decode("unicode_escape").encode("latin-1"))
    elif "content_repeat" in case:
        text, times = case["content_repeat"]
        target.write_text(text * times, encoding="utf-8")
    else:
        source = project.root / case.get("copy_from", case["file"])
        text = source.read_text(encoding="utf-8")
        for old, new in case["replace"]:
            assert old in text, f"case no longer applies: {old!r} not in {source.name}"
            text = text.replace(old, new, 1)
        target.write_text(text, encoding="utf-8")


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_bad_input_gets_its_exact_error(path: Path, mini: Project) -> None:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    apply(case, mini)
    corpus, problems = check_project(mini)
    assert corpus is None
    assert [str(p) for p in problems if p.severity == "error"] == case["errors"]


@pytest.mark.parametrize("name", ["alias-bomb", "python-tag", "binary-seed", "unknown-field-typo"])
def test_cli_reports_without_traceback(name: str, mini: Project) -> None:
    case = yaml.safe_load((Path(__file__).parent / "bad_inputs" / f"{name}.yaml").read_text(encoding="utf-8"))
    apply(case, mini)
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(mini.root), "check"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for error in case["errors"]:
        assert error in result.stderr


def test_seed_without_briefing_is_a_warning(mini: Project) -> None:
    (mini.seeds / "new.txt").write_text("A new article.\n", encoding="utf-8")
    corpus, problems = check_project(mini)
    assert corpus is not None
    assert [str(p) for p in problems] == [
        "seeds/new.txt:1:1: warning: this seed has no briefing "
        "(draft one with: briefings new seeds/new.txt)"]


def test_unmatched_quotation_mark_in_a_seed_is_a_warning_at_its_line(mini: Project) -> None:
    seed = mini.seeds / "harbour.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("fishing rights.", "fishing rights.”"),
                    encoding="utf-8")
    corpus, problems = check_project(mini)
    assert corpus is not None  # a warning: the briefing still builds
    assert [str(p) for p in problems] == [
        "seeds/harbour.txt:1:1: warning: ¶1 has unmatched quotation marks (0 “, 1 ”) (a quote taken from it may be "
        "cut at the wrong place; check its quotes by eye)"]


def test_a_quotation_carried_into_the_next_paragraph_is_not_unmatched(mini: Project) -> None:
    seed = mini.seeds / "harbour.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        "“This is a new chapter for our two peoples,” Firefly told reporters after the talks.",
        "Firefly told reporters: “This is a new chapter for our two peoples.\n\n“We will build on it.”"),
        encoding="utf-8")
    _, problems = check_project(mini)
    assert not [p for p in problems if "quotation marks" in p.message]


def test_a_title_holding_its_persons_name_or_an_organisations_is_a_warning(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  - {person: rufus-firefly, title: President, paragraph: 1}",
        "  - {person: rufus-firefly, title: President Rufus Firefly, paragraph: 1}\n"
        "  - {person: rufus-firefly, title: Harbour Council, paragraph: 4}"), encoding="utf-8")
    corpus, problems = check_project(mini)
    assert corpus is not None
    assert [str(p) for p in problems if p.severity == "warning"] == [
        "briefings/harbour-deal.yaml:18:29: titles[0].title: warning: title 'President Rufus Firefly' contains the "
        "person's own name ('Rufus Firefly') (keep only the office or description the article gives)",
        "briefings/harbour-deal.yaml:19:29: titles[1].title: warning: title 'Harbour Council' is an organisation's "
        "name (give the person's office in it, or drop the title)"]
