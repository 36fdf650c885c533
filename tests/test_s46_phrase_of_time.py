"""Re-check RH: "Medication-related harm after discharge is reduced" was read as a harm (the clause of time rule set
aside 'after discharge is reduced', the outcome's own verb with it), so refine kept it out of an improvement as "the
other side". "After" with a bare noun, then the outcome's verb of direction, is a phrase in the subject; "after" with a
clause of its own still says only when. Topics: falls on wards, dental caries, diabetes."""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import _as_worded, outcome_side, reports_harm


def _side(outcome, mechanism="ward pharmacists review high-risk medicines"):
    return outcome_side(Statement(id="S1", source="a2020", mechanism=mechanism, outcome=outcome))


@pytest.mark.parametrize(
    "outcome",
    ["Injuries after transfer were reduced", "Medication errors after admission are reduced", "harm since discharge has fallen"],
)
def test_a_harm_with_a_phrase_of_time_then_made_less_is_no_harm(outcome):
    """Fails on the old code: reports_harm True, and with a mechanism naming a risk, the statement went wrong (-1)."""
    assert not reports_harm(outcome)
    assert _side(outcome) != -1


@pytest.mark.parametrize(
    ("outcome", "read"),
    [
        ("fewer decayed teeth four years after the programme ended", "fewer decayed teeth four years"),  # trial BV
        ("falls decreased after staffing was increased", "falls decreased"),  # the outcome's verb first
        ("groups stopped meeting after the project ended", "groups stopped meeting"),
        ("harm after the audit was reduced", "harm"),  # a determiner: a clause of its own
    ],
)
def test_after_opening_a_clause_still_says_only_when(outcome, read):
    """Must not fire: what "after" opens here is a clause of when, set aside whole as before."""
    assert _as_worded(outcome).split() == read.split()
