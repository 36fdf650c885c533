"""Sheets laid out the way teams and form tools lay them out: a title above the header, a two-row header,
hyperlinked cells, and a form tool's feedback (one row per respondent, Qualtrics' three header rows, a rating
column named by its question). The files are in tests/data/sheet_layouts (see its README)."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from cmo.errors import BadInput
from cmo.models import Source
from cmo.sheets.coding import parse_coding_sheet
from cmo.sheets.feedback import parse_feedback_files
from cmo.sheets.records import records_from_table
from cmo.sheets.screening import parse_appraisal, parse_screening
from cmo.sheets.tables import read_table

LAYOUTS = Path(__file__).parent / "data" / "sheet_layouts"
KEYS = {"smith2020", "lee2019", "okafor2021"}


def coding(path: Path, keys=KEYS):
    return parse_coding_sheet(path, source_keys=keys, domains={"safety"}, groups=set(), statement_ids=set())


def message_of(call, *args, **kwargs) -> str:
    with pytest.raises(BadInput) as caught:
        call(*args, **kwargs)
    return caught.value.message


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- A title above the header -------------------------------------------------------------------------------


def test_a_title_and_a_version_line_above_the_header_are_skipped_and_rows_keep_their_numbers():
    sheet = LAYOUTS / "coding_title_row.xlsx"
    rows = coding(sheet)
    assert [row.row for row in rows] == [5, 6, 7]
    assert rows[0].fields["source"] == "smith2020" and rows[0].fields["quote"] == "a quote"
    assert rows[2].fields["extra"] == {"CMOC ID": "CMO-A3"}, "the team's own columns are still kept"
    said = message_of(coding, sheet, keys={"smith2020", "lee2019"})
    assert "row 7, column Study: 'okafor2021' is not a source in this review" in said


def test_no_header_under_a_title_names_the_title_and_the_rows_searched():
    said = message_of(coding, LAYOUTS / "coding_title_no_header.xlsx")
    assert said == (
        f"{LAYOUTS / 'coding_title_no_header.xlsx'}: row 1 ('CMO extraction – draft') looks like a title, and no header "
        "was found in rows 1–5: row 2, read as the header, has no 'context', 'mechanism' and 'outcome' columns or a "
        "'CMOC' column of sentences marking each part, '… (C), … (M), … (O)' (found 'Ref', 'Setting', 'Why', 'Result')."
    )


def test_a_sheet_whose_first_row_is_its_header_is_refused_as_before(tmp_path):
    sheet = write(tmp_path / "coding.csv", "source,context,mechanism\nsmith2020,c,m\n")
    assert message_of(coding, sheet) == (
        f"{sheet}: the header row has no 'outcome' column (found 'source', 'context', 'mechanism')."
    )


def test_the_coding_on_a_later_tab_under_a_title_is_read():
    rows = coding(LAYOUTS / "coding_after_instructions.xlsx")
    assert [(row.row, row.fields["source"]) for row in rows] == [(3, "smith2020"), (4, "lee2019"), (5, "okafor2021")]


def test_a_semicolon_screening_file_with_a_title_line_is_read():
    sources = {key: Source(key=key, title=key) for key in KEYS}
    decisions = parse_screening(LAYOUTS / "screening_title_semicolon.csv", sources, {})
    assert [(d.row, d.key, d.status, d.reason) for d in decisions] == [
        (4, "smith2020", "included", ""),
        (5, "lee2019", "excluded", "not about remote care"),
    ]


def test_a_title_row_over_a_table_of_records_is_skipped():
    table = read_table(LAYOUTS / "greylit_links.xlsx")
    assert (table.header_row, table.header) == (2, ["Title", "Author", "Year", "Publisher", "Link"])
    assert table.above == [(1, ["Grey literature tracker (updated May 2024)", "", "", "", ""])]


def test_a_row_of_two_cells_above_is_no_title_so_the_first_row_stays_the_header(tmp_path):
    """Only rows of at most one cell are passed over: a label and its value above a table may be data."""
    table = read_table(write(tmp_path / "t.csv", "Version,3\nTitle,Authors,Year\nA study,Smith,2020\n"))
    assert (table.header_row, table.header) == (1, ["Version", "3"])


# --- A two-row header ---------------------------------------------------------------------------------------


def test_a_two_row_header_with_merged_labels_is_read_as_one():
    sheet = LAYOUTS / "coding_two_row_header.xlsx"
    table = read_table(sheet)
    assert table.header == ["Source", "Context", "Mechanism", "Outcome", "Quote", "Page", "Domain"]
    assert table.groups == ["", "CMO configuration", "CMO configuration", "CMO configuration", "Evidence", "Evidence", ""]
    rows = coding(sheet)
    assert [(r.row, r.fields["quote"], r.fields["page"], r.fields["domain"]) for r in rows] == [
        (3, "quote 1", "2", "safety"),
        (4, "quote 2", "4", "safety"),
        (5, "quote 3", "6", "safety"),
    ]


def test_group_labels_above_a_complete_header_row_are_read_as_labels():
    table = read_table(LAYOUTS / "coding_two_row_header_reversed.xlsx")
    assert table.header == ["Source", "Context", "Mechanism", "Outcome", "Quote", "Page"]
    assert [n for n, _ in table.rows] == [3, 4, 5]
    assert len(coding(LAYOUTS / "coding_two_row_header_reversed.xlsx")) == 3


def test_an_appraisal_csv_with_a_two_row_header_is_read():
    rows = parse_appraisal(LAYOUTS / "appraisal_two_row_header.csv", KEYS)
    assert [(r.row, r.key, r.appraisal.relevance, r.appraisal.rigour, r.appraisal.note) for r in rows] == [
        (3, "smith2020", "high", "medium", "co-produced"),
        (4, "lee2019", "low", "low", ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "key,decision,reason\nsmith2020,include,\n",
        "Title,Authors,Year,,URL\nA study,Smith,2020,,https://example.org\n",
        "Title,Year,,Publisher\nA study,,note,Mind\n",
        "source,context,mechanism,outcome,,note\n,c,m,o,x,\n",
    ],
)
def test_a_first_row_of_data_is_never_read_as_a_second_header_row(tmp_path, text):
    table = read_table(write(tmp_path / "sheet.csv", text))
    assert table.header_row == 1 and table.header == text.splitlines()[0].split(",")
    assert [n for n, _ in table.rows] == [2]


def test_repeated_names_under_group_labels_are_named_with_their_labels(tmp_path):
    sheet = write(
        tmp_path / "a.csv", "key,Reviewer 1,,Reviewer 2,\n,relevance,rigour,relevance,rigour\nsmith2020,high,low,high,low\n"
    )
    said = message_of(parse_appraisal, sheet, KEYS)
    assert said == f"{sheet}: the header has 2 columns named 'relevance' (under 'Reviewer 1' and 'Reviewer 2'); keep one."


# --- Hyperlinked cells --------------------------------------------------------------------------------------


def test_a_link_cells_address_is_the_url_and_what_it_shows_is_kept():
    result = records_from_table(read_table(LAYOUTS / "greylit_links.xlsx"), "greylit_links.xlsx")
    read = [(r.provenance.line, r.url, r.extra) for r in result.records]
    assert read == [
        (3, "https://www.mind.org.uk/trying-to-connect", {"link": "Link"}),
        (4, "https://www.nhsconfed.org/publications/remote-mental-health?from=list&page=2", {"link": "NHS Confed website"}),
        (5, None, {"link": "see the printed report"}),
        (6, "https://www.youngminds.org.uk/video-therapy", {}),
        (7, "https://www.rethink.org/peer-support", {"link": "Rethink page"}),
    ]


def test_text_in_a_url_column_that_is_no_address_is_kept_in_extra(tmp_path):
    sheet = write(
        tmp_path / "grey.csv", "Title,Author,Year,URL\nA report,Mind,2020,see report\nB report,Mind,2021,www.mind.org.uk/b\n"
    )
    result = records_from_table(read_table(sheet), "grey.csv")
    assert [(r.url, r.extra) for r in result.records] == [(None, {"url": "see report"}), ("www.mind.org.uk/b", {})]


def test_a_hostile_hyperlink_over_the_whole_sheet_reaches_only_its_cells(tmp_path):
    """A link's range may name every cell of a sheet; it is spread over the cells the sheet has, no further,
    and a link whose relationship is missing is passed over."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Author", "Year", "URL"])
    sheet.append(["A report", "Mind", 2020, "Link"])
    sheet["D2"].hyperlink = "https://example.org/a"
    sheet["A2"].hyperlink = "https://example.org/b"
    path = tmp_path / "hostile.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"]
    xml = xml.replace(b'ref="D2"', b'ref="A1:XFD1048576"', 1)
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'(ref="A2"[^>]*r:id=")rId\d+', rb"\1rId99", xml)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 5
    assert set(table.links) == {(row, column) for row in (1, 2) for column in range(4)}


