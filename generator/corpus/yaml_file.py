"""Safe YAML reading that keeps every value's line and refuses what PyYAML would accept silently.

PyYAML's ``safe_load`` keeps the last of two duplicate keys, expands aliases without limit and
turns ``2026-01-12`` into a date object; curated data needs none of that. We compose the node
tree ourselves so every value keeps its line and column for error messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent

from generator.errors import Problem, Severity

MAX_BYTES = 1_000_000
Location = tuple[str | int, ...]

_PLAIN_TAGS = {
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TEXT_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"}


@dataclass(frozen=True)
class YamlFile:
    """Plain data from one YAML file plus the (line, column) of every key and item in it."""

    path: str
    data: Any
    marks: dict[Location, tuple[int, int]] = field(default_factory=dict)

    def mark(self, loc: Location) -> tuple[int, int]:
        """The position of ``loc``, or of its nearest enclosing value that has one."""
        loc = tuple(loc)
        while loc not in self.marks and loc:
            loc = loc[:-1]
        return self.marks.get(loc, (1, 1))

    def problem(self, loc: Location, message: str, hint: str = "", severity: Severity = "error") -> Problem:
        line, column = self.mark(loc)
        return Problem(self.path, line, column, dotted(loc), message, hint, severity)

    def without(self, items: dict[str, set[int]]) -> YamlFile:
        """The file less some items of its top-level lists (``{"figures": {3}}``), its problems still
        placed and named as in the file: what can be checked of a file some items of which are broken."""
        data = dict(self.data)
        kept = {key: [i for i in range(len(data[key])) if i not in dropped] for key, dropped in items.items()}
        for key, indices in kept.items():
            data[key] = [data[key][i] for i in indices]
        return _Renumbered(self.path, data, self.marks, kept)


@dataclass(frozen=True)
class _Renumbered(YamlFile):
    """A file with items left out: locations in what is left map back to the file's own."""

    kept: dict[str, list[int]] = field(default_factory=dict)  # list key → the file index of each item left

    def _original(self, loc: Location) -> Location:
        if len(loc) > 1 and loc[0] in self.kept and isinstance(loc[1], int):
            return (loc[0], self.kept[str(loc[0])][loc[1]], *loc[2:])
        return loc

    def mark(self, loc: Location) -> tuple[int, int]:
        return super().mark(self._original(loc))

    def problem(self, loc: Location, message: str, hint: str = "", severity: Severity = "error") -> Problem:
        # placed and named by the file's own numbering, which must not be mapped a second time by ``mark``
        return YamlFile(self.path, self.data, self.marks).problem(self._original(loc), message, hint, severity)


def dotted(loc: Location) -> str:
    """``("quotes", 2, "text")`` → ``quotes[2].text``, the way curators read a path."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _NoAliasLoader(yaml.SafeLoader):
    """Refuses aliases: curated files never need them and they make alias bombs possible."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, f"alias *{event.anchor} is not allowed (write the value out in full)", event.start_mark
            )
        return super().compose_node(parent, index)


def read_yaml(path: Path, shown_as: str) -> tuple[YamlFile | None, list[Problem]]:
    """Read one YAML file; on any problem return None and say what and where."""
    text, problems = read_text(path, shown_as)
    if text is None:
        return None, problems
    doc, found = _parse(text, shown_as)
    return doc, list(found)


Parsed = tuple[YamlFile | None, tuple[Problem, ...]]
# Each file's last text and what it parsed to, by the file's path as shown: `serve` checks every
# file again after each edit, and parsing is most of checking (YamlFile is frozen and its data is
# only read). A build remembers it for the next (`publish/memory.py`).
PARSED: dict[str, tuple[str, Parsed]] = {}


def _parse(text: str, shown_as: str) -> Parsed:
    last = PARSED.get(shown_as)
    if last is not None and last[0] == text:
        return last[1]
    doc, problems = _parse_text(text, shown_as)
    parsed = doc, tuple(problems)
    PARSED[shown_as] = (text, parsed)
    return parsed


