"""Checking again in the same process (`serve`, the preview): a briefing's checks are kept while its
file, its seed and the registry stay the same, and redone when any of them changes."""

from __future__ import annotations

from generator.corpus.check import check_project
from generator.errors import Problem
from generator.project import Project


def errors(project: Project) -> list[Problem]:
    _, problems = check_project(project)
    return [p for p in problems if p.severity == "error"]


def test_a_seed_edited_under_an_unchanged_briefing_is_checked_again(mini: Project) -> None:
    assert errors(mini) == []
    seed = mini.seeds / "harbour.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("overdue but welcome", "late but welcome"),
                    encoding="utf-8")
    found = errors(mini)
    assert [(p.path, p.field) for p in found] == [("briefings/harbour-deal.yaml", "quotes[1].text")]
    assert errors(mini) == found  # the same again, from what was kept


def test_a_registry_edit_under_unchanged_briefings_is_checked_again(mini: Project) -> None:
    assert errors(mini) == []
    registry = mini.registry / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("id: harbour-council", "id: harbour-board"), encoding="utf-8")
    assert any("harbour-council" in p.message and p.path == "briefings/harbour-deal.yaml" for p in errors(mini))
    registry.write_text(text, encoding="utf-8")
    assert errors(mini) == []
