"""Helper LQ 2 (trial CH): easy-read paper forms typed into Excel had a 'Who filled it in' column ('self', 'with
supporter', 'family carer', 'mum'); the import named it as unread and exited 1, so whether a carer answered for the
person was lost. Now, where the sheet asks for no role, a column saying who filled in each form is kept with each answer
as the respondent's role, and the import says so. The sheets are written as Excel saves a team's typing (openpyxl)."""

from __future__ import annotations

import openpyxl

from cmo.sheets.feedback import parse_feedback_files


def _typed_up(tmp_path, header, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "Easy read forms typed up.xlsx"
    book.save(path)
    return path


def test_who_filled_in_a_paper_form_is_kept_with_each_answer(tmp_path):
    header = ["Pseudonym", "Who filled it in", "C1: Does this match your experience?", "C1: Comments"]
    rows = [["Robin", "self", "Yes", "the waiting room is too noisy"], ["Thrush", "with supporter (Amir read it out)", "No", ""]]
    warnings: list[str] = []
    items = parse_feedback_files([_typed_up(tmp_path, header, rows)], {"C1"}, 1, warnings=warnings)
    assert {(i.respondent, i.role) for i in items} == {("Robin", "self"), ("Thrush", "with supporter (Amir read it out)")}
    assert any("the column 'Who filled it in' says who filled in each form" in w for w in warnings)
    assert not any("not read" in w for w in warnings), warnings


def test_a_role_the_form_asks_for_stays_the_role_and_completed_by_is_named(tmp_path):
    """Must not fire where the form asks for a role (another topic: a school meals survey of staff)."""
    header = ["Pseudonym", "What is your role?", "Completed by", "C1: Does this match your experience?"]
    rows = [["Kestrel", "Cook", "office staff", "Agree"]]
    warnings: list[str] = []
    items = parse_feedback_files([_typed_up(tmp_path, header, rows)], {"C1"}, 1, warnings=warnings)
    assert [i.role for i in items] == ["Cook"]
    assert any("'Completed by' (1 row)" in w and "not read" in w for w in warnings), warnings


def test_a_date_the_form_was_completed_is_not_who_filled_it_in(tmp_path):
    header = ["Pseudonym", "Date completed", "C1: Does this match your experience?"]
    rows = [["Kestrel", "2026-11-20", "Agree"]]
    items = parse_feedback_files([_typed_up(tmp_path, header, rows)], {"C1"}, 1, warnings=[])
    assert [i.role for i in items] == [""]
