"""A turning away made less goes on (trial BX 6: "fewer patients stop treatment because of side effects" was read as the
opposite of "patients kept taking their medication"; both say people stay on it). Tested on tenancy sustainment and
rehabilitation programmes."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import opposite_outcomes


@pytest.mark.parametrize(
    "less, going",
    [
        ("Fewer tenants leave the scheme in its first year", "Tenants remain in the scheme"),
        ("Fewer patients drop out of cardiac rehabilitation", "Patients remain in cardiac rehabilitation"),
        ("Fewer residents stop attending the group", "Residents keep attending the group"),
    ],
)
def test_a_turning_away_made_less_is_in_line_with_going_on(less, going):
    assert not opposite_outcomes(less, going) and not opposite_outcomes(going, less)


@pytest.mark.parametrize(
    "turning, going",
    [
        ("Tenants stopped paying rent", "Tenants kept paying rent"),
        ("More tenants leave the scheme", "Tenants remain in the scheme"),
        ("Tenants with lower incomes stopped paying rent", "Tenants kept paying rent"),  # "lower" says which tenants
    ],
)
def test_a_turning_away_not_made_less_is_still_the_opposite_of_going_on(turning, going):
    assert opposite_outcomes(turning, going) and opposite_outcomes(going, turning)


def test_a_thing_made_less_is_still_the_opposite_of_it_going_on():
    assert opposite_outcomes("Rent arrears persist", "Fewer rent arrears")
    assert opposite_outcomes("Tenants remain in arrears", "Fewer tenants in arrears")
