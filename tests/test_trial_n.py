"""Trial N (a self-trial: a reference group's answers and a team's search exports from tools the earlier trials did
not use): groups typed as people type them, OpenAlex downloads (`tests/test_trial_m.py`), and what the trial's
testers found."""

from __future__ import annotations

import pytest

from cmo.errors import BadInput
from cmo.sheets.feedback import parse_feedback_files

GROUPS = {
    "cyp": "Children and young people",
    "inpatient-crisis": "Inpatient and crisis care",
    "carers": "Carers and families",
    "care-staff": "Care home staff",
}


def _answers(tmp_path, *groups: str):
    path = tmp_path / "answers.csv"
    rows = [f"P{n},{group},C1,agree,comment {n}" for n, group in enumerate(groups, 1)]
    path.write_text("Respondent,Group,Configuration,Rating,Comment\n" + "\n".join(rows) + "\n")
    return path


def test_a_group_typed_as_a_team_types_it_is_read_and_said(tmp_path):
    path = _answers(tmp_path, "Children & young people", "carers", "Group 2 - Inpatient", "crisis", "Crisis")
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, groups=GROUPS, warnings=warnings)
    assert [item.group for item in items] == ["cyp", "carers", "inpatient-crisis", "inpatient-crisis", "inpatient-crisis"]
    said = [str(warning) for warning in warnings if "group" in str(warning)]
    assert said == [
        f"{path} row 2: the group 'Children & young people' was read as cyp",
        f"{path} row 4: the group 'Group 2 - Inpatient' was read as inpatient-crisis",
        f"{path} row 5: the group 'crisis' was read as inpatient-crisis",
        f"{path} row 6: the group 'Crisis' was read as inpatient-crisis",
    ], "a slug or a name as written is read silently; anything else is said"


def test_a_group_two_groups_could_be_is_refused_naming_both(tmp_path):
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([_answers(tmp_path, "care")], {"C1"}, 1, groups=GROUPS)
    assert (
        "row 2, field group: 'care' is not one of the review's groups: it could be care-staff or carers" in caught.value.message
    )


def test_a_group_nothing_like_the_reviews_is_refused_listing_them(tmp_path):
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([_answers(tmp_path, "teachers")], {"C1"}, 1, groups=GROUPS)
    assert "'teachers' is not one of the review's groups (cyp, inpatient-crisis, carers, care-staff)" in caught.value.message
