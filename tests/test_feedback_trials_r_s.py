"""Trials R and S: a form's download as teams write it.

A corrected download imported on top of the first (its pseudonym column now read) doubled every answer; a pseudonym
asked for in a team's words ('Please choose a made-up name (pseudonym)…') was not read; a single choice holding a
comma was read as two groups ticked; a question asking two things, or for comments in general, was filed as 'Does not
hold for'; 'Midwife' was not the group 'Midwives and nurses'; a linear scale's numbers sent the team to retype every
answer; and the import's counts did not add up ('for round 1, 2', '1 columns')."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import DATA

from cmo.sheets.feedback import parse_feedback_files

HERE = DATA / "feedback_trials_r_s"
FIRST = HERE / "qualtrics-first-download.csv"
CORRECTED = HERE / "qualtrics-corrected-download.csv"


def form(path: Path, header: list[str], *rows: list[str]) -> Path:
    """A Google Forms download: a timestamp, then the form's questions."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Timestamp", *header], *(["2030/01/07 7:49:24 PM GMT", *row] for row in rows)])
    return path


C1 = "How far do you agree with each finding? [C1 Clinicians see less of the person]"
C2 = "How far do you agree with each finding? [C2 Short sessions on mental health awareness]"


def test_a_corrected_download_imported_again_adds_nothing_it_holds_and_names_each_submission(demo):
    """Fails on the old code: the corrected file added its answers again under the pseudonyms (10 in force, not 4)."""
    demo("feedback", "import", str(FIRST), "--round", "1", code=1)
    assert {a["respondent"] for a in demo.json("feedback", "list", "--round", "1")} == {
        "Anonymous (row 4, sent 2030-01-07 19:02:47)",
        "Anonymous (row 5, sent 2030-01-08 10:20:00)",
        "Anonymous (row 6, sent 2030-01-09 09:05:00)",
    }
    result = demo("feedback", "import", str(CORRECTED), "--round", "1")
    assert "Imported 0 answers for round 1; 4 already imported." in result.stdout
    assert (
        "Anonymous (row 4, sent 2030-01-07 19:02:47) is Kestrel: F1-F2; "
        "Anonymous (row 5, sent 2030-01-08 10:20:00) is Otter: F3-F4" in result.stderr
    )
    listed = demo.json("feedback", "list", "--round", "1")
    assert sorted((a["id"], a["respondent"], a["configuration"]) for a in listed) == [
        ("F3", "Otter", "C1"),
        ("F4", "Otter", "C2"),
        ("F5", "Kestrel", "C1"),
        ("F6", "Kestrel", "C2"),
    ]  # as the corrected file imported alone: Kestrel's first submission kept, replaced by the later one
    again = demo("feedback", "import", str(CORRECTED), "--round", "1")
    assert "Imported 0 answers" in again.stdout


@pytest.mark.parametrize(
    "header",
    [
        "Please choose a made-up name (pseudonym) and use the same one in both rounds",
        "Please choose a pseudonym",
        "Made-up name (pseudonym)",
        "3. Your nickname for this survey",
    ],
)
def test_a_question_asking_for_a_pseudonym_in_its_own_words_is_the_pseudonym(tmp_path, header):
    """Fails on the old code: the column was left unread, each row a respondent of its own ('Anonymous (row 2)')."""
    path = form(tmp_path / "answers.csv", [header, C1], ["Heron", "Strongly agree"], ["Heron", "Agree"])
    notes: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, warnings=notes)
    assert {item.respondent for item in items} == {"Heron"}
    assert any("asks for a pseudonym, so it was read as one" in note for note in notes)


