"""A build in a new process takes up what the last build remembered (`generator/publish/memory.py`):
it checks and renders again only what an edit changed, and builds exactly what a build without
that memory builds; memory written by other code, or unreadable, is ignored."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import pytest

from generator.corpus import check, yaml_file
from generator.pages.page import Page, SearchRecord
from generator.pages.render import render, render_xml
from generator.project import Project
from generator.publish import memory, pipeline, search_index
from generator.publish.pipeline import Options, Pipeline
from generator.publish.products import Result


def new_process() -> None:
    """What a new process starts from: nothing parsed, checked or rendered."""
    yaml_file.PARSED.clear()
    check._LAST.clear()
    check._REGISTRY.clear()
    search_index._rendered.clear()


def rendering(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """The path of every page the pipeline renders from now on, and the title of every search
    record whose file it renders."""
    rendered: list[str] = []
    records: list[str] = []

    def counted(page: Page, *args: Any) -> str:
        rendered.append(page.path)
        return render(page, *args)

    def counted_record(record: SearchRecord) -> str:
        records.append(record.title)
        return render_xml(record)

    monkeypatch.setattr(pipeline, "render", counted)
    monkeypatch.setattr(search_index, "render_xml", counted_record)
    return rendered, records


def generated(project: Project) -> dict[str, bytes]:
    return {p.relative_to(project.generated).as_posix(): p.read_bytes()
            for p in sorted(project.generated.rglob("*")) if p.is_file()}


def build(project: Project, options: Options) -> Result:
    """A build, and its memory written (as the process's exit waits for it)."""
    pipeline = Pipeline(project, options)
    result = pipeline.build()
    pipeline.remembered()
    return result


def edit(project: Project) -> None:
    path = project.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("ended a dispute over fishing rights",
                                                             "ended a long fishing dispute"), encoding="utf-8")


def test_a_new_process_renders_only_what_an_edit_changed_and_builds_the_same(
        mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    options = Options(pdfs=False)
    new_process()
    build(mini, options)
    assert (mini.work / memory.NAME).is_file()
    edit(mini)
    new_process()
    rendered, records = rendering(monkeypatch)
    build(mini, options)
    remembered = generated(mini)
    assert 0 < len(rendered) < len(remembered) / 2, rendered
    assert "articles/harbour-deal.md" in rendered
    assert 0 < len(records) < len(rendered), records  # the search records of pages the edit changed
    (mini.work / memory.NAME).unlink()
    new_process()
    rendered.clear()
    records.clear()
    build(mini, Options(pdfs=False, full=True))
    assert len(rendered) > len(remembered) / 2  # without memory: every page
    assert len(records) > len(remembered) / 3
    assert generated(mini) == remembered


def test_memory_of_other_code_or_unreadable_is_ignored(mini: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    options = Options(pdfs=False)
    new_process()
    build(mini, options)
    pages = len(generated(mini))
    monkeypatch.setattr(memory, "code_version", lambda: "other code")
    new_process()
    rendered, _ = rendering(monkeypatch)
    build(mini, options)
    assert len(rendered) > pages / 2
    (mini.work / memory.NAME).write_bytes(b"not a pickle")
    new_process()
    rendered.clear()
    result = build(mini, options)
    assert len(rendered) > pages / 2 and result.site
    assert memory.recall(mini.work) is not None  # written again whole by that build


def test_memory_is_written_whole_or_not_at_all(mini: Project, tmp_path: Path) -> None:
    new_process()
    build(mini, Options(pdfs=False))
    kept = mini.work / memory.NAME
    cut = kept.read_bytes()[: kept.stat().st_size // 2]
    kept.write_bytes(cut)  # as a write killed half way would leave it, were it not renamed into place
    assert memory.recall(mini.work) is None
    assert not list(mini.work.glob(f".{memory.NAME}.*"))  # no partial file left behind


def test_memory_is_written_by_a_child_holding_none_of_the_builds_files(
        mini: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's process exits without waiting for the pickling; a pipe it holds open (the
    output a caller reads to its end, the typesetting server's) must not stay open in the child."""
    seen = tmp_path / "child"
    written = memory._write

    def write(work: Path, version: str, kept: memory.Memory) -> None:
        folder = f"/proc/{os.getpid()}/fd"
        opened = []
        for fd in os.listdir(folder):
            with contextlib.suppress(FileNotFoundError):  # the listing's own, closed once listed
                opened.append(os.readlink(f"{folder}/{fd}"))
        seen.write_text("\n".join([str(os.getpid()), *opened]), encoding="utf-8")
        written(work, version, kept)

    monkeypatch.setattr(memory, "_write", write)
    new_process()
    build(mini, Options(pdfs=False))
    pid, *opened = seen.read_text(encoding="utf-8").splitlines()
    assert int(pid) != os.getpid()
    assert opened and all(path == os.devnull for path in opened), opened
    assert memory.recall(mini.work) is not None
