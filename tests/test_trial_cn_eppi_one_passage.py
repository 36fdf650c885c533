"""Trial CN (a midwife's rapid realist review of interpreters in maternity care): her EPPI-Reviewer coding report
highlighted one passage per study and coded it Context, Mechanism and Outcome, writing each code its own words in the
'Info box'. The report writes that passage three times, once per code; cmo read the three rows as one passage coded
with several parts at once and gave its context, mechanism and outcome all the Context's Info box: two parts of every
statement were lost, unsaid. Rows of one passage whose coder's words differ are a segment per code. Tested on another
topic: falls prevention in care homes."""

from __future__ import annotations

from openpyxl import Workbook
from sheet_reviews import review_of

RECORDS = """TY  - JOUR
TI  - Hip protectors and night-time falls in care homes: a mixed-methods evaluation
AU  - Okafor, Chidi
PY  - 2020
JO  - Age and Ageing
ER  -
"""

DOMAINS = """domains:
  - slug: falls
    name: Preventing falls
    description: What helps care home staff keep residents from falling.
"""

HEADER = ["Item ID", "ShortTitle", "Code", "Info box", "Coded text"]
PASSAGE = 'Page 6:\n[¬s]"the night staff know who gets up to the toilet"[¬e]'


def _report(path, *rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Coding report"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def test_one_passage_coded_c_m_and_o_each_with_its_info_box_keeps_each_part_s_words(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _report(
        tmp_path / "EPPI coding report.xlsx",
        [7701, "Okafor (2020)", "Context – Night shift", "residents who get up at night, two staff on shift", PASSAGE],
        [7701, "Okafor (2020)", "Mechanism – Knowing residents", "staff anticipate who will get up", PASSAGE],
        [7701, "Okafor (2020)", "Outcome – Fewer falls", "fewer unwitnessed falls at night", PASSAGE],
    )
    cmo("code", "import", str(sheet))
    [statement] = cmo.json("code", "list")
    assert statement["source"] == keys["hip"]
    assert (statement["context"], statement["mechanism"], statement["outcome"]) == (
        "residents who get up at night, two staff on shift",
        "staff anticipate who will get up",
        "fewer unwitnessed falls at night",
    )
    assert statement["quote"] == '"the night staff know who gets up to the toilet"'
    assert statement["page"] == "6"


def test_one_passage_coded_with_several_parts_and_no_info_box_is_still_one_passage(cmo, tmp_path):
    """Must not fire: rows of one passage whose Info box is blank (a tool's row per code) stay one passage, each part the
    name of its code, as before."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _report(
        tmp_path / "EPPI coding report.xlsx",
        [7701, "Okafor (2020)", "Context – Night shift", "", PASSAGE],
        [7701, "Okafor (2020)", "Mechanism – Knowing residents", "", PASSAGE],
        [7701, "Okafor (2020)", "Outcome – Fewer falls", "", PASSAGE],
    )
    said = cmo("code", "import", str(sheet))
    [statement] = cmo.json("code", "list")
    assert (statement["context"], statement["mechanism"], statement["outcome"]) == (
        "Night shift",
        "Knowing residents",
        "Fewer falls",
    )
    assert "1 passage coded with codes of several parts at once" in said.stderr


def test_a_report_that_names_no_coder_says_so_with_the_way_to_name_one(cmo, tmp_path):
    """The report has no coder column: the statements name none, and the report's 'Statements by coder' counted 25 'not
    recorded' without a word at the import."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _report(
        tmp_path / "EPPI coding report.xlsx",
        [7701, "Okafor (2020)", "Context – Night shift", "residents who get up at night", PASSAGE],
        [7701, "Okafor (2020)", "Mechanism – Knowing residents", "staff anticipate who will get up", PASSAGE],
        [7701, "Okafor (2020)", "Outcome – Fewer falls", "fewer unwitnessed falls at night", PASSAGE],
    )
    said = cmo("code", "import", str(sheet)).stderr
    assert "the export names no coder" in said and "fill the 'coder' column of 'cmo code template'" in said, said


def test_a_segments_export_with_its_author_column_says_nothing_of_a_coder(cmo, tmp_path):
    """Must not fire: MAXQDA's coded segments name who coded each in 'Author', read as the coder."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = tmp_path / "Coded segments.xlsx"
    book = Workbook()
    book.active.append(["Document name", "Code", "Segment", "Author"])
    for code, words in (("Context\\Night shift", "two staff at night"), ("Mechanism\\Knowing", "they know who gets up")):
        book.active.append(["Okafor 2020", code, words, "CO"])
    book.active.append(["Okafor 2020", "Outcome\\Fewer falls", "fewer falls at night", "CO"])
    book.save(sheet)
    said = cmo("code", "import", str(sheet)).stderr
    assert "names no coder" not in said, said
    assert cmo.json("code", "list")[0]["coder"] == "CO"
