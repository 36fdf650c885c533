"""Helper E3: a CSV row cut by a comma typed outside quotes has one cell more than its header, and every cell after the
cut was read under the next column's header: a coding sheet's "physiotherapists visit, and tailor the exercises" put
"and tailor the exercises" in the outcome and the outcome in the page, imported with a word only about a column with no
header; a REDCap download's comment with a comma put its tail in the next question's rating. A spreadsheet or a form tool
writes every row of a CSV as wide as its header and quotes a cell holding the delimiter, so such a row is refused,
naming file and row, and nothing is imported. A sheet Excel saved with a column of notes and no header (every row as
wide as the header) is read as before. Tested on falls prevention."""

from __future__ import annotations

from conftest import DATA

CUT = DATA / "cut_rows"


def _review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2021")


def test_a_coding_sheet_row_cut_by_a_comma_is_refused_naming_the_row(cmo):
    _review(cmo)
    refused = cmo("code", "import", str(CUT / "coding-hand-typed-comma.csv"), code=2)
    assert "coding-hand-typed-comma.csv row 2: the row has 6 cells but the header has 5 columns" in refused.stderr
    assert "comma typed outside quotes" in refused.stderr and "nothing was imported" in refused.stderr
    assert cmo.json("code", "list") == []


def test_a_column_excel_saved_without_a_header_is_still_read_and_named(cmo):
    _review(cmo)
    said = cmo("code", "import", str(CUT / "coding-excel-unheaded-column.csv"), code=1)
    assert "column F has no header" in said.stderr
    statements = cmo.json("code", "list")
    assert [s["outcome"] for s in statements] == ["fewer falls", "people keep exercising"]
    assert [s["page"] for s in statements] == ["4", "7"]


def test_a_redcap_download_with_a_comment_cut_by_a_comma_is_refused_naming_the_row(cmo):
    _review(cmo)
    cmo("code", "import", str(CUT / "coding-excel-unheaded-column.csv"), code=1)
    cmo("refine", "--backend", "lexical")
    cmo("round", "close", code=None)
    refused = cmo("feedback", "import", str(CUT / "redcap-raw-comma-cut.csv"), str(CUT / "redcap-DataDictionary.csv"), code=2)
    assert "redcap-raw-comma-cut.csv row 2: the row has 11 cells but the header has 10 columns" in refused.stderr
    assert cmo.json("feedback", "list") == []


def test_a_screening_or_appraisal_row_cut_by_a_comma_is_refused_and_nothing_applied(cmo):
    """A reason typed by hand with a comma ("wrong population, care homes not own homes") lost its second half."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    refused = cmo("select", "import", str(CUT / "screening-hand-typed-comma.csv"), code=2)
    assert "screening-hand-typed-comma.csv row 3: the row has 4 cells but the header has 3 columns" in refused.stderr
    assert "no decision was applied" in refused.stderr
    assert {s["status"] for s in cmo.json("sources", "list")} == {"unscreened"}
    refused = cmo("appraise", "--file", str(CUT / "appraisal-hand-typed-comma.csv"), code=2)
    assert "appraisal-hand-typed-comma.csv row 2: the row has 5 cells but the header has 4 columns" in refused.stderr
