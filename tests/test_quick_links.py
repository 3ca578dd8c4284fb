"""The quick link pattern gives exactly what Python-Markdown's own gives: on random links, on the
links our templates write, and on whole generated pages."""

from __future__ import annotations

import random
from pathlib import Path

import markdown
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

from generator.pages.markdown import link
from generator.pages.quick_links import QuickLinkProcessor, use_quick_links

REPO = Path(__file__).resolve().parent.parent
EXTENSIONS = ["tables", "admonition", "pymdownx.details", "attr_list", "fenced_code", "toc"]


def _pair() -> tuple[LinkInlineProcessor, QuickLinkProcessor]:
    md = markdown.Markdown()
    md.treeprocessors["inline"].stashed_nodes = {}  # type: ignore[attr-defined]  # nothing stashed
    return LinkInlineProcessor(LINK_RE, md), QuickLinkProcessor(LINK_RE, md)


def test_random_links_are_read_the_same() -> None:
    original, quick = _pair()
    pieces = ["[", "]", "(", ")", '"', "'", "\\", "<", ">", " ", "\t", "\n", "a", "b", ".", "/", "#", "¶", "1",
              "\u00a0", "\r", '"t"', "'t'", "(x)", "../a.md", ' "A title"', ")", "](", " )", "\t)", '" )', "  "]
    rng = random.Random(16)
    for _ in range(60_000):
        data = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert quick.getText(data, 0) == original.getText(data, 0), repr(data)
        assert quick.getLink(data, 0) == original.getLink(data, 0), repr(data)


def test_the_links_our_templates_write_take_the_quick_path_and_read_the_same() -> None:
    original, quick = _pair()
    for text, href, title in [("Anra", "../countries/anra.md", ""),
                              ("[1 ¶3]", "../articles/a.md#p3", "Carney's trip (47), ¶3"),
                              ("Quul (612)", "countries/quul.md", 'He said "no" & left | (2026)'),
                              ("x", "a.md#q2", "Title with ‘quotes’ (1)")]:
        data = str(link(text, href, title))
        start = data.index("](") + 1
        assert quick.getText(data, 1) == original.getText(data, 1)
        assert quick.getLink(data, start) == original.getLink(data, start)


def test_generated_pages_convert_to_the_same_html() -> None:
    pages = sorted((REPO / "tests" / "golden").rglob("*.md"))
    assert len(pages) > 20
    for page in pages:
        text = page.read_text(encoding="utf-8")
        plain = markdown.Markdown(extensions=EXTENSIONS)
        fast = markdown.Markdown(extensions=EXTENSIONS)
        use_quick_links(fast)
        assert fast.convert(text) == plain.convert(text), page
