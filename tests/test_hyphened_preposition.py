"""CU (violence in secure youth units): "peer-to-peer bullying did not fall" was read as an outcome that followed: folded
to "peer to peer bullying …", the denial was read as a clause saying which peer (`GAPPED_CLAUSE_DENIAL`), so a null
finding counted as support of "violent incidents fell". A preposition hyphens bind between two words is part of one
word (`evidence._prefixes_joined`), never a preposition opening a phrase. Tested on home visiting too, and on gapped
clauses that must still be set aside."""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import outcome_is_negative, proposed_against


def _st(sid: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context="secure units", mechanism="staff use de-escalation", outcome=outcome)


@pytest.mark.parametrize(
    "held, outcome",
    [
        ("violent incidents fell", "peer-to-peer bullying did not fall"),  # the case found (trial CU)
        ("violent incidents fell", "youth-on-staff assaults did not decrease"),
        ("more families took up home visits", "face-to-face visits did not increase"),
        ("more pupils used the mentoring scheme", "one-to-one mentoring was not taken up"),
    ],
)
def test_a_denial_after_a_hyphened_compound_goes_against(held, outcome):
    """The first and the third fail on the old code: read as saying which peer or face."""
    assert outcome_is_negative(outcome)
    statements = {"S1": _st("S1", held), "S2": _st("S2", outcome)}
    assert proposed_against(["S1", "S2"], statements, lambda sid, others: True) == ["S2"]


@pytest.mark.parametrize(
    "outcome",
    [
        "face-to-face visits reach families in places services do not reach",  # still says which places
        "peer-to-peer support goes to people that services do not reach",
        "reversals happen in places EMS doesn't reach",
    ],
)
def test_a_gapped_clause_beside_a_hyphened_compound_still_denies_nothing(outcome):
    assert not outcome_is_negative(outcome)
