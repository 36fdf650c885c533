"""Helper RH4: helper H1's fix ("patients' blood pressure is controlled" is no opposite of "blood pressure reduced")
held only with the apostrophe. Coders drop it ("patients dont follow CHW advice" in H1's own sheet), and "patients blood
pressure is controlled" was read as patients doing "blood", a thing made less by the other: opposite. Where the words
after the people are the very words the other outcome names its thing with, the thing is theirs. Topic: asthma."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import opposite_outcomes


@pytest.mark.parametrize(
    ("made_less", "kept"),
    [
        ("blood pressure reduced", "patients blood pressure is controlled"),
        ("asthma symptoms reduced", "childrens asthma symptoms are controlled"),
    ],
)
def test_a_thing_of_theirs_kept_in_check_is_no_opposite_without_the_apostrophe(made_less, kept):
    """Fails on the old code: read as opposite."""
    assert not opposite_outcomes(made_less, kept)


def test_people_doing_the_thing_or_it_rising_are_still_opposite():
    """Not over-firing: a rise of their thing, and people doing what the other makes less, stay opposite."""
    assert opposite_outcomes("asthma symptoms reduced", "childrens asthma symptoms are rising")
    assert opposite_outcomes("fewer antibiotic prescriptions", "GPs prescribe antibiotics")
    assert opposite_outcomes("fewer antibiotic prescriptions", "antibiotics are prescribed to satisfy relatives")