def _parse_text(text: str, shown_as: str) -> tuple[YamlFile | None, list[Problem]]:
    problems: list[Problem] = []
    try:
        node = _fast_compose(text)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, shown_as)]
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        return None, [Problem(shown_as, line, column, "", f"control character {exc.character!r} is not allowed in YAML",
                              "delete it; it is often left by copy and paste")]
    except RecursionError:
        return None, [Problem(shown_as, 1, 1, "", "nesting is too deep to be curated data", "flatten the structure")]
    if node is None:
        return None, [Problem(shown_as, 1, 1, "", "the file holds no YAML document", "fill it in or delete it")]
    marks: dict[Location, tuple[int, int]] = {}
    try:
        data = _convert(node, (), marks, problems, shown_as)
    except RecursionError:
        return None, [Problem(shown_as, 1, 1, "", "nesting is too deep to be curated data", "flatten the structure")]
    if problems:
        return None, problems
    return YamlFile(shown_as, data, marks), []


def _fast_compose(text: str) -> yaml.Node | None:
    """libyaml when the file is fine; PyYAML's own parser for any problem, for its clearer
    messages and exact positions (and the name of a refused alias)."""
    try:
        node = _compose(text, yaml.CSafeLoader) if yaml.__with_libyaml__ else None
        if node is not None and ("*" not in text or not _has_alias(node)):  # an alias is written *name
            return node
    except (yaml.YAMLError, RecursionError):
        pass
    return _compose(text, _NoAliasLoader)


def _compose(text: str, loader_class: type) -> yaml.Node | None:
    """libyaml composes ten times faster than PyYAML's Python parser; aliases stay shared nodes."""
    loader = loader_class(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _has_alias(root: yaml.Node) -> bool:
    """An alias is a node reached twice; found without expanding anything, so bombs cost nothing."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 text file, refusing missing, oversized, empty and binary files before parsing."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, [Problem(shown_as, 1, 1, "", f"cannot read the file: {exc.strerror}")]
    if size > MAX_BYTES:
        return None, [Problem(shown_as, 1, 1, "", f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit",
                              "split it or check that it is the right file")]
    raw = path.read_bytes()
    if b"\x00" in raw:
        return None, [Problem(shown_as, 1, 1, "", "binary file (it contains NUL bytes)", "save it as UTF-8 text")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(shown_as, line, 1, "", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                              "save the file as UTF-8")]
    if not text.strip():
        return None, [Problem(shown_as, 1, 1, "", "empty file", "fill it in or delete it")]
    return text.removeprefix("\ufeff"), []


def _syntax_problem(exc: yaml.MarkedYAMLError, shown_as: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = f"YAML syntax error: {exc.problem or exc.context}"
    hint = "check the indentation and quoting on this line or the one before"
    if "\\t" in str(exc.problem) or "tab" in str(exc.problem):
        hint = "indent with spaces, not tabs"
    elif "alias" in str(exc.problem):
        message, hint = f"YAML: {exc.problem}", "anchors and aliases are not supported"
    return Problem(shown_as, line, column, "", message, hint)


_SCALARS = yaml.constructor.SafeConstructor()  # stateless for plain scalars: one serves every file
_NODE_TAGS: dict[type[yaml.Node], str] = {yaml.MappingNode: "tag:yaml.org,2002:map",
                                          yaml.SequenceNode: "tag:yaml.org,2002:seq"}


def _convert(node: yaml.Node, loc: Location, marks: dict[Location, tuple[int, int]], problems: list[Problem],
             path: str) -> Any:
    marks[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    expected = _NODE_TAGS.get(type(node))
    if (expected and node.tag != expected) or (not expected and node.tag not in _TEXT_TAGS | _PLAIN_TAGS):
        line, column = marks[loc]
        problems.append(Problem(path, line, column, dotted(loc), f"unsupported YAML tag {node.tag}",
                                "remove the tag; values are plain text, numbers, lists and mappings"))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(path, line, column, dotted(loc), "a key must be plain text"))
                continue
            key = key_node.value
            if key in first_seen:
                problems.append(Problem(
                    path, line, column, dotted((*loc, key)),
                    f"duplicate key '{key}' (first at line {first_seen[key]})",
                    "YAML would silently keep only the last one: merge the two into one"))
                continue
            first_seen[key] = line
            marks[(*loc, key)] = (line, column)
            out[key] = _convert(value_node, (*loc, key), marks, problems, path)
            marks[(*loc, key)] = (line, column)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*loc, i), marks, problems, path) for i, item in enumerate(node.value)]
    if node.tag in _TEXT_TAGS:
        return node.value
    return _SCALARS.yaml_constructors[node.tag](_SCALARS, node)
