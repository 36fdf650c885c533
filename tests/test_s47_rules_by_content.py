"""The rules a kept sentence or reading was made by are known by the contents of the files they are in, not by their
dates (trial CK: after a reinstall of the same cmo every kept sentence and reading was read again, and `configs list`
cost three times as much until the next write)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _rules(tree: Path) -> str:
    code = "from cmo.commands.review import rules_of; print(rules_of())"
    return subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, check=True).stdout


def _installed(tmp_path: Path, name: str) -> Path:
    """A copy of the package, as an install writes it: the same contents, new dates."""
    tree = tmp_path / name
    shutil.copytree(REPO / "cmo", tree / "cmo", ignore=shutil.ignore_patterns("__pycache__"), copy_function=shutil.copyfile)
    return tree


def test_the_same_rules_installed_again_are_the_same_rules(tmp_path):
    first = _installed(tmp_path, "first")
    time.sleep(0.05)
    again = _installed(tmp_path, "again")
    assert (again / "cmo" / "synthesis" / "evidence.py").stat().st_mtime_ns != (
        first / "cmo" / "synthesis" / "evidence.py"
    ).stat().st_mtime_ns
    assert _rules(first) == _rules(again)


def test_a_word_list_or_a_module_evidence_reads_changed_is_other_rules(tmp_path):
    before = _rules(_installed(tmp_path, "before"))
    for changed in ("synthesis/english/opposite_words.txt", "synthesis/key_contexts.py"):
        tree = _installed(tmp_path, changed.replace("/", "_"))
        path = tree / "cmo" / changed
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert _rules(tree) != before, changed
