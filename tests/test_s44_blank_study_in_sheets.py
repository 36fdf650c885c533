"""Trial BR 9: an Excel coding sheet that leaves a study's cell blank on the rows below its first (not merged) was refused
whole ("rows 9, 11, 12 and 13 more, column Study: no source key"), where a Word form's blank cell had just been read as
continuing the study above (trial BM 9). One rule for every table: the row continues the study above it, said by row; a
blank on the first row is still refused. A review of school breakfast clubs, in CSV and in a workbook."""

import json

import openpyxl
import pytest
from sheet_reviews import cmo_run, review_from_rows

ROWS = [
    ("club2021", "primary schools in deprived areas", "free breakfast before lessons; pupils arrive on time", "less lateness"),
    ("bell2019", "secondary schools", "a club run by older pupils; younger pupils feel welcome", "more pupils attend"),
]
HEADER = ["Study", "Context", "Mechanism", "Outcome"]
SHEET = [
    ["club2021", "primary schools in deprived areas", "free breakfast before lessons; pupils arrive on time", "less lateness"],
    ["", "schools with a late bus", "breakfast served until the bus arrives; no pupil misses it", "fewer hungry pupils"],
    ["", "schools near a food bank", "parents are told of the club at the food bank; families use it", "more pupils eat"],
]


def _write(path, rows):
    if path.suffix == ".csv":
        import csv

        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([HEADER, *rows])
    else:
        book = openpyxl.Workbook()
        for row in [HEADER, *rows]:
            book.active.append(row)
        book.save(path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_blank_study_cell_below_a_named_one_continues_it_and_is_said(tmp_path, suffix):
    review = review_from_rows(tmp_path, ROWS)
    sheet = _write(tmp_path / f"more{suffix}", SHEET)
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = " ".join(done.stderr.split())
    assert "rows 3, 4: the 'Study' cell is blank below a row naming its study, so each was read as continuing" in said
    coded = {s["context"]: s["source"] for s in json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)}
    assert coded["schools with a late bus"] == coded["schools near a food bank"] == "club2021"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_blank_study_cell_on_the_first_row_is_still_refused(tmp_path, suffix):
    review = review_from_rows(tmp_path, ROWS)
    sheet = _write(tmp_path / f"more{suffix}", [["", *SHEET[1][1:]], SHEET[0]])
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode == 2 and "row 2, column Study: no source key" in done.stderr, done.stderr
