"""Trial BA (hospital discharge of older people): the team extracted into a Word table (a realist extraction form),
which `cmo code import` refused ("expected a .csv or .xlsx file"); and a row where two CMOCs sat in one row, a line
break between them in each of its context, mechanism and outcome cells, became one statement joining both. A Word
document's table is read as a sheet, and such a row is as many statements as it has lines. Checked on another topic
(school-based mental health support) with real .docx files and the real CLI."""

from __future__ import annotations

import json

import docx

from tests.sheet_reviews import cmo_run, review_from_rows

HEADER = ["Study", "Context", "Mechanism", "Outcome", "CMOC no.", "Notes"]
ROWS = [
    ["okafor", "Pupils on a waiting list for CAMHS", "A school counsellor sees them within a week",
     "Fewer pupils miss school", "1", "p.4"],
    ["okafor", "Schools with a counsellor on site\nSchools sharing a counsellor across a trust",
     "Teachers refer early because they know the counsellor\nTeachers wait to refer until a crisis",
     "Problems are met before they escalate\nReferrals arrive at crisis point", "2\n3", "two CMOCs in one row"],
    ["patel", "Secondary schools in a rural county\nwhere buses stop at four",
     "Pupils cannot stay for after-school groups", "Low uptake of group support", "4", "context over two lines"],
]  # fmt: skip


def _document(path, tables):
    document = docx.Document()
    document.add_heading("Realist extraction form (v2)", 1)
    for rows in tables:
        table = document.add_table(rows=0, cols=len(HEADER))
        for row in [HEADER, *rows]:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text
    document.save(path)
    return path


def _review(tmp_path):
    return review_from_rows(tmp_path, [("okafor", "Pupils in a city", "They talk to staff", "They feel safer"),
                                       ("patel", "Pupils in a town", "They join groups", "They feel less alone")])  # fmt: skip


def _statements(review):
    return json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)


def test_a_word_tables_rows_are_imported_and_a_row_of_two_cmocs_is_two_statements(tmp_path):
    """Fails on the old code: the .docx was refused, naming only the extensions it takes."""
    review = _review(tmp_path)
    done = cmo_run("code", "import", str(_document(tmp_path / "extraction.docx", [ROWS])), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    new = _statements(review)[2:]
    assert [s["extra"]["CMOC no."] for s in new] == ["1", "2", "3", "4"], new
    assert new[1]["context"] == "Schools with a counsellor on site" and new[2]["outcome"] == "Referrals arrive at crisis point"
    assert new[2]["note"] == "two CMOCs in one row"  # a cell of one line is each statement's whole
    assert "row 3: the context, mechanism and outcome cells each hold 2 lines" in done.stderr
    # a context written over two lines, its mechanism and outcome in one: one statement, read as it is
    assert new[3]["context"].split() == "Secondary schools in a rural county where buses stop at four".split()
    again = cmo_run("code", "import", str(tmp_path / "extraction.docx"), cwd=review)
    assert "4 statements unchanged" in again.stdout, again.stdout + again.stderr


def test_the_same_row_in_a_csv_is_read_the_same_way(tmp_path):
    """Fails on the old code: the CSV cell's two lines became one statement's context."""
    import csv

    review = _review(tmp_path)
    sheet = tmp_path / "extraction.csv"
    with sheet.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([HEADER, ROWS[1]])
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert [s["context"] for s in _statements(review)[2:]] == [
        "Schools with a counsellor on site",
        "Schools sharing a counsellor across a trust",
    ]


def test_a_second_table_with_the_same_columns_is_named_and_a_document_with_none_refused(tmp_path):
    review = _review(tmp_path)
    done = cmo_run("code", "import", str(_document(tmp_path / "two.docx", [ROWS[:1], ROWS[2:]])), cwd=review)
    assert done.returncode == 1, done.stderr
    assert "table 1 was read; the document's table(s) 2 have the same columns" in done.stderr
    assert len(_statements(review)) == 3
    empty = docx.Document()
    empty.add_paragraph("Notes from the team meeting")
    empty.save(tmp_path / "notes.docx")
    refused = cmo_run("code", "import", str(tmp_path / "notes.docx"), cwd=review)
    assert refused.returncode == 2 and "notes.docx: the document holds no table" in refused.stderr
    assert len(_statements(review)) == 3
