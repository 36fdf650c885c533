"""Trial BW (session 45): person-centred dementia care in acute hospitals, coded in ATLAS.ti 23's Quotation Manager
exported to Excel ('ID', 'Quotation Name', 'Document', 'Quotation Content', 'Codes', 'Reference', 'Comment', 'Created
by' …).

- BW 1: a coder who wrote a quotation's whole CMO in its comment ('C: … ; M: … ; O: …') and coded it with a theme only
  saw it left out as 'no code says a context, mechanism or outcome' (four of 36 quotations). A quotation whose codes say
  no part is read from its comment where the comment marks two parts or more, and said; a comment that does not (a
  page, a memo) leaves it out as before.
- BW 2: the quotation's text, headed 'Quotation Content' as ATLAS.ti's Excel export heads it, was kept as a team column
  and every statement had no quote; its 'Created by' (the coder) was not read either. Both are read as the quote and
  the coder.
- BW 3: 'Reference' (ATLAS.ti's position of each quotation, filled on one row of a web page, blank on the PDFs' rows)
  was first taken for the study column, and its blank cells were filled with the one above ('rows 31, 32 … : the
  'Reference' cell is blank below a row naming its study') before 'Document' was chosen as the source: five rows'
  'Reference' said a position they do not have. A blank study cell continues the study above only in the column read
  as the source.

Sentences are about hospital discharge, not the trial's topic."""

from __future__ import annotations

import openpyxl
from sheet_reviews import review_of
from test_s39c_coding import DOMAINS, RECORDS  # a hospital discharge review

HEADER = ["ID", "Quotation Name", "Document", "Quotation Content", "Codes", "Reference", "Comment", "Created by"]
CODES = "C: Wards with a named discharge nurse\nM: Patients trust one person\nO: Fewer delays"


def _quotations(tmp_path, *rows: list[str]):
    """ATLAS.ti 23's Quotation Manager exported to Excel, one quotation a row."""
    book = openpyxl.Workbook()
    book.active.title = "Quotations"
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    path = tmp_path / "Quotations.xlsx"
    book.save(path)
    return path


def test_a_quotation_coded_with_a_theme_is_read_from_the_cmo_its_comment_writes(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    comment = "C: carers told the date late; M: carers feel unprepared; O: carers decline to take the person home"
    sheet = _quotations(
        tmp_path,
        ["1:1", "The nurse…", "Haugen 2017.pdf", "The nurse was the one person.", CODES, "", "p.4", "Ann Lee"],
        ["2:1", "Nobody rang…", "Moreau 2021.pdf", "Nobody rang us.", "CMO in comment\nFamily carers", "", comment, "Bo Yu"],
    )
    said = cmo("code", "import", str(sheet), code=0)
    statements = cmo.json("code", "list")
    assert [(s["source"], s["context"], s["mechanism"], s["outcome"]) for s in statements] == [
        (keys["discharge"], "Wards with a named discharge nurse", "Patients trust one person", "Fewer delays"),
        (keys["home"], "carers told the date late", "carers feel unprepared", "carers decline to take the person home"),
    ]
    assert statements[1]["note"] == comment  # the coder's words kept as written
    assert "row 3: no code says a context, mechanism or outcome, but the comment writes the statement" in said.stderr
    assert "no statements and were left out" not in said.stderr
    assert "and 'Reference' is blank, so each statement's source was read from 'Document'" in said.stderr  # not 'none ()'


def test_a_comment_marking_no_parts_leaves_the_quotation_out_as_before(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _quotations(
        tmp_path,
        ["1:1", "The nurse…", "Haugen 2017.pdf", "The nurse was the one person.", CODES, "", "p.4", "Ann Lee"],
        ["2:1", "Nobody rang…", "Moreau 2021.pdf", "Nobody rang us.", "Memo", "", "check with the carer's lead, p.7", "Bo Yu"],
        ["2:2", "We were…", "Moreau 2021.pdf", "We were not asked.", "Family carers", "", "Carers (C) unheard", "Bo Yu"],
    )
    said = cmo("code", "import", str(sheet), code=None)
    assert len(cmo.json("code", "list")) == 1
    assert "rows 3, 4: no code says a context, mechanism or outcome, so these passages are no statements" in said.stderr


def test_an_atlas_ti_quotation_content_is_the_quote_and_its_creator_the_coder(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _quotations(
        tmp_path, ["1:1", "The nurse…", "Haugen 2017.pdf", "The nurse was the one person.", CODES, "", "p.4", "Ann Lee"]
    )
    said = cmo("code", "import", str(sheet), code=0)
    (statement,) = cmo.json("code", "list")
    assert (statement["quote"], statement["coder"]) == ("The nurse was the one person.", "Ann Lee")
    assert "Quotation Content" not in statement["extra"] and "Created by" not in statement["extra"]
    assert "no column was read as the statements' quotes" not in said.stderr


def test_a_blank_cell_continues_the_study_only_in_the_column_read_as_the_source(cmo, tmp_path):
    """'Reference' is set aside for 'Document', which names the sources: its blank cells stay blank."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _quotations(
        tmp_path,
        ["1:1", "The nurse…", "Haugen 2017.pdf", "The nurse was the one person.", CODES, "¶ 3 – 4", "", "Ann Lee"],
        ["2:1", "Nobody rang…", "Moreau 2021.pdf", "Nobody rang us.", CODES, "", "", "Bo Yu"],
        ["2:2", "We were…", "Moreau 2021.pdf", "We were not asked.", CODES.replace("Fewer", "No fewer"), "", "", "Bo Yu"],
    )
    said = cmo("code", "import", str(sheet), code=0)
    references = [s["extra"].get("Reference", "") for s in cmo.json("code", "list")]
    assert references == ["¶ 3 – 4", "", ""]
    assert "blank below a row naming its study" not in said.stderr
