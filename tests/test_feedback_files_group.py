"""Helper LQ 1 (trial CH): a team typed up the paper forms of one group (or sent a form to one group only) and had no way
to give the whole file that group: `--group` took RESPONDENT=GROUP only, and the respondents were "Anonymous (row 5 …)".
Now `--group GROUP` alone gives the group to every answer in the files naming none; an answer naming a group keeps it
and the import says so; a later import of the same file without --group keeps the team's choice."""

from __future__ import annotations

import csv
from contextlib import closing

import pytest

from cmo.commands.feedback import import_feedback
from cmo.commands.review import open_review
from cmo.errors import CmoError


def _csv(tmp_path, name, lines):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    return path


def _typed_up(tmp_path):
    """Paper forms typed into a sheet: no group column, the respondents by pseudonym."""
    lines = [
        ["Pseudonym", "C1: Does this match your experience?", "C1: Comments"],
        ["Wren", "Agree", "the video call froze every time"],
        ["Finch", "Disagree", "I like the phone"],
    ]
    return _csv(tmp_path, "typed up forms.csv", lines)


def test_a_group_alone_is_given_to_every_answer_of_the_file_and_kept_on_a_later_import(demo, tmp_path):
    sheet = _typed_up(tmp_path)
    with closing(open_review(demo.folder)) as review:
        done = import_feedback(review, [sheet], regroup=["Children and young people"])
        assert {(i.respondent, i.group) for i in review.store.feedback()} == {("Wren", "cyp"), ("Finch", "cyp")}
        assert any("rows 2 and 3: the answers naming no group count under cyp, as --group says" in w for w in done.warnings)
        import_feedback(review, [sheet])  # the same file again, without --group: the team's choice stands
        assert {(i.respondent, i.group) for i in review.store.feedback()} == {("Wren", "cyp"), ("Finch", "cyp")}
        notes = [d.note for d in review.store.history() if d.action == "feedback-import"]
        assert any("Wren's answers count under cyp, as the team gave it (--group)" in note for note in notes)


def test_an_answer_naming_its_group_keeps_it_and_is_said_to(demo, tmp_path):
    """Must not fire on an answer that names a group (another topic: digital exclusion)."""
    lines = [
        ["Pseudonym", "Which group are you in?", "C1: Does this match your experience?"],
        ["Plover", "Digitally excluded people", "Disagree"],
        ["Wren", "", "Agree"],
    ]
    sheet = _csv(tmp_path, "answers.csv", lines)
    with closing(open_review(demo.folder)) as review:
        done = import_feedback(review, [sheet], regroup=["Children and young people"])
        groups = {i.respondent: i.group for i in review.store.feedback()}
        assert groups == {"Plover": "digitally-excluded", "Wren": "cyp"}
        assert any("row 2: the answers name their own group and keep it" in w for w in done.warnings)


def test_a_respondents_own_group_given_by_the_team_wins_over_the_files_group(demo, tmp_path):
    sheet = _typed_up(tmp_path)
    with closing(open_review(demo.folder)) as review:
        import_feedback(review, [sheet], regroup=["Children and young people", "Finch=Digitally excluded people"])
        assert {(i.respondent, i.group) for i in review.store.feedback()} == {("Wren", "cyp"), ("Finch", "digitally-excluded")}


@pytest.mark.parametrize(
    "given, said",
    [
        (["Nobody in particular"], "--group 'Nobody in particular': 'Nobody in particular' is not one of the review's groups"),
        (["Children and young people", "Digitally excluded people"], "given two groups; give one"),
    ],
)
def test_a_files_group_naming_no_group_or_two_is_refused(demo, tmp_path, given, said):
    sheet = _typed_up(tmp_path)
    with closing(open_review(demo.folder)) as review:
        with pytest.raises(CmoError) as refused:
            import_feedback(review, [sheet], regroup=given)
        assert said in refused.value.message and "\n" not in refused.value.message
        assert review.store.feedback() == []


def test_the_command_line_gives_the_file_a_group(demo, tmp_path):
    said = demo("feedback", "import", str(_typed_up(tmp_path)), "--group", "Children and young people", code=None)
    assert said.exit_code in (0, 1), said.output
    assert {f["group"] for f in demo.json("feedback", "list")} == {"cyp"}
