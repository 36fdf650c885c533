"""Reference-group feedback, session 41 (trials AP and AO):

- AP 5: a LimeSurvey response never submitted (empty 'submitdate', 'lastpage' short of the end) was counted. Each form
  tool's mark of an unfinished response (LimeSurvey's empty submit date, Qualtrics' Finished false or Progress short of
  100, a status 'Partial' or 'Incomplete') leaves the row out, said once with its rows and how to count it.
- AP 10: LimeSurvey's 'G01Q02[other]. … [Other]' words were lost and the group read as 'Other': a column headed as the
  group's question with 'Other' added gives the respondent's words for their group.
- AP (odd wording), AO 17: LimeSurvey's own columns ('lastpage', 'startlanguage', 'seed') and a consent question every
  respondent agreed to were named as unread, so every import exited 1: a tool's own columns are known by its signature.
- AP (odd wording): a LimeSurvey download of answer codes ('A1') was refused as 'missing columns pseudonym, rating':
  it is refused in one sentence saying to export full answers.

Sentences are about cycle lanes, community gardens and a museum's family days, not the trials' topics. Real files;
the review tests run on the shipped example review (a real SQLite store)."""

from __future__ import annotations

from contextlib import closing

import pytest

from cmo.commands.feedback import import_feedback
from cmo.commands.review import open_review
from cmo.errors import BadInput
from cmo.sheets.feedback import parse_feedback_files

KNOWN = {"C1", "C2", "C3"}
GROUPS = {"riders": "Cyclists", "drivers": "Delivery drivers", "residents": "Residents"}


def _csv(tmp_path, name: str, lines: list[list[str]]):
    path = tmp_path / name
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in line) for line in lines) + "\n", encoding="utf-8")
    return path


def _limesurvey(tmp_path, style: str = "both", rows=None, name: str = "results-survey-518223.csv"):
    """A LimeSurvey 'Export results' CSV with full answers, headed in one of its three styles: 'Question code', 'Question
    text', or 'Question code & question text' ('lastpage. Last page')."""
    fields = [
        ("id", "Response ID"),
        ("submitdate", "Date submitted"),
        ("lastpage", "Last page"),
        ("startlanguage", "Start language"),
        ("seed", "Seed"),
        ("startdate", "Date started"),
        ("datestamp", "Date last action"),
        ("ipaddr", "IP address"),
        ("refurl", "Referrer URL"),
        ("Q01", "Your pseudonym"),
        ("Q02", "Which group are you answering for?"),
        ("Q02[other]", "Which group are you answering for? [Other]"),
        ("Q03[SQ001]", "How far do you agree with each finding? [C1 Protected lanes make parents let children ride]"),
        ("Q03[SQ002]", "How far do you agree with each finding? [C2 Drivers slow down where lanes narrow the road]"),
        ("Q04[SQ001]", "What is missing or wrong? [C1 Protected lanes make parents let children ride]"),
    ]
    header = [code if style == "code" else text if style == "text" else f"{code}. {text}" for code, text in fields]
    rows = rows or [
        ["1", "2026-12-01 09:10:00", "3", "en", "311", "2026-12-01 09:02:00", "2026-12-01 09:10:00", "10.0.0.1", "", "Osprey"]
        + ["Cyclists", "", "Agree", "Disagree", "Only where the kerb is continuous"],
        ["2", "2026-12-01 09:20:00", "3", "en", "312", "2026-12-01 09:12:00", "2026-12-01 09:20:00", "10.0.0.2", "", "Stoat"]
        + ["Other", "School crossing patrol", "Strongly agree", "", ""],
        ["3", "", "1", "en", "313", "2026-12-01 09:22:00", "2026-12-01 09:23:00", "10.0.0.3", "", "Marten"]
        + ["Delivery drivers", "", "Disagree", "", ""],
    ]
    return _csv(tmp_path, name, [header, *rows])


def _who(items) -> set[str]:
    return {item.respondent for item in items}


# --- AP 5: a response never finished or submitted ----------------------------------------------------------------


@pytest.mark.parametrize("style", ["both", "text"])
def test_a_limesurvey_response_never_submitted_is_left_out_and_said_once(tmp_path, style):
    warnings: list[str] = []
    path = _limesurvey(tmp_path, style)
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=warnings)
    assert _who(items) == {"Osprey", "Stoat"}  # Marten's response was never submitted
    said = [w for w in warnings if "never finished or submitted" in w]
    assert len(said) == 1 and said[0].startswith(f"{path} row 4: 1 of 3 responses was never finished or submitted")
    assert "to count it, give a date and time in" in said[0]


def _qualtrics(tmp_path, progress: str, finished: str):
    """Qualtrics' download (its question-text row): Progress in percent, Finished True/False."""
    header = ["Start Date", "End Date", "Response Type", "Progress", "Duration (in seconds)", "Finished", "Recorded Date"]
    header += ["Response ID", "Your pseudonym", "C1: Does this match your experience?", "C1: What is missing or wrong?"]
    done = ["2026-12-02 10:00:00", "2026-12-02 10:06:00", "IP Address", "100", "360", "True", "2026-12-02 10:06:01"]
    part = ["2026-12-02 11:00:00", "2026-12-02 11:01:00", "IP Address", progress, "60", finished, "2026-12-09 11:01:00"]
    lines = [
        header,
        [*done, "R_1a", "Heather", "Agree", "The raised beds are at wheelchair height"],
        [*part, "R_2b", "Bracken", "Disagree", ""],
    ]
    return _csv(tmp_path, "Garden survey_December 2, 2026_10.30.csv", lines)


