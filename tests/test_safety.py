"""Text from the YAML is data: markup typed into a briefing comes out inert in the built site."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from generator.pages.markdown import escape_md
from generator.project import Project
from generator.publish.pipeline import build
from tests.conftest import page_refs

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
        "summary: The leaders of Freedonia and Sylvania ended a dispute over fishing rights; "
        "Sylvania lowered a tariff.",
        f"summary: '{INJECTED}'").replace("context: on the deal", "context: '# heading <b>x</b>'")
    path.write_text(text)
    build(mini)
    article = Rendered(mini.site / "articles/harbour-deal/index.html")
    assert "<script>alert(1)</script>" in article.text  # shown as text, as typed
    assert not [script for script in article.scripts if "alert" in script]
    assert not {"img", "b", "em"} & article.tags
    assert not [ref for ref in article.refs if ref.startswith("javascript")]
    assert "# heading <b>x</b>" in Rendered(mini.site / "people/vera-marcal/index.html").text


class Rendered(HTMLParser):
    """A built page as the browser reads it (pages are minified, so its bytes are not compared):
    its visible text, the elements it has, its scripts and its links."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.text, self._in_script = "", False
        self.tags: set[str] = set()
        self.scripts: list[str] = []
        self.refs = page_refs(path).refs
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text += data
