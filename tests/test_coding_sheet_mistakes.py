"""The mistakes real teams make with coding sheets (trial T), each a rule of `cmo code import`, run on the example review
as a user runs them: the template, a spreadsheet's edits, the import, what it says and its exit code."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from conftest import DATA, Cli

MISTAKES = DATA / "coding_mistakes"


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    """The example review `cmo demo` builds (round 1 closed: every configuration sent to the reference group)."""
    folder = tmp_path_factory.mktemp("mistakes") / "demo"
    Cli(folder)("demo", str(folder))
    return folder


@pytest.fixture
def review(example, tmp_path) -> Cli:
    """A copy of the example review, for one test to change."""
    shutil.copytree(example, tmp_path / "demo")
    return Cli(tmp_path / "demo")


def template(review: Cli, path: Path) -> Path:
    review("code", "template", "-o", str(path))
    return path


def edited(path: Path, target: Path, cells: dict[str, dict[str, str]], *, drop: tuple[str, ...] = ()) -> Path:
    """A copy of a sheet with some cells changed (by id, then column), rows and columns dropped: what a coder does."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        for column, value in cells.get(row[0], {}).items():
            row[header.index(column)] = value
    kept = [index for index, name in enumerate(header) if name not in drop]
    rows = [[row[index] for index in kept] for row in rows if row[0] not in drop]
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return target


def db(review: Cli) -> bytes:
    return (review.folder / "review.db").read_bytes()


# --- 1. an id given to another statement -------------------------------------------------------------------------------


def test_a_row_giving_a_statements_id_to_another_statement_of_another_source_is_refused(review, tmp_path):
    """Trial T: S3's row retyped with a statement of another paper rewrote S3 inside C1, already rated by the reference
    group, with exit 0 and not a word."""
    sheet = edited(
        template(review, tmp_path / "coding.csv"),
        tmp_path / "reused.csv",
        {
            "S3": {
                "source": "cooper2024peer",
                "context": "Peer workers on wards",
                "mechanism": "Patients trust someone with lived experience",
                "outcome": "Fewer restraints",
                "quote": "peer support reduced restraint",
                "page": "9",
            }
        },
    )
    before = db(review)
    refused = review("code", "import", str(sheet), code=2).stderr
    assert "row 4: S3 is a statement of schlief2022telemental" in refused
    assert "this row cites cooper2024peer and shares almost none of its words" in refused
    assert "Empty the row's id cell to import it as a new statement" in refused
    assert db(review) == before

    again = edited(sheet, tmp_path / "new.csv", {"S3": {"id": ""}})  # as the refusal says: a new statement
    assert "(S3), which 'cmo code template' made with a row for each" in review("code", "import", str(again), code=1).stderr
    assert review.json("code", "show", "S3")["source"] == "schlief2022telemental"
    assert review.json("code", "list")[-1]["source"] == "cooper2024peer"


def test_a_source_corrected_alone_is_imported_and_said_with_the_configuration_sent_to_the_group(review, tmp_path):
    """A corrected citation (the words kept) is the same statement: imported, and said with where it is, exit 1 as
    C1 was sent to the reference group in round 1."""
    sheet = edited(template(review, tmp_path / "coding.csv"), tmp_path / "cited.csv", {"S3": {"source": "troup2022clinician"}})
    said = review("code", "import", str(sheet), code=1)
    assert (
        "row 4: S3 now cites troup2022clinician, not schlief2022telemental; it is in C1, sent to the reference group in "
        "round 1. 'cmo configs show C1' shows what it rests on now." in said.stderr
    )
    assert review.json("code", "show", "S3")["source"] == "troup2022clinician"


def test_any_change_to_a_member_of_an_accepted_configuration_is_said(review, tmp_path):
    """Accepted configurations keep the wording the team accepted; a sheet changing what one rests on says so, and which
    cells, rather than change it silently (trial T: S35 of accepted C2 got another source, unsaid)."""
    review("configs", "accept", "C1")
    sheet = edited(template(review, tmp_path / "coding.csv"), tmp_path / "note.csv", {"S4": {"note": "checked again"}})
    said = review("code", "import", str(sheet), code=1)
    assert (
        "row 5: S4 was changed: the row changed the note; it is in C1, which the team accepted. C1 keeps the wording"
        in said.stderr
    )
    assert "'cmo configs unaccept C1' to reconsider it" in said.stderr


# --- 2. a sheet without the 'cmo version' column -----------------------------------------------------------------------