def test_a_single_choice_holding_a_comma_worded_otherwise_is_the_one_group(tmp_path):
    """Fails on the old code: '2 groups were ticked', and the answers were kept without a group."""
    groups = {"clinical": "Researchers, clinicians and service managers", "carers": "Carers"}
    path = form(
        tmp_path / "answers.csv",
        ["Your pseudonym", "Which group are you in? - Selected Choice", C1],
        ["Heron", "Researchers, clinicians or service managers", "Agree"],
        ["Wren", "Researchers, Carers", "Agree"],
    )
    notes: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, groups=groups, warnings=notes)
    assert {item.respondent: item.group for item in items} == {"Heron": "clinical", "Wren": ""}
    assert any("the group 'Researchers, clinicians or service manag…' was read as clinical" in note for note in notes), notes
    assert any("2 groups were ticked, 'Researchers' (clinical) and 'Carers' (carers)" in note for note in notes)


@pytest.mark.parametrize(
    "question",
    [
        "C1: Clinicians see less of the person - Any comments on this finding, including who it does not hold for?",
        "C1 Is anything missing or wrong? For whom or where does it not hold?",
    ],
)
def test_a_question_asking_for_comments_or_two_things_is_a_comment(tmp_path, question):
    """Fails on the old code: the words were filed as 'Does not hold for', and the pack quoted them so."""
    path = form(tmp_path / "answers.csv", ["Your pseudonym", C1, question], ["Heron", "Agree", "Spot on."])
    items = parse_feedback_files([path], {"C1"}, 1)
    (item,) = items
    assert (item.comment, item.not_for_whom, item.missing) == ("Spot on.", "", "")


def test_for_whom_alone_is_still_for_whom(tmp_path):
    path = form(
        tmp_path / "answers.csv",
        ["Your pseudonym", C1, "C1: For whom, or where, does it not hold?"],
        ["Heron", "Agree", "Night staff."],
    )
    (item,) = parse_feedback_files([path], {"C1"}, 1)
    assert item.not_for_whom == "Night staff."


def test_a_group_typed_as_one_of_it_is_that_group(tmp_path):
    """Fails on the old code: 'Midwife' was none of the review's groups (trial S); 'Carer' reads as 'Carers' too."""
    groups = {"midwives": "Midwives and nurses", "carers": "Family carers", "policy": "Policy makers"}
    path = form(
        tmp_path / "answers.csv",
        ["Your pseudonym", "Which group are you answering for?", C1],
        ["Amina", "Midwife", "Agree"],
        ["Joe", "Family carer", "Agree"],
        ["Ann", "Doctor", "Agree"],
    )
    notes: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, groups=groups, warnings=notes)
    assert {item.respondent: item.group for item in items} == {"Amina": "midwives", "Joe": "carers", "Ann": ""}
    assert any("the group 'Midwife' was read as midwives" in note for note in notes), notes


def test_ratings_as_numbers_alone_ask_for_the_scale_not_a_retyped_sheet(demo, tmp_path):
    """Fails on the old code: 'write that layout with cmo feedback template … copy the answers into it'."""
    path = form(
        tmp_path / "linear.csv", ["Your pseudonym", "C1 Clinicians see less of the person: how far do you agree?"], ["Amina", "4"]
    )
    result = demo("feedback", "import", str(path), "--round", "1", code=2)
    assert "holds ratings as numbers alone ('4')" in result.stderr
    assert "--scale 1-5" in result.stderr and "template" not in result.stderr
    assert demo.json("feedback", "list", "--round", "1") == []
    done = demo("feedback", "import", str(path), "--round", "1", "--scale", "1-5")
    assert "Imported 1 answer for round 1 (F1)" in done.stdout


def test_the_counts_add_up(demo, tmp_path):
    """Fails on the old code: '(1 columns, on C1)' and 'for round 1, 2' when every answer added was round 2's."""
    path = form(tmp_path / "one.csv", ["Your pseudonym", C1], ["Amina", "Agree"])
    result = demo("feedback", "import", str(path), "--round", "1")
    assert "(1 column, on C1)" in result.stderr
    assert "Imported 1 answer for round 1 (F1); 0 already imported." in result.stdout
