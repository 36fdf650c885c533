"""Trial I: a team's own screening, appraisal and coding sheets, and cmo's templates and export as they come back from
Excel (tests/data/trial_i/README.md). What a sheet offers round-trips; what a reader does not take is named."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DATA, Cli
from openpyxl import load_workbook

from cmo.models import Source
from cmo.sheets.coding import parse_coding_sheet
from cmo.sheets.feedback import COLUMN_ALIASES
from cmo.sheets.screening import parse_appraisal, parse_screening

TRIAL = DATA / "trial_i"
GROUP_SLUGS = {"Older people": "older-people", "Link workers": "link-workers", "VCSE": "vcse"}
"""How the team mapped its 'Stakeholder group' labels to the review's groups (the trial's edit_template.py)."""
GUIDE = "“He was like a guide. He knew everyone, and he actually listened to me.”"


@dataclass
class Built:
    folder: Path
    coded: str
    """What `cmo code import` of the team's coding workbook said on stderr."""
    workbook: Path


def with_group_slugs(source: Path, target: Path) -> Path:
    """The team's coding workbook with its 'Stakeholder group' labels written as the review's groups."""
    book = load_workbook(source)
    sheet = book["CMO extraction"]
    column = [cell.value for cell in sheet[2]].index("Stakeholder group")
    for row in sheet.iter_rows(min_row=3):
        cell = row[column]
        if cell.value:
            cell.value = "; ".join(GROUP_SLUGS[label.strip()] for label in cell.value.split(";"))
    book.save(target)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    """The review as the team built it: the searches ingested, screened with their workbook, coded with theirs."""
    folder = tmp_path_factory.mktemp("trial_i") / "sp-review"
    cmo = Cli(folder)
    cmo("init", str(folder), "--domains", str(TRIAL / "domains.yaml"))
    cmo("ingest", str(TRIAL / "pubmed-socialprescribing-set.nbib"), str(TRIAL / "scopus_export_11-03-2024.ris"), code=None)
    cmo("ingest", str(TRIAL / "grey-literature-zotero.ris"), "--origin", "website", code=None)
    screened = cmo("select", "import", str(TRIAL / "screening-decisions-AK-RB-MO.xlsx"), code=1)  # read by letter: said
    assert "row 4: 'Wildman et al. (2019a)' was read as wildman2019works" in screened.stderr
    workbook = with_group_slugs(TRIAL / "CMO-extraction-v7.xlsx", folder.parent / "CMO-extraction-v7-groups.xlsx")
    coded = cmo("code", "import", str(workbook), code=1)
    return Built(folder, coded.stderr, workbook)


@pytest.fixture
def review(built, tmp_path) -> Cli:
    """A copy of the built review, for a test to change."""
    folder = tmp_path / "sp-review"
    shutil.copytree(built.folder, folder)
    return Cli(folder)


def csv_rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def edit_statements(path: Path, sheet_name: str, changes: dict[str, dict[str, str]]) -> Path:
    """Change cells of a workbook's statements by id and column, as a coder does in Excel."""
    book = load_workbook(path)
    sheet = book[sheet_name]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for column, value in changes.get(row[0].value, {}).items():
            row[header.index(column)].value = value
    book.save(path)
    return path


# --- 1. notes on the screening and appraisal sheets ----------------------------------------------------------------


def test_who_screened_and_their_notes_on_cmos_own_template_are_kept_shown_exported_and_written_back(review, tmp_path):
    """Trial I: 'screened by' and 'notes' of `cmo select template` changed the decision and were then nowhere."""
    said = review("select", "import", str(TRIAL / "screen-giebel.csv"))
    assert "Changed the screening of 1 source (40 already so)" in said.stdout
    by, note = "RB + AK (consensus 12/03)", "carers are older people too; include after discussion"

    shown = review.json("sources", "show", "giebel2021socially")
    assert (shown["status"], shown["screened_by"], shown["screening_note"]) == ("included", by, note)
    assert f"screened   by {by}: {note}" in review("sources", "show", "giebel2021socially").stdout
    last = review.json("history", "giebel2021socially")[-1]
    assert last["after"]["giebel2021socially"]["screening_note"] == note

    exported = tmp_path / "all.json"
    review("export", "--format", "json", "-o", str(exported))
    source = next(s for s in json.loads(exported.read_text(encoding="utf-8"))["sources"] if s["key"] == "giebel2021socially")
    assert (source["screened_by"], source["screening_note"]) == (by, note)

    template = tmp_path / "screen-after2.csv"
    review("select", "template", "-o", str(template))
    assert (csv_rows(template)["giebel2021socially"]["screened by"], csv_rows(template)["giebel2021socially"]["notes"]) == (
        by,
        note,
    )
    again = review("select", "import", str(template))
    assert "Changed the screening of 0 sources" in again.stdout  # the sheet as written changes nothing