@pytest.mark.parametrize("progress, finished", [("40", "False"), ("35", "0"), ("100", "False")])
def test_a_qualtrics_response_not_finished_is_left_out(tmp_path, progress, finished):
    warnings: list[str] = []
    items = parse_feedback_files([_qualtrics(tmp_path, progress, finished)], KNOWN, 1, warnings=warnings)
    assert _who(items) == {"Heather"}
    assert any(
        "row 3: 1 of 2 responses was never finished or submitted" in w and "write True in 'Finished'" in w for w in warnings
    )


@pytest.mark.parametrize("status", ["Partial", "Incomplete", "In progress"])
def test_a_status_marking_a_response_partial_leaves_it_out(tmp_path, status):
    """SurveyMonkey's, Alchemer's and JISC Online Surveys' downloads say it in a status column."""
    lines = [
        ["Response ID", "Status", "Pseudonym", "C2: Does this match your experience?"],
        ["101", "Complete", "Curlew", "Partly"],
        ["102", status, "Dunlin", "Agree"],
        ["103", "Complete", "Godwit", "Agree"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([_csv(tmp_path, "museum.csv", lines)], KNOWN, 1, warnings=warnings)
    assert _who(items) == {"Curlew", "Godwit"}
    assert any("row 3: 1 of 3 responses was never finished" in w and "write Complete in 'Status'" in w for w in warnings)


def test_an_empty_submitted_time_where_other_responses_have_one_is_unsubmitted(tmp_path):
    lines = [
        ["Submitted at", "Pseudonym", "C3: What is missing or wrong?"],
        ["2026-12-03 14:00:00", "Puffin", "Family days need a quiet room"],
        ["", "Razorbill", "Prams cannot reach the first floor"],
        ["", "Guillemot", "Tickets sell out in minutes"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([_csv(tmp_path, "family-days.csv", lines)], KNOWN, 1, warnings=warnings)
    assert _who(items) == {"Puffin"}
    assert any(w.startswith(f"{tmp_path / 'family-days.csv'} rows 3 and 4: 2 of 3 responses were never") for w in warnings)


def test_a_sheet_with_no_tools_mark_of_an_unfinished_response_keeps_every_row(tmp_path):
    """A team's own sheet with an empty 'Submitted at' everywhere, or a status of its own, drops nothing."""
    lines = [
        ["Submitted at", "Status", "Pseudonym", "C3: What is missing or wrong?"],
        ["", "Reviewed", "Puffin", "Family days need a quiet room"],
        ["", "", "Razorbill", "Prams cannot reach the first floor"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([_csv(tmp_path, "typed-up.csv", lines)], KNOWN, 1, warnings=warnings)
    assert _who(items) == {"Puffin", "Razorbill"}
    assert not any("never finished" in w for w in warnings)


def test_an_unsubmitted_limesurvey_response_is_not_counted_in_the_review(demo, tmp_path):
    """The shipped example's groups; the review counts only submitted responses."""
    rows = [
        ["1", "2026-12-01 09:10:00", "3", "en", "311", "2026-12-01 09:02:00", "2026-12-01 09:10:00", "", "", "Osprey"]
        + ["Children and young people", "", "Agree", "Agree", ""],
        ["2", "", "1", "en", "312", "2026-12-01 09:12:00", "2026-12-01 09:13:00", "", "", "Stoat"]
        + ["Digitally excluded people", "", "Disagree", "", ""],
    ]
    path = _limesurvey(tmp_path, rows=rows)
    with closing(open_review(demo.folder)) as review:
        done = import_feedback(review, [path])
        assert {(i.respondent, i.group) for i in review.store.feedback()} == {("Osprey", "cyp")}
        assert any("row 3: 1 of 2 responses was never finished or submitted" in w for w in done.warnings)
        assert not any("not read" in w for w in done.warnings)


# --- AP 10: the words of an 'Other' group in a column of their own ---------------------------------------------


@pytest.mark.parametrize("style", ["both", "text"])
def test_limesurveys_other_column_gives_the_group_in_the_respondents_words(tmp_path, style):
    warnings: list[str] = []
    items = parse_feedback_files([_limesurvey(tmp_path, style)], KNOWN, 1, groups=GROUPS, warnings=warnings)
    stoat = {i.group_words for i in items if i.respondent == "Stoat"}
    assert stoat == {"School crossing patrol"}
    assert not any("not read" in w for w in warnings)


def test_a_column_of_another_question_with_other_added_is_not_the_groups(tmp_path):
    """'Q05[other]' belongs to Q05, not to the group's question Q02: its words are named, not taken for the group."""
    lines = [
        ["Q01. Your pseudonym", "Q02. Which group are you answering for?", "Q05. How did you hear of it?"]
        + ["Q05[other]. How did you hear of it? [Other]", "C1: Does this match your experience?"],
        ["Wigeon", "Other", "Other", "A neighbour", "Agree"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([_csv(tmp_path, "lanes.csv", lines)], KNOWN, 1, groups=GROUPS, warnings=warnings)
    assert {i.group_words for i in items} == {"Other"}
    assert any("'Q05[other]. How did you hear of it? [Other]' (1 row)" in w and "not read" in w for w in warnings)


# --- A tool's own columns, known by its signature ---------------------------------------------------------------


@pytest.mark.parametrize("style", ["both", "text"])
def test_limesurveys_own_columns_are_never_named(tmp_path, style):
    warnings: list[str] = []
    parse_feedback_files([_limesurvey(tmp_path, style)], KNOWN, 1, groups=GROUPS, warnings=warnings)
    assert not any("not read" in w for w in warnings), warnings


def test_a_seed_or_last_page_column_on_a_sheet_without_limesurveys_signature_is_a_question_and_named(tmp_path):
    lines = [["Pseudonym", "Seed", "C1: Does this match your experience?"], ["Teal", "Sunflowers grew best", "Agree"]]
    warnings: list[str] = []
    parse_feedback_files([_csv(tmp_path, "garden.csv", lines)], KNOWN, 1, warnings=warnings)
    assert any("'Seed' (1 row)" in w and "not read" in w for w in warnings)


def _consent(tmp_path, answers: tuple[str, str]):
    """A KoboToolbox download: its group path before each question, its own '_uuid', a consent question."""
    lines = [
        ["start", "Consent/I agree to take part", "About you/Pseudonym", "Lanes/C1: Does this match your experience?", "_uuid"],
        ["2026-12-04T10:00:00", answers[0], "Shoveler", "Agree", "a1b2"],
        ["2026-12-04T10:05:00", answers[1], "Pintail", "Partly", "c3d4"],
    ]
    return _csv(tmp_path, "kobo.csv", lines)


def test_a_consent_question_every_respondent_agreed_to_is_not_named(tmp_path):
    warnings: list[str] = []
    items = parse_feedback_files([_consent(tmp_path, ("Yes", "I agree"))], KNOWN, 1, warnings=warnings)
    assert _who(items) == {"Shoveler", "Pintail"}
    assert not any("not read" in w for w in warnings), warnings


def test_a_consent_question_someone_refused_is_named(tmp_path):
    warnings: list[str] = []
    parse_feedback_files([_consent(tmp_path, ("Yes", "No"))], KNOWN, 1, warnings=warnings)
    assert any("'Consent/I agree to take part' (2 rows)" in w and "not read" in w for w in warnings)


# --- A download of answer codes -----------------------------------------------------------------------------------


def test_a_limesurvey_download_of_answer_codes_is_refused_saying_to_export_full_answers(tmp_path):
    lines = [
        ["id", "submitdate", "lastpage", "Q01", "Q02", "Q03[SQ001]"],
        ["1", "2026-12-05 08:00:00", "3", "Gadwall", "A3", "A1"],
    ]
    path = _csv(tmp_path, "results-survey-990011.csv", lines)
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([path], KNOWN, 1, groups=GROUPS)
    message = refused.value.message
    assert message.startswith(f"{path}: a LimeSurvey download of answer codes ('A3', 'A1'")
    assert "'Full answers'" in message and "missing column" not in message and "\n" not in message


def test_codes_that_happen_to_look_like_answers_on_a_sheet_without_limesurveys_signature_are_not_refused_so(tmp_path):
    """A team's own sheet whose answers are room numbers ('B12') is not said to be a LimeSurvey download."""
    lines = [["Pseudonym", "Room", "C1: Does this match your experience?"], ["Smew", "B12", "Agree"]]
    items = parse_feedback_files([_csv(tmp_path, "rooms.csv", lines)], KNOWN, 1, warnings=[])
    assert _who(items) == {"Smew"}


def test_a_limesurvey_download_headed_by_question_codes_alone_is_refused_saying_to_export_their_words(tmp_path):
    """Its 'Question code' headings name no finding, whatever its answers: the same one sentence."""
    path = _limesurvey(tmp_path, "code")
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([path], KNOWN, 1, groups=GROUPS)
    message = refused.value.message
    assert message.startswith(f"{path}: a LimeSurvey download headed by its question codes alone ('Q01')")
    assert "'Question code & question text'" in message and "missing column" not in message and "\n" not in message


def test_a_typed_up_sheets_day_submitted_left_empty_drops_nothing(tmp_path):
    """A team typing up paper forms writes the day alone, and may leave it empty: no tool's mark of an unsubmitted one."""
    lines = [
        ["Date submitted", "Pseudonym", "C3: What is missing or wrong?"],
        ["03/12/2026", "Puffin", "Family days need a quiet room"],
        ["", "Razorbill", "Prams cannot reach the first floor"],
    ]
    items = parse_feedback_files([_csv(tmp_path, "paper.csv", lines)], KNOWN, 1, warnings=[])
    assert _who(items) == {"Puffin", "Razorbill"}
