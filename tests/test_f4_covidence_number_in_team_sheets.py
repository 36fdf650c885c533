"""A team's own sheet that copies Covidence's number of each study into a column of its own ('Covidence', 'Covidence
ID', values "2204" or "#2204") finds the study by it, as Covidence's own exports' 'Covidence #' is read, before
Covidence's citation beside it ('Study ID': "Wildman 2019a"), whose letters need not be cmo's; and a coding sheet reads
it too. The papers: tests/data/n2_covidence (Covidence #2204 the service users' paper, which cmo letters 2019b)."""

from __future__ import annotations

import pytest
from conftest import DATA

FILES = DATA / "n2_covidence"
TRIAL_CS = DATA / "trial_cs"
SERVICE_USERS = "10.1186/s12889-018-6349-x"
LINK_WORKERS = "10.1111/hsc.12716"


def _covidence_review(cmo) -> dict[str, str]:
    """The review, its sources' keys by DOI."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "wildman_endnote.txt"), str(FILES / "review_417233_fulltext_csv.csv"))
    return {s["doi"]: s["key"] for s in cmo.json("sources", "list")}


@pytest.mark.parametrize(
    ("header", "numbers"),
    [("Covidence ID", ("2204", "#2205")), ("Covidence", ("2204", "2205")), ("Covidence no.", ("# 2204", "2205"))],
)
def test_a_team_s_appraisal_sheet_finds_each_study_by_its_covidence_number_written_its_own_way(cmo, tmp_path, header, numbers):
    keys = _covidence_review(cmo)
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text(
        f"{header},Study ID,Relevance,Rigour\n{numbers[0]},Wildman 2019a,high,high\n{numbers[1]},Wildman 2019b,low,low\n",
        encoding="utf-8",
    )
    said = cmo("appraise", "--file", str(sheet))
    assert cmo.json("sources", "show", keys[SERVICE_USERS])["appraisal"]["relevance"] == "high", said.stderr
    assert cmo.json("sources", "show", keys[LINK_WORKERS])["appraisal"]["relevance"] == "low"
    assert "as its letter says" not in said.stderr and "was not read" not in said.stderr


@pytest.mark.parametrize(("header", "number"), [("Covidence #", "#2204"), ("Covidence ID", "2204")])
def test_a_coding_sheet_s_row_finds_its_study_by_its_covidence_number(cmo, tmp_path, header, number):
    keys = _covidence_review(cmo)
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        f"{header},Study ID,Context,Mechanism,Outcome\n"
        f"{number},Wildman 2019a,people referred by their GP,feel listened to by the link worker,take up activities\n"
        f"2205,{keys[SERVICE_USERS]},link workers with small caseloads,have time to build trust,clients stay engaged\n",
        encoding="utf-8",
    )
    said = cmo("code", "import", str(sheet))
    sources = {s["id"]: s["source"] for s in cmo.json("code", "list")}
    assert sources["S1"] == keys[SERVICE_USERS], said.stderr  # Covidence's number, not Covidence's letter read as cmo's
    assert sources["S2"] == keys[SERVICE_USERS]  # a key written exactly is the team's own choice: read as written
    assert "as its letter says" not in said.stderr


def test_a_column_named_for_covidence_that_holds_no_number_of_its_records_leaves_rows_to_their_citation(cmo, tmp_path):
    """Another review (telehealth, never exported from Covidence): a team's 'Covidence' column saying whether a study was
    screened there, and 'Covidence ID' numbers no record carries, find nothing; each row is read by its 'Study'."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(TRIAL_CS / "telehealth_JM.txt"))
    keys = {s["authors"][0].split(",")[0]: s["key"] for s in cmo.json("sources", "list")}
    sheet = tmp_path / "coding.csv"
    sheet.write_text(
        "Covidence,Covidence ID,Study,Context,Mechanism,Outcome\n"
        "yes,318,Kirsh 2007,people with severe mental illness in supported housing,feel safe with their case manager,"
        "stay housed\n"
        "no,2,Greenhalgh 2020,clinicians new to video consulting,trust the platform,offer video appointments\n",
        encoding="utf-8",
    )
    said = cmo("code", "import", str(sheet))
    sources = {s["id"]: s["source"] for s in cmo.json("code", "list")}
    assert sources == {"S1": keys["Kirsh"], "S2": keys["Greenhalgh"]}, said.stderr
    assert cmo.json("code", "show", "S1")["extra"]["Covidence"] == "yes"  # the team's column, kept as written


def test_which_headers_and_cells_are_a_covidence_number():
    from cmo.normalise import tool_study_number
    from cmo.sheets.tables import names_tool_study_number

    assert all(map(names_tool_study_number, ["Covidence #", "Covidence", "covidence id", "Covidence No.", "Covidence number"]))
    assert not any(map(names_tool_study_number, ["Covidence notes", "Covidence tags", "Ref", "Study ID", "ID"]))
    assert [tool_study_number(c) for c in ["#2204", "2204", " # 2204 ", "yes", "2204a", ""]] == [
        "#2204",
        "#2204",
        "#2204",
        None,
        None,
        None,
    ]
