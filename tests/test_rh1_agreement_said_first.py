"""Re-check RH1 (trial DC's Dedoose export on the integrated code): where a second coder's excerpt codes a statement word
for word, `cmo code import` said "row 39: S18 keeps its own columns as they were; mkerr's row gives 'Excerpt Range' …,
not kept." before "row 39: mkerr's coding says S18 (hward's) word for word: the coders agree …": the user read what was
not kept of a row before learning that the row was taken as the coders agreeing. The agreement is now said first, on a
statement made by the same sheet and on one an earlier import made. Hospital discharge, not street triage."""

from __future__ import annotations

from pathlib import Path

from test_trial_dc import _discharge_review

SHEET = Path(__file__).parent / "data" / "trial_dc" / "dedoose_two_coders.csv"


def _said_in_order(stderr: str) -> None:
    agree = stderr.index("S1 now names both as its coders (IH; TB)")
    kept = stderr.index("row 3: S1 keeps its own columns as they were; TB's row gives 'Excerpt Range' '1198-1290'")
    assert agree < kept


def test_the_coders_agreeing_is_said_before_what_of_the_row_is_not_kept(cmo, tmp_path):
    """Fails on the old code: both coders' rows in one sheet; the columns not kept were said first."""
    _discharge_review(cmo, tmp_path)
    said = cmo("code", "import", str(SHEET), code=1)
    _said_in_order(said.stderr)


def test_a_second_coders_sheet_after_the_first_coders_says_the_agreement_first(cmo, tmp_path):
    """Fails on the old code: the first coder's sheet imported before, the second coder's row agreeing with it later."""
    _discharge_review(cmo, tmp_path)
    lines = SHEET.read_text(encoding="utf-8").splitlines(keepends=True)
    first = tmp_path / "first_coder.csv"
    first.write_text(lines[0] + lines[1], encoding="utf-8")
    cmo("code", "import", str(first), code=None)
    said = cmo("code", "import", str(SHEET), code=1)
    _said_in_order(said.stderr)
    assert [s["coder"] for s in cmo.json("code", "list")][0] == "IH; TB"
