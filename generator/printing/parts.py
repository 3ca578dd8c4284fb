"""Where a long page is cut to be printed in parts, so that a new article leaves most parts alone.

The pages that grow with the corpus (the figures, the discrepancies, a year's quotes, the timeline)
change with nearly every article, and at a thousand articles are 20 to 40 printed pages each.
Typeset whole, one new article typeset them all again (49 s of CPU of a 26 s print). Printed as
parts, each typeset on its own and cached, an article typesets again only the part it lands in.

A cut falls before a heading or a list item, never inside a table, quote or admonition nor right
under a heading, once the part before it is long enough and where the block after it says so
(``paging.cuts_here``, as the figures pages end): an item added early in the page moves no cut
after its own part.
"""

from __future__ import annotations

import itertools
import re

from generator.pages.paging import cuts_here

_HEADING = re.compile(r"#{2,3} ")
_ITEM = re.compile(r"- ")


def split(text: str, shortest: int) -> list[str]:
    """``text`` (a page's Markdown) as the Markdown of its parts, in order. A part holds at least
    ``shortest`` characters (each part starts a sheet), and past four times that ends where it
    can; a page under three times that is one part."""
    if len(text) < 3 * shortest:
        return [text]
    lines = text.split("\n")
    starts, heading = [], False  # whether the last line with text was a heading: no cut right under one
    for i, line in enumerate(lines):
        if i and not heading and _opens_block(line, lines[i - 1]):
            starts.append(i)
        heading = bool(_HEADING.match(line)) if line.strip() else heading
    cuts, size = [], sum(len(line) + 1 for line in lines[:starts[0]]) if starts else len(text)
    for start, end in itertools.pairwise([*starts, len(lines)]):
        block = "\n".join(lines[start:end])
        if size >= 4 * shortest or (size >= shortest and cuts_here(block)):
            cuts.append(start)
            size = 0
        size += len(block) + 1
    if cuts and size < shortest // 2:
        cuts.pop()  # the last part would be a sheet with a few lines on it: it stays with the one before
    bounds = [0, *cuts, len(lines)]
    return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(bounds)]


def _opens_block(line: str, before: str) -> bool:
    """A heading, or a list item that follows a blank line or another item (a line of a paragraph
    that starts with "- " would become a list if it opened a part)."""
    if _HEADING.match(line):
        return True
    return bool(_ITEM.match(line)) and (not before.strip() or bool(_ITEM.match(before)) or before.startswith(" "))
