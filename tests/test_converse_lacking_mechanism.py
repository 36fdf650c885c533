"""CO (deprescribing in care homes): Sawan 2017's "staff feel empowered to question sedative use → less psychotropic
use" was listed as contradicting Smeets 2018's "staff less able to use non-drug approaches → more psychotropic
prescribing", though it is the configuration's converse (its mechanism raised, its outcome reversed). The converse rule
(`evidence.is_converse`) read a converse only by a denial or by words the two mechanisms share; `_asserts_what_they_lack`
reads one where the others' mechanism lessens what the same people can do and the member's asserts. Tested on school
exclusions, with cases where it must not fire."""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import is_converse, proposed_against


def _st(sid: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context="secondary schools", mechanism=mechanism, outcome=outcome)


SIDE = [
    _st("S1", "teachers less confident in managing behaviour", "more exclusions"),
    _st("S2", "teachers less able to de-escalate conflict", "more exclusions"),
]


def _against(member: Statement) -> list[str]:
    statements = {s.id: s for s in [*SIDE, member]}
    return proposed_against(list(statements), statements, lambda sid, others: True)


def test_the_same_people_able_and_the_outcome_reversed_is_the_converse():
    """Fails on the old code: S3 was proposed as contradicting."""
    member = _st("S3", "teachers feel supported by a behaviour lead", "fewer exclusions")
    assert is_converse(member, SIDE)
    assert _against(member) == []


@pytest.mark.parametrize(
    "mechanism, outcome",
    [
        ("teachers less confident in managing behaviour", "fewer exclusions"),  # the same lack, the outcome reversed
        ("governors review exclusions termly", "fewer exclusions"),  # other people
    ],
)
def test_the_same_lack_or_other_people_with_the_outcome_reversed_still_goes_against(mechanism, outcome):
    member = _st("S3", mechanism, outcome)
    assert not is_converse(member, SIDE)
    assert _against(member) == ["S3"]
