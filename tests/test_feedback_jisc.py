"""A reference group's answers as JISC Online Surveys downloads them, and a checkbox question with several groups ticked
(trial N).

JISC Online Surveys (formerly BOS, the survey tool UK universities license) numbers every question and every part of
one in its download's header ('1. Your pseudonym', '3.1. …', '3.a. …', '14.1.a. Write an R Package', '9.b.iii.a. …' in
public downloads: ianhandel/bossier `TestData/results-for-bossier-2018-04-13-1527.csv`, akvo/akvo-rsr's UNEP survey
import), puts `Unique Response Number` first when asked to, joins a checkbox question's choices with ',' ('Parrots,
Whales') and its coded download heads columns 'URN', 'Q3_1', 'Q14_1_a'. Each rule is tested alone on answers written
here about other reviews' findings, then on the tester's files (`tests/data/feedback_forms/trial_n/`).
"""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.errors import LookAt
from cmo.normalise import fold
from cmo.sheets.feedback import _column_name, _header_words, parse_feedback_files

FORMS = DATA / "feedback_forms" / "trial_n"
PRISONS = {
    "carers": "Unpaid carers",
    "in-prison": "People in prison",
    "staff": "Prison staff",
    "homeless": "Homeless, or at risk of it",
    "yoi": "Young offender institutions",
}
"""A review of peer support in prisons: its groups, one with a comma in its name, one by its initials."""


def _read(tmp_path, text: str, known=("C2", "C7"), **given):
    path = tmp_path / "results-for-peer-support.csv"
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    items = parse_feedback_files([path], set(known), 1, warnings=warnings, **given)
    return path, items, warnings


def _answers(items) -> set[tuple[str, str, str, str | None, str]]:
    return {(item.respondent, item.group, item.configuration, item.rating, item.missing) for item in items}


# ---- 1. a question's number is no part of what it asks: one rule, every header --------------------------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("1. Your pseudonym", "Your pseudonym"),
        ("3.1. How well does this fit?: C7: Peer workers", "How well does this fit?: C7: Peer workers"),
        ("3.a. C7: Peer workers", "C7: Peer workers"),
        ("14.1.a. Write an R Package", "Write an R Package"),  # bossier's download of a JISC grid's row
        ("9.b.iii.a. C2 - What is missing or wrong?", "C2 - What is missing or wrong?"),  # akvo-rsr's JISC questions
        ("2) Any other comments?", "Any other comments?"),
        ("Q3_1 C2: Does this match your experience?", "C2: Does this match your experience?"),  # a coded download's id
        ("Q14_1_a - C7: Does this match your experience?", "C7: Does this match your experience?"),
        ("Q4. Your group", "Your group"),
        ("1.5 hours a week on the wing", "1.5 hours a week on the wing"),  # a decimal is words
        ("2 visits a week", "2 visits a week"),  # a number with no mark after it is words
        ("2026 plans", "2026 plans"),
        ("C3. What is missing or wrong?", "C3. What is missing or wrong?"),  # a configuration's id is not a number
    ],
)
def test_a_leading_question_number_is_left_out_and_nothing_else(header, words):
    assert _header_words(header) == words


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("7.b.ii. Your pseudonym", "respondent"),
        ("Q1 Your pseudonym", "respondent"),
        ("Q2_1. Speaking as", "role"),
        ("12.c. Any other comments?", "comment"),
    ],
)
def test_a_numbered_header_names_the_templates_column_its_words_name(header, column):
    """The old rule left 'iii.a.' of '9.b.iii.a.' and all of 'Q3_1' before the words, so the column went unread."""
    assert _column_name(header) == column


def test_a_download_numbered_as_jisc_numbers_its_parts_is_read_whole(tmp_path):
    """Every question and part numbered, a sub-question's row lettered (JISC's '5.b.ii.'), and a coded id before one."""
    path, items, warnings = _read(
        tmp_path,
        "Unique Response Number,Started,Submitted,1.a. Your pseudonym,Q2_1 What you speak as,"
        "3.1. C2: Does this match your experience?,3.2. C7: Does this match your experience?,"
        "5.b.ii. C7: What is missing or wrong?,6. Any other comments?\n"
        "44120001,14/03/2027 09:12,14/03/2027 09:20,Osprey,Peer mentor,Partly,No,Release day support,Funding ends in March\n",
    )
    assert _answers(items) == {
        ("Osprey", "", "C2", "partly", ""),
        ("Osprey", "", "C7", "disagree", "Release day support"),
        ("Osprey", "", "overall", None, ""),
    }
    assert {item.role for item in items} == {"Peer mentor"}
    assert [item.comment for item in items if item.configuration == "overall"] == ["Funding ends in March"]
    assert not any(isinstance(warning, LookAt) for warning in warnings), warnings


