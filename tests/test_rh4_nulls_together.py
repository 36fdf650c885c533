"""Helper RH4: on the integrated code, the three readings of a null that helpers H0, H1 and I1 fixed on their own
branches (a null of another measure, a likeness by groups of the people, a result comparable to that achieved by
other providers) met. Three faults came of it, each seen as a user in a review of nurse-led diabetes clinics:

- I1's subgroup reading took the "by" of "similar to that achieved by the comparison schools" (who achieved the
  result compared with) for groups of the people, so a null against a trial's comparison arm counted on neither side
  (H1's own test failed on the integrated code);
- "HbA1c reduction comparable to that achieved by endocrinologists" still denied a direction (the null-comparison
  word "comparable" read as a denial of the thing "compar"), so refine listed it against a configuration whose other
  member said "HbA1c reduced, comparable to that achieved by endocrinologists";
- "HbA1c reduction …" read as the thing done beside "HbA1c reduced" (made less), so refine said the two were opposite.
"""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import compares_null, denied_directions, opposite_outcomes, proposed_against
from cmo.synthesis.nulls import alike_across_groups


def _statements(*outcomes: str) -> dict[str, Statement]:
    return {
        f"S{n}": Statement(
            id=f"S{n}",
            source=f"s{n}",
            context="adults with type 2 diabetes in primary care",
            mechanism="practice nurses titrate insulin to a protocol at monthly visits",
            outcome=outcome,
        )
        for n, outcome in enumerate(outcomes, 1)
    }


def _against(statements: dict[str, Statement]) -> list[str]:
    """As refine reads a configuration worded from its first member."""
    return proposed_against(list(statements), statements, lambda sid, others: True, statements["S1"].outcome)


def test_the_by_of_another_result_compared_with_names_no_groups():
    """Fails on the old code: 'the comparison schools' were read as groups across which reading held alike."""
    assert not alike_across_groups("reading scores similar to that achieved by the comparison schools")
    assert compares_null("reading scores similar to that achieved by the comparison schools")
    assert not alike_across_groups("vaccination rates similar to those usually obtained by the control practices")


def test_groups_after_the_other_result_are_still_groups():
    """Not over-firing: a likeness by groups of the people is still read so, after such a comparison too."""
    assert alike_across_groups("no difference in uptake by school size")
    assert alike_across_groups("similar to that achieved by doctors across age groups")
    assert alike_across_groups("readmission did not vary by age group")


@pytest.mark.parametrize(
    "outcome",
    [
        "HbA1c reduction comparable to that achieved by endocrinologists",
        "blood pressure reduction comparable to that achieved by physicians",
        "no difference in HbA1c reduction by age group",
    ],
)
def test_a_comparison_of_providers_or_of_groups_denies_no_direction(outcome):
    """Fails on the old code: {'compar': -1} and {'differ': -1} were read as denied."""
    assert denied_directions(outcome) == {}


def test_the_same_result_as_the_specialists_with_its_groups_goes_against_none():
    """Fails on the old code: refine listed S1 against the configuration S2 shares with it."""
    found = _statements(
        "HbA1c reduction comparable to that achieved by endocrinologists",
        "HbA1c reduced, comparable to that achieved by endocrinologists, no difference by ethnicity",
    )
    assert _against(found) == []
    assert not opposite_outcomes(found["S1"].outcome, found["S2"].outcome)


def test_nulls_of_the_same_thing_still_go_against_beside_the_others():
    """Not over-firing (another topic: school reading): a null against the comparison arm, or of the same measure,
    still goes against a gain beside a null of another measure and a null by groups of the pupils."""
    found = _statements(
        "reading scores improved at 12 months",
        "reading scores improved, comparable to the gains achieved by specialist teachers",
        "no difference in attendance at 12 months",
        "no difference in reading gains by school size",
        "no difference in reading scores at 12 months",
    )
    assert _against(found) == ["S5"]
    found = _statements(
        "reading scores improved at 12 months",
        "reading scores improved in most schools",
        "reading scores similar to that achieved by the comparison schools",
    )
    assert _against(found) == ["S3"]


def test_a_thing_done_is_still_the_opposite_of_a_thing_made_less():
    """Not over-firing: "antibiotics are prescribed" beside "fewer antibiotic prescriptions" stays opposite."""
    assert opposite_outcomes("fewer antibiotic prescriptions", "antibiotics are prescribed to satisfy relatives")
    assert not opposite_outcomes("fewer home visits", "home visits are reduced")
