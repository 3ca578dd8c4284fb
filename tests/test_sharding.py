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
    apart = spy_on(pipeline, "_staged_apart", monkeypatch)
    # built as a large site is: checked and generated in a child process, then MkDocs on every core
    result = Pipeline(sharded, Options(full=True, pdfs=False, offline=offline,
                                       limits=Limits(shard_pages=1, apart_articles=1))).build()
    assert shards == [min(os.cpu_count() or 1, 2)] if (os.cpu_count() or 1) > 1 else shards == []
    assert len(apart) == 1 and result.articles == 5 and [name for name, _ in result.steps] == \
        ["check", "generate", "write", "search", "site"]  # Pagefind starts before MkDocs
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


def test_an_error_found_in_the_child_process_arrives_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project: Project = copy_project(REPO, tmp_path / "bad")
    briefing = sorted(project.briefings.glob("*.yaml"))[0]
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("\nsummary: ", "\nsummry: ", 1), encoding="utf-8")
    apart = spy_on(pipeline, "_staged_apart", monkeypatch)
    with pytest.raises(BriefingsError) as raised:
        Pipeline(project, Options(full=True, pdfs=False, limits=Limits(apart_articles=1))).build()
    assert len(apart) == 1
    line = text[:text.index("\nsummary: ")].count("\n") + 2
    assert [(p.path, p.line, p.field, p.message, p.hint) for p in raised.value.problems] == \
        [(f"briefings/{briefing.name}", line, "summry", "unknown field 'summry'", "did you mean 'summary'?")]
    assert not project.site.exists()


def spy_on(module: Any, name: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """The calls of ``module.name``, which still runs."""
    calls: list[tuple[Any, ...]] = []
    real = getattr(module, name)

    def spy(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(module, name, spy)
    return calls