def test_jiscs_own_columns_are_left_unread_without_a_word(tmp_path):
    """'Unique Response Number' (or 'URN') is JISC's, as 'Respondent ID' is SurveyMonkey's: naming it as a column the
    group wrote in made every JISC import exit 1 with nothing to look at."""
    for own in ("Unique Response Number", "URN"):
        _, items, warnings = _read(
            tmp_path,
            f"{own},Started,Submitted,1. Your pseudonym,2. C2: Does this match your experience?\n"
            "356806-356797-33882794,02/04/2027 10:01,02/04/2027 10:09,Kittiwake,Yes\n",
        )
        assert [(item.respondent, item.rating) for item in items] == [("Kittiwake", "agree")]
        assert not any(own in str(warning) for warning in warnings), warnings


# ---- 2. a grid's row joined to its question: 'Question [Row]', 'Question - Row', 'Question: Row' -----------------------


@pytest.mark.parametrize(
    "joined",
    [
        "How well does this fit your work? [{row}]",  # Google Forms
        "How well does this fit your work? - {row}",  # Qualtrics; SurveyMonkey's two header rows
        "4.2. How well does this fit your work?: {row}",  # JISC Online Surveys
    ],
)
@pytest.mark.parametrize("row", ["C7: Peer workers share what prison is like", "Peer workers share what prison is like"])
def test_a_grid_row_joined_to_its_question_as_each_tool_joins_them_is_read(tmp_path, joined, row):
    """By its id or by its title (what the pack and report call it): before, a row named by its title was read only in
    Google Forms' brackets, so JISC's and Qualtrics' rows by title were a column nobody read."""
    header = joined.format(row=row)
    names = {1: {fold("Peer workers share what prison is like"): "C7"}}
    _, items, _ = _read(tmp_path, f'Your pseudonym,"{header}"\nSkua,Strongly agree\nTern,Disagree\n', names=names)
    assert {(item.respondent, item.configuration, item.rating) for item in items} == {
        ("Skua", "C7", "agree"),
        ("Tern", "C7", "disagree"),
    }


def test_the_question_is_read_before_whichever_join_names_the_row(tmp_path):
    """A question may hold a colon itself ('Round 2: …'): the row is where a configuration begins, not the first colon,
    and the words before it ask the question (a rating here, with nothing in the answers to say so)."""
    _, items, _ = _read(
        tmp_path,
        "Your pseudonym,Round 2: What is missing or wrong?: C2: Officers' time,Round 2: What is missing or wrong?: C7\n"
        "Fulmar,Yes,No\n",
    )
    assert {(item.configuration, item.missing, item.rating) for item in items} == {("C2", "Yes", None), ("C7", "No", None)}


# ---- 3. a checkbox question with several groups ticked: kept, said, never decided --------------------------------------


def _ticked(tmp_path, cell: str, groups=PRISONS):
    header = "Timestamp,Your pseudonym,Your group,C2: Does this match your experience?"
    text = f'{header}\n2027/03/14 9:12:01 AM GMT,Gannet,"{cell}",Yes\n'
    return _read(tmp_path, text, groups=groups)


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("Unpaid carers, People in prison", "'Unpaid carers' (carers) and 'People in prison' (in-prison)"),  # Google Forms
        ("Unpaid carers,Prison staff", "'Unpaid carers' (carers) and 'Prison staff' (staff)"),  # JISC: ',' alone
        ("Prison staff;People in prison;", "'Prison staff' (staff) and 'People in prison' (in-prison)"),  # Microsoft Forms
        (
            "Homeless, or at risk of it, Unpaid carers, Prison staff",  # a name holding a comma is one choice
            "'Homeless, or at risk of it' (homeless), 'Unpaid carers' (carers) and 'Prison staff' (staff)",
        ),
        ("Unpaid carers, Foster parents", "'Unpaid carers' (carers) and 'Foster parents' (none of the review's groups)"),
    ],
)
def test_several_groups_ticked_keep_the_answers_without_a_group_and_name_them_all(tmp_path, cell, said):
    """The answer counts under one group (`FeedbackItem.group`); choosing one of those ticked would decide for the
    respondent, so it is kept without one and said in one sentence naming the file, the row and every group given.
    Before, the sentence called the cell 'none of the review's groups' and cut it after 40 characters."""
    path, items, warnings = _ticked(tmp_path, cell)
    assert [(item.respondent, item.group, item.rating) for item in items] == [("Gannet", "", "agree")]
    count = said.count("' (")
    sentence = [str(warning) for warning in warnings if "groups were ticked" in str(warning)]
    assert sentence == [
        f"{path} row 2: {count} groups were ticked, {said}, and an answer counts under one group, so these answers were "
        "kept without a group rather than under one cmo would choose"
    ]
    assert any(isinstance(warning, LookAt) for warning in warnings), "exit 1: done, with something to look at"


