"""Trial E1 (a rapid realist review of peer mentoring in secondary schools, with a youth advisory group and teachers).

(a) The review's group 'Students (youth advisory group)': a Typeform answer 'Youth advisory group' was read as it,
but 'Youth advisory group (Year 10)' was kept without a group, its note in brackets read as part of the name. What a
group's name says of it in brackets is the team's other name for it, a label whole, with a note after it as any label.

(b) A row of typed paper forms with the finding left blank (the form's general comments box) was refused with
"field configuration: missing", nothing saying what to write. The message now says: the finding, or 'overall'.

Tested on other topics: community sport, and the activity review of tests/sheet_reviews.py."""

from __future__ import annotations

import shutil

from conftest import DATA

from cmo.normalise import labelled

GROUPS = {
    "players": "players",
    "Players (junior club members)": "players",
    "coaches": "coaches",
    "Coaches and volunteers": "coaches",
    "other": "other",
    "Other professionals": "other",
}


def test_the_name_a_group_gives_itself_in_brackets_is_a_label_a_note_may_follow():
    assert labelled("Junior club members (under 14s)", GROUPS) == ["players"]
    assert labelled("Junior club members", GROUPS) == ["players"]  # as before


def test_a_bracketed_note_after_words_that_are_no_label_whole_still_names_no_group():
    """Must not fire: the words before the brackets must be a label whole ('Junior (U14)' only starts the gloss), and
    "Other (please specify)" is still no group 'Other professionals'."""
    assert labelled("Junior (U14)", GROUPS) == []
    assert labelled("Other (please specify)", {k: v for k, v in GROUPS.items() if k != "other"}) == []


def test_a_paper_form_row_with_no_finding_is_refused_saying_what_to_write(cmo, tmp_path):
    from sheet_reviews import activity_review

    activity_review(cmo, tmp_path)
    forms = shutil.copy(DATA / "paper_forms" / "general_comments_row_blank_finding.csv", tmp_path / "forms.csv")
    result = cmo("feedback", "import", str(forms), code=2)
    assert "row 3" in result.stderr and "'overall'" in result.stderr, result.stderr
    # helper G1: the column as the form heads it, never the template's internal field ("field configuration")
    assert "row 3, column 'Finding': missing" in result.stderr and "field configuration" not in result.stderr


def test_a_form_asking_what_to_call_the_respondent_gives_the_pseudonym(cmo, tmp_path):
    """(c) A Typeform youth form asked 'What name should we use for you? (made up is fine!)': the column was named as not
    read and each submission made an unnamed respondent, so one person sending twice counted twice. A question asking
    what to call the respondent asks for their pseudonym. Here Tash answers C1 twice: one respondent, the later answer."""
    from sheet_reviews import activity_review

    activity_review(cmo, tmp_path)
    form = shutil.copy(DATA / "typeform" / "responses_name_question.csv", tmp_path / "responses.csv")
    result = cmo("feedback", "import", str(form), code=None)
    assert result.exit_code in (0, 1), result.stderr
    answers = cmo.json("feedback", "list")
    assert [(a["respondent"], a["rating"]) for a in answers] == [("Tash", "partly")], answers


def test_a_question_about_calling_or_naming_something_else_is_no_pseudonym():
    """Must not fire: a question about phoning the respondent, or naming a service, asks for no pseudonym."""
    from cmo.sheets.feedback import _asks_for_pseudonym

    assert _asks_for_pseudonym("What name should we use for you? (made up is fine!)")
    assert not _asks_for_pseudonym("Can we call you to follow up?")
    assert not _asks_for_pseudonym("What name do we use for the clinic?")
    assert not _asks_for_pseudonym("Which service do you use most?")
