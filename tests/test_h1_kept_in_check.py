"""Helper H1: "patients' blood pressure is controlled" was told as the opposite of "blood pressure reduced" (a refine
and a configs edit said the member "counts as supporting C1, though its outcome says the opposite"): control keeps a
thing down, and the possessive was read as people doing "blood" to a pressure. A thing done where the other makes it
less is still the opposite (other topics)."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import opposite_outcomes


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("blood pressure reduced among patients who stayed in care", "patients' blood pressure is controlled"),
        ("pain reduced", "pain is controlled"),  # palliative care
        ("fewer seizures", "seizures are controlled"),
        ("outbreaks reduced", "outbreaks are contained"),  # infection control
    ],
)
def test_a_thing_kept_in_check_is_no_opposite_of_it_made_less(one, other):
    """Fails on the old code: each was said to count as support "though its outcome says the opposite"."""
    assert not opposite_outcomes(one, other)
    assert not opposite_outcomes(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("fewer CT scans are ordered", "CT scans are ordered"),
        ("fewer doses were missed", "patients missed doses"),
        ("fewer doses were missed", "patients' doses were missed"),  # the possessive: the thing is still theirs
        ("fewer antibiotics", "antibiotics are prescribed"),
    ],
)
def test_a_thing_done_beside_it_made_less_is_still_the_opposite(one, other):
    assert opposite_outcomes(one, other)