# --- Feedback from form tools -------------------------------------------------------------------------------


def test_a_forms_sheet_with_a_row_per_respondent_is_read_answer_by_answer():
    warnings: list[str] = []
    items = parse_feedback_files([LAYOUTS / "feedback_msforms_wide.xlsx"], {"C1", "C2"}, 1, warnings=warnings)
    read = sorted((i.respondent, i.configuration, i.rating, i.missing, i.comment) for i in items)
    assert read == [
        ("blue-heron", "C1", "agree", "Crisis teams\nalso lose body language cues", ""),
        ("blue-heron", "C2", "disagree", "", ""),  # 'Somewhat disagree': read by the way it leans, its words kept
        ("blue-heron", "overall", None, "", "Thank you for asking"),
        ("red-fox", "C1", "partly", "", ""),
        ("red-fox", "C2", "agree", "Only in care homes", ""),
    ]
    assert {i.group for i in items} == {"Children and young people", "Inpatient and crisis care"}
    assert any("one row per respondent with a column per question (5 columns, on C1, C2, overall)" in w for w in warnings)


def test_a_forms_sheet_row_is_named_with_its_configuration():
    said = message_of(parse_feedback_files, [LAYOUTS / "feedback_msforms_wide.xlsx"], {"C1"}, 1)
    assert "feedback_msforms_wide.xlsx row 2 (C2), field configuration: 'C2' is not a configuration of round 1" in said


