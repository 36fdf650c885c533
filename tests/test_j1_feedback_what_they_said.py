"""Helper J1 (trial H0): carers' comments from a phone call, typed into a DOCX table whose comment column is headed
'What they said', were read without their words (the column named as not read, exit 1), and a row naming 'general'
was dropped unsaid. A column whose header says what people said, wrote or told is the comment column; the 'general'
row, its words now read, is refused naming its row and how to write it ('overall'), as helper H0's fix decided, never
dropped. Must not fire: 'Who said it' names a person, 'What they rated' says no words (a school governors' meeting,
another topic)."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from cmo.errors import BadInput
from cmo.sheets.feedback import parse_feedback_files


def _phone_notes(tmp_path, comment_header: str, about_all: str = "overall"):
    document = docx.Document()
    document.add_paragraph("Carer phone consultation - round 1")
    rows = [
        ["Name (made up)", "Group", "Finding", "Agree? (Y / N / Partly)", comment_header],
        ["Rosella", "Family carers", "C1", "Y", "Nobody asked if I could do his tablets."],
        ["Galah", "Family carers", about_all, "", "Why are there no findings about money?"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.rows[r].cells[c].text = text
    path = tmp_path / "carers-phone-round1.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("header", ["What they said", "What was said", "Their words", "Comments made"])
def test_a_column_of_what_carers_said_is_their_comment(tmp_path, header):
    warnings: list[str] = []
    items = parse_feedback_files([_phone_notes(tmp_path, header)], {"C1", "C2"}, 1, warnings=warnings)
    by_who = {item.respondent: item for item in items}
    assert by_who["Rosella"].configuration == "C1"
    assert by_who["Rosella"].comment == "Nobody asked if I could do his tablets."
    assert by_who["Galah"].configuration == "overall"
    assert "money" in by_who["Galah"].comment
    assert not any("not read" in warning for warning in warnings), warnings


def test_a_row_naming_general_with_its_words_read_is_refused_naming_it_not_dropped(tmp_path):
    with pytest.raises(BadInput, match=r"row 3, column 'Finding': 'general' is not a configuration .*'overall'"):
        parse_feedback_files([_phone_notes(tmp_path, "What they said", "general")], {"C1", "C2"}, 1, warnings=[])


def _governors(tmp_path, header: str):
    book = openpyxl.Workbook()
    book.active.append(["Pseudonym", "Finding", "Agree?", "What the head teacher told us", header])
    book.active.append(["Governor A", "C2", "Partly", "Breakfast club helps attendance on Mondays.", "Mr Okafor"])
    path = tmp_path / "governors meeting.xlsx"
    book.save(path)
    return path


def test_a_school_meeting_note_of_what_was_told_is_read_as_the_comment(tmp_path):
    (item,) = parse_feedback_files([_governors(tmp_path, "Notes")], {"C2"}, 1, warnings=[])
    assert item.comment == "Breakfast club helps attendance on Mondays."


@pytest.mark.parametrize("header", ["Who said it", "What they rated"])
def test_who_said_it_or_what_was_rated_is_not_their_words(tmp_path, header):
    """Must not fire: a column naming the speaker, or what was rated, is not read as anyone's words."""
    warnings: list[str] = []
    (item,) = parse_feedback_files([_governors(tmp_path, header)], {"C2"}, 1, warnings=warnings)
    assert item.comment == "Breakfast club helps attendance on Mondays."
    assert any(header in warning and "not read" in warning for warning in warnings), warnings
