"""Generated pages converted without the inline Markdown they never hold give the same site as a
conversion with all of it; a hand-written page keeps every pattern (issue 17: build time)."""

from __future__ import annotations

from pathlib import Path

from generator.publish.pipeline import Options, Pipeline
from tests.conftest import REPO, copy_project, tree


def test_lean_conversion_changes_no_byte_and_hand_written_pages_keep_every_pattern(tmp_path: Path) -> None:
    lean, full = (copy_project(REPO, tmp_path / name) for name in ("lean", "full"))
    for project in (lean, full):  # a hand-written page with an image, a reference link and an autolink
        (project.pages / "notes.md").write_text(
            "# Notes\n\n![Logo][logo] <https://example.org/> and a break  \nhere.\n\n"
            "[logo]: https://example.org/logo.png\n", encoding="utf-8")
    config = full.config.read_text(encoding="utf-8")
    assert "  - briefings-lean-markdown\n" in config
    full.config.write_text(config.replace("  - briefings-lean-markdown\n", ""), encoding="utf-8")
    for project in (lean, full):
        Pipeline(project, Options(full=True, pdfs=False)).build()
    first, second = tree(lean.site), tree(full.site)
    assert len(first) > 200
    assert sorted(p for p in first.keys() | second.keys() if first.get(p) != second.get(p)) == []
    notes = (lean.site / "notes" / "index.html").read_text(encoding="utf-8")
    assert '<img alt=Logo src=https://example.org/logo.png>' in notes or 'src="https://example.org/logo.png"' in notes
    assert "href=https://example.org/" in notes and "<br>" in notes


def test_the_extension_leaves_out_patterns_only_on_generated_pages() -> None:
    from markdown import Markdown

    from generator.pages.markdown import UNUSED_INLINE
    from generator.publish.lean_markdown import LeanExtension

    extension = LeanExtension()
    for generated, kept in ((True, False), (False, True)):
        extension.generated = generated
        md = Markdown(extensions=[extension])
        md.convert("text")
        assert all((name in md.inlinePatterns) == kept for name in UNUSED_INLINE)
