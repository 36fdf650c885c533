"""Trial BU 2: a Delphi round's results sheet (a row per configuration, a column of 1-9 ratings per panellist P01 …
P08, the row's median and share rating 7-9, a comments column) was refused: 'missing columns pseudonym, configuration,
rating'. Each panellist's column is a respondent by their code; a comment opening with a code is theirs; the row's
summaries are named and not read."""

from __future__ import annotations

import openpyxl
import pytest
from sheet_reviews import activity_review


@pytest.fixture
def school(cmo, tmp_path):
    return activity_review(cmo, tmp_path)


def grid(path, header, *rows):
    """A panel's results workbook as a Delphi team keeps it: a title line, a blank line, then the table."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Round 1 results"
    sheet.append(["Delphi round 1 – school activity – exported 12 March 2026"])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_each_panellists_column_is_a_respondent_and_a_comment_goes_to_the_panellist_it_names(school, tmp_path):
    """Fails on the old code: 'row 3: missing columns pseudonym, configuration, rating', nothing imported."""
    path = grid(
        tmp_path / "delphi-round1.xlsx",
        ["Item", "Statement", "T01", "T02", "T03", "Median", "Q1", "Comments"],
        ["C1", "Teachers trust that movement breaks fit the timetable", 8, 2, None, 5, 2, "T02: only with the head's backing"],
        ["C2", "Pupils feel the after-school club is theirs", 7, 5, 9, 7, 5, "Ask the pupils too"],
    )
    done = school("feedback", "import", str(path), "--round", "1", "--scale", "1-9", code=None)
    assert done.exit_code == 1, done.stderr  # 'Median' and 'Q1' not read: exit 1
    listed = {(a["respondent"], a["configuration"]): a for a in school.json("feedback", "list", "--round", "1")}
    assert {key: (a["rating"], a["comment"]) for key, a in listed.items()} == {
        ("T01", "C1"): ("agree", ""),
        ("T02", "C1"): ("disagree", "only with the head's backing"),
        ("T01", "C2"): ("agree", ""),
        ("T02", "C2"): ("partly", ""),
        ("T03", "C2"): ("agree", ""),
        ("Anonymous (delphi-round1.xlsx row 5)", "C2"): (None, "Ask the pupils too"),
    }
    assert "a column of ratings per panellist (T01, T02, T03), each panellist a respondent by their code" in done.stderr
    assert "the columns 'Median' (2 rows), 'Q1' (2 rows) were not read" in done.stderr


def test_a_sheet_of_each_rounds_medians_is_no_panel(school, tmp_path):
    """Must not fire: columns headed by rounds, or counting something, are no panellists; refused as before."""
    path = grid(
        tmp_path / "medians.xlsx",
        ["Item", "Round 1", "Round 2", "Round 3", "Sources"],
        ["C1", 5, 6, 7, 2],
        ["C2", 7, 7, 8, 1],
    )
    done = school("feedback", "import", str(path), "--round", "1", "--scale", "1-9", code=2)
    assert "missing columns" in done.stderr and "panel" not in done.stderr


def test_a_row_naming_no_configuration_is_named_by_its_row_not_the_grid_refused_as_missing_columns(school, tmp_path):
    """Re-check RG 5: a panel's grid with an item the panel proposed itself ('New: parents invited') was refused as
    'missing columns pseudonym, configuration, rating', which sent the team looking for columns it had. Fails on the old
    code: the grid is read as a grid, and the one row naming no configuration is the problem named, nothing imported."""
    path = grid(
        tmp_path / "delphi-round1.xlsx",
        ["Item", "Statement", "T01", "T02", "T03", "Median"],
        ["C1", "Teachers trust that movement breaks fit the timetable", 8, 2, 7, 7],
        ["New 1", "Parents are invited to the sports day", 9, 8, 9, 9],
        ["C2", "Pupils feel the after-school club is theirs", 7, 5, 9, 7],
    )
    done = school("feedback", "import", str(path), "--round", "1", "--scale", "1-9", code=2)
    assert "missing columns" not in done.stderr
    assert "row 5" in done.stderr and "'New 1' is not a configuration of round 1" in done.stderr
    assert school.json("feedback", "list", "--round", "1") == []


def test_a_column_naming_configurations_in_only_one_row_is_no_grid(school, tmp_path):
    """Must not fire: a column where one row of many happens to name a configuration is not the grid's item column."""
    path = grid(
        tmp_path / "ratings.xlsx",
        ["Item", "T01", "T02", "T03"],
        ["C1", 8, 2, 7],
        ["Parents are invited", 9, 8, 9],
        ["Sports day", 7, 5, 9],
    )
    done = school("feedback", "import", str(path), "--round", "1", "--scale", "1-9", code=2)
    assert "missing columns" in done.stderr and "read as a panel" not in done.stderr
