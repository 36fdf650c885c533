"""The choices cli.py spells out for a fast `--help` are the models' own lists, and cli.py stays thin."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import click
import pytest

from cli import cli
from cmo.models import Backend, ExportFormat, Format, Level, Origin, RealistMove, ReportFormat, Status

CLI = Path(__file__).resolve().parents[1] / "cli.py"


def commands(group: click.Group = cli, path: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))


def choices(option_name: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    found = {}
    for path, command in commands():
        for param in command.params:
            if option_name in param.opts and isinstance(param.type, click.Choice):
                found[path] = tuple(param.type.choices)
    return found


@pytest.mark.parametrize(("option", "literal", "extra", "where"), [
    ("--origin", Origin, (), {("ingest",)}),
    ("--status", Status, (), {("sources", "list")}),
    ("--as", Status, (), {("select", "import")}),
    ("--relevance", Level, (), {("appraise",)}),
    ("--rigour", Level, (), {("appraise",)}),
    ("--move", RealistMove, (), None),
    ("--backend", Backend, (), {("refine",)}),
])
def test_the_cli_choices_are_the_models_literals(option, literal, extra, where):
    found = choices(option)
    assert found and (where is None or set(found) == where)
    for path, listed in found.items():
        assert set(listed) == set(get_args(literal)) | set(extra), f"cmo {' '.join(path)} {option}"


def test_the_format_choices_are_the_models_literals():
    formats = choices("--format")
    assert formats[("ingest",)] == ("auto", *get_args(Format))
    assert formats[("export",)] == get_args(ExportFormat)
    assert formats[("report",)] == get_args(ReportFormat)


def test_every_decision_command_offers_every_realist_move():
    moves = choices("--move")
    decisions = {path for path, _ in commands() if path[:1] == ("configs",) and path[1:] not in (("list",), ("show",), ())}
    assert decisions <= set(moves)


def test_cli_imports_only_commands_views_and_errors_inside_commands():
    tree = ast.parse(CLI.read_text(encoding="utf-8"))
    top = {alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names}
    top |= {node.module for node in tree.body if isinstance(node, ast.ImportFrom)}
    assert not {name for name in top if name and name.split(".")[0] == "cmo"}, "cli.py imports cmo at the top: --help would be slow"
    inner = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cmo")}
    allowed = ("cmo.commands.", "cmo.views", "cmo.errors")
    assert inner and all(module.startswith(allowed) for module in inner), sorted(inner)


def test_the_engine_lists_are_the_same_literals():
    from cmo.outputs.export import FORMATS
    from cmo.synthesis.backends import BACKENDS

    assert FORMATS == get_args(ExportFormat) and BACKENDS == get_args(Backend)