def test_a_forms_sheet_whose_questions_name_no_configuration_is_said_to_be_laid_out_otherwise():
    said = message_of(parse_feedback_files, [LAYOUTS / "feedback_wide_without_ids.xlsx"], {"C1", "C2"}, 1)
    assert "the sheet has one row per respondent and a column per configuration or question" in said
    assert "cmo reads one row per answer (respondent, configuration, rating, comment)" in said
    assert "'cmo feedback template -o answers.xlsx'" in said
    assert "missing column" not in said


def test_a_forms_sheet_with_a_question_cmo_cannot_place_is_not_guessed(tmp_path):
    sheet = write(
        tmp_path / "wide.csv", "Your pseudonym,C1: Does this match your experience?,C1: Tell us a story\nfox,Agree,Once\n"
    )
    said = message_of(parse_feedback_files, [sheet], {"C1"}, 1)
    assert "one row per respondent" in said
    assert "cmo cannot tell which answer the column 'C1: Tell us a story' holds" in said


def test_qualtrics_three_header_rows_are_read_and_rows_keep_their_numbers():
    items = parse_feedback_files([LAYOUTS / "feedback_qualtrics.csv"], {"C1", "C2"}, 1)
    assert sorted((i.respondent, i.configuration, i.rating, i.comment) for i in items) == [
        ("blue-heron", "C1", "agree", "fine"),
        ("red-fox", "C2", "disagree", "not in my trust"),
    ]
    said = message_of(parse_feedback_files, [LAYOUTS / "feedback_qualtrics.csv"], {"C1"}, 1)
    assert "feedback_qualtrics.csv row 5, column 'Configuration': 'C2' is not a configuration of round 1" in said


def test_a_rating_column_named_by_its_question_is_found_by_its_answers():
    warnings: list[str] = []
    items = parse_feedback_files([LAYOUTS / "feedback_gforms_long.csv"], {"C1", "C4"}, 1, warnings=warnings)
    assert sorted((i.respondent, i.configuration, i.rating) for i in items) == [
        ("blue-heron", "C1", "agree"),
        ("blue-heron", "C4", "agree"),
        ("green-owl", "C1", "agree"),  # 'Somewhat agree' leans to agree
    ]
    said = "the column 'How far do you agree?' holds agree/disagree answers, so it was read as the rating"
    assert any(said in warning for warning in warnings)


def test_two_columns_of_agreement_are_named_not_guessed(tmp_path):
    header = "Pseudonym,Configuration,How far do you agree?,How far would others agree?,Comments"
    sheet = write(tmp_path / "long.csv", f"{header}\nfox,C1,Agree,Strongly disagree,\nowl,C4,Somewhat agree,Agree,ok\n")
    said = message_of(parse_feedback_files, [sheet], {"C1", "C4"}, 1)
    assert "missing column rating" in said
    assert "'How far do you agree?' and 'How far would others agree?' hold agree/disagree answers" in said
    assert "name the one with the ratings 'rating'" in said


def test_a_yes_no_column_is_never_taken_for_the_rating(tmp_path):
    sheet = write(tmp_path / "f.csv", "respondent,configuration,Consent given?,comment\nfox,C1,Yes,fine\n")
    said = message_of(parse_feedback_files, [sheet], {"C1"}, 1)
    assert "missing column rating (the template's columns are" in said
    assert "hold agree/disagree answers" not in said


@pytest.mark.parametrize(
    "make, said",
    [
        (lambda path, book: book.save(path), "an Excel workbook (.xlsx) named .xls; rename it to .xlsx"),
        (lambda path, book: path.write_bytes((LAYOUTS / "html_table_as.xls").read_bytes()), "a web page (HTML) named .xls"),
        (lambda path, book: path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)), "an Excel 97-2003 workbook"),
    ],
)
def test_a_workbook_that_cannot_be_read_is_named_for_what_it_is(demo, tmp_path, make, said):
    """Trial C: an .xlsx renamed .xls, an HTML table saved as .xls and a damaged .xls all said "Cfb error: Invalid OLE"."""
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "coding.xls"
    make(path, openpyxl.Workbook())
    refused = demo("code", "import", str(path), code=2).stderr
    assert said in refused and "Invalid OLE" not in refused and refused.count("\n") == 1
