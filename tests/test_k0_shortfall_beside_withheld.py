"""Trial K0 (WHO Surgical Safety Checklist in low-resource hospitals): refine said "sign out done in only 23%" counts as
support "though its outcome says the opposite of" a configuration whose outcome is "sign-out omitted". An outcome
saying by a limiting quantifier that a thing fell short ("only 23%", "only a third") says, in other words, what an
outcome saying that thing is withheld or left out says: never its opposite."""

from cmo.synthesis.evidence import opposite_outcomes


def test_a_shortfall_is_no_opposite_of_the_thing_left_out():
    assert not opposite_outcomes("sign out done in only 23%", "sign-out omitted")
    assert not opposite_outcomes("sign-out omitted", "sign out done in only 23%")


def test_a_shortfall_beside_a_withholding_on_another_topic():
    # immunisation, not surgery: a third vaccinated is parents holding back, as the other says
    assert not opposite_outcomes("only a third of eligible children were vaccinated", "parents withhold vaccination")


def test_a_thing_done_without_a_shortfall_is_still_the_opposite_of_its_withholding():
    assert opposite_outcomes("vaccination given to all eligible children", "parents withhold vaccination")


def test_a_shortfall_is_still_the_opposite_of_a_rise():
    assert opposite_outcomes("only about half of those referred were linked to care", "higher linkage to care")
