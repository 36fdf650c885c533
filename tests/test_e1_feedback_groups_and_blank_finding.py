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
