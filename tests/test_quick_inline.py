"""The quick inline processor gives exactly what Python-Markdown's own gives: on random Markdown
with every pattern (hand-written pages) and with the generated pages' lean set, and on whole
generated pages; and it still tries a pattern it does not know."""

from __future__ import annotations

import random
from pathlib import Path

import markdown
from markdown.inlinepatterns import SimpleTagInlineProcessor

from generator.pages.markdown import UNUSED_INLINE
from generator.pages.quick_inline import QuickInlineProcessor, needs, use_quick_inline
from generator.pages.quick_links import use_quick_links

REPO = Path(__file__).resolve().parent.parent
EXTENSIONS = ["tables", "admonition", "pymdownx.details", "attr_list", "fenced_code", "toc"]
PIECES = ["[", "]", "(", ")", "![", "*", "**", "_", "__", "`", "``", "\\", "\\\\", "<", ">", "&", ";", "&amp;",
          "&#38;", "<b>", "</b>", "<!-- c -->", "<http://x.org/a>", "<a@b.org>", "  \n", "\n", "\n\n", " ", "a", "b c",
          "[t](u.md)", '[t](u.md "T")', "[t][r]", "[r]", "![i](p.png)", "\n[r]: /ref\n", "- ", "> ", "1. ", "# ",
          "\n    ", "|", "{ .c }", "¶", "“", "\u00a0", "\x02", "\x03", "klzzwxh:1"]


def _pair(lean: bool) -> tuple[markdown.Markdown, markdown.Markdown]:
    def made(quick: bool) -> markdown.Markdown:
        md = markdown.Markdown(extensions=EXTENSIONS)
        if lean:
            for name in UNUSED_INLINE:
                md.inlinePatterns.deregister(name, strict=False)
            use_quick_links(md)
        if quick:
            use_quick_inline(md)
        return md
    return made(False), made(True)


def test_random_markdown_converts_the_same_with_every_pattern_and_with_the_lean_set() -> None:
    rng = random.Random(16)
    for lean in (False, True):
        plain, quick = _pair(lean)
        assert isinstance(quick.treeprocessors["inline"], QuickInlineProcessor)
        for _ in range(6_000):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
            assert quick.reset().convert(text) == plain.reset().convert(text), repr(text)


def test_generated_pages_convert_to_the_same_html() -> None:
    pages = sorted((REPO / "tests" / "golden").rglob("*.md"))
    assert len(pages) > 20
    for lean in (False, True):
        plain, quick = _pair(lean)
        for page in pages:
            text = page.read_text(encoding="utf-8")
            assert quick.reset().convert(text) == plain.reset().convert(text), page


def test_every_pattern_python_markdown_registers_is_known() -> None:
    """A new release that changes an expression would make the processor try it everywhere:
    still right, but no longer quick."""
    md = markdown.Markdown()
    assert [type(pattern).__name__ for pattern in md.inlinePatterns if needs(pattern) is None] == []
    assert needs(md.inlinePatterns["em_strong"]) == "*_"


def test_a_pattern_it_does_not_know_is_still_tried() -> None:
    class Strike(markdown.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
            md.inlinePatterns.register(SimpleTagInlineProcessor(r"()~~(.+?)~~", "del"), "strike", 75)

    md = markdown.Markdown(extensions=[Strike()])
    use_quick_inline(md)
    assert needs(md.inlinePatterns["strike"]) is None
    assert md.convert("a ~~b~~ [c](d.md)") == '<p>a <del>b</del> <a href="d.md">c</a></p>'


def test_an_inline_processor_an_extension_put_in_place_is_left_alone() -> None:
    class Own(markdown.treeprocessors.InlineProcessor):
        pass

    md = markdown.Markdown()
    md.treeprocessors.register(Own(md), "inline", 20)
    use_quick_inline(md)
    assert type(md.treeprocessors["inline"]) is Own
