"""Markdown text in which text from the YAML is always inert.

Python-Markdown passes raw HTML and ``javascript:`` links through, so every value a template
prints is escaped unless the page code built it as markup on purpose (``Markup``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from markupsafe import Markup

# The inline patterns of Python-Markdown a generated page can never match: its text is escaped, so
# it holds only links, emphasis, code, backslash escapes, HTML and entities. Left out of converting
# it (on the site, `publish/lean_markdown.py`; on paper, `printing/print_html.py`): 15 to 17 % less time.
UNUSED_INLINE = ("reference", "image_link", "image_reference", "short_reference", "short_image_ref", "autolink",
                 "automail", "linebreak")

_INLINE = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START = re.compile(r"^([#+-]|\d+(?=[.)]))")


_SPECIAL = re.compile(r"[\\`*_{}\[\]|&<>#+\d-]|\s\s|[\n\t\r]")


def escape_md(value: Any) -> str:
    """Make text render as itself: no HTML, links, emphasis, lists or attribute lists."""
    return _escape(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _escape(text: str) -> str:
    """Names and titles recur on thousands of pages: each is escaped once."""
    if not _SPECIAL.search(text):
        return text.strip()  # most names and sentences: nothing to escape
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: "\\" + m.group(1) if not m.group(1).isdigit() else m.group(1) + "\\", text)


_ENTITIES = {"&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}  # inert in a title, a table
_TITLE = re.compile("[&\"<>|]")


def link(text: Any, href: str, title: str = "") -> Markup:
    """A Markdown link whose text is escaped; hrefs come from our own slugs, never from the YAML.
    A ``title`` is what a reader sees on hover and focus (Material's tooltips)."""
    if not title:
        return Markup(f"[{escape_md(text)}]({href})")
    return Markup(f'[{escape_md(text)}]({href} "{_inert(title)}")')


@functools.lru_cache(maxsize=1 << 16)
def _inert(title: str) -> str:
    """A link title as Markdown and a table leave it alone; titles recur on thousands of pages."""
    return _TITLE.sub(lambda m: _ENTITIES[m.group(0)], " ".join(title.split()))


def join(items: Any, separator: str = ", ") -> Markup:
    """Jinja's own join would turn markup back into plain text, which would then be escaped."""
    return Markup(separator.join(item if isinstance(item, Markup) else escape_md(item) for item in items))


def counted(number: int, noun: str) -> str:
    """How many, as a reader says it: "1 event", "3 events" (never "event(s)")."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
