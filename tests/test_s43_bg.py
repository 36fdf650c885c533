"""Trial BG (hospital discharge teams for people experiencing homelessness): the team coded in an NVivo framework
matrix, a row per source and a column per context, mechanism and outcome node, each cell the coder's summary with
several CMOCs numbered in it, '1) … 2) …'. Split one a line, each statement kept its number: 30 statements read
'2) Patients referred late…', and the numbers went into titles ('2) Patients 2) Not enough time…'), packs and the
report (75 times '1) '). A cell numbering its items in sequence holds one statement an item, without its number,
whether the items are typed on one line or one a line. Checked on another topic (community pharmacy support for
people starting antidepressants) with real files and the real CLI."""

from __future__ import annotations

import json

from tests.sheet_reviews import cmo_run, review_from_rows, write_csv


def _review(tmp_path):
    return review_from_rows(
        tmp_path,
        [("mensah", "Adults in a city", "They ask the pharmacist", "They keep taking tablets"),
         ("ortiz", "Adults in a town", "They read the leaflet", "They feel reassured")],
    )  # fmt: skip


def _statements(review):
    return json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)


def test_a_cell_numbering_its_cmocs_gives_one_statement_an_item_without_its_number(tmp_path):
    """Fails on the old code: the one-line row was refused as nothing (its domain cell '1) safety 2) connecting' no
    domain), and with the domain typed one a line each statement read '1) Adults starting…'."""
    review = _review(tmp_path)
    sheet = write_csv(
        tmp_path / "matrix.csv",
        ["Case", "Context", "Mechanism", "Outcome", "Domain"],
        ["mensah",
         "1) Adults starting an antidepressant in their first fortnight 2) Adults who buy from an online pharmacy",
         "1) The pharmacist calls to ask about side effects; they feel someone is checking on them "
         "2) No one asks how they are",
         "1) They keep taking the tablets past the first month 2) They stop when the nausea starts",
         "1) safety 2) connecting"],
        ["ortiz", "(a) Rural patients\nwith no bus on Sundays\n(b) Patients with a repeat prescription",
         "(a) Delivery removes the trip\n(b) The pharmacist reviews the dose at each refill",
         "(a) Fewer missed doses\n(b) Earlier changes of dose", "safety"],
    )  # fmt: skip
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    new = _statements(review)[2:]
    assert [s["context"] for s in new] == [
        "Adults starting an antidepressant in their first fortnight",
        "Adults who buy from an online pharmacy",
        "Rural patients with no bus on Sundays",
        "Patients with a repeat prescription",
    ], new
    assert new[1]["mechanism"] == "No one asks how they are" and new[3]["outcome"] == "Earlier changes of dose"
    assert [s["domain"] for s in new] == ["safety", "connecting", "safety", "safety"]
    assert "rows 2, 3: the context, mechanism and outcome cells each hold 2 lines (or numbered items)" in done.stderr


def test_numbers_that_are_no_list_stay_in_the_statement(tmp_path):
    """The rule must not fire: a cell that starts with no mark, marks out of sequence, or one item alone is read as
    written, and its row is one statement."""
    review = _review(tmp_path)
    sheet = write_csv(
        tmp_path / "sheet.csv",
        ["Source", "Context", "Mechanism", "Outcome"],
        ["mensah", "Doses of 1) 50 mg or 2) 100 mg", "1) The pharmacist explains the dose 3) and the timing",
         "Fewer errors"],
        ["ortiz", "1) Weekend opening only", "Patients can come after work", "More collect on time"],
    )  # fmt: skip
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    new = _statements(review)[2:]
    assert [(s["context"], s["mechanism"]) for s in new] == [
        ("Doses of 1) 50 mg or 2) 100 mg", "1) The pharmacist explains the dose 3) and the timing"),
        ("1) Weekend opening only", "Patients can come after work"),
    ], new
    assert "numbered items" not in done.stderr


def _matrix(path, rows, corner=""):
    """A framework matrix as NVivo exports it to Excel: the cell over the cases blank, each column its node's label
    after a letter, 'A : Context', each row its case's after a number, '1 : mensah' (a case named by the source's key)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Framework Matrix 1"
    sheet.append([corner, "A : Context", "B : Mechanism", "C : Outcome", "D : Memo"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_nvivo_matrix_is_read_by_its_labels_and_its_cases(tmp_path):
    """Fails on the old code: refused, 'the header row has no source, mechanism and outcome columns'."""
    review = _review(tmp_path)
    sheet = _matrix(
        tmp_path / "matrix.xlsx",
        [["1 : mensah", "Adults with a new prescription", "The pharmacist phones after a week", "Fewer stop early", "AK"],
         ["2 : ortiz", "Housebound adults", "Tablets are delivered", "Fewer missed doses", "AK, p.3"]],
    )  # fmt: skip
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    new = _statements(review)[2:]
    assert [(s["source"], s["mechanism"]) for s in new] == [
        ("mensah", "The pharmacist phones after a week"),
        ("ortiz", "Tablets are delivered"),
    ], new
    assert "column A has no header and its cells name the review's sources" in done.stderr
    assert "has no header, so what it holds" not in done.stderr


def test_a_column_with_no_header_naming_no_source_is_still_no_source(tmp_path):
    """The rule must not fire: a blank-headed column of row numbers names no source, so the sheet still lacks one and
    is refused, naming it; a colon in a label that is no matrix index stays ('Note: p. 4' is no note)."""
    review = _review(tmp_path)
    sheet = _matrix(
        tmp_path / "matrix.xlsx",
        [["1", "Adults with a new prescription", "The pharmacist phones after a week", "Fewer stop early", "AK"]],
    )
    done = cmo_run("code", "import", str(sheet), cwd=review)
    assert done.returncode == 2 and "no 'source' column" in done.stderr, done.stderr
    from cmo.sheets.tables import header_key, without_matrix_index

    assert without_matrix_index("Note: p. 4") == "Note: p. 4" and header_key("B : Mechanism") == header_key("Mechanism")
    assert without_matrix_index("Smith 2019 : protocol") == "Smith 2019 : protocol"
