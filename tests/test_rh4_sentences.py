"""Helper RH4: helper I1's reading of "and" after a preposition ("trust in the NHS and the school nurse": one trust, in
both) took "support from the family and the flexibility of the schedule" for one support, from both, so the sentence
read "… leads to better adherence". A noun after "and" that takes an "of" of its own is a head in its own right: two
things, a plural verb. Topic: adherence clubs for hypertension (I1's rule is tested on HPV vaccination)."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_segments


def _sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


@pytest.mark.parametrize(
    "mechanism",
    [
        "support from the family and the flexibility of the schedule",
        "time with the nurse and the chance of asking questions",
    ],
)
def test_a_second_head_with_its_own_of_makes_two_things(mechanism):
    """Fails on the old code: "… leads to better adherence"."""
    assert f"{mechanism} lead to better adherence" in _sentence("adherence clubs", mechanism, "better adherence")


@pytest.mark.parametrize(
    "mechanism",
    [
        "trust in the nurse and the CHW",
        "trust in the NHS and the school nurse as a source of information",
    ],
)
def test_two_objects_of_one_preposition_still_leave_one_head(mechanism):
    """Not over-firing: an "of" further on ("as a source of information") is no head's own."""
    said = _sentence("adherence clubs", mechanism, "better adherence")
    assert f"{mechanism} leads to " in said or f"{mechanism} has this outcome: " in said
