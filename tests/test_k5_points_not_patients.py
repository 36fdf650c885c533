""" "pts" after a figure and before a comparative is points, not patients (helper K5): "scored 3 pts higher" was read as
naming patients (and parents), the people of the outcome, so it was told apart from or joined to findings by people
it never named (`evidence._POINTS_SHORTENED`); and the amount before a comparative is no thing
(`evidence._before_the_amount`: "scored 3 points higher" gave "point" the direction). A coder's "pts" for patients
is still read so. Topics: quality of life scores in cardiac rehabilitation; nurses' confidence scores."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import opposite_outcomes, outcome_directions, outcome_people


@pytest.mark.parametrize(
    "outcome",
    ["scored 3 pts higher", "quality of life scores were 2 pts lower than usual care", "3 pts higher satisfaction scores"],
)
def test_points_after_a_figure_before_a_comparative_are_no_people(outcome):
    """Fails on the old code: read as patients and parents."""
    assert outcome_people(outcome) == frozenset()


def test_the_amount_is_no_thing():
    """Fails on the old code: the points, not what was scored, went up."""
    assert outcome_directions("quality of life scores were 3 pts lower than usual care") == {"qualiti": -1}
    assert outcome_directions("attendance was 12 percentage points higher") == {"attend": 1}
    assert opposite_outcomes("wellbeing scored 3 pts higher", "wellbeing scores were lower")


@pytest.mark.parametrize("outcome", ["pts were more satisfied", "pts felt safe", "30 pts more attended", "3 pts attended"])
def test_pts_that_counts_or_names_people_is_still_patients(outcome):
    """Must not fire: "pts" as the coder's patients, counted or not, is still their people."""
    assert "patient" in outcome_people(outcome)
