"""Helper K7: the same form's download saved again as 'feedback (1).csv' counts each answer once.

A row identical in respondent, time sent and words to one imported already is the same answer, whatever the file is
called and at whatever row it now stands. An unnamed submission was named by its row and time, so a later download in
which a response before it had been deleted in the form (its rows moved up) imported every later submission again, and
counted it twice. Two submissions sent at other moments stay two, whatever their rows."""

from __future__ import annotations

import pytest
from sheet_reviews import activity_review
from test_feedback_unnamed_submissions import google_form, in_force


@pytest.fixture
def school(cmo, tmp_path):
    return activity_review(cmo, tmp_path)


FIRST = ("2026/03/02 9:15:32 AM GMT", "", "Strongly agree", "Agree", "")
SECOND = ("2026/03/02 4:40:10 PM GMT", "", "Disagree", "Agree", "Only when the head teacher backs it.")
THIRD = ("2026/03/03 8:05:11 PM GMT", "", "Agree", "Disagree", "The club ends before the late bus.")


def test_a_later_download_with_a_row_deleted_counts_each_submission_once(school, tmp_path):
    """Fails on the old code: 'Imported 4 answers' from the copy, and 8 answers in force, two of each."""
    first = google_form(tmp_path / "feedback.csv", FIRST, SECOND, THIRD)
    school("feedback", "import", str(first), "--round", "1", code=None)
    before = in_force(school)
    again = google_form(tmp_path / "feedback (1).csv", SECOND, THIRD)  # FIRST deleted in the form: rows moved up
    done = school("feedback", "import", str(again), "--round", "1", code=None)
    assert "Imported 0 answers for round 1; 4 already imported." in done.stdout
    assert in_force(school) == before  # kept under their names as first imported
    assert len(before) == 6


def test_other_submissions_at_the_same_rows_are_new(school, tmp_path):
    """Must not fire: the next download's submissions sent at other moments are other answers, even where one gives
    the same words and ratings at the same row."""
    school("feedback", "import", str(google_form(tmp_path / "feedback.csv", FIRST, SECOND)), "--round", "1", code=None)
    other = ("2026/03/05 10:00:00 AM GMT", *SECOND[1:])
    done = school("feedback", "import", str(google_form(tmp_path / "feedback (1).csv", other, THIRD)), "--round", "1", code=None)
    assert "Imported 4 answers for round 1" in done.stdout
    assert len(in_force(school)) == 8
