"""Helper H3: a LINE group's answers typed into a sheet with the carers' Japanese under '原文 (LINE)' and the team's
English under 'Comment (EN translation)' kept only the English; the Japanese was named as not read and lost. Where a
sheet heads a column as a translation of the answer and one other column as the original, the column the team heads
as the answer stays the answer in force (counted, quoted) and the original is kept with it (`FeedbackItem.original`),
said. Must not fire without a translation named, or on a column that does not say it is the original. Tested on a
Korean housing panel ('원문')."""

from __future__ import annotations

import openpyxl
import pytest

from cmo.sheets.feedback import parse_feedback_files


def _sheet(tmp_path, header: list[str], row: list[str]):
    book = openpyxl.Workbook()
    book.active.append(header)
    book.active.append(row)
    path = tmp_path / "housing panel.xlsx"
    book.save(path)
    return path


def test_the_words_as_written_are_kept_beside_the_translation_in_force(tmp_path):
    path = _sheet(
        tmp_path,
        ["Pseudonym", "Finding", "Agree?", "원문", "Comment (EN translation)"],
        ["Tenant 3", "C2", "Agree", "수리가 너무 늦어요", "Repairs are far too slow"],
    )
    warnings: list[str] = []
    (item,) = parse_feedback_files([path], {"C2"}, 1, warnings=warnings)
    assert item.comment == "Repairs are far too slow"
    assert item.original == "수리가 너무 늦어요"
    assert any("'원문' was read as the answers as written" in w for w in warnings), warnings


@pytest.mark.parametrize(
    "header",
    [
        ["Pseudonym", "Finding", "Agree?", "원문", "Comment"],  # no translation named: the column is named, not read
        ["Pseudonym", "Finding", "Agree?", "Notes", "Comment (EN translation)"],  # not said to be the original
    ],
)
def test_without_a_translation_and_its_original_nothing_is_kept_as_written(tmp_path, header):
    path = _sheet(tmp_path, header, ["Tenant 3", "C2", "Agree", "수리가 너무 늦어요", "Repairs are far too slow"])
    warnings: list[str] = []
    (item,) = parse_feedback_files([path], {"C2"}, 1, warnings=warnings)
    assert item.original == ""
    assert any(header[3] in w and "not read" in w for w in warnings), warnings
