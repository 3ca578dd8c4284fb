"""Golden tests: the Markdown generated from tests/fixtures/mini must match tests/golden/mini.

After an intended change of output, rewrite the goldens with `make goldens` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.project import Project
from generator.publish.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden" / "mini"


def test_generated_markdown_matches_goldens(mini: Project) -> None:
    files = Pipeline(mini).markdown()
    if os.environ.get("UPDATE_GOLDENS"):
        for old in GOLDEN.rglob("*"):
            if old.is_file():
                old.unlink()
        for path, content in files.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_bytes(content)
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(files) == sorted(expected)
    for path in sorted(files):
        assert files[path] == expected[path], f"{path} differs from its golden file"


def test_generation_is_deterministic(mini: Project) -> None:
    assert Pipeline(mini).markdown() == Pipeline(mini).markdown()