def test_choices_that_all_name_one_group_are_that_group(tmp_path):
    """A form's choices that each name the same group (its initials and its name) decide nothing between groups."""
    path, items, warnings = _ticked(tmp_path, "YOI, Young offender institutions")
    assert [item.group for item in items] == ["yoi"]
    assert f"{path} row 2: the group 'YOI, Young offender institutions' was read as yoi" in map(str, warnings)


@pytest.mark.parametrize("cell", ["Visiting the wing, weekly", "Carer of a young person"])
def test_a_cell_naming_no_group_is_still_the_respondents_own_words(tmp_path, cell):
    """Commas alone make no list of groups: the form's 'Other' answer is said as before."""
    path, items, warnings = _ticked(tmp_path, cell)
    assert [item.group for item in items] == [""]
    assert f"{path} row 2: the group '{cell}' is none of the review's groups" in "\n".join(map(str, warnings))


def test_a_forms_group_that_could_be_two_is_said_to_be_either_not_none(tmp_path):
    """'Prison' starts two groups' names: the answer stands without one and the sentence names both, where it said the
    answer named none of the review's groups."""
    path, items, warnings = _ticked(tmp_path, "Prison")
    assert [item.group for item in items] == [""]
    assert f"{path} row 2: the group 'Prison' could be in-prison or staff" in "\n".join(map(str, warnings))


def test_a_column_of_groups_ticked_is_found_as_the_group_whatever_its_question(tmp_path):
    """A checkbox question asked in the form's own words ('Who are you answering for?'): its answers name the review's
    groups, several at a time, so it is the group column; before, one answer ticking two made it a column nobody
    read, and every answer lost its group."""
    path, items, warnings = _read(
        tmp_path,
        "Timestamp,Your pseudonym,Who are you answering for?,C2: Does this match your experience?\n"
        "2027/03/14 9:12:01 AM GMT,Gannet,Prison staff,Yes\n"
        '2027/03/14 9:15:44 AM GMT,Shag,"Unpaid carers, People in prison",No\n',
        groups=PRISONS,
    )
    assert [(item.respondent, item.group) for item in items] == [("Gannet", "staff"), ("Shag", "")]
    assert f"{path}: the column 'Who are you answering for?' holds the review's groups, so it was read as the group" in warnings


# ---- 4. the tester's files -----------------------------------------------------------------------------------------------


def _stored(cmo) -> set[tuple[str, str, str, str | None, str]]:
    return {(a["respondent"], a["group"], a["configuration"], a["rating"], a["missing"]) for a in cmo.json("feedback", "list")}


@pytest.mark.parametrize("name", ["jisc-online-surveys.csv", "jisc-online-surveys-lettered.csv"])
def test_the_testers_jisc_downloads_import_whole_with_nothing_to_look_at(demo, name):
    """Refused in the trial ('the sheet has one row per respondent…'), then read but exiting 1 over JISC's own
    'Unique Response Number'."""
    before = _stored(demo)
    done = demo("feedback", "import", str(FORMS / name), "--round", "1", code=0)
    added = _stored(demo) - before
    expected = {
        ("Shag", "inpatient-crisis", "C1", "agree", "Night cover"),
        ("Shag", "inpatient-crisis", "C5", "partly", ""),
        ("Shag", "inpatient-crisis", "C12", "disagree", ""),
        ("Shag", "inpatient-crisis", "C16", "agree", ""),
        ("Eider", "cyp", "C1", "disagree", ""),
        ("Eider", "cyp", "C12", "agree", "Siblings"),
        ("Eider", "cyp", "C16", "partly", ""),
    }
    if name == "jisc-online-surveys.csv":  # the lettered one has no overall question
        expected.add(("Shag", "inpatient-crisis", "overall", None, "Bus fares"))
    assert added == expected
    assert "was not read" not in done.stderr


def test_the_testers_checkbox_groups_are_kept_and_named(demo):
    before = _stored(demo)
    done = demo("feedback", "import", str(FORMS / "google-forms-checkbox-groups.csv"), "--round", "1", code=1)
    added = _stored(demo) - before
    assert {(who, group, c, rating) for who, group, c, rating, _ in added if who == "Magpie"} == {
        ("Magpie", "", "C1", "agree"),
        ("Magpie", "", "C5", "agree"),
        ("Magpie", "", "C12", "disagree"),
        ("Magpie", "", "C16", "partly"),
    }
    assert {group for who, group, *_ in added if who == "Rook"} == {"inpatient-crisis"}
    assert (
        f"{FORMS / 'google-forms-checkbox-groups.csv'} row 2: 2 groups were ticked, 'Children and young people' (cyp) and "
        "'Digitally excluded people' (digitally-excluded), and an answer counts under one group, so these answers were "
        "kept without a group rather than under one cmo would choose" in " ".join(done.stderr.split())
    )
