"""Drafting a made-up article in a scratch project, for the extraction tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.authoring.draft import draft_briefing
from generator.project import Project

REGISTRY: dict[str, Any] = {
    "countries": [{"id": "taiwan", "name": "Taiwan", "aliases": ["Taiwanese"], "description": "A country."},
                  {"id": "canada", "name": "Canada", "aliases": [], "description": "A country."}],
    "people": [{"id": "lai-ching-te", "name": "Lai Ching-te", "kind": "leader", "aliases": ["Lai", "President Lai"],
                "countries": ["taiwan"], "description": "President of Taiwan."}],
    "organisations": [{"id": "canadian-foreign-ministry", "name": "Global Affairs Canada",
                       "aliases": ["foreign ministry"], "country": "canada", "description": "A ministry."}],
}


def draft(tmp_path: Path, text: str, registry: dict[str, Any] | None = None) -> dict[str, Any]:
    project = Project(tmp_path / "project")
    project.seeds.mkdir(parents=True)
    project.registry.mkdir(parents=True)
    (project.registry / "entities.yaml").write_text(yaml.safe_dump(registry or {"countries": []}), encoding="utf-8")
    seed = project.seeds / "article.txt"
    seed.write_text(text, encoding="utf-8")
    return draft_briefing(project, seed)[1]


def speakers(briefing: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"] or q.get("speaker_label")) for q in briefing["quotes"]]


def proposed(briefing: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    return {p["name"]: (p["section"], p.get("kind")) for p in briefing["proposed"]}
