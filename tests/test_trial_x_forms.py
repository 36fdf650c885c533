"""Trial X (antimicrobial stewardship in care homes): a reference group's form downloads and an appraisal sheet.

1. JISC Online Surveys numbers the follow-up under each question '4.a. What is missing or wrong?': a sub-question
   ('4.a.', 'Q4_a', '4(a)', '4.1.a.') naming no configuration asks about the one its question names.
2. A grid's row headed by one configuration's exact title is that configuration, though another's shorter title is
   inside it; a column whose words still name two is said with both ('could be C2 or C9').
3. A form's 'If you selected Other, please specify' column gives the group in the respondent's words: kept with the
   answers, without a group, and named (exit 1), as the README says.
4. An appraisal sheet's 'Moderate' is no word of cmo's scale: read as medium, said (exit 1), the word kept in the note.

Each rule is tested alone on answers written here about other reviews' findings (peer support in prisons, the example
review's crisis care), in two form tools' layouts, then on the tester's files (`tests/data/trial_x/`).
"""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.sheets.feedback import _question_number, parse_feedback_files
from cmo.sheets.screening import parse_appraisal

TRIAL_X = DATA / "trial_x"
PRISONS = {"carers": "Unpaid carers", "in-prison": "People in prison", "staff": "Prison staff"}


def _read(tmp_path, text: str, known=("C2", "C7", "C9"), name="download.csv", **given):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    items = parse_feedback_files([path], set(known), 1, warnings=warnings, **given)
    return path, items, [" ".join(str(w).split()) for w in warnings]


def _answers(items) -> set[tuple]:
    return {(i.respondent, i.configuration, i.rating, i.missing, i.comment) for i in items}


# ---- 1. a sub-question asks about its question's configuration ------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "number"),
    [
        ("4.a. What is missing or wrong?", ("4", "a")),
        ("Q4_a What is missing or wrong?", ("4", "a")),
        ("4(a) What is missing or wrong?", ("4", "a")),
        ("4.1(b). Please explain", ("4", "1", "b")),
        ("9.b.iii.a. Why?", ("9", "b", "iii", "a")),
        ("4. C2: Does this match your experience?", ("4",)),
        ("1.5 hours a week on the wing", ()),
        ("2 visits a week", ()),
    ],
)
def test_a_questions_number_is_read_in_parts_whatever_the_tool_writes(header, number):
    assert _question_number(header) == number


SUB_QUESTIONS = {
    "JISC Online Surveys": (
        "4. CMO 1.2 (C2) Peer workers are trusted: Does this match your experience?",
        "4.a. What is missing or wrong?",
        "5. CMO 2.1 (C7) Release plans start too late: Does this match your experience?",
        "5.a. What is missing or wrong?",
    ),
    "a coded download (Qualtrics' ids)": (
        "Q4 C2: Does this match your experience?",
        "Q4_a What is missing or wrong?",
        "Q5 C7: Does this match your experience?",
        "Q5_a What is missing or wrong?",
    ),
    "bracketed parts": (
        "4 (C2) - Does this match your experience?".replace("4 ", "4) "),
        "4(a) What is missing or wrong?",
        "5) C7 - Does this match your experience?",
        "5(a) What is missing or wrong?",
    ),
}


@pytest.mark.parametrize("tool", list(SUB_QUESTIONS))
def test_a_sub_question_is_about_the_configuration_its_question_names_not_the_findings_overall(tmp_path, tool):
    """Fails on the old code: both follow-ups were read as the respondent's answer about the findings overall."""
    rating2, missing2, rating7, missing7 = SUB_QUESTIONS[tool]
    _, items, warnings = _read(
        tmp_path,
        f'Pseudonym,"{rating2}","{missing2}","{rating7}","{missing7}"\n'
        "Gannet,Agree,Night staff are never told,Disagree,Probation sets the date\n",
    )
    assert _answers(items) == {
        ("Gannet", "C2", "agree", "Night staff are never told", ""),
        ("Gannet", "C7", "disagree", "Probation sets the date", ""),
    }
    assert not any("overall" in w for w in warnings)


def test_a_sub_sub_question_takes_its_nearest_question_and_its_own_words_say_which_answer(tmp_path):
    """'4.1.a.' under '4.1.' (C7), not '4.' (C2); a follow-up asking no answer of the template's is a comment on it."""
    _, items, _ = _read(
        tmp_path,
        "Pseudonym,4. C2: Does this match your experience?,4.1. C7: Does this match your experience?,"
        "4.1.a. Please explain\n"
        "Shag,Agree,Partly,Only for short sentences\n",
    )
    assert _answers(items) == {("Shag", "C2", "agree", "", ""), ("Shag", "C7", "partly", "", "Only for short sentences")}


