"""The layout's import rules, read from the source: who may import whom, so the stages stay one-way.

The rules are data (`LAYERS`, `CLI_MAY_IMPORT`, ...) so the README can show them as they are checked.
Imports inside functions count: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

REPO = Path(__file__).resolve().parents[1]
CLI = REPO / "cli.py"

LAYERS: dict[str, set[str]] = {
    "base": {"base"},
    "bib": {"bib", "base"},
    "fulltext": {"fulltext", "base"},
    "synthesis": {"synthesis", "bib", "base"},
    "sheets": {"sheets", "synthesis", "bib", "base"},
    "outputs": {"outputs", "sheets", "synthesis", "bib", "base"},
    "commands": {"commands", "outputs", "sheets", "synthesis", "fulltext", "bib", "base"},
    "web": {"web", "commands", "outputs", "base"},
}
"""Each engine layer and the layers it may import. Base is the top-level modules of `cmo/`."""

CLI_MAY_IMPORT = ("cmo.commands", "cmo.views", "cmo.errors", "cmo.web")
"""What `cli.py` may import, and only inside command functions; at module level only stdlib and click."""

STORE_OPENERS = ("cmo.commands", "cmo.review")
"""The only modules that may import `cmo.store`; only `cmo.commands.*` may call `.transaction(`."""

CLICK_USERS = ("cli", "cmo.errors")
"""The only modules that may import click: the engine never prints or parses arguments."""


@dataclass(frozen=True)
class Import:
    file: str
    line: int
    module: str
    top_level: bool

    def __str__(self) -> str:
        return f"{self.file}:{self.line} imports {self.module}"


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    found = {module_name(path): path for path in sorted((REPO / "cmo").rglob("*.py"))}
    return {**found, "cli": CLI}


def resolve(node: ast.ImportFrom, name: str) -> str:
    """`from a.b import c` names module a.b.c where c is a module, else a.b; relative imports made absolute."""
    base = node.module or ""
    if node.level:
        parts = name.split(".") if modules()[name].name == "__init__.py" else name.split(".")[:-1]
        package = parts[: len(parts) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    return base


@cache
def imports(name: str) -> tuple[Import, ...]:
    path = modules()[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top = {id(node) for node in tree.body}
    rel = str(path.relative_to(REPO))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(rel, node.lineno, alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            base = resolve(node, name)
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.append(Import(rel, node.lineno, target if target in modules() else base, id(node) in top))
    return tuple(dict.fromkeys(found))


def layer(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "cmo":
        return None
    if len(parts) == 1 or (REPO / "cmo" / f"{parts[1]}.py").exists():
        return "base"
    return parts[1]


def within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def engine_modules() -> list[str]:
    return [name for name in modules() if name != "cli"]


def test_the_layers_cover_every_package():
    unknown = {layer(name) for name in engine_modules()} - set(LAYERS)
    assert not unknown, f"cmo packages with no rule in LAYERS: {sorted(unknown)}"


def test_cli_imports_only_stdlib_and_click_at_module_level():
    bad = [str(i) for i in imports("cli") if i.top_level and i.module.split(".")[0] not in {*sys.stdlib_module_names, "click"}]
    assert not bad, "cli.py must import the engine inside command functions, so --help stays fast:\n" + "\n".join(bad)


def test_cli_imports_only_commands_views_and_errors():
    bad = [str(i) for i in imports("cli") if layer(i.module) and not within(i.module, CLI_MAY_IMPORT)]
    assert not bad, f"cli.py may import only {', '.join(CLI_MAY_IMPORT)}; the work belongs in a command:\n" + "\n".join(bad)


def test_only_commands_and_review_import_the_store():
    bad = [str(i) for name in modules() if not within(name, STORE_OPENERS) for i in imports(name) if i.module == "cmo.store"]
    why = "the engine gets what it needs passed in"
    assert not bad, f"only {', '.join(STORE_OPENERS)} may import cmo.store; {why}:\n" + "\n".join(bad)


def transaction_calls(name: str) -> list[str]:
    path = modules()[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(REPO)}:{node.lineno} calls .transaction()"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "transaction"
    ]


def test_only_commands_open_a_transaction():
    # cmo.store runs its own migrations in one; everything else is a command's one transaction
    bad = [call for name in modules() if not within(name, ("cmo.commands", "cmo.store")) for call in transaction_calls(name)]
    assert not bad, "only cmo.commands.* open a transaction:\n" + "\n".join(bad)


@pytest.mark.parametrize("own", list(LAYERS))
def test_engine_layers_import_one_way(own):
    allowed = LAYERS[own]
    bad = [
        f"{i} ({own} may import only {', '.join(sorted(allowed))})"
        for name in engine_modules()
        if layer(name) == own
        for i in imports(name)
        if layer(i.module) and layer(i.module) not in allowed
    ]
    assert not bad, "an engine layer imports a later stage:\n" + "\n".join(bad)


def test_only_cli_and_errors_import_click():
    bad = [str(i) for name in modules() if name not in CLICK_USERS for i in imports(name) if i.module.split(".")[0] == "click"]
    assert not bad, f"only {' and '.join(CLICK_USERS)} may import click: the engine raises cmo.errors instead:\n" + "\n".join(bad)


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for name in modules():
        graph.add_node(name)
        for i in imports(name):
            if i.module in modules() and i.module != name:
                graph.add_edge(name, i.module, where=str(i))
    return graph


def test_no_import_cycles():
    graph = import_graph()
    if not nx.is_directed_acyclic_graph(graph):
        cycle = nx.find_cycle(graph)
        where = "\n".join(graph.edges[a, b]["where"] for a, b in cycle)
        pytest.fail(f"modules import each other (imports inside functions count):\n{where}")
