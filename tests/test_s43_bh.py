"""Trial BH (deprescribing in care homes, an Excel extraction workbook of one tab per domain): a tab's rows are never
matched, by a column of the team's own, to the statements an earlier tab of the same import made; and a title made
from the outcome of statements coded without a mechanism never says that outcome twice. Each rule is tested on another
topic: early supported discharge after stroke."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_reviews import coded_review, review_of

RECORDS = """TY  - JOUR
TI  - Early supported discharge teams after stroke: a qualitative study
AU  - Lindqvist, Maja
PY  - 2019
JO  - Clinical Rehabilitation
DO  - 10.1177/cr.2019.0001
ER  -

TY  - JOUR
TI  - Carers' experience of stroke rehabilitation at home
AU  - Adeyemi, Tolu
PY  - 2021
JO  - Disability and Rehabilitation
DO  - 10.1080/dr.2021.0002
ER  -
"""

DOMAINS = """domains:
  - slug: teams
    name: Discharge teams
    description: How the community stroke team is staffed and works with the ward.
  - slug: carers
    name: Carers at home
    description: What carers need to keep rehabilitation going at home.
"""

HEADER = ["Study", "Context", "Mechanism", "Outcome", "Evidence notes"]


def _workbook(path: Path, keys: dict[str, str], notes: tuple[str, str, str]) -> Path:
    team, carers = keys["early"], keys["carers'"]
    tabs = {
        "Discharge teams": [
            [team, "A therapist visits within a day", "Patients feel the ward's work goes on", "Fewer missed sessions", notes[0]],
            [team, "One named key worker", "Families know whom to call", "Fewer calls to the ward", "p. 4 table 2"],
        ],
        "Carers at home": [
            [carers, "Carers shown the exercises", "Carers feel able to help", "Exercises are kept up", notes[1]],
            [carers, "Carers left alone in the first week", "Carers feel abandoned", "Carers ask for readmission", notes[2]],
        ],
    }
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tabs.items():
        sheet = book.create_sheet(name)
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_later_tab_is_not_matched_by_the_team_s_column_to_statements_an_earlier_tab_made(cmo, tmp_path):
    """Trial BH: the second tab's 'Supporting data' of '[inferred]' was read as the id of the statement the first tab had
    just made with that word, and the whole workbook was refused as reusing S6 for another source."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    book = _workbook(tmp_path / "extraction.xlsx", keys, ("[inferred]", "[inferred]", "interview 7"))
    said = cmo("code", "import", str(book), code=None)
    assert said.exit_code in (0, 1), said.stderr
    listed = cmo.json("code", "list")
    assert [s["outcome"] for s in listed] == [
        "Fewer missed sessions",
        "Fewer calls to the ward",
        "Exercises are kept up",
        "Carers ask for readmission",
    ]
    assert [s["source"] for s in listed] == [keys["early"]] * 2 + [keys["carers'"]] * 2
    again = cmo("code", "import", str(book), code=None)
    assert "Imported 0 new statements" in again.stdout and len(cmo.json("code", "list")) == 4


def test_a_re_imported_workbook_still_matches_its_rows_by_the_team_s_column_of_statements_stored_before(cmo, tmp_path):
    """The rule's other side: a column of the team's that names statements the review held before the import still
    matches each row to its statement, so a reworded row updates its statement rather than adding one."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    cmo("code", "import", str(_workbook(tmp_path / "first.xlsx", keys, ("CM-1", "CM-3", "CM-4"))), code=None)
    book = _workbook(tmp_path / "second.xlsx", keys, ("CM-1", "CM-3", "CM-4"))
    sheet = openpyxl.load_workbook(book)
    sheet["Carers at home"]["D3"] = "Carers ask the GP for readmission"
    sheet.save(book)
    cmo("code", "import", str(book), code=None)
    outcomes = [s["outcome"] for s in cmo.json("code", "list")]
    assert len(outcomes) == 4 and "Carers ask the GP for readmission" in outcomes


def test_a_title_from_the_outcome_of_statements_without_a_mechanism_says_it_once(cmo, tmp_path):
    """Trial BH: 'Pharmacist medication review → fewer falls', coded with no mechanism, was titled "Fewer falls lead to
    fewer falls"."""
    coded_review(
        cmo,
        tmp_path,
        RECORDS,
        [("lindqvist", "Early supported discharge after stroke", "", "Fewer readmissions within 30 days", "q1")],
    )
    (config,) = cmo.json("configs", "list")
    assert config["title"] == "Fewer readmissions within 30 days"


def test_a_mechanism_that_names_a_change_is_still_joined_to_its_outcome_in_the_title(cmo, tmp_path):
    """The rule's other side: a mechanism coded as a change ('Fewer missed sessions') is joined to what it leads to."""
    coded_review(
        cmo,
        tmp_path,
        RECORDS,
        [("lindqvist", "Early supported discharge after stroke", "Fewer missed therapy sessions", "Fewer readmissions", "q1")],
    )
    (config,) = cmo.json("configs", "list")
    assert config["title"] == "Fewer missed therapy sessions lead to fewer readmissions"
