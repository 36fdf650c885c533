"""Trial BC (hospice at home, a Google Sheets workbook of one tab per domain): the workbook is read whole, each tab's rows
given its domain, in one import; and an outcome of a thing prevented is never the opposite of one of a thing avoided.
Each rule is tested on another topic: stop-smoking services in community pharmacies."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_reviews import cmo_run, review_from_rows, review_of, write_workbook

RECORDS = """TY  - JOUR
TI  - Pharmacist-led stop-smoking clinics: a service evaluation
AU  - Okafor, Chidi
AU  - Brandt, Lena
PY  - 2018
JO  - International Journal of Pharmacy Practice
DO  - 10.1111/ijpp.2018.0001
ER  -

TY  - JOUR
TI  - Clients' views of quitting with their local pharmacy
AU  - Silva, Marta
PY  - 2020
JO  - Tobacco Control
DO  - 10.1136/tc.2020.0002
ER  -
"""

DOMAINS = """domains:
  - slug: staff
    name: Pharmacy staff
    description: Training, time and confidence of the pharmacy team.
  - slug: clients
    name: Clients
    description: Who comes to the service and what keeps them coming.
"""

HEADER = ["Study", "Context", "Mechanism", "Outcome", "Coder"]


def _workbook(path: Path, tabs: dict[str, list[list[str]]]) -> Path:
    return write_workbook(path, HEADER, tabs)


def _rows(keys: dict[str, str]) -> dict[str, list[list[str]]]:
    clinic, views = keys["pharmacist-led"], keys["clients'"]
    return {
        "Pharmacy staff": [
            [clinic, "Pharmacies with a trained adviser", "Staff feel able to offer help", "More quit attempts", "LB"],
            [clinic, "Busy dispensing counters", "Staff have no time to raise smoking", "Few clients are asked", "LB"],
        ],
        "Clients": [
            [views, "Clients who drop in", "Quitting feels easy to start", "More clients set a quit date", "MS"],
        ],
    }


def test_a_workbook_of_one_tab_per_domain_is_read_whole_each_row_its_tab_s_domain(cmo, tmp_path):
    """Trial BC: tabs 'Carer support', 'Out-of-hours', 'Symptom control', 'Coordination'; the import read the first tab
    only (12 of 36 statements) and asked for three more imports with --sheet."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    book = _workbook(tmp_path / "extraction.xlsx", _rows(keys))
    said = cmo("code", "import", str(book))
    assert [s["domain"] for s in cmo.json("code", "list")] == ["staff", "staff", "clients"]
    assert "each of its tabs 'Pharmacy staff', 'Clients' is named for a domain of the review" in said.stderr
    assert "only the sheet" not in said.stderr
    again = cmo("code", "import", str(book))
    assert len(cmo.json("code", "list")) == 3 and "Imported 0 new statements" in again.stdout


def test_a_bad_row_on_any_tab_of_the_workbook_imports_none_of_them(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    tabs = _rows(keys)
    tabs["Clients"].append(["Nobody 1999", "Anywhere", "Something", "Anything", "MS"])
    said = cmo("code", "import", str(_workbook(tmp_path / "extraction.xlsx", tabs)), code=2)
    assert "Nobody 1999" in said.stderr and "tab 'Clients'" in said.stderr
    assert cmo.json("code", "list") == []


def test_a_tab_not_named_for_a_domain_keeps_the_one_tab_read(cmo, tmp_path):
    """A second coder's tab beside a domain's: not a workbook of domains, so one tab is read and the other named."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    tabs = _rows(keys)
    tabs["MS coding"] = tabs.pop("Clients")
    said = cmo("code", "import", str(_workbook(tmp_path / "coders.xlsx", tabs)), code=1)
    assert len(cmo.json("code", "list")) == 2
    assert "'MS coding' (1 row) has the same columns and was not" in said.stderr


def test_a_cell_merged_down_a_tab_of_several_names_the_tab(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    book = _workbook(tmp_path / "extraction.xlsx", _rows(keys))
    opened = openpyxl.load_workbook(book)
    opened["Pharmacy staff"]["A3"] = None
    opened["Pharmacy staff"].merge_cells("A2:A3")
    opened.save(book)
    said = cmo("code", "import", str(book))
    assert "extraction.xlsx (tab 'Pharmacy staff'): 'Study' is merged down over rows below it (row 3)" in said.stderr


# --- a thing prevented beside a thing avoided -------------------------------------------------------------------------


def _checked(tmp_path: Path, outcomes: tuple[str, str]) -> str:
    """The round-close check of one configuration made by hand of two statements of one mechanism, with these outcomes."""
    rows = [
        ("inclusion2019", "Schools with an inclusion unit", "Staff have somewhere to send a pupil in crisis", outcomes[0]),
        ("inclusion2020", "Schools with an inclusion base", "Teachers have a place to send a pupil in crisis", outcomes[1]),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    return cmo_run("round", "close", "--check", cwd=review).stderr


def test_an_outcome_prevented_is_never_the_opposite_of_one_avoided(tmp_path):
    """Trial BC: "unnecessary hospital admissions are prevented" was said to be the opposite of "admission is avoided and
    the patient dies at home", with the split that would keep it apart."""
    said = _checked(tmp_path, ("A permanent exclusion is avoided", "Exclusions from school are prevented"))
    assert "says the opposite" not in said


def test_an_outcome_done_is_still_the_opposite_of_one_avoided(tmp_path):
    said = _checked(tmp_path, ("Permanent exclusions are avoided", "Permanent exclusions are issued"))
    assert "says the opposite" in said


# --- a figure written with a slash -----------------------------------------------------------------------------------------


def test_a_figure_written_with_a_slash_is_named_whole(tmp_path):
    """Trial BC: 'C6 goes to the group in one of its 2 sources' words, naming '24', '7' in its mechanism' (of "24/7")."""
    rows = [
        ("helpline2018", "Survivors of domestic abuse", "Survivors can reach an adviser 24/7", "More survivors make a plan"),
        ("helpline2018", "Survivors of domestic abuse at night", "Survivors can reach an adviser 24/7", "More survivors plan"),
        ("refuge2021", "Survivors of domestic abuse", "Survivors can reach an adviser at any hour", "More survivors make a plan"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "24/7" in cmo_run("configs", "show", "C1", cwd=review).stdout
    said = cmo_run("round", "close", "--check", cwd=review).stderr
    assert "naming '24/7' in its mechanism" in said


def test_every_tab_s_problems_are_said_at_once(cmo, tmp_path):
    """Re-check RE: only the first failing tab's problems were said; the next tab's came only on the next attempt."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    tabs = _rows(keys)
    first, second = list(tabs)[:2]
    tabs[first].append(["Nobody 1999", "Anywhere", "Something", "Anything", "MS"])
    tabs[second].append(["Someone 1888", "Anywhere", "Something", "Anything", "MS"])
    said = cmo("code", "import", str(_workbook(tmp_path / "extraction.xlsx", tabs)), code=2)
    assert "Nobody 1999" in said.stderr and f"tab '{first}'" in said.stderr
    assert "Someone 1888" in said.stderr and f"tab '{second}'" in said.stderr
    assert cmo.json("code", "list") == []
