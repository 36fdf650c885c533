"""Trial BH (deprescribing in care homes, an Excel extraction workbook of one tab per domain): a tab's rows are never
matched, by a column of the team's own, to the statements an earlier tab of the same import made; and a title made
from the outcome of statements coded without a mechanism never says that outcome twice. Each rule is tested on another
topic: early supported discharge after stroke."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_reviews import coded_review, review_of, write_workbook

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
    return write_workbook(path, HEADER, tabs)


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


def test_a_mechanism_split_into_resource_and_reasoning_columns_keeps_both_parts(cmo, tmp_path):
    """Trial BH: 'Mechanism – resource' and 'Mechanism – reasoning', the realist split as Dalkin et al. name it, were read
    as a resource and the whole mechanism: the resource ('A pharmacist visited each home weekly') was in no sentence,
    title, pack or listing, and two configurations of different interventions read alike."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = tmp_path / "extraction.csv"
    sheet.write_text(
        "Study,Context,Mechanism – resource,Mechanism – reasoning,Outcome\n"
        f"{keys['early']},Patients discharged home after a mild stroke,A therapist visits within a day,"
        "Patients feel the ward's work goes on,Fewer missed therapy sessions\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(sheet), code=None)
    (statement,) = cmo.json("code", "list")
    assert statement["mechanism_resource"] == "A therapist visits within a day"
    assert statement["mechanism_response"] == "Patients feel the ward's work goes on"
    assert "A therapist visits within a day" in statement["mechanism"]
    assert "Patients feel the ward's work goes on" in statement["mechanism"]


RESOURCE = "A therapist from the community stroke team visits the home within a day of discharge"


def _coded_then_split(cmo, tmp_path: Path, with_ids: bool) -> list[dict]:
    """A sheet coded with one 'Mechanism' column, then imported again with that column split into resource and reasoning
    (the reasoning the mechanism's words as they were): the statements the review holds after."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    own = ("CMOC ID,", "C1,") if with_ids else ("", "")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(
        f"{own[0]}Study,Context,Mechanism,Outcome\n"
        f"{own[1]}{keys['early']},Patients discharged home after a mild stroke,Patients feel the ward's work goes on,"
        "Fewer missed therapy sessions\n",
        encoding="utf-8",
    )
    second.write_text(
        f"{own[0]}Study,Context,Mechanism – resource,Mechanism – reasoning,Outcome\n"
        f"{own[1]}{keys['early']},Patients discharged home after a mild stroke,{RESOURCE},"
        "Patients feel the ward's work goes on,Fewer missed therapy sessions\n",
        encoding="utf-8",
    )
    cmo("code", "import", str(first), code=None)
    cmo("code", "import", str(second), code=None)
    return cmo.json("code", "list")


def test_a_mechanism_split_later_on_the_sheet_is_made_again_from_its_two_parts(cmo, tmp_path):
    """The mechanism a statement held was the reasoning now given beside a resource: it is made again from both, not
    kept as the reasoning alone (a mechanism a person wrote otherwise is never replaced)."""
    (statement,) = _coded_then_split(cmo, tmp_path, with_ids=True)
    assert statement["mechanism"] == f"{RESOURCE}; Patients feel the ward's work goes on"


def test_a_row_giving_a_resource_beside_the_mechanism_a_statement_held_adds_no_second_statement(cmo, tmp_path):
    """Without an id to match it by, the row is the statement with its mechanism filled in: said, never added twice."""
    statements = _coded_then_split(cmo, tmp_path, with_ids=False)
    assert len(statements) == 1
