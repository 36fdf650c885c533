"""Trial BE (session 43): interpreting in primary care, coded in ATLAS.ti, answered through LimeSurvey.

- BE 1: a LimeSurvey group question with an 'Other' choice ('Q02' beside 'Q02[other]. … [Other]') lost every
  respondent's group when the one respondent who chose 'Other' typed words naming a group ('Delivery driver'): the
  '[other]' column, every answer of which then named a group, was read as the group, and 'Q02' was named as unread. A
  column giving another question's 'Other' words is never itself the group.
- BE 2: ATLAS.ti's Quotation Manager names each quotation's document by the file it was added from ('Greenhalgh et al
  2006.pdf'): every row was refused as no source, though the name before '.pdf' cites one. A source cell written as a
  document's file name is read as the name before its extension.
- BE 3: ATLAS.ti's Quotation Manager lists each quotation's codes in one 'Codes' cell, one a line ('C: Time pressure',
  'M: Trust in interpreter', 'O: Patient understood'), and its text in 'Content': the export was refused as having no
  context, mechanism and outcome columns. A passage's codes listed one a line give its context, mechanism and outcome
  from the codes that say each part, as a code matrix's ticked codes do, and 'Content' is its quote.

Sentences are about cycle lanes and hospital discharge, not the trial's topic."""

from __future__ import annotations

import openpyxl
from sheet_reviews import review_of, write_csv
from test_s39c_coding import DOMAINS, RECORDS  # a hospital discharge review

from cmo.sheets.feedback import parse_feedback_files
from tests.test_s41_feedback import GROUPS, KNOWN, _limesurvey


def _rows(other_words: str) -> list[list[str]]:
    start = ["2026-12-01 09:02:00", "2026-12-01 09:10:00", "10.0.0.1", ""]
    return [
        ["1", "2026-12-01 09:10:00", "3", "en", "311", *start, "Osprey", "Cyclists", "", "Agree", "Disagree", ""],
        ["2", "2026-12-01 09:20:00", "3", "en", "312", *start, "Stoat", "Residents", "", "Agree", "", ""],
        ["3", "2026-12-01 09:30:00", "3", "en", "313", *start, "Marten", "Other", other_words, "Disagree", "", ""],
    ]


def test_a_limesurvey_other_column_naming_a_group_is_not_the_group_question(tmp_path):
    warnings: list[str] = []
    path = _limesurvey(tmp_path, "both", rows=_rows("Delivery driver"))
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=warnings)
    group_of = {item.respondent: item.group for item in items}
    assert group_of["Osprey"] == "riders" and group_of["Stoat"] == "residents"  # Q02's answers, not lost
    assert group_of["Marten"] == "drivers"  # the words typed for 'Other' name a group: read as it
    assert not any("was not read" in w for w in warnings)


def test_a_limesurvey_other_column_naming_no_group_still_gives_the_respondents_words(tmp_path):
    """Where the words name none of the review's groups, they are kept as the respondent's own, as before."""
    path = _limesurvey(tmp_path, "both", rows=_rows("School crossing patrol"))
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=[])
    group_of = {item.respondent: item.group for item in items}
    assert group_of["Osprey"] == "riders" and group_of["Stoat"] == "residents"
    assert not group_of["Marten"]


NAMED = ("Wards with a named discharge nurse", "Patients trust one person to organise their going home", "Fewer delays")
LATE = ("Carers told the discharge date late", "Carers feel left out and unprepared", "Carers decline to take them home")


def test_a_document_named_by_its_file_name_names_its_source(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "quotations.csv",
        ["Document", "Context", "Mechanism", "Outcome"],
        ["Haugen 2017.pdf", *NAMED],
        ["Moreau 2021.DOCX", *LATE],
    )
    cmo("code", "import", str(sheet))
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["discharge"], keys["home"]]


def test_a_file_name_citing_no_source_is_still_refused_as_written(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(tmp_path / "quotations.csv", ["Document", "Context", "Mechanism", "Outcome"], ["Okafor 2019.pdf", *NAMED])
    said = cmo("code", "import", str(sheet), code=2)
    assert "row 2, column Document: 'Okafor 2019.pdf' is not a source in this review" in said.stderr
    assert cmo.json("code", "list") == []


ATLAS_HEADER = ["ID", "Quotation Name", "Document", "Codes", "Reference", "Density", "Comment", "Content"]


def _atlas_export(tmp_path, *rows: list[str]):
    """ATLAS.ti's Quotation Manager exported to Excel: one quotation a row, its codes one a line in 'Codes'."""
    book = openpyxl.Workbook()
    book.active.title = "Quotations"
    book.active.append(ATLAS_HEADER)
    for row in rows:
        book.active.append(row)
    path = tmp_path / "Quotations.xlsx"
    book.save(path)
    return path


def test_an_atlas_ti_quotation_export_gives_each_quotation_its_parts_from_its_codes(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    late = "Family carers\nO: Carers decline to take them home"
    codes = "C: Wards with a named discharge nurse\nM: Patients trust one person\nM: Plans explained early\nO: Fewer delays"
    sheet = _atlas_export(
        tmp_path,
        [
            "1:1",
            "The nurse was the one person…",
            "Haugen 2017.pdf",
            codes,
            "4:10 – 4:220",
            "4",
            "",
            "The nurse was the one person.",
        ],
        [
            "2:1",
            "Nobody rang us…",
            "Moreau 2021.pdf",
            late,
            "7:1 – 7:90",
            "2",
            "",
            "Nobody rang us.",
        ],
        ["2:2", "We were not asked…", "Moreau 2021.pdf", "Family carers", "8:1 – 8:50", "1", "", "We were not asked."],
    )
    said = cmo("code", "import", str(sheet), code=1)
    statements = cmo.json("code", "list")
    assert [(s["source"], s["context"], s["mechanism"], s["outcome"], s["quote"]) for s in statements] == [
        (
            keys["discharge"],
            "Wards with a named discharge nurse",
            "Patients trust one person; Plans explained early",
            "Fewer delays",
            "The nurse was the one person.",
        ),
        (keys["home"], "", "", "Carers decline to take them home", "Nobody rang us."),
    ]
    assert "the column 'Codes' lists each passage's codes, one a line" in said.stderr
    assert "row 4: no code says a context, mechanism or outcome, so these passages are no statements" in said.stderr
    assert statements[1]["extra"]["Codes"] == late  # nothing lost


def test_a_codes_column_naming_no_part_is_still_refused(cmo, tmp_path):
    """Codes that say no part (themes only) give no statement: the sheet is refused as before, naming its columns."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _atlas_export(
        tmp_path, ["1:1", "The nurse…", "Haugen 2017.pdf", "Family carers\nContinuity", "4:1 – 4:9", "2", "", "The nurse."]
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "has no 'context', 'mechanism' and 'outcome' columns" in said.stderr
    assert cmo.json("code", "list") == []
