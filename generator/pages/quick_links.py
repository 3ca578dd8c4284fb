"""Python-Markdown's link pattern, with a quick path for the links our templates write.

Its own reads the text and the address of every link a character at a time, to allow nested
brackets, parentheses and quotes; a page of an entity in 300 briefings holds 300 links, and MkDocs
converts dozens of such pages on every publish. Our links (``markdown.link``) are
``[text](address)`` or ``[text](address "title")``, the text without brackets once escaped, the
address a relative path. For those the quick path finds the same text, address and title with one
search each, and any other link takes the original path, so the HTML is the same for every input
(``tests/test_quick_links.py`` compares the two on generated and on random links). Converting the
largest pages a publish into 1,000 articles changes: 5 to 10 % less time.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor, dequote

# What follows "(": an address without parentheses, quotes, spaces or "<", then perhaps a title
# in double quotes holding no quote of either kind and followed by spaces only, then ")". (The
# original may end a title early at a ")" after a second "'", and reads a title followed by a tab
# as part of the address.)
_PLAIN = re.compile(r'[ \t\n]*([^()\'"\s<]*)(?:[ \t\n]+"([^"\']*)" *|[ \t\n]*)\)')


class QuickLinkProcessor(LinkInlineProcessor):
    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802 (Python-Markdown's name)
        end = data.find("]", index)
        if end != -1 and "[" not in data[index:end]:
            return data[index:end], end + 1, True  # no nested brackets: the original stops at the first "]"
        return super().getText(data, index)

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        plain = _PLAIN.match(data, index + 1) if data.startswith("(", index) else None
        if plain is None:
            return super().getLink(data, index)
        href, title = plain.group(1, 2)
        if title is not None:
            title = self.RE_TITLE_CLEAN.sub(" ", dequote(self.unescape(title.strip())))
        return self.unescape(href).strip(), title, plain.end(), True


def use_quick_links(md: Markdown) -> None:
    """Put the quick pattern in place of Python-Markdown's, where and as it registers its own."""
    md.inlinePatterns.register(QuickLinkProcessor(LINK_RE, md), "link", 160)
