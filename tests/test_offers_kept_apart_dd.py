"""Trial DD: refine said "S31 kept out of C12: it tells the other side from S29" (assistant medical officers who left
for want of a career route, beside those who stay for family ties) and, once the team accepted C12, "C12 (accepted) may
take S31": the statement it had just kept apart offered to the configuration it would count as support of. A kept
configuration is no longer offered a statement kept apart from one of its members; a statement on the same side still
is (school mentoring). Real reviews: SQLite, `cmo` run as a process, files written as Excel and Zotero write them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "trial_dd"


def _review(tmp_path: Path, files: list[str]):
    review = tmp_path / "review"
    review.mkdir()
    for name in files:
        shutil.copy(DATA / name, review / name)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CMO_REVIEWER": "AK"}

    def cmo(*args: str) -> subprocess.CompletedProcess:
        code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
        return subprocess.run([sys.executable, "-c", code, *args], cwd=review, env=env, capture_output=True, text=True)

    assert cmo("init", ".").returncode == 0
    return cmo


def _include_all(cmo) -> None:
    keys = [s["key"] for s in json.loads(cmo("sources", "list", "--json").stdout)]
    assert cmo("select", "include", *keys).returncode == 0


def test_an_accepted_configuration_is_not_offered_the_statement_kept_apart_from_it(tmp_path):
    """Fails on the old code: the second refine said "C1 (accepted) may take S3"."""
    cmo = _review(tmp_path, ["europepmc.csv", "coding-sides.csv"])
    assert cmo("ingest", "europepmc.csv").returncode == 0
    _include_all(cmo)
    assert cmo("code", "import", "coding-sides.csv").returncode in (0, 1)
    first = cmo("refine")
    assert first.returncode == 0, first.stderr
    assert "S3 kept out of C1: it tells the other side" in first.stderr
    assert cmo("configs", "accept", "C1").returncode == 0
    second = cmo("refine")
    assert second.returncode == 0, second.stderr
    assert "may take S3" not in second.stderr
    shown = json.loads(cmo("configs", "show", "C1", "--json").stdout)
    assert "S3" not in shown.get("suggested", [])
    suggested = json.loads(cmo("code", "suggest", "S3", "--json").stdout)
    first = next(p for p in suggested if p["configuration"] == "C1")
    assert "tells the other side from S1" in first["kept_apart"]
    assert "kept apart: refine keeps S3 out of it" in cmo("code", "suggest", "S3").stdout


def test_code_suggest_says_which_configuration_refine_keeps_a_statement_out_of(tmp_path):
    """Fails on the old code: `cmo code suggest S3` ranked C1 first without a word that refine keeps S3 out of it."""
    cmo = _review(tmp_path, ["europepmc.csv", "coding-sides.csv"])
    assert cmo("ingest", "europepmc.csv").returncode == 0
    _include_all(cmo)
    assert cmo("code", "import", "coding-sides.csv").returncode in (0, 1)
    assert cmo("refine").returncode == 0
    suggested = json.loads(cmo("code", "suggest", "S3", "--json").stdout)
    assert suggested and suggested[0]["configuration"] == "C1"
    assert suggested[0].get("kept_apart", "").startswith("refine keeps S3 out of it: it tells the other side from S1")


def test_a_statement_on_the_same_side_is_still_offered_on_another_topic(tmp_path):
    """Must not fire: a later coder's statement like an accepted configuration of school mentoring is offered to it."""
    cmo = _review(tmp_path, ["school-mentoring-zotero.bib", "school-first.csv", "school-second.csv"])
    assert cmo("ingest", "school-mentoring-zotero.bib").returncode == 0
    _include_all(cmo)
    assert cmo("code", "import", "school-first.csv").returncode in (0, 1)
    assert cmo("refine").returncode == 0
    assert cmo("configs", "accept", "C1").returncode == 0
    assert cmo("code", "import", "school-second.csv").returncode in (0, 1)
    second = cmo("refine")
    assert second.returncode == 0, second.stderr
    assert "C1 (accepted) may take S5" in second.stderr
    suggested = json.loads(cmo("code", "suggest", "S5", "--json").stdout)
    assert [p.get("kept_apart", "") for p in suggested if p["configuration"] == "C1"] == [""]
