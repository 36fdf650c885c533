"""Which side a member's outcome is on (session 43)."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import compares_null


@pytest.mark.parametrize(
    "outcome",
    [
        "Falls were no different from usual care at twelve months",
        "Attendance was not significantly different between the two schools",
        "Exclusions were not different in the two arms",
    ],
)
def test_an_outcome_no_different_from_its_comparison_is_a_null_result(outcome):
    """Trial BF: "Hospital admissions were no different from usual care" was not read as null, so a null trial counted
    as a third source of support."""
    assert compares_null(outcome)


@pytest.mark.parametrize("outcome", ["Teachers took a different approach to behaviour", "Pupils felt different afterwards"])
def test_a_different_thing_is_no_null_result(outcome):
    assert not compares_null(outcome)
