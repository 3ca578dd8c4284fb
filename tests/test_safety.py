"""Text from the YAML is data: markup typed into a briefing comes out inert in the built site."""

from __future__ import annotations

from generator.project import Project
from generator.render import escape_md
from generator.site import build

INJECTED = 'Hello <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(2)> *bold* {: #id }'


def test_escape_md_leaves_no_markup() -> None:
    import markdown

    html = markdown.markdown(escape_md(INJECTED), extensions=["tables", "attr_list"])
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "<em>" not in html and 'id="id"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_injected_markup_is_inert_in_the_built_site(mini: Project) -> None:
    path = mini.briefings / "harbour-deal.yaml"
    text = path.read_text().replace(
        "summary: The leaders of Freedonia and Sylvania ended a dispute over fishing rights; Sylvania lowered a tariff.",
        f"summary: '{INJECTED}'").replace("context: on the deal", "context: '# heading <b>x</b>'")
    path.write_text(text)
    build(mini)
    html = (mini.site / "articles/harbour-deal/index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html and "<b>x</b>" not in html
    entity = (mini.site / "people/vera-marcal/index.html").read_text()
    assert "# heading &lt;b&gt;x&lt;/b&gt;" in entity
