"""The README's tour names every command, and every command's help has an example."""

from __future__ import annotations

import subprocess
import sys
import time
from contextlib import closing

import click
import pytest
from conftest import REPO

from cli import cli


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(command_paths(command, path))
    return found


LEAVES = [(path, command) for path, command in command_paths(cli) if not isinstance(command, click.Group)]


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in LEAVES])
def test_every_command_is_in_the_readme_tour(path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"cmo {path}" in readme


@pytest.mark.parametrize("path,command", LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_every_command_help_has_an_example(path, command):
    assert "Example:" in (command.help or ""), f"cmo {' '.join(path)} needs an Example: in its help"
    assert f"cmo {path[0]}" in command.help.split("Example:")[1]


def test_help_is_instant_because_imports_are_lazy():
    code = "import sys, cli; print(sorted(m for m in sys.modules if m.startswith(('cmo', 'networkx', 'bibtexparser', 'scipy'))))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    start = time.perf_counter()
    subprocess.run([sys.executable, str(REPO / "cli.py"), "--help"], capture_output=True, check=True)
    assert time.perf_counter() - start < 3


def test_everyday_commands_do_not_load_the_merging_machinery(demo):
    """`configs list` and `configs show` read configurations: numpy, scipy and jinja2 stay unloaded,
    which is most of their start-up time (0.55 s → 0.24 s on the example). `trace` walks a few rows
    without networkx, whose import alone cost it 0.13 s; rapidfuzz (quotes checked against full texts), PyYAML
    (review.yaml unchanged), urllib (an XML escape for GraphML) and tempfile (written files) were 14, 15–25, 30 and
    3 ms of a command that needs none of them."""
    from cmo.commands.review import open_review

    with closing(open_review(demo.folder)) as review, review.store.transaction():
        pass  # any command that writes keeps what review.yaml was read as, so the ones below do not import PyYAML
    code = (
        "import sys, cli\n"
        f"for args in (['configs', 'list'], ['configs', 'show', 'C3'], ['code', 'show', 'S3'], ['trace', 'C3']):\n"
        f"    cli.cli.main(['--review', {str(demo.folder)!r}, *args], obj={{}}, standalone_mode=False)\n"
        "unwanted = ('numpy', 'scipy', 'jinja2', 'networkx', 'importlib.metadata', 'rapidfuzz', 'urllib.request', 'tempfile')\n"
        "unwanted += ('yaml',)\n"
        "print(sorted(m for m in unwanted if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_pydantic_gets_its_real_plugin_loader_for_anything_but_the_answer_none():
    """cli.py stands in for pydantic's plugin loader (plugins are disabled, so the answer is known) to spare
    every command importlib.metadata; a pydantic that asks the loader anything else gets the real one."""
    code = (
        "import sys, cli\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(list(get_plugins()), 'importlib.metadata' in sys.modules)\n"
        "from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP\n"
        "print(PYDANTIC_ENTRY_POINT_GROUP, sys.modules['pydantic.plugin._loader'].__file__.endswith('_loader.py'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[] False", "pydantic True"]


@pytest.mark.parametrize("path,command", LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_every_command_on_a_review_takes_review_after_it_too(path, command):
    """DESIGN.md: `--review DIR` is accepted before or after the subcommand."""
    takes = any("--review" in p.opts for p in command.params)
    assert takes == (path[0] not in ("init", "demo")), path


def test_review_after_the_command_is_the_review_used(demo, tmp_path, monkeypatch):
    from click.testing import CliRunner

    monkeypatch.chdir(tmp_path)  # no review here: only the option can name it
    runner = CliRunner()
    after = runner.invoke(cli, ["configs", "list", "--json", "--review", str(demo.folder)], obj={})
    before = runner.invoke(cli, ["--review", str(demo.folder), "configs", "list", "--json"], obj={})
    missing = runner.invoke(cli, ["--review", str(demo.folder), "configs", "list", "--review", "nowhere"], obj={})
    assert after.exit_code == 0 and after.stdout == before.stdout and len(after.stdout) > 100
    assert missing.exit_code == 2 and "nowhere" in missing.output, "the one after the command wins"


def test_a_command_typed_under_the_wrong_group_is_named_where_it_is():
    done = subprocess.run([sys.executable, str(REPO / "cli.py"), "code", "detach", "S1"], capture_output=True, text=True)
    assert done.returncode == 2 and "No such command 'detach'. It is 'cmo configs detach'." in done.stderr


def test_debug_after_the_command_is_taken_as_the_failure_message_asks(tmp_path):
    """The catch-all failure says 'run with --debug'; people add it at the end (`cmo refine --debug`), which click
    refused as no such option (trial AB)."""
    folder = tmp_path / "review"
    subprocess.run([sys.executable, str(REPO / "cli.py"), "init", str(folder)], capture_output=True, check=True)
    done = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(folder), "configs", "list", "--debug"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "No such option" not in done.stderr, done.stderr
