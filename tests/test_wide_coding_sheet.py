"""A wide coding sheet, one row per source with its statements' parts in numbered columns ('C1', 'M1', 'O1', 'C2' …
'O6'), as realist extraction forms in Excel lay them out, is read as one statement for each number a row fills. Trial
BO: such a sheet (falls-prevention exercise, 19 sources, 36 CMOCs) was refused whole ('no context, mechanism and
outcome columns', though it named C1 … O6), leaving the team to retype it in long form. A cell that repeats another of
its row ('as C1') is that cell's words. Tested on medicines reconciliation at hospital discharge."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Pharmacist-led medicines reconciliation at discharge: a stepped-wedge trial
AU  - Okafor, Ngozi
PY  - 2019
JO  - BMJ Quality and Safety
ER  -

TY  - JOUR
TI  - Community pharmacy follow-up after discharge: a qualitative study
AU  - Lindqvist, Eva
PY  - 2021
JO  - International Journal of Pharmacy Practice
ER  -
"""

DOMAINS = """domains:
  - slug: handover
    name: Handover of medicines information
    description: How information about a patient's medicines passes from hospital to community pharmacy and GP.
"""

HEADER = ["Study", "Reviewer", "Quality (MMAT)", "C1", "M1", "O1", "C2", "M2", "O2", "C3", "M3", "O3", "Pages"]


def _statements(cmo):
    return [(s["source"], s["context"], s["mechanism"], s["outcome"], s["coder"], s["page"]) for s in cmo.json("code", "list")]


def test_each_number_a_row_fills_is_one_statement_with_its_rows_source_coder_and_pages(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        HEADER,
        [
            keys["pharmacist-led"],
            "AB",
            "5/5",
            "Patients on five or more medicines discharged from a teaching hospital",
            "a pharmacist checks the discharge list against the admission list",
            "fewer unintended discrepancies on the discharge letter",
            "as C1",
            "the GP receives a list with reasons for each change",
            "fewer medicines restarted in error",
            "",
            "",
            "",
            "4-6",
        ],
        [
            keys["community"],
            "CD",
            "4/5",
            "Patients referred to their community pharmacy by the hospital",
            "the community pharmacist calls them within a week of discharge",
            "patients understand which medicines were stopped",
            "",
            "",
            "",
            "",
            "",
            "",
            "12",
        ],
    )
    done = cmo("code", "import", str(sheet))
    assert "Imported 3 new statements" in done.stdout, done.stdout
    said = " ".join(done.stderr.split())
    assert "the columns C1, M1, O1 … O3 number each row's statements" in said, said
    assert "row 2: 'as C1' was read as the words of that cell of the row" in said, said
    discharged = "Patients on five or more medicines discharged from a teaching hospital"
    assert _statements(cmo) == [
        (keys["pharmacist-led"], discharged, "a pharmacist checks the discharge list against the admission list",
         "fewer unintended discrepancies on the discharge letter", "AB", "4-6"),
        (keys["pharmacist-led"], discharged, "the GP receives a list with reasons for each change",
         "fewer medicines restarted in error", "AB", "4-6"),
        (keys["community"], "Patients referred to their community pharmacy by the hospital",
         "the community pharmacist calls them within a week of discharge",
         "patients understand which medicines were stopped", "CD", "12"),
    ]  # fmt: skip
    assert cmo("code", "show", "S1").stdout.count("5/5") == 1  # the team's own column, kept with each statement


def test_a_bad_cell_on_a_wide_row_names_the_sheets_row_once(cmo, tmp_path):
    """A row read as several statements is one row at fault: the count of problems is the rows named, not the
    statements it was read as."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        HEADER,
        ["Nobody 2020", "AB", "", "a ward", "a check", "fewer errors", "a ward", "a call", "fewer readmissions", "", "", "", ""],
    )
    done = cmo("code", "import", str(sheet), code=2)
    said = " ".join(done.stderr.split())
    assert "has 1 problem, so nothing was imported" in said and "row 2, column Study: 'Nobody 2020'" in said, said
    assert cmo.json("code", "list") == []


def test_a_sheet_whose_numbered_columns_name_no_whole_statement_is_not_read_as_wide(cmo, tmp_path):
    """'C1' and 'O1' beside a sheet's own C, M and O columns are the team's own (a checklist's items), never statements."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["source", "context", "mechanism", "outcome", "C1", "O1"],
        [keys["community"], "Referred patients", "a call within a week", "patients understand", "yes", "no"],
    )
    cmo("code", "import", str(sheet), code=None)
    (statement,) = cmo.json("code", "list")
    assert (statement["context"], statement["outcome"]) == ("Referred patients", "patients understand")
