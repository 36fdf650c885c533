"""Trial CQ (session 47): a RAMESES trainer's rapid realist review of online consultation and digital triage in
general practice, coded in Excel by three coders.

- CQ 1: the team's sheet numbers its CMOCs in an `ID` column, 'CMOC01' … 'CMOC45', as teams do: every row was refused,
  "'CMOC01' is not a statement id (ids look like S12 …)", forty-five lines, and nothing was imported. A word's
  numbering (two letters or more before the number) is no mistyped statement id: the column is the team's own, said.
  'X7' (one letter and a number, shaped as cmo's S7) is still read as a mistyped id.
- CQ 2: "no reduction in appointments" counted, unsaid, as support of "fewer appointments needed", because a third
  member's admin was "handled without a GP appointment" (the rule that a denial is in line with a member going without
  the thing). A denied lessening says the thing kept coming, the opposite of going without it.

Tests are on other topics (hospital discharge, housing), not the trial's."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_reviews import review_of
from test_s39c_coding import DOMAINS, RECORDS  # a hospital discharge review

from cmo.models import Statement
from cmo.synthesis.evidence import denies_what_others_go_without, proposed_against

HEADER = ["ID", "Study", "Context", "Mechanism", "Outcome", "Domain"]
NAMED = ["Wards with a named discharge nurse", "Patients trust one person to organise their going home", "Fewer delays"]
LATE = ["Carers told the discharge date late", "Carers feel left out and unprepared", "Carers decline to take them home"]


def _xlsx(path: Path, header: list[str], *rows: list[str]) -> Path:
    """A sheet as Excel saves a team's coding workbook: one tab, a bold-less header row, text cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Coding"
    for row in (header, *rows):
        sheet.append(row)
    book.save(path)
    return path


def test_a_teams_cmoc_numbering_is_its_own_column_not_forty_refused_ids(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _xlsx(
        tmp_path / "coding-v3.xlsx",
        HEADER,
        ["CMOC01", "Haugen 2017", *NAMED, "handover"],
        ["CMOC02", "Moreau 2021", *LATE, "family"],
    )
    said = cmo("code", "import", str(sheet))
    assert "the column 'ID' holds the team's own ids ('CMOC01' …)" in said.stderr
    statements = cmo.json("code", "list")
    assert [(s["id"], s["source"], s["extra"]) for s in statements] == [
        ("S1", keys["discharge"], {"ID": "CMOC01"}),
        ("S2", keys["home"], {"ID": "CMOC02"}),
    ]
    # the sheet imported again (a row corrected) matches its rows to the statements they made, by the team's ids
    _xlsx(sheet, HEADER, ["CMOC01", "Haugen 2017", *NAMED, "handover"], ["CMOC02", "Moreau 2021", *LATE[:2], "Carers say no"])
    cmo("code", "import", str(sheet), code=None)
    assert [s["outcome"] for s in cmo.json("code", "list")] == ["Fewer delays", "Carers say no"]


def test_ids_of_one_letter_and_a_number_are_still_read_as_mistyped_statement_ids(cmo, tmp_path):
    """Must not fire: 'X1', 'X2' are shaped as cmo's S1, S2: a typo, refused, nothing imported."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _xlsx(
        tmp_path / "typo.xlsx", HEADER, ["X1", "Haugen 2017", *NAMED, "handover"], ["X2", "Moreau 2021", *LATE, "family"]
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "'X1' is not a statement id" in said.stderr
    assert cmo.json("code", "list") == []


def _st(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid, source=f"src{sid}", context="Tenants with a support worker", mechanism="They budget with help", outcome=outcome
    )


def test_a_denied_lessening_is_not_in_line_with_a_member_going_without_the_thing():
    assert not denies_what_others_go_without("no reduction in evictions", [_st("S3", "tenancies continue without an eviction")])
    statements = {
        "S1": _st("S1", "fewer evictions"),
        "S2": _st("S2", "no reduction in evictions"),
        "S3": _st("S3", "arrears cleared without an eviction"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, lambda sid, others: True) == ["S2"]


def test_a_denial_beside_going_without_the_same_thing_or_its_loss_stays_in_line():
    """Must not fire: "no eviction" beside "without an eviction", and "no reduction in income" beside "without loss of
    income", say the same absence."""
    assert denies_what_others_go_without("no eviction was recorded", [_st("S1", "tenancies continue without an eviction")])
    assert denies_what_others_go_without(
        "no reduction in household income", [_st("S1", "rent is paid without loss of household income")]
    )
    assert denies_what_others_go_without(
        "no increase in rent arrears", [_st("S1", "tenancies continue without extra rent arrears")]
    )
