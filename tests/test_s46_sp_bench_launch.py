"""A bench script's command runs the code of the tree it names (issue 15's figures): `python_command` launches a script
with `-c`, which put the working folder, not the script's, first on the import path, so `cli.py` of one tree imported
the `cmo` installed from another and a bench run in a worktree timed the main tree's engine."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from measure import python_command, run_measured  # noqa: E402


def test_a_launched_script_imports_the_modules_beside_it_first(tmp_path, monkeypatch):
    tree = tmp_path / "kiln_tree"
    (tree / "glaze").mkdir(parents=True)
    (tree / "glaze" / "__init__.py").write_text("WHERE = 'beside the script'\n", encoding="utf-8")
    (tree / "fire.py").write_text("import glaze\nprint(glaze.WHERE)\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere" / "glaze"  # the same name in the working folder: never the one imported
    elsewhere.mkdir(parents=True)
    (elsewhere / "__init__.py").write_text("WHERE = 'the working folder'\n", encoding="utf-8")
    monkeypatch.chdir(elsewhere.parent)
    _, _, done = run_measured(python_command(str(tree / "fire.py")))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "beside the script"