def test_a_sheet_without_versions_keeps_a_later_code_edit_and_says_so(review, tmp_path):
    """Trial T: the team's sheet, without the last column, silently undid a reviewer's `cmo code edit`. The history
    says the row holds the words from before that edit: the edit stays, and the import says so (exit 1)."""
    sheet = edited(template(review, tmp_path / "coding.csv"), tmp_path / "own.csv", {}, drop=("cmo version",))
    review("code", "edit", "S5", "--mechanism", "Peers offer hope", "--by", "KL")
    said = review("code", "import", str(sheet), code=1)
    assert review.json("code", "show", "S5")["mechanism"] == "Peers offer hope"
    assert "row 6: S5: the row still has the mechanism as S5 had it before a change made since S5 was coded: the " in said.stderr
    assert "mechanism was changed by 'cmo code edit' on " in said.stderr and " by KL. The later words were kept" in said.stderr
    assert "'cmo code edit S5 --mechanism …' puts the sheet's words back" in said.stderr
    assert "0 updates" in said.stdout


def test_a_sheet_without_versions_that_changes_a_cell_changed_since_is_refused(review, tmp_path):
    sheet = edited(
        template(review, tmp_path / "coding.csv"), tmp_path / "own.csv", {"S5": {"note": "ours"}}, drop=("cmo version",)
    )
    review("code", "import", str(sheet))  # the team's own sheet, read in once
    review("code", "edit", "S5", "--mechanism", "Peers offer hope", "--by", "KL")
    ours = edited(sheet, tmp_path / "own.csv", {"S5": {"mechanism": "Peers model recovery"}})
    before = db(review)
    refused = review("code", "import", str(ours), code=2).stderr
    assert "row 6: S5: this row changes the mechanism, and since own.csv was last imported, the mechanism was changed" in refused
    assert "or 'cmo code edit S5 --mechanism …' puts the sheet's words over the mechanism from 'cmo code edit'" in refused
    assert db(review) == before

    review("code", "edit", "S5", "--mechanism", "Peers model recovery")
    again = edited(ours, tmp_path / "own.csv", {"S5": {"outcome": "Hope grows"}})
    review("code", "import", str(again))  # its own later change to the sheet: no one else's to keep
    assert review.json("code", "show", "S5")["outcome"] == "Hope grows"


# --- 3. two coders, one statement ---------------------------------------------------------------------------------------


def test_two_coders_changing_different_cells_of_one_statement_both_stand(review, tmp_path):
    """Trial T: coder B's sheet, changing S10's quote, was refused because coder A had changed its outcome; emptying
    the version cell as advised then threw A's outcome away, unnamed. Different cells: both changes stand, said."""
    first = template(review, tmp_path / "coder-a.csv")
    second = shutil.copy(first, tmp_path / "coder-b.csv")
    review("code", "import", str(edited(first, first, {"S10": {"outcome": "Wards stay therapeutic (A)"}})))
    said = review("code", "import", str(edited(second, second, {"S10": {"quote": "infection control concerns (B)"}})))
    shown = review.json("code", "show", "S10")
    assert (shown["outcome"], shown["quote"]) == ("Wards stay therapeutic (A)", "infection control concerns (B)")
    assert (
        "row 11: S10: the row's quote was imported beside a change made since this sheet was made, which stays: " in said.stderr
    )
    assert "the outcome was changed by 'cmo code import' of coder-a.csv on " in said.stderr


def test_a_conflict_names_the_cells_each_side_changed_and_the_change_its_way_out_overwrites(review, tmp_path):
    first = template(review, tmp_path / "coder-a.csv")
    second = shutil.copy(first, tmp_path / "coder-b.csv")
    review("code", "import", str(edited(first, first, {"S10": {"outcome": "Wards stay therapeutic (A)", "note": "A's"}})))
    ours = edited(second, second, {"S10": {"outcome": "Staff cope (B)"}})
    refused = review("code", "import", str(ours), code=2).stderr
    assert (
        "row 11: S10: this row changes the outcome, and since this sheet was made, the outcome and note were changed" in refused
    )
    assert "or empty the row's 'cmo version' cell to put the row's outcome over the outcome from 'cmo code import' of " in refused
    assert " (the note keeps the later words)" in refused

    said = review("code", "import", str(edited(ours, ours, {"S10": {"cmo version": ""}})))
    shown = review.json("code", "show", "S10")
    assert (shown["outcome"], shown["note"]) == ("Staff cope (B)", "A's"), "the cell the row left as it was keeps A's"
    assert (
        "row 11: S10: the row's 'cmo version' cell is empty, so its outcome went over the outcome from 'cmo code import' of"
        in (said.stderr)
    )


# --- 4. formulas no program computed, and the row typed again ----------------------------------------------------------


