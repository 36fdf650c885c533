"""Trial T's sheet mistakes, each a general rule of the sheet readers, run on the example review as a user runs them:
a sheet saved by Excel for Mac, a workbook saved under a .csv name, warnings that ask for a check (exit 1), the feedback
template's own headers in its messages, a round written as people write it, and a mistyped title's "did you mean"."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from conftest import Cli
from openpyxl import Workbook

HEADER = "id,source,context,mechanism,outcome,quote,page,domain,groups,coder,note"
ROW = (
    ",schlief2022telemental,Young people in crowded homes,They feel unable to speak openly when siblings overhear – privacy"
    " matters,They disengage from video sessions,“I couldn’t talk with my brother there”,p.12–13,safety,cyp,JG,café note"
)
FEEDBACK = (
    "pseudonym,group,round,configuration,title,statement,rating,what is missing or wrong,for whom does it not hold,"
    "anything we should read,comment,speaking as"
)


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    """The example review `cmo demo` builds (round 1 closed)."""
    folder = tmp_path_factory.mktemp("trial_t") / "demo"
    Cli(folder)("demo", str(folder))
    return folder


@pytest.fixture
def review(example, tmp_path) -> Cli:
    shutil.copytree(example, tmp_path / "demo")
    return Cli(tmp_path / "demo")


def stored(review: Cli, source: str) -> list[dict]:
    with sqlite3.connect(review.folder / "review.db") as db:
        rows = db.execute("SELECT data FROM statements WHERE source_key = ?", (source,)).fetchall()
    return [json.loads(data) for (data,) in rows]


def db(review: Cli) -> bytes:
    return (review.folder / "review.db").read_bytes()


def test_a_coding_sheet_saved_by_excel_for_mac_is_read_as_mac_roman_and_said(review, tmp_path):
    """Trial T: 'ÒI couldnÕt…Ó' and 'p.12Ð13' were stored, read as Windows-1252, and the import exited 0."""
    sheet = tmp_path / "mac.csv"
    sheet.write_bytes(f"{HEADER}\r{ROW}\r".encode("mac_roman"))
    before = len(stored(review, "schlief2022telemental"))
    result = review("code", "import", str(sheet), code=1)
    assert "not UTF-8, read as Mac Roman" in result.stderr and "overhear – privacy" in result.stderr
    new = stored(review, "schlief2022telemental")[before:]
    assert [(s["quote"], s["page"]) for s in new] == [("“I couldn’t talk with my brother there”", "p.12–13")]


def test_a_sheet_not_in_utf8_asks_for_a_check_and_exits_1(review, tmp_path):
    sheet = tmp_path / "windows.csv"
    sheet.write_bytes(f"{HEADER}\r\n{ROW}\r\n".encode("cp1252"))
    result = review("code", "import", str(sheet), "--json", code=1)
    said = json.loads(result.stdout)
    assert any("read as Windows-1252" in warning for warning in said["look_at"])
    assert stored(review, "schlief2022telemental")[-1]["quote"] == "“I couldn’t talk with my brother there”"


def test_an_excel_workbook_named_csv_is_read_as_the_workbook_it_is_and_said(review, tmp_path):
    """Trial T: 'the file holds NUL bytes, so it is not CSV text; save it as CSV UTF-8' for an .xlsx named .csv."""
    book = Workbook()
    book.active.append(HEADER.split(","))
    book.active.append(ROW.split(","))
    sheet = tmp_path / "coding.csv"
    book.save(sheet)
    result = review("code", "import", str(sheet))
    assert "an Excel workbook named .csv; it was read as the workbook it is (rename it to .xlsx)" in result.stderr
    assert stored(review, "schlief2022telemental")[-1]["page"] == "p.12–13"


def test_a_word_document_named_csv_is_refused_as_no_sheet(review, tmp_path):
    sheet = tmp_path / "coding.csv"
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    before = db(review)
    result = review("code", "import", str(sheet), code=2)
    assert "a Word document named .csv, not a sheet" in result.stderr
    assert db(review) == before


def test_coding_from_an_excluded_source_asks_for_a_look_and_exits_1(review, tmp_path):
    """Trial T: `select import` exits 1 for this warning, `code import` exited 0."""
    sheet = tmp_path / "excluded.csv"
    sheet.write_text(f"{HEADER}\n,ayeni2021balint,Trainees in groups,They reflect together,Less burnout,,3,safety,,,\n")
    said = json.loads(review("code", "import", str(sheet), "--json", code=1).stdout)
    assert [warning.split(" ", 2)[:2] for warning in said["look_at"]] == [["ayeni2021balint", "is"]]
    assert "is excluded" in said["look_at"][0]


def test_a_feedback_sheet_missing_columns_is_told_the_templates_own_headers(review, tmp_path):
    """Trial T: 'missing columns respondent, rating (the template's columns are respondent, …, not_for_whom, …)'."""
    sheet = tmp_path / "wrong.csv"
    sheet.write_text("configuration,remark\nC1,clear enough\n")
    before = db(review)
    said = review("feedback", "import", str(sheet), code=2).stderr
    assert "missing columns pseudonym, rating (the template's columns are pseudonym, group, round, configuration, title" in said
    assert "'what is missing or wrong', 'for whom does it not hold', 'anything we should read', comment, 'speaking as')" in said
    assert "not_for_whom" not in said and "respondent" not in said
    assert db(review) == before


def test_a_round_written_as_people_write_it_is_read(review, tmp_path):
    """Trial T: 'Round 1' was refused as no round number, once per row."""
    sheet = tmp_path / "rounds.csv"
    rows = [("Round 1", "C1", "agree"), ("R1", "C2", "disagree"), ("round 1 (May)", "C3", "partly")]
    sheet.write_text(FEEDBACK + "\n" + "".join(f"Blue Heron,cyp,{r},{c},,,{a},,,,,\n" for r, c, a in rows))
    result = review("feedback", "import", str(sheet))
    assert "Imported 3 answers for round 1" in result.stdout


def test_a_round_still_unreadable_is_named_once_with_its_rows(review, tmp_path):
    sheet = tmp_path / "rounds.csv"
    rows = [("Round one", "C1"), ("Round one", "C2"), ("Round one", "C3"), ("1", "C4")]
    sheet.write_text(FEEDBACK + "\n" + "".join(f"Blue Heron,cyp,{r},{c},,,agree,,,,,\n" for r, c in rows))
    before = db(review)
    said = review("feedback", "import", str(sheet), code=2).stderr
    assert f"{sheet} rows 2, 3, 4, field round: 'Round one' is not a round number" in said
    assert said.count("is not a round number") == 1
    assert db(review) == before


def test_a_mistyped_title_in_the_source_cell_gets_a_did_you_mean(review, tmp_path):
    """Trial T: a key typo was given a suggestion, a title typo (the start of Troup 2022's title) none."""
    sheet = tmp_path / "title.csv"
    title = "Clinician perspectives on what constitues good practice in community"
    sheet.write_text(f"{HEADER}\n,{title},Teams,They trust,They stay,,3,safety,,,\n")
    before = db(review)
    said = review("code", "import", str(sheet), code=2).stderr
    assert f"'{title}' is not a source in this review (did you mean 'troup2022clinician'?)" in said
    assert db(review) == before
