"""A full build on every core (issue 17: 10,000 articles in minutes) gives the site one strict
MkDocs process gives, file by file, online and offline; and a broken link still fails it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from generator.errors import BriefingsError
from generator.limits import Limits
from generator.project import Project
from generator.publish import pipeline
from generator.publish.pipeline import Options, Pipeline
from generator.publish.sharding import build_in_shards
from tests.conftest import REPO, copy_project, tree


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_a_sharded_build_is_byte_identical_to_one_strict_build(tmp_path: Path, offline: bool,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    whole, sharded = (copy_project(REPO, tmp_path / name) for name in ("whole", "sharded"))
    Pipeline(whole, Options(full=True, pdfs=False, offline=offline)).build()
    shards: list[int] = []

    def spy(*args: Any) -> None:
        shards.append(args[-1])
        build_in_shards(*args)

    monkeypatch.setattr(pipeline, "build_in_shards", spy)
    Pipeline(sharded, Options(full=True, pdfs=False, offline=offline, limits=Limits(shard_pages=1))).build()
    assert shards == [min(os.cpu_count() or 1, 2)] if (os.cpu_count() or 1) > 1 else shards == []
    assert not list(tmp_path.glob("sharded/.build/*.shard*"))  # the other shards' folders are gone
    first, second = tree(whole.site), tree(sharded.site)
    assert len(first) > 200
    assert sorted(p for p in first.keys() | second.keys() if first.get(p) != second.get(p)) == []


def test_a_sharded_build_still_fails_on_a_broken_link(tmp_path: Path) -> None:
    project: Project = copy_project(REPO, tmp_path / "broken")
    page = project.root / "docs" / "pages" / "broken.md"
    page.write_text("# Broken\n\nSee [nowhere](no-such-page.md).\n", encoding="utf-8")
    with pytest.raises(BriefingsError, match=r"no-such-page\.md"):
        Pipeline(project, Options(full=True, pdfs=False, limits=Limits(shard_pages=1))).build()
    assert not project.site.exists()  # nothing was swapped in
