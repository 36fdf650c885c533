"""Helper J1 (trial H0): a Qualtrics form's columns headed 'CMO 1.5 (C22) … - Does this match your experience?', where
the pack numbered C22 'CMO 1.4', were read as C22 without a word. The id is read (it is stable; a table number shifts
from round to round) and the mismatch said once, naming the file and the columns. Must not fire where the number is
the one the pack gave, or where the header gives no number. Tested on school breakfast clubs."""

from __future__ import annotations

import csv

from cmo.sheets.feedback import parse_feedback_files

NAMES = {1: {"cmo 1 4": "C22", "cmo 1 5": "C23", "cmo 2 1": "C4"}}


def _form(tmp_path, first: str, second: str):
    path = tmp_path / "governors form.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "Your pseudonym",
                f"{first} Breakfast club lifts Monday attendance - Does this match your experience?",
                f"{first}: What is missing or wrong?",
                f"{second} Teachers notice hunger - Does this match your experience?",
            ]
        )
        writer.writerow(["Governor A", "Agree", "Only where the club is free", "Partly"])
    return path


def test_a_header_whose_number_is_another_configurations_is_said_and_read_by_its_id(tmp_path):
    warnings: list[str] = []
    items = parse_feedback_files(
        [_form(tmp_path, "CMO 1.5 (C22)", "CMO 2.1 (C4)")], {"C4", "C22", "C23"}, 1, warnings=warnings, names=NAMES
    )
    assert {item.configuration for item in items} == {"C22", "C4"}
    said = [w for w in warnings if "the pack numbered" in w]
    assert len(said) == 1, warnings
    assert "governors form.csv" in said[0] and "CMO 1.5" in said[0] and "'CMO 1.4'" in said[0] and "C23" in said[0]


def test_a_header_numbered_as_the_pack_numbered_it_is_not_said(tmp_path):
    warnings: list[str] = []
    parse_feedback_files([_form(tmp_path, "CMO 1.4 (C22)", "C4")], {"C4", "C22", "C23"}, 1, warnings=warnings, names=NAMES)
    assert not any("the pack numbered" in w for w in warnings), warnings