def test_the_teams_screener_and_notes_columns_are_read(built):
    """The team's workbook heads them 'Screener' and 'Notes'; two screeners agreeing on a source are both kept."""
    cmo = Cli(built.folder)
    shown = {key: cmo.json("sources", "show", key) for key in ("wildman2019works", "husk2020approaches", "okafor2022befriending")}
    assert [(s["screened_by"], s["screening_note"]) for s in shown.values()] == [
        ("RB", "asset-based, later life"),
        ("AK", "realist review - use for IPT"),
        ("MO", "befriending is an onward activity"),
    ]


def test_an_appraisal_note_column_is_any_header_with_the_word_note_or_comment(review, tmp_path):
    """Trial I: 'Appraiser comments' and 'Appraisal notes' were dropped without a word; only 'Comments' and 'note' worked."""
    said = review("appraise", "--file", str(TRIAL / "appraisal-relevance-rigour.xlsx"), code=1).stderr
    assert "'Moderate' was read as medium (the appraisal tool's word is kept in the note)" in said  # trial X: said
    assert review.json("sources", "show", "foster2021impact")["appraisal"]["note"].endswith(
        "Large national sample, uncontrolled pre-post"
    )

    notes = tmp_path / "appr.csv"
    notes.write_text("key,relevance,rigour,Appraisal notes\nkiely2022effect,medium,high,GRADE low certainty\n", encoding="utf-8")
    assert "Changed the appraisal of 1 source" in review("appraise", "--file", str(notes)).stdout
    assert review.json("sources", "show", "kiely2022effect")["appraisal"]["note"] == "GRADE low certainty"


def test_a_column_an_appraisal_or_screening_sheet_does_not_read_is_named_and_exits_1(review, tmp_path):
    sheet = tmp_path / "appr-MO.csv"
    sheet.write_text("key,relevance,rigour,Checklist,Comments\nkiely2022effect,medium,high,CASP v2,checked\n", encoding="utf-8")
    said = review("appraise", "--file", str(sheet), code=1)
    assert f"{sheet}: the column 'Checklist' (1 row) was not read, so what it holds was not imported" in said.stderr
    assert review.json("sources", "show", "kiely2022effect")["appraisal"] == {
        "relevance": "medium",
        "rigour": "high",
        "note": "checked",
    }  # an 'Appraiser' column is read since trial CN: kept in the note, 'appraised by MO'
    by = tmp_path / "appr-by.csv"
    by.write_text("key,relevance,rigour,Appraiser,Comments\nkiely2022effect,medium,high,MO,checked\n", encoding="utf-8")
    review("appraise", "--file", str(by))
    assert review.json("sources", "show", "kiely2022effect")["appraisal"]["note"] == "checked; appraised by MO"

    screening = tmp_path / "screen-tags.csv"
    screening.write_text("Title,DOI,Decision,Tags\nx,10.1111/hsc.13297,include,dementia; carers\n", encoding="utf-8")
    said = review("select", "import", str(screening), code=1)
    assert "the column 'Tags' (1 row) was not read" in said.stderr