def test_a_sub_question_of_a_question_naming_no_configuration_is_not_given_one(tmp_path):
    """Pins: '2.a.' under the group's question belongs to no configuration; '3.' asking what is missing overall stays
    the answer about the findings overall."""
    _, items, warnings = _read(
        tmp_path,
        "1. Pseudonym,2. How did you hear of this?,2.a. Please explain,3. C2: Does this match your experience?,"
        "4. Is anything missing overall?\n"
        "Eider,A poster,On the wing,Agree,Families\n",
    )
    assert _answers(items) == {("Eider", "C2", "agree", "", ""), ("Eider", "overall", None, "Families", "")}
    assert any("'2.a. Please explain' (1 row)" in w and "not read" in w for w in warnings)


# ---- 2. an exact title wins over a title inside it -----------------------------------------------------------------

NAMES = {
    1: {
        "prisoners trust peer workers": "C2",
        "after release prisoners trust peer workers": "C7",
        "staff listen to families": "C9",
    }
}
GRIDS = {
    "JISC Online Surveys": ("4.1. Prisoners trust peer workers", "4.2. After release prisoners trust peer workers"),
    "Google Forms": (
        "How far do you agree? [Prisoners trust peer workers]",
        "How far do you agree? [After release prisoners trust peer workers]",
    ),
}


@pytest.mark.parametrize("tool", list(GRIDS))
def test_a_grid_row_headed_by_a_configurations_exact_title_is_that_configuration(tmp_path, tool):
    """Fails on the old code: C7's row, whose title holds C2's, was 'not read'."""
    two, seven = GRIDS[tool]
    _, items, warnings = _read(tmp_path, f'Pseudonym,"{two}","{seven}"\nGannet,Agree,Disagree\n', names=NAMES)
    assert _answers(items) == {("Gannet", "C2", "agree", "", ""), ("Gannet", "C7", "disagree", "", "")}
    assert not any("not read" in w for w in warnings)


@pytest.mark.parametrize(
    "header",
    [
        "4.3. Prisoners trust peer workers when staff listen to families",
        "Agree? [Prisoners trust peer workers when staff listen to families]",
    ],
)
def test_a_column_still_naming_two_configurations_says_which_it_could_be(tmp_path, header):
    """Fails on the old code: 'was not read … Rename it' named neither."""
    path, items, warnings = _read(
        tmp_path, f'Pseudonym,C7: Does this match your experience?,"{header}"\nGannet,Agree,Partly\n', names=NAMES
    )
    assert _answers(items) == {("Gannet", "C7", "agree", "", "")}
    assert f"{path}: the column '{header[:40]}" in " ".join(warnings)
    assert "(1 row) was not read: it could be C2 or C9, as its words name each of them" in " ".join(warnings)


def test_the_testers_split_configuration_is_read_by_its_exact_title():
    warnings: list[str] = []
    names = {2: {"they rely on the nurse s account": "C1", "without seeing the resident they rely on the nurse s account": "C31"}}
    groups = {"nurses": "Care home nurses and managers"}
    items = parse_feedback_files(
        [TRIAL_X / "jisc-grid-split.csv"], {"C1", "C31"}, 2, warnings=warnings, names=names, groups=groups
    )
    assert {(i.configuration, i.rating, i.answer) for i in items} == {
        ("C1", "agree", "Agree"),
        ("C31", "agree", "Strongly agree"),
    }


# ---- 3. the group in the respondent's own words --------------------------------------------------------------------

OTHER = {
    "JISC Online Surveys": (
        '1. Your pseudonym,2. Which group are you answering for?,"2.a. If you selected Other, please specify:",'
        "3. C2: Does this match your experience?\n"
    ),
    "SurveyMonkey": (  # two header rows: the question, and under it each choice's label
        "Your pseudonym,Which group are you answering for?,,C2: Does this match your experience?\n"
        "Open-Ended Response,Response,Other (please specify),Response\n"
    ),
}


@pytest.mark.parametrize("tool", list(OTHER))
def test_a_forms_other_please_specify_gives_the_group_in_the_respondents_words(tmp_path, tool):
    """Fails on the old code: the words were 'not read' and the answers kept with 'Other' said as the group."""
    path, items, warnings = _read(
        tmp_path,
        OTHER[tool] + "Gannet,Prison staff,,Agree\nKnot,Other,Prison chaplain,Partly\nTern,Other,Unpaid carer,Agree\n",
        groups=PRISONS,
    )
    assert {(i.respondent, i.group, i.rating) for i in items} == {
        ("Gannet", "staff", "agree"),
        ("Knot", "", "partly"),
        ("Tern", "carers", "agree"),  # words naming a review group are that group, and said
    }
    said = "\n".join(warnings)
    assert (
        f"{path} row {3 if tool == 'JISC Online Surveys' else 4}: the group 'Prison chaplain' is none of the review's groups"
        in said
    )
    assert "the group 'Unpaid carer' was read as carers" in said
    assert "not read" not in said


