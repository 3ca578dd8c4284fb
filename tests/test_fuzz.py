"""Property tests: whatever bytes a curator saves, loading and checking end in data or clean errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.corpus.check import check_project
from generator.corpus.yaml_file import read_yaml
from generator.errors import Problem
from tests.conftest import MINI, copy_project

HARBOUR = (MINI / "briefings" / "harbour-deal.yaml").read_text(encoding="utf-8")
YAML_BITS = st.sampled_from(["\n", " ", "  ", "- ", ": ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!!python/name:x ",
                             "'", '"', "#", "---\n", "? ", "|\n", ">\n", "\t", "key", "2026-02-30", "null", "~",
                             "\x00", "\ufeff", "é", "%YAML 1.1\n", "<<: ", "1e400", "0x1F"])


def assert_clean(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.line >= 1 and problem.column >= 1 and problem.message
        assert str(problem).startswith(problem.path + ":")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(YAML_BITS | st.text(max_size=8), max_size=40).map("".join))
def test_random_yaml_loads_or_reports(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("y") / "x.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    doc, problems = read_yaml(path, "x.yaml")
    assert (doc is None) == bool(problems)
    assert_clean(problems)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """The fixture briefing with a few lines deleted, duplicated, re-indented or spliced."""
    lines = HARBOUR.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "splice", "swap"]))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = "  " + lines[i]
        elif action == "dedent":
            lines[i] = lines[i].lstrip(" ")
        elif action == "splice":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(YAML_BITS) + lines[i][at:]
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_mutated_briefing_checks_or_reports(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    project = copy_project(MINI, Path(tmp_path_factory.mktemp("m")) / "mini")
    (project.briefings / "harbour-deal.yaml").write_text(text, encoding="utf-8")
    corpus, problems = check_project(project)
    errors = [p for p in problems if p.severity == "error"]
    assert (corpus is None) == bool(errors)
    assert_clean(problems)