def test_the_note_rule_reads_one_column_and_names_a_second_and_leaves_what_describes_a_work_alone(tmp_path):
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text(
        "Study,Relevance,Rigour,Reviewer 1 comments,Reviewer 2 comments\nsmith2020,high,low,small sample,agree\n",
        encoding="utf-8",
    )
    parsed = parse_appraisal(sheet, {"smith2020"})
    assert parsed[0].appraisal.note == "small sample"
    assert [w for w in parsed.warnings if "'Reviewer 2 comments' (1 row) was not read" in w]

    rayyan = DATA / "trial" / "rayyan.csv"  # key, title, authors, journal, issn, … month, day, publisher, url, keywords
    with rayyan.open(encoding="utf-8", newline="") as handle:
        sources = {row["key"]: Source(key=row["key"], title=row["title"]) for row in csv.DictReader(handle)}
    parsed = parse_screening(rayyan, sources, {})
    assert not [w for w in parsed.warnings if "not read" in w]
    assert {d.note for d in parsed} >= {"RAYYAN-LABELS: telemental"}  # what the notes say beside the votes is kept


# --- 2. cmo's own export read back as a coding sheet --------------------------------------------------------------


def test_the_exports_computed_columns_are_cmos_not_the_coders_own(review, tmp_path):
    """Trial I: `code import` of `export --format xlsx` gave '46 updates' and every statement kept 'configurations',
    'detached' and 'quote_check' as the team's own columns, written into every later template."""
    exported = tmp_path / "review-export-r2.xlsx"
    review("export", "--format", "xlsx", "-o", str(exported))
    edit_statements(exported, "Statements", {"S12": {"quote": GUIDE}})

    said = review("code", "import", str(exported), code=1)
    assert "Imported 0 new statements and 1 update (45 statements unchanged)" in said.stdout
    computed = "'configurations', 'contradicts', 'detached' and 'quote_check' are columns cmo computes"
    (line,) = [line for line in said.stderr.splitlines() if computed in line]  # one line
    assert line.startswith(f"warning: {exported}: {computed}")
    assert review.json("code", "show", "S12")["quote"] == GUIDE
    assert review.json("code", "show", "S1")["extra"] == {"CMOC ID": "RB-01", "Confidence (H/M/L)": "H"}

    template = tmp_path / "coding-r3.csv"
    review("code", "template", "-o", str(template))
    header = template.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert not {"configurations", "contradicts", "detached", "quote_check"} & set(header)


# --- 3. a page Excel made a date, on a row for a statement whose page is right ---------------------------------------


