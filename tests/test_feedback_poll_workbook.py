"""Trial BT 5: Slido's poll results workbook (an overview tab, then a tab per poll: the poll's question and its type
above a header of who answered, their answer and when) was refused as a form's sheet naming no tab, the overview read
for the answers. Each poll's tab is read as a form's one question, its configuration named by the poll's words; a
participant's answers to two polls on one configuration are one answer; the overview is named and left unread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sheet_reviews import activity_review

HEADER = ["Participant name", "Participant group", "Answer", "Submitted at"]


def slido(path: Path, polls: list[tuple[str, str, list[list[object]]]]) -> Path:
    """A poll results workbook as Slido writes it: the overview, then each poll's tab."""
    book = openpyxl.Workbook()
    overview = book.active
    overview.title = "Overview"
    overview.append(["Slido", "School activity ERG"])
    overview.append([])
    overview.append(["Poll", "Type", "Participants", "Votes"])
    for question, kind, rows in polls:
        overview.append([question, kind, len(rows), len(rows)])
    for number, (question, kind, rows) in enumerate(polls, start=1):
        sheet = book.create_sheet(f"Poll {number}")
        sheet.append([question])
        sheet.append([kind])
        sheet.append([])
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


AT = datetime(2026, 3, 10, 15, 5)


@pytest.fixture
def school(cmo, tmp_path):
    return activity_review(cmo, tmp_path)


def test_each_polls_tab_is_read_and_a_participants_polls_on_one_configuration_are_one_answer(school, tmp_path):
    """Fails on the old code: '…xlsx row 5: the sheet has one row per respondent…', the overview read, no tab named."""
    path = slido(
        tmp_path / "ERG meeting polls.xlsx",
        [
            ("C1 Teachers trust that movement breaks fit the timetable – do you agree?", "Multiple choice",
             [["Birch", "", "Agree", AT], ["Anonymous", "", "Disagree", AT]]),
            ("C2 Pupils feel the after-school club is theirs – do you agree?", "Multiple choice",
             [["Birch", "", "Partly agree", AT]]),
            ("C1: What is missing or wrong?", "Open text", [["Birch", "", "Supply teachers skip them.", AT]]),
        ],
    )  # fmt: skip
    done = school("feedback", "import", str(path), "--round", "1", code=None)
    assert done.exit_code in (0, 1), done.stderr
    listed = {(a["respondent"], a["configuration"]): a for a in school.json("feedback", "list", "--round", "1")}
    assert sorted(listed) == [
        ("Anonymous (row 6 of tab 'Poll 1', sent 2026-03-10T15:05:00)", "C1"),
        ("Birch", "C1"),
        ("Birch", "C2"),
    ]
    assert (listed["Birch", "C1"]["rating"], listed["Birch", "C1"]["missing"]) == ("agree", "Supply teachers skip them.")
    assert "replaced" not in done.stdout
    assert "its tab 'Overview', no poll's answers (a summary of them), was not read" in done.stderr


def test_a_workbook_of_one_row_per_answer_under_a_title_is_no_poll(school, tmp_path):
    """Must not fire: the template's layout with an 'Answer' column, under a title, beside an instructions tab."""
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["Type one row per answer"])
    sheet = book.create_sheet("Answers")
    sheet.append(["ERG round 1"])
    sheet.append(["Pseudonym", "Configuration", "Answer"])
    sheet.append(["Birch", "C1", "Agree"])
    book.save(path := tmp_path / "answers.xlsx")
    done = school("feedback", "import", str(path), "--round", "1", code=None)
    assert "poll" not in done.stderr
    assert [(a["respondent"], a["configuration"]) for a in school.json("feedback", "list", "--round", "1")] == [("Birch", "C1")]


def test_a_forms_workbook_with_an_empty_tab_and_a_notes_tab_is_read_as_ever(school, tmp_path):
    """Must not fire: the first reading of poll tabs refused the whole file, 'the sheet is empty', for its blank tab."""
    book = openpyxl.Workbook()
    book.active.title = "Form1"
    book.active.append(["Timestamp", "Your pseudonym", "How far do you agree? [C1 Teachers trust that movement breaks fit]"])
    book.active.append(["2026/03/02 9:15:32 AM GMT", "Birch", "Agree"])
    book.create_sheet("Sheet2")
    book.create_sheet("Notes").append(["Sent to the governors too"])
    book.save(path := tmp_path / "ERG form.xlsx")
    done = school("feedback", "import", str(path), "--round", "1", code=None)
    assert "poll" not in done.stderr
    assert [(a["respondent"], a["configuration"]) for a in school.json("feedback", "list", "--round", "1")] == [("Birch", "C1")]
