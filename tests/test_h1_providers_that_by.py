"""Helper H1: a task-sharing study's "blood pressure control comparable to that achieved by physicians" (the outcome
followed as in the doctors' hands) was read as a null result, not yet decided, as the pronoun 'that … by' hid the
physicians; a comparison with a trial's arm so worded stays a null result (other topics)."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import compares_null, outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "blood pressure control comparable to that achieved by physicians",
        "mortality similar to those seen by doctors",
        "caesarean outcomes comparable to those obtained by obstetricians",
    ],
)
def test_the_same_result_as_that_achieved_by_other_hands_is_the_outcome_followed(outcome):
    """Fails on the old code: 'that achieved by physicians' named no people before 'by', so a null result."""
    assert not compares_null(outcome)
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "pain scores similar to those achieved by patients receiving usual care",  # a trial's arm: still a null
        "reading scores similar to that achieved by the comparison schools",  # no people: a null (education)
        "attendance similar to that achieved by pupils in the control arm",
    ],
)
def test_a_comparison_with_an_arm_after_that_by_stays_a_null_result(outcome):
    assert compares_null(outcome)
    assert outcome_is_negative(outcome)