def test_rows_with_formulas_no_spreadsheet_computed_are_refused_naming_the_cells(review):
    """Trial T: three rows came in with empty outcomes (exit 1), and importing the saved workbook as advised coded them
    a second time. A formula without a saved value is now refused, so importing again is safe."""
    before = db(review)
    refused = review("code", "import", str(MISTAKES / "formulas-never-computed.xlsx"), code=2).stderr
    assert "has 3 problems, so nothing was imported" in refused
    assert "row 2, column outcome: a formula no spreadsheet has computed, E2 (=L2)" in refused
    assert "row 4, column outcome: a formula no spreadsheet has computed, E4 (=L4)" in refused
    assert db(review) == before


def test_a_row_without_id_that_is_a_statement_edited_is_named_not_coded_twice(review, tmp_path):
    """Trial T: the sheet imported again with one outcome completed made S42 beside S41. A row with no id that has a
    statement's source, quote and page, and its context, mechanism and outcome edited or filled in, is that statement."""
    header = ["source", "context", "mechanism", "outcome", "quote", "page"]
    row = ["johnson2021impact", "Staff working remotely", "Without corridor talk they feel alone", "", "missed support", "7"]
    first = tmp_path / "coding.csv"
    first.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    review("code", "import", str(first), code=1)  # a statement without its outcome yet, said
    made = review.json("code", "list")[-1]["id"]

    filled = tmp_path / "filled.csv"
    filled.write_text(
        ",".join(header) + "\n" + ",".join([*row[:3], "Staff report lower morale", *row[4:]]) + "\n", encoding="utf-8"
    )
    said = review("code", "import", str(filled), code=1)
    assert f"row 2 looks like {made} with the outcome filled in (the same source, quote and page, and no id)" in said.stderr
    assert f"Give the row the id {made} to update {made}" in said.stderr
    assert review.json("code", "list")[-1]["id"] == made

    review("code", "edit", made, "--outcome", "Staff report lower morale")
    worded = tmp_path / "worded.csv"
    worded.write_text(",".join(header) + "\n" + ",".join([*row[:3], "Staff report lower morale at work", *row[4:]]) + "\n")
    said = review("code", "import", str(worded), code=1)
    assert f"row 2 looks like {made} with the outcome changed" in said.stderr
    other = tmp_path / "other.csv"  # the same quote coded with another outcome is another statement
    other.write_text(",".join(header) + "\n" + ",".join([*row[:3], "Managers lose sight of workloads", *row[4:]]) + "\n")
    assert "Imported 1 new statement" in review("code", "import", str(other)).stdout


# --- 5. ids as a spreadsheet sorts them ---------------------------------------------------------------------------------


def test_an_id_with_leading_zeros_names_the_statement_it_numbers(review, tmp_path):
    """Trial T: 'S01' was refused as no statement id while 's1' was read as S1."""
    sheet = edited(template(review, tmp_path / "coding.csv"), tmp_path / "zeros.csv", {"S1": {"id": "S01", "note": "zero"}})
    said = review("code", "import", str(sheet))
    assert "1 update" in said.stdout and review.json("code", "show", "S1")["note"] == "zero"


# --- 6. rows nobody sees, and rows that are gone ------------------------------------------------------------------------


def test_rows_hidden_in_the_workbook_are_imported_and_said(review):
    """Trial T: three rows an AutoFilter hid were imported without a word."""
    said = review("code", "import", str(MISTAKES / "rows-hidden-by-a-filter.xlsx"), code=1)
    assert "Imported 3 new statements" in said.stdout
    assert "rows 2, 3, 4 are hidden in the workbook (by a filter, or hidden by hand) and were imported like every other" in (
        said.stderr
    )


def test_a_column_hidden_in_the_workbook_is_read_and_said_once(review):
    """Helper G1: a hidden column (the quotes, F) was read without a word, as hidden rows were before trial T. Said once,
    by its letter and header, as hidden rows are; a hidden column no rule reads (M, empty) is not named."""
    said = review("code", "import", str(MISTAKES / "column-hidden.xlsx"), code=1)
    assert "Imported 3 new statements" in said.stdout
    assert said.stderr.count("hidden in the workbook") == 1, said.stderr
    assert "column F ('quote') is hidden in the workbook and was read like every other column" in said.stderr
    assert "column M" not in said.stderr and "rows 2, 3, 4" not in said.stderr


def test_statements_whose_rows_were_taken_off_a_template_are_kept_and_said(review, tmp_path):
    """Trial T: a team deleted the rows of S5 to S10 to delete the statements; nothing was deleted, and nothing said."""
    sheet = edited(template(review, tmp_path / "coding.csv"), tmp_path / "fewer.csv", {}, drop=("S5", "S6", "S7"))
    said = review("code", "import", str(sheet), code=1)
    assert "3 statements of the review have no row on this sheet (S5, S6, S7)" in said.stderr
    assert "they were kept, as a row left out deletes nothing. 'cmo code delete S5 --note \"why\"' deletes one." in said.stderr
    assert {"S5", "S6", "S7"} <= {s["id"] for s in review.json("code", "list")}
