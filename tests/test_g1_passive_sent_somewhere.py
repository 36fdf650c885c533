"""Helper G1 (faults named by trial helpers on new topics): a people noun, a past form of a verb that takes a person
as its object, and at once "to"/"from"/"into" is what was done to them ("Patients referred to the CLP"): titles read
it as their act ("Patients refer to the CLP"), saying the patients did the referring."""

import pytest

from cmo.synthesis.wording import title_for


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("Patients referred to the CLP", "Patients referred to the CLP"),
        ("Women referred to the district hospital", "Women referred to the district hospital"),
        ("children admitted to the ward from A&E", "Children admitted to the ward from A&E"),
    ],
)
def test_people_sent_somewhere_are_told_as_written(mechanism, title):
    assert title_for("rural districts with one hospital", mechanism, "earlier treatment") == title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        # a verb that takes no person, or an object first: the people's own act, told in the present (a school topic)
        ("teachers talked to parents after school", "Teachers talk to parents after school"),
        ("teachers phoned parents weekly", "Teachers phone parents weekly"),
        ("pupils felt safe in class", "Pupils feel safe in class"),
    ],
)
def test_the_peoples_own_act_is_still_told_in_the_present(mechanism, title):
    assert title_for("secondary schools", mechanism, "better attendance") == title
