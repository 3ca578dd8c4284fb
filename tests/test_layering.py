"""The package's layers hold: imports flow down the pipeline, never back, and never in a cycle.

Every import in generator/ is read from the source (including imports inside functions and
under TYPE_CHECKING), so a deferred import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
# Lower layers first: a module may import its own layer and those before it, nothing after.
LAYERS = (
    ("generator.errors", "generator.project", "generator.limits", "generator.gc_pause"),
    ("generator.corpus",),
    ("generator.analysis",),
    ("generator.pages",),
    ("generator.printing",),
    ("generator.publish",),
    ("generator.authoring", "generator.tools"),
    ("generator.cli", "generator.__main__"),
)
# The checker and the loader turn files into a Corpus; what comes after reads only the Corpus.
CHECKER = ("generator.corpus.check", "generator.corpus.yaml_file", "generator.corpus.validate",
           "generator.corpus.provenance")
READ_ONLY = ("generator.analysis", "generator.pages", "generator.printing")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The generator modules ``path`` imports (``from generator.x import name`` counts as
    importing ``generator.x.name`` when that is a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name in known}


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    known = {module_name(p) for p in paths}
    graph = {module_name(p): imports_of(p, known) for p in paths}
    # A package's __init__ is imported with any of its modules; it imports nothing here.
    return {name: {i for i in deps if i != name and not name.startswith(i + ".")} for name, deps in graph.items()}


def layer(module: str) -> int:
    if module == "generator":
        return 0  # the package's docstring: its glossary
    for rank, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first walk, each as the path that closes it."""
    found, state = [], {}  # state: 1 on the current path, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_imports_flow_down_the_pipeline() -> None:
    wrong = [f"{module} (layer {layer(module)}) imports {dep} (layer {layer(dep)})"
             for module, deps in sorted(import_graph().items()) for dep in sorted(deps) if layer(dep) > layer(module)]
    assert wrong == []


@pytest.mark.parametrize("stage", READ_ONLY)
def test_no_page_print_or_analysis_module_imports_the_checker_or_the_loader(stage: str) -> None:
    graph = import_graph()
    wrong = [f"{module} imports {dep}" for module, deps in sorted(graph.items()) if module.startswith(stage + ".")
             for dep in sorted(deps) if dep in CHECKER]
    assert wrong == []


def test_every_module_is_in_a_layer_and_the_walk_sees_real_arrows() -> None:
    graph = import_graph()
    for module in graph:
        layer(module)
    assert "generator.corpus.checked" in graph["generator.analysis.entity_index"]
    assert "generator.analysis.analyse" in graph["generator.pages.home"]
