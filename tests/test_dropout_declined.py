"""A drop-out that fell or declined is the outcome going well, never a withholding: "attendance improved and drop-out
declined" beside "attendance improved" (the large generated review's refine called 20 such pairs opposite once
"declined" of a thing read as a lessening, as "fell" does)."""

from cmo.synthesis.evidence import opposite_outcomes, reports_withholding


def test_a_drop_out_that_declined_or_fell_withholds_nothing():
    assert not reports_withholding("drop-out declined")
    assert not reports_withholding("drop-out fell")
    assert not opposite_outcomes("adherence to medication increased", "adherence to medication increased and drop-out declined")
    assert not opposite_outcomes("attendance improved", "attendance improved and drop-out fell")


def test_what_declined_still_goes_the_other_way_of_what_rose():
    """Must not fire: a thing's decline is still the opposite of its rise, and people declining an offer still refuse."""
    assert opposite_outcomes("restraint declined", "restraint increased")
    assert opposite_outcomes("attendance declined", "attendance rose")
    assert reports_withholding("women declined screening")
    assert opposite_outcomes("patients declined the offer", "patients accepted the offer")
