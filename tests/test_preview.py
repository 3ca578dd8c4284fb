"""The curator's loop: a preview builds without printing, so an edit shows in seconds.

`build --no-pdf`, `build --drafts` and `serve` do not print unless asked (`--pdf`); their pages
carry no download links, so the site still builds with --strict and has no dangling link."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pages import render
from generator.project import Project
from generator.publish.pipeline import Options, Pipeline
from tests.conftest import cli


def test_a_preview_builds_without_printing_and_without_download_links(mini: Project) -> None:
    for args in (("build", "--no-pdf"), ("build", "--drafts")):
        out = cli(mini, *args).stdout
        assert "printed" not in out, args
        assert not (mini.site / "pdf").exists(), args
        page = (mini.site / "countries" / "freedonia" / "index.html").read_text(encoding="utf-8")
        assert "Download PDF" not in page and "Updated 3 March 2031" in page
    # An edit after a preview is rebuilt page by page, still without printing.
    path = mini.briefings / "harbour-deal.yaml"
    path.write_text(path.read_text().replace("summary: ", "summary: Edited. ", 1))
    out = cli(mini, "build", "--no-pdf").stdout
    assert "rebuilt" in out and "changed page" in out and "printed" not in out
    assert "Edited." in (mini.site / "articles" / "harbour-deal" / "index.html").read_text(encoding="utf-8")


def test_a_preview_prints_when_asked_and_a_plain_build_always_does(mini: Project) -> None:
    assert "printed" in cli(mini, "build", "--drafts", "--pdf").stdout
    out = cli(mini, "build").stdout
    assert "printed" in out and (mini.site / "pdf" / "briefing-book.pdf").is_file()
    assert "Dossier with its briefings (PDF)" in (mini.site / "countries" / "freedonia" / "index.html").read_text(
        encoding="utf-8")
    assert "Download PDF" in (mini.site / "articles" / "harbour-deal" / "index.html").read_text(encoding="utf-8")


def test_a_template_edited_under_a_running_preview_shows_on_every_page(mini: Project, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve` watches the templates: the pages it kept, and the templates it compiled, are made again."""
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, templates)
    monkeypatch.setattr(render, "TEMPLATES", templates)
    render.environment.cache_clear()
    try:
        preview = Pipeline(mini, Options(pdfs=False))
        preview.build()
        entity = templates / "entity.md.j2"
        entity.write_text(entity.read_text(encoding="utf-8") + "\nEdited template.\n", encoding="utf-8")
        preview.build()
        page = (mini.generated / "countries" / "freedonia.md").read_text(encoding="utf-8")
        assert page.rstrip().endswith("Edited template.")
    finally:
        render.environment.cache_clear()  # the next test's pages from the package's own templates
