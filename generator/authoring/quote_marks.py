"""Where quotations stand in a paragraph: their opening and closing marks, double (“…”, "…") or
single (‘…’, '…'), told from apostrophes inside or at the end of a word (don’t, Britain’s,
students’, "our neighbours' ports"), and the paragraph with their words blanked out.
"""

from __future__ import annotations

import re

_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„«\"", "”»\""
_SINGLE_OPEN, _SINGLE_CLOSE = "‘'", "’'"


def quote_spans(text: str) -> list[tuple[int, int | None]]:
    """(opening mark, closing mark or None when the paragraph ends inside) of each outermost quote."""
    spans: list[tuple[int, int | None]] = []
    i = 0
    while i < len(text):
        kind = _opens(text, i)
        if kind:
            close = _closing(text, i + 1, kind)
            if close is None and kind == "single" and i > 0 and not _carried(text, i):
                i += 1  # a stray apostrophe ('80s), not a quote that runs on
                continue
            spans.append((i, close))
            if close is None:
                break
            i = close + 1
            continue
        i += 1
    return spans


def _opens(text: str, i: int) -> str:
    char, before = text[i], text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in _DOUBLE_OPEN and not (char == '"' and after.isspace()):
        return "double"
    if char in _SINGLE_OPEN and not before.isalnum() and (after.isalnum() or after in "“\"…"):
        return "single"
    return ""


def _carried(text: str, i: int) -> bool:
    """A single mark that opens a sentence (or follows a colon or a dash), never closed in its
    paragraph: "…, said X: ‘This is a budget of announcements." and "… on Thursday. ‘They know
    exactly …" run on into the next paragraph; an apostrophe never stands before a capital there."""
    return bool(re.search(r"(?:[:—–.!?]|^)\s*$", text[:i])) and text[i + 1:i + 2].isupper()


def _closing(text: str, start: int, kind: str) -> int | None:
    for j in range(start, len(text)):
        char = text[j]
        if kind == "double" and char in _DOUBLE_CLOSE:
            return j
        if kind == "single" and char in _SINGLE_CLOSE:
            after = text[j + 1] if j + 1 < len(text) else " "
            if not after.isalnum() and not text[j - 1].isspace() and j > start and not _possessive(text, j):
                return j
    return None


def masked(text: str) -> str:
    """The paragraph with every quotation's words blanked out, so a verb inside a quote is not read
    as the verb that introduces it; offsets are kept."""
    chars = list(text)
    for start, end in quote_spans(text):
        for k in range(start + 1, end if end is not None else len(text)):
            chars[k] = "_" if not text[k].isspace() else text[k]
    return "".join(chars)


def _possessive(text: str, j: int) -> bool:
    """'a day our neighbours' ports win business': the apostrophe of a plural's possessive, before
    the noun it owns, in a quotation a later mark after punctuation closes."""
    owned = re.match(r" ([a-z]+)", text[j + 1:])
    return text[j - 1] == "s" and owned is not None and owned.group(1) not in _NOT_OWNED \
        and bool(re.search(r"[,.!?][’']", text[j + 1:]))


# Words that follow a quotation, never a possessive: "… the workers' said the union".
_NOT_OWNED = frozenset({"said", "says", "told", "added", "he", "she", "they", "it", "we", "i", "the", "a", "an", "and",
                        "or", "but", "in", "on", "at", "as", "to", "which", "who", "according", "was", "were", "is",
                        "are", "of", "for", "with", "from", "by", "that", "this", "its", "his", "her", "their"})
