"""A second coder's row saying a statement word for word but with a note of their own ('2nd coder') is that statement,
naming both coders (trial E2: MK's row of S12, word for word but for its note, was 'not imported again' and MK's
agreement lost; the README says such a row names both coders). The statement keeps its note, and the row's note is
named as not kept. A row by another coder that words the statement otherwise is still a statement of its own. Sheets
about peer support, on the shipped example review."""

from __future__ import annotations

import csv

HEADER = ["Study", "Context", "Mechanism", "Outcome", "Coder", "Note"]
ROW = ["cooper2024peer", "young people on a waiting list", "a peer mentor checks in weekly", "fewer drop-outs"]


def _import(demo, tmp_path, *rows: list[str]):
    path = tmp_path / "coding.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    before = len(demo.json("code", "list"))
    result = demo("code", "import", str(path), code=None)
    return result, demo.json("code", "list")[before:]


def test_a_second_coders_row_with_its_own_note_names_both_coders(demo, tmp_path):
    result, added = _import(demo, tmp_path, [*ROW, "JM", ""], [*ROW, "HC", "2nd coder"])
    assert [(statement["coder"], statement["note"]) for statement in added] == [("JM; HC", "")]
    assert "HC's row gives the note '2nd coder'" in result.stderr


def test_another_coders_row_worded_otherwise_is_a_statement_of_its_own(demo, tmp_path):
    other = ["cooper2024peer", "young people on a waiting list", "a peer mentor calls every week", "fewer drop-outs"]
    _, added = _import(demo, tmp_path, [*ROW, "JM", ""], [*other, "HC", "2nd coder"])
    assert [statement["coder"] for statement in added] == ["JM", "HC"]