def test_the_testers_other_group_is_kept_and_named():
    """The tester's file (its header quoted as JISC's download quotes it: the minimal file had lost the quotes)."""
    warnings: list[str] = []
    groups = {"nurses": "Care home nurses and managers", "gps": "GPs and prescribers"}
    items = parse_feedback_files([TRIAL_X / "jisc-other-group.csv"], {"C8"}, 1, warnings=warnings, groups=groups)
    assert [(i.respondent, i.group, i.configuration) for i in items] == [("Otter", "", "C8")]
    said = " ".join(" ".join(str(w).split()) for w in warnings)
    assert "the group 'Infection prevention nurse (CCG)' is none of the review's groups" in said
    assert "not read" not in said


# ---- 4. an appraisal tool's word ------------------------------------------------------------------------------------


def test_moderate_is_read_as_medium_said_and_kept_in_the_note(tmp_path):
    """Fails on the old code: 'Moderate' became medium with no word and the note lost it."""
    sheet = tmp_path / "quality.csv"
    sheet.write_text("key,relevance,rigour,notes\nwebb2020review,Moderate,High,small sample\n", encoding="utf-8")
    parsed = parse_appraisal(sheet, {"webb2020review"})
    (row,) = parsed.rows
    assert (row.appraisal.relevance, row.appraisal.rigour) == ("medium", "high")
    assert row.appraisal.note == "relevance: Moderate; small sample"
    assert f"{sheet}: row 2: 'Moderate' was read as medium (the appraisal tool's word is kept in the note)" in parsed.warnings


def test_cmos_own_words_and_their_short_forms_are_read_without_a_word(tmp_path):
    """Pins: 'Medium', 'med', 'H' are cmo's own scale: nothing said, nothing added to the note."""
    sheet = tmp_path / "quality.csv"
    sheet.write_text("key,relevance,rigour\nwebb2020review,H,Medium\nshah2019trial,med,l\n", encoding="utf-8")
    parsed = parse_appraisal(sheet, {"webb2020review", "shah2019trial"})
    assert [(r.appraisal.relevance, r.appraisal.rigour, r.appraisal.note) for r in parsed.rows] == [
        ("high", "medium", ""),
        ("medium", "low", ""),
    ]
    assert parsed.warnings == []


# ---- through the commands, on the example review: a re-import changes nothing ----------------------------------------


def test_a_jisc_download_with_sub_questions_imports_once_and_again_changes_nothing(demo, tmp_path):
    download = tmp_path / "results-for-crisis-care.csv"
    download.write_text(
        "Response ID,Start date,Completion date,1. Your pseudonym,2. Which group are you answering for?,"
        '"2.a. If you selected Other, please specify:",'
        "3. CMO (C1) Clinicians see less of the person: Does this match your experience?,3.a. What is missing or wrong?\n"
        '1,,,Kittiwake,Other,Crisis house volunteer,Agree,"Night shifts, not days"\n',
        encoding="utf-8",
    )
    done = demo("feedback", "import", str(download), "--round", "1", code=1)  # the group is none of the review's: exit 1
    assert "the group 'Crisis house volunteer' is none of the review's groups" in " ".join(done.stderr.split())
    (answer,) = [a for a in demo.json("feedback", "list") if a["respondent"] == "Kittiwake"]
    assert (answer["configuration"], answer["rating"], answer["missing"], answer["group"]) == (
        "C1",
        "agree",
        "Night shifts, not days",
        "",
    )
    before = demo.json("feedback", "list")
    again = demo("feedback", "import", str(download), "--round", "1", code=None)
    assert "Imported 0 answers" in again.stdout
    assert demo.json("feedback", "list") == before


def test_an_appraisal_file_with_a_tools_word_exits_1_and_a_reimport_changes_nothing(demo, tmp_path):
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text("Study,Relevance,Rigour,Appraiser comments\nfoye2022clinician,High,Moderate,survey only\n", encoding="utf-8")
    done = demo("appraise", "--file", str(sheet), code=1)
    assert "'Moderate' was read as medium (the appraisal tool's word is kept in the note)" in done.stderr
    appraisal = demo.json("sources", "show", "foye2022clinician")["appraisal"]
    assert appraisal == {"relevance": "high", "rigour": "medium", "note": "rigour: Moderate; survey only"}
    demo("appraise", "--file", str(sheet), code=1)
    assert demo.json("sources", "show", "foye2022clinician")["appraisal"] == appraisal


def test_the_testers_appraisal_sheet_keeps_moderate():
    parsed = parse_appraisal(TRIAL_X / "appraisal-moderate.csv", {"sloane2020pragmatic"})
    assert parsed.rows[0].appraisal.note == "rigour: Moderate; pragmatic; no control in year 2"
    assert any("'Moderate' was read as medium" in w for w in parsed.warnings)
