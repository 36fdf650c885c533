"""Helper K7: a respondent edited their answer in the form, and the form's download was imported again: the team's
view showed the old and the new words ('In an earlier answer: …'). The download holds only the edit (every other
submission as before), so the edit is their answer: its words are shown, the earlier answer is kept, replaced by it,
in the history. A respondent who sent the form twice (both rows in the download) keeps both their words (trial U)."""

from __future__ import annotations

from contextlib import closing

import pytest
from sheet_reviews import activity_review
from test_feedback_unnamed_submissions import google_form

from cmo.commands.review import open_review

OLD = "Only when the head teacher backs it."
EDIT = "The deputy head decides, not the head teacher, in our school."
BIRCH = ("2026/03/02 9:15:32 AM GMT", "Birch", "Strongly agree", "Agree", OLD)
ALDER = ("2026/03/03 8:05:11 PM GMT", "Alder", "Agree", "Disagree", "The club ends before the late bus.")


@pytest.fixture
def school(cmo, tmp_path):
    return activity_review(cmo, tmp_path)


def birch_on_c2(cmo) -> list[tuple[str, str]]:
    answers = cmo.json("feedback", "list", "--round", "1")
    return [(a["missing"], a["earlier"]) for a in answers if a["respondent"] == "Birch" and a["configuration"] == "C2"]


def test_an_answer_edited_in_the_form_shows_the_edit_alone(school, tmp_path):
    """Fails on the old code: the edit carried 'earlier': OLD, shown to the team beside it."""
    school("feedback", "import", str(google_form(tmp_path / "feedback.csv", BIRCH, ALDER)), "--round", "1", code=None)
    edited = ("2026/03/06 11:00:00 AM GMT", *BIRCH[1:4], EDIT)  # Google Forms stamps the edit's time on the row
    done = school("feedback", "import", str(google_form(tmp_path / "feedback (1).csv", edited, ALDER)), "--round", "1", code=None)
    assert birch_on_c2(school) == [(EDIT, "")]
    assert "Birch's answer on C2 was edited in the form since feedback.csv" in done.stderr
    with closing(open_review(school.folder).store) as store:  # the earlier answer is kept, replaced by the edit
        kept = [item for item in store.feedback(replaced=True) if item.missing == OLD]
    assert [bool(item.replaced_by) for item in kept] == [True]


def test_a_form_sent_twice_keeps_the_first_words_beside_the_second(school, tmp_path):
    """Must not fire: the later download holds both of Birch's submissions, so the first was not edited away."""
    school("feedback", "import", str(google_form(tmp_path / "feedback.csv", BIRCH, ALDER)), "--round", "1", code=None)
    again = ("2026/03/06 11:00:00 AM GMT", "Birch", "Strongly agree", "Agree", "Sorry, sent twice.")
    school("feedback", "import", str(google_form(tmp_path / "feedback (1).csv", BIRCH, ALDER, again)), "--round", "1", code=None)
    assert birch_on_c2(school) == [("Sorry, sent twice.", OLD)]


def test_a_follow_up_file_of_one_respondent_keeps_the_earlier_words(school, tmp_path):
    """Must not fire: a file that gives no one else's answers is not a download of the form (a follow-up)."""
    school("feedback", "import", str(google_form(tmp_path / "feedback.csv", BIRCH, ALDER)), "--round", "1", code=None)
    follow = ("2026/03/06 11:00:00 AM GMT", *BIRCH[1:4], EDIT)
    school("feedback", "import", str(google_form(tmp_path / "birch.csv", follow)), "--round", "1", code=None)
    assert birch_on_c2(school) == [(EDIT, OLD)]
