"""A generated page's Markdown as print HTML: the same text, with links a reader can follow on paper.

A PDF has no site around it, so each link is rewritten: a paragraph reference to another page
(``../articles/x.md#p3``) becomes a numbered endnote ("[1]" in the text; under Sources, each source
once: "Title: [1] ¶3, [2] ¶5"), and any other link to the site a link to where that page would print. Whether it
is printed in the same document is for assembly to see: a part is the same in every document,
and a link to a page the document does not print is left as text. A link marked ``?page`` is a
page reference (the book's reference part, its indexes): the page number of the place it names
is written after it once the parts before it are typeset (``compose``). A long page is printed
in parts (``parts``), each with its own endnotes, so that a part's text does not depend on the others.
"""

from __future__ import annotations

import functools
import hashlib
import html
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from generator.pages.markdown import UNUSED_INLINE
from generator.pages.quick_inline import use_quick_inline
from generator.pages.quick_links import use_quick_links
from generator.printing import parts

_PARAGRAPH = re.compile(r"[pq]\d+")  # a paragraph, or the words of a quote in it
_CITED_PARAGRAPH = re.compile(r",? ¶\d+\Z")  # how a citation's own text ends ("Title, ¶3")
_H1 = re.compile(r"\A\s*<h1>(.*?)</h1>\s*", re.S)
_ID_IN_TAG = re.compile(r'(<[a-z][^<>]*?\sid=")([^"]+)(")')
# A page reference, as the converter writes it. Safe to match so: all text from the YAML is
# escaped, and an <a> never holds another <a>.
PAGE_REF = re.compile(r'<a class="page-ref" href="#([^"]+)">.*?</a>', re.S)
# The page's list of the briefings it cites (``_sources.md.j2``): on paper the endnotes say the
# same, in full, and the list's numbers change with every briefing the page gains.
_CITED_SOURCES = re.compile(r"^## Sources \{[^}\n]*\.cited-sources[^}\n]*\}\n(?:\n|\d+\. [^\n]*\n)*", re.M)


@dataclass(frozen=True)
class PrintedPage:
    """One page as printed in one document."""

    path: str
    anchor: str
    title: str  # inner HTML of the page's heading
    body: str  # HTML after the heading, endnotes included
    cited: tuple[tuple[str, str], ...]  # (page cited, id of its first citation here), in order
    continued: bool = False  # a part of a long page after its first: no heading, contents entry or bookmark

    @property
    def label(self) -> str:
        """What the print report calls its chapter."""
        return f"{self.path} ({self.anchor})" if self.continued else self.path


def section_anchor(path: str, fragment: str = "") -> str:
    """An id unique across a whole book: the page path, then the anchor inside the page."""
    base = "s-" + path.removesuffix(".md").replace("/", "--")
    return f"{base}-{fragment}" if fragment else base


class PrintConverter:
    """Python-Markdown with the site's extensions (mkdocs.yml) and the print link rewriter; the
    pages' Markdown gives the titles of the sources the endnotes name."""

    def __init__(self, pages: Mapping[str, str], part: int) -> None:
        self.part = part  # the least a part of a long page holds (``Limits.print_part``)
        self.links = _PrintLinks(functools.cache(lambda path: _title(pages.get(path, ""))))
        self.md = markdown.Markdown(extensions=[
            "tables", "admonition", "pymdownx.details", "attr_list", "fenced_code", self.links,
        ])
        for name in UNUSED_INLINE:  # only generated pages are printed
            self.md.inlinePatterns.deregister(name, strict=False)
        use_quick_links(self.md)
        use_quick_inline(self.md)

    def convert(self, path: str, text: str) -> list[PrintedPage]:
        """The page as printed: one part, or several for a long page."""
        first, *rest = parts.split(_CITED_SOURCES.sub("", text), self.part)
        html_text = self._html(path, "", first)
        match = _H1.match(html_text)
        if not match:
            raise ValueError(f"{path}: a printed page must start with its '# title'")
        title = match.group(1)
        printed = [PrintedPage(path, section_anchor(path), title, html_text[match.end():],
                               tuple(self.links.cited.items()))]
        for part in rest:
            # Named by its own text, not its place: a part before it that splits in two renames nothing after it.
            tag = "part-" + hashlib.sha256(part.encode()).hexdigest()[:12]
            body = self._html(path, tag, part)
            printed.append(PrintedPage(path, section_anchor(path, tag), title, body,
                                       tuple(self.links.cited.items()), continued=True))
        return printed

    def _html(self, path: str, part: str, text: str) -> str:
        self.links.path, self.links.part, self.links.cited = path, part, {}
        return self.md.reset().convert(text)


