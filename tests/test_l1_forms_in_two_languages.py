"""Helper L1 (fault found by helper K2): a Nettskjema form (University of Oslo) heads every question in two languages,
numbered, 'Norsk / English' ('1. Navn / Name', '2. Rolle / Role'). Its name question was not read, so every
submission counted as an anonymous respondent of its own, and its role column was named as unread or read only by its
words. Where every question of a sheet is headed in two languages, a header is read by the half that names a
template column. One header with a ' / ' among questions that have none asks two things ('Name / organisation' on a
school-transport form), and is not read as the pseudonym."""

from __future__ import annotations

import csv
from pathlib import Path

from cmo.sheets.feedback import parse_feedback_files

DATA = Path(__file__).parent / "data" / "nettskjema"


def test_a_nettskjema_name_question_in_two_languages_is_the_pseudonym():
    warnings: list[str] = []
    items = parse_feedback_files([DATA / "nettskjema-312456-wide.csv"], {"C1", "C7"}, 1, warnings=warnings)
    named = {item.respondent for item in items}
    assert {"Kari N.", "Ole", "Dr. Lindqvist"} <= named, named
    assert not any("'1. Navn / Name'" in w and "was not read" in w for w in warnings), warnings
    roles = {item.respondent: item.role for item in items}
    assert roles["Kari N."] == "Sykepleier på sykehjem"
    assert roles["Dr. Lindqvist"] == "GP/fastlege"


def test_one_header_asking_two_things_is_not_read_by_a_half(tmp_path):
    """Must not fire: an English school-transport form asks 'Name / organisation' beside questions of one language."""
    path = tmp_path / "school-transport-form.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Timestamp", "Name / organisation", "Which group are you in?", "C1: Does this match your experience?"])
        writer.writerow(["2026/05/14 10:15:32 AM GMT", "Ms Grant, Hillside Primary", "Parents", "Agree"])
        writer.writerow(["2026/05/14 11:15:32 AM GMT", "Mr Olsen, Bus Co", "Drivers", "Disagree"])
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, warnings=warnings)
    assert len(items) == 2
    assert not any(item.respondent.startswith(("Ms Grant", "Mr Olsen")) for item in items), [i.respondent for i in items]
