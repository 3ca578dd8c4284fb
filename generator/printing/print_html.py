"""A generated page's Markdown as print HTML: the same text, with links a reader can follow on paper.

A PDF has no site around it, so each link is rewritten for the document it is printed in:
a paragraph reference to another page (``../articles/x.md#p3``) becomes a numbered endnote
("[1]" in the text, "Title, ¶3" under Sources), a link to a page printed in the same document
becomes an internal link, and any other link to the site becomes plain text. A link marked
``?page`` is a page reference (the book's reference part, its indexes): it stays a link to the
place it names, where the document prints it, and the print CSS adds that place's page number.

A page is converted once (``PrintConverter``) and placed in each document that prints it
(``in_document``), since the book and the dossiers print the same pages again.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from copy import deepcopy
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

_PARAGRAPH = re.compile(r"[pq]\d+")  # a paragraph, or the words of a quote in it
_H1 = re.compile(r"\A\s*<h1>(.*?)</h1>\s*", re.S)
_ID_IN_TAG = re.compile(r'(<[a-z][^<>]*?\sid=")([^"]+)(")')
# A link to another page, as the converter leaves it: kept or made plain text by in_document().
# Safe to match so: all text from the YAML is escaped, and an <a> never holds another <a>.
_TO_PAGE = re.compile(r'<a data-page="([^"]+)" href="([^"]+)">(.*?)</a>', re.S)


@dataclass(frozen=True)
class PrintedPage:
    """One page as printed in one document."""

    path: str
    anchor: str
    title: str  # inner HTML of the page's heading
    body: str  # HTML after the heading, endnotes included
    cited: tuple[tuple[str, str], ...]  # (page cited, id of its first citation here), in order


def section_anchor(path: str, fragment: str = "") -> str:
    """An id unique across a whole book: the page path, then the anchor inside the page."""
    base = "s-" + path.removesuffix(".md").replace("/", "--")
    return f"{base}-{fragment}" if fragment else base


class PrintConverter:
    """Python-Markdown with the site's extensions (mkdocs.yml) and the print link rewriter."""

    def __init__(self) -> None:
        self.links = _PrintLinks()
        self.md = markdown.Markdown(extensions=[
            "tables", "admonition", "pymdownx.details", "attr_list", "pymdownx.superfences", self.links,
        ])

    def convert(self, path: str, text: str) -> PrintedPage:
        self.links.path, self.links.cited = path, {}
        html_text = self.md.reset().convert(text)
        match = _H1.match(html_text)
        if not match:
            raise ValueError(f"{path}: a printed page must start with its '# title'")
        return PrintedPage(path, section_anchor(path), match.group(1), html_text[match.end():],
                       tuple(self.links.cited.items()))


def in_document(section: PrintedPage, printed: frozenset[str]) -> PrintedPage:
    """The section as printed among ``printed`` pages: links to those stay, others become text."""
    def place(match: re.Match[str]) -> str:
        page, href, text = match.groups()
        return f'<a href="{href}">{text}</a>' if page in printed else f"<span>{text}</span>"

    return replace(section, body=_TO_PAGE.sub(place, section.body))


class _PrintLinks(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.path = ""
        self.cited: dict[str, str] = {}

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # After the inline patterns made the links (20), before escapes are restored (0), so the
        # link text moved into an endnote is restored with the rest.
        md.treeprocessors.register(_LinkRewriter(md, self), "print_links", 15)
        md.postprocessors.register(_PrefixIds(md, self), "print_ids", 10)


class _LinkRewriter(Treeprocessor):
    def __init__(self, md: markdown.Markdown, ext: _PrintLinks):
        super().__init__(md)
        self.ext = ext

    def run(self, root: ET.Element) -> None:
        notes: dict[tuple[str, str], ET.Element] = {}
        self.refs = 0
        for link in list(root.iter("a")):
            self._rewrite(link, notes)
        if notes:
            section = ET.SubElement(root, "section", {"class": "notes"})
            ET.SubElement(section, "h2").text = "Sources"
            ET.SubElement(section, "ol").extend(notes.values())

    def _rewrite(self, link: ET.Element, notes: dict[tuple[str, str], ET.Element]) -> None:
        href = link.get("href", "")
        if urlsplit(href).scheme:
            return  # an address outside the site: kept, and the print CSS shows it
        target, fragment = self._resolve(href)
        if urlsplit(href).query == "page":
            _to_page(link, target, fragment)
        elif target != self.ext.path and _PARAGRAPH.fullmatch(fragment):
            self._cite(link, target, fragment, notes)
        elif target == self.ext.path:
            link.set("href", "#" + section_anchor(target, fragment))
        else:
            _to_page(link, target, fragment)

    def _cite(self, link: ET.Element, target: str, fragment: str, notes: dict[tuple[str, str], ET.Element]) -> None:
        """Replace the link by a numbered reference to an endnote that holds the link's text."""
        key = (target, fragment)
        if key not in notes:
            number = len(notes) + 1
            note = ET.Element("li", {"id": section_anchor(self.ext.path, f"n{number}")})
            ET.SubElement(note, "span", {"class": "note-number"}).text = f"[{number}]"
            note[0].tail = " "
            holder = _to_page(ET.SubElement(note, "a"), target, fragment)
            if link.get("title"):  # a compact citation: the title says in full what it cites
                holder.text = link.get("title")
            else:
                holder.text, holder[:] = link.text, [deepcopy(child) for child in link]
            notes[key] = note
        number = list(notes).index(key) + 1
        self.refs += 1
        ref_id = section_anchor(self.ext.path, f"r{self.refs}")
        self.ext.cited.setdefault(target, ref_id)
        link.attrib.clear()
        link.set("href", "#" + section_anchor(self.ext.path, f"n{number}"))
        link.set("class", "note-ref")
        link.set("id", ref_id)
        link.text, link[:] = f"[{number}]", []

    def _resolve(self, href: str) -> tuple[str, str]:
        parts = urlsplit(href)
        if not parts.path:
            return self.ext.path, parts.fragment
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(self.ext.path), parts.path))
        return joined, parts.fragment


def _to_page(link: ET.Element, target: str, fragment: str) -> ET.Element:
    link.attrib.clear()
    link.set("data-page", target)
    link.set("href", "#" + section_anchor(target, fragment))
    return link


class _PrefixIds(Postprocessor):
    """Ids written as raw HTML (the paragraph anchors of a source text) get the page's prefix too."""

    def __init__(self, md: markdown.Markdown, ext: _PrintLinks):
        super().__init__(md)
        self.ext = ext

    def run(self, text: str) -> str:
        return _ID_IN_TAG.sub(lambda m: m.group(1) + self._prefixed(m.group(2)) + m.group(3), text)

    def _prefixed(self, value: str) -> str:
        own = section_anchor(self.ext.path)
        return value if value.startswith(own) else section_anchor(self.ext.path, value)