def excel_resaved(template: Path, target: Path, pages: dict[str, str], quotes: dict[str, str] | None = None) -> Path:
    """The template CSV as Excel saves it again ('CSV', not 'CSV UTF-8'): Windows-1252, no BOM, and page ranges it
    read as dates written as it shows them."""
    with template.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    page = rows[0].index("page")
    for row in rows[1:]:
        row[page] = pages.get(row[0], row[page])
        row[rows[0].index("quote")] = (quotes or {}).get(row[0], row[rows[0].index("quote")])
    with target.open("w", encoding="cp1252", errors="replace", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return target


def test_a_page_excel_made_a_date_keeps_the_page_the_review_holds(review, tmp_path):
    """Trial I: re-importing a template Excel had re-saved replaced the right '12-15' with '15-Dec'."""
    for statement, page in (("S10", "12-15"), ("S11", "6-7")):  # read back from the date since session 41, or typed
        if review.json("code", "show", statement)["page"] != page:
            review("code", "edit", statement, "--page", page, "--note", "pages typed as text")
    template = tmp_path / "coding-r3.csv"
    review("code", "template", "-o", str(template))
    resaved = excel_resaved(
        template,
        tmp_path / "coding-r3-excel.csv",
        {"S10": "15-Dec", "S11": "06-Jul", "S4": "05-Jun"},
        quotes={"S4": "“If the doctor says it’s a good idea, I’ll give it a go.”"},  # S4 the coder did change
    )

    said = review("code", "import", str(resaved), code=1)
    # read back to the very pages S10 and S11 hold (session 41): nothing changes, and nothing is said again
    assert "row 11:" not in said.stderr and "row 12:" not in said.stderr
    assert (review.json("code", "show", "S10")["page"], review.json("code", "show", "S11")["page"]) == ("12-15", "6-7")
    assert f"{resaved}: row 5, column 'page': the page '05-Jun' is a date" in said.stderr  # an edited row: read back
    assert review.json("code", "show", "S4")["page"] == "5-6"
    assert "Imported 0 new statements and 1 update" in said.stdout


# --- 4. small: one rule for a groups header, the file in every row's warning, conflicting rows first ------------------


def test_a_stakeholder_group_column_is_read_as_groups_on_a_coding_sheet_as_on_a_feedback_sheet(review, built):
    """Trial I: 'Stakeholder group' was kept as a column of the team's own, every statement without a group, unsaid.
    Trial M: the team's own label, 'Older people', the start of the group's name 'Older people and carers', is read
    as that group (the team had mapped it by hand), and said."""
    said = review("code", "import", str(TRIAL / "CMO-extraction-v7.xlsx"))  # the dated pages were said at the first import
    assert "rows 3, 4, 5, 6, 8, 9, 12, 13, 14, 16 …: the group 'Older people' was read as older-people" in said.stderr
    shown = Cli(built.folder).json("code", "show", "S6")
    assert shown["groups"] == ["older-people", "link-workers"] and "Stakeholder group" not in shown["extra"]


@pytest.mark.parametrize("header", ["group", *(name for name, field in COLUMN_ALIASES.items() if field == "group")])
def test_every_header_the_feedback_importer_reads_as_a_group_a_coding_sheet_reads_as_groups(tmp_path, header):
    sheet = tmp_path / "coding.csv"
    sheet.write_text(f"source,context,mechanism,outcome,{header}\nsmith2020,c,m,o,cyp\n", encoding="utf-8")
    parsed = parse_coding_sheet(sheet, source_keys={"smith2020"}, domains=set(), groups={"cyp"}, statement_ids=set())
    assert parsed[0].fields["groups"] == ["cyp"] and "extra" not in parsed[0].fields


def test_a_row_repeating_another_is_named_with_its_file(built):
    assert (
        f"{built.workbook}: rows 14 and 28 are the same row twice (word for word, no id given): it was imported once, as S12"
        in (built.coded)
    )


def test_an_old_copy_of_the_sheet_names_the_rows_changed_on_it_before_those_it_left_alone(review, tmp_path):
    """Trial I: MO's copy was refused naming rows 2-7 she never touched, her own S12 hidden among '30 more rows'."""
    rb, mo = tmp_path / "coding-r2-RB-edited.xlsx", tmp_path / "coding-r2-MO-edited.xlsx"
    review("code", "template", "-o", str(rb))
    shutil.copy(rb, mo)
    confidence = {
        s["id"]: {"Confidence (H/M/L)": "M"} for s in review.json("code", "list") if not s["extra"].get("Confidence (H/M/L)")
    }
    edit_statements(rb, "statements", {**confidence, "S12": {"quote": GUIDE}, "S7": {"domain": "Reaching"}})
    review("code", "import", str(rb))  # the pages the team's workbook had as dates are not said again (trial AE)
    edit_statements(mo, "statements", {"S12": {"quote": GUIDE[:-2] + "”", "note": "MO: checked quote wording"}})
    db = (review.folder / "review.db").read_bytes()

    refused = review("code", "import", str(mo), code=2).stderr
    assert (
        "row 13: S12: this row changes the note and quote, and since this sheet was made, the quote was changed by "
        "'cmo code import' of coding-r2-RB-edited.xlsx on "
    ) in refused  # the cell both changed, named with who changed it first
    assert "row 8" not in refused and "S7" not in refused  # left alone on MO's copy: applied beside RB's change, not named
    assert "so nothing was imported" in refused and (review.folder / "review.db").read_bytes() == db


def test_a_mistyped_citation_on_a_coding_sheet_suggests_the_source_it_is_closest_to(cmo, tmp_path):
    """Trial I: "'Kelezi et al. (2019)' is not a source in this review" came with no suggestion."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "citations" / "same_team_same_year.bib"))
    cmo("select", "include", "wildman2019service", "wildman2019works", "wildman2021")
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "source,context,mechanism,outcome\nWildmann and Moffat (2021),Older adults,They trust the link worker,They join groups\n",
        encoding="utf-8",
    )
    refused = cmo("code", "import", str(sheet), code=2)
    assert "'Wildmann and Moffat (2021)' is not a source in this review" in refused.stderr
    assert "did you mean 'wildman2021'?" in refused.stderr