class _PrintLinks(Extension):
    def __init__(self, title: Callable[[str], str]) -> None:
        super().__init__()
        self.title = title
        self.path = ""
        self.part = ""  # a later part of a long page: its endnotes' ids are its own
        self.cited: dict[str, str] = {}

    def note_id(self, name: str) -> str:
        return section_anchor(self.path, f"{self.part}-{name}" if self.part else name)

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
        notes: dict[tuple[str, str], tuple[int, str]] = {}  # (page, ¶) → (note number, what the link said)
        self.refs = 0
        for link in list(root.iter("a")):
            self._rewrite(link, notes)
        if notes:
            section = ET.SubElement(root, "section", {"class": "notes"})
            ET.SubElement(section, "h2").text = "Sources"
            self._list(ET.SubElement(section, "ul"), notes)

    def _rewrite(self, link: ET.Element, notes: dict[tuple[str, str], tuple[int, str]]) -> None:
        href = link.get("href", "")
        if urlsplit(href).scheme:
            return  # an address outside the site: kept, and the print CSS shows it
        target, fragment = self._resolve(href)
        if urlsplit(href).query == "page":
            _to_page(link, target, fragment).set("class", "page-ref")
        elif target != self.ext.path and _PARAGRAPH.fullmatch(fragment):
            self._cite(link, target, fragment[1:], notes)
        elif target == self.ext.path:
            link.set("href", "#" + section_anchor(target, fragment))
        else:
            _to_page(link, target, fragment)

    def _cite(self, link: ET.Element, target: str, paragraph: str,
              notes: dict[tuple[str, str], tuple[int, str]]) -> None:
        """Replace the link by a numbered reference to the endnote of its source and paragraph."""
        key = (target, paragraph)
        if key not in notes:  # a quote's words and their paragraph are one note on paper
            notes[key] = (len(notes) + 1, link.get("title") or "".join(link.itertext()))
        number = notes[key][0]
        self.refs += 1
        ref_id = self.ext.note_id(f"r{self.refs}")
        self.ext.cited.setdefault(target, ref_id)
        link.attrib.clear()
        link.set("href", "#" + self.ext.note_id(f"n{number}"))
        link.set("class", "note-ref")
        link.set("id", ref_id)
        link.text, link[:] = f"[{number}]", []

    def _list(self, holder: ET.Element, notes: dict[tuple[str, str], tuple[int, str]]) -> None:
        """One line per source, its title once, then its notes: "Title: [1] ¶3, [4] ¶7"."""
        by_source: dict[str, list[tuple[int, str, str]]] = {}
        for (target, paragraph), (number, said) in notes.items():
            by_source.setdefault(target, []).append((number, paragraph, said))
        for target, cites in by_source.items():
            line = ET.SubElement(holder, "li")
            title = _to_page(ET.SubElement(line, "a"), target, "")
            title.text = self.ext.title(target) or _CITED_PARAGRAPH.sub("", cites[0][2])
            title.tail = ": "
            for number, paragraph, _ in cites:
                note = ET.SubElement(line, "span", {"class": "note", "id": self.ext.note_id(f"n{number}")})
                ET.SubElement(note, "span", {"class": "note-number"}).text = f"[{number}]"
                note[0].tail = " "
                _to_page(ET.SubElement(note, "a"), target, f"p{paragraph}").text = f"¶{paragraph}"
                note.tail = ", "
            note.tail = ""

    def _resolve(self, href: str) -> tuple[str, str]:
        parts = urlsplit(href)
        if not parts.path:
            return self.ext.path, parts.fragment
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(self.ext.path), parts.path))
        return joined, parts.fragment


def _title(page_markdown: str) -> str:
    """A page's title as plain text, from its first line ("# Title", Markdown-escaped)."""
    first = page_markdown.split("\n", 1)[0]
    if not first.startswith("# "):
        return ""
    return plain_text(markdown.markdown(first[2:]))


def plain_text(fragment: str) -> str:
    """HTML as the text a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _to_page(link: ET.Element, target: str, fragment: str) -> ET.Element:
    link.attrib.clear()
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
