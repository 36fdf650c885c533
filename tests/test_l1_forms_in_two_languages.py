"""Helper L1 (fault found by helper K2): a Nettskjema form (University of Oslo) heads every question in two languages,
numbered, 'Norsk / English' ('1. Navn / Name', '2. Rolle / Role'). Its name question was not read, so every
submission counted as an anonymous respondent of its own, and its role column was named as unread or read only by its
words. Where every question of a sheet is headed in two languages, a header is read by the half that names a
template column. One header with a ' / ' among questions that have none asks two things ('Name / organisation' on a
school-transport form), and is not read as the pseudonym."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cmo.errors import BadInput
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


def test_a_nettskjema_form_one_answer_a_row_is_read_as_the_template_is():
    """Fails on the old code: '3. Hvilket funn? / Which finding' was not read, so the file was refused as naming no
    configuration; its '5. Hva mangler? / What is missing?' is the answer's 'what is missing'."""
    from cmo.normalise import fold

    names = {1: {fold("CMO 1.1"): "C1", fold("CMO 3.1"): "C7", fold("CMO 1.4"): "C9"}}
    groups = {"staff": "Nursing home staff", "gps": "GPs", "relatives": "Residents and relatives"}
    warnings: list[str] = []
    # its groups in Norwegian are none of the review's: each named with the command to alias it, nothing imported
    with pytest.raises(BadInput) as refused:
        parse_feedback_files(
            [DATA / "nettskjema-312456-long.csv"], {"C1", "C7", "C9", "C12"}, 1, groups=groups, names=names, warnings=warnings
        )
    said = str(refused.value)
    assert "'Pårørende' is not one of the review's groups" in said and "cmo domains alias --group" in said, said
    assert "Which finding" not in said, said
    items = parse_feedback_files(
        [DATA / "nettskjema-312456-long.csv"], {"C1", "C7", "C9", "C12"}, 1, names=names, warnings=warnings
    )
    read = {item.respondent: (item.configuration, item.rating, item.missing[:10]) for item in items}
    assert read["Kari N."] == ("C1", "partly", "Farmasøyte")
    assert read["Dr. Lindqvist"] == ("C12", "partly", "Fear of wi")


def test_a_role_column_some_of_whose_answers_name_no_group_is_said():
    """Fails on the old code: '2. Rolle / Role' ('Relative' beside 'Pårørende') gave no group without a word."""
    groups = {"staff": "Nursing home staff", "gps": "GPs", "relatives": "Residents and relatives"}
    warnings: list[str] = []
    items = parse_feedback_files([DATA / "nettskjema-312456-wide.csv"], {"C1", "C7"}, 1, groups=groups, warnings=warnings)
    assert not any(item.group for item in items)
    said = [w for w in warnings if "was read as the role, not the group" in w]
    assert said and "'Pårørende'" in said[0] and "'Relative'" not in said[0] and "cmo domains alias --group" in said[0], warnings


def test_a_role_column_naming_no_group_is_not_said(tmp_path):
    """Must not fire (another topic): a school-transport form's job titles name none of the review's groups."""
    path = tmp_path / "school-transport-form.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Timestamp", "Your pseudonym", "What is your role?", "C1: Does this match your experience?"])
        writer.writerow(["2026/05/14 10:15:32 AM GMT", "Heron", "Head teacher", "Agree"])
        writer.writerow(["2026/05/14 11:15:32 AM GMT", "Otter", "Caretaker", "Disagree"])
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, groups={"parents": "Parents", "pupils": "Pupils"}, warnings=warnings)
    assert {item.role for item in items} == {"Head teacher", "Caretaker"}
    assert not any("not the group" in w for w in warnings), warnings
