"""CN (interpreting services): Hoang 2009's "women did not use the interpreter and relied on their husband" was read as
going against "women prefer husband or family member to interpret" (C1 "evidence contested"), though its second clause
asserts the very finding. `evidence.says_theirs_beside_its_denial`, one of the readings of `denial_in_line`, reads an
outcome that denies in one clause and asserts the others' finding in a clause of its own as in line. Tested on housing
(tenants and a repair portal) and on four cases where it must not fire."""

from __future__ import annotations

import pytest

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import proposed_against, says_theirs_beside_its_denial, supporting_ids, undecided_ids


def _st(sid: str, outcome: str, mechanism: str = "the online portal feels impersonal") -> Statement:
    context = "older tenants in sheltered housing"
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


def test_a_denial_with_a_clause_saying_the_finding_counts_as_support():
    """Fails on the old code: S2 was proposed as contradicting C1."""
    held = _st("S1", "tenants prefer the warden to report repairs for them", "distrust of the online repair portal")
    member = _st("S2", "tenants did not use the portal and relied on the warden")
    statements = {"S1": held, "S2": member}
    assert says_theirs_beside_its_denial(member.outcome, [held])
    assert proposed_against(["S1", "S2"], statements, _about_the_same) == []
    config = Configuration(id="C1", statements=["S1", "S2"])
    assert undecided_ids(config, statements) == []
    assert supporting_ids(config, statements) == ["S1", "S2"]


@pytest.mark.parametrize(
    "held, outcome",
    [
        ("tenants stay in the flat", "tenants did not stay and the flat was re-let"),  # the denial is of their finding
        ("residents go home from hospital", "residents did not improve and were readmitted to hospital"),  # a harm
        ("patients attend more of their appointments", "patients did not attend and staff chased them by phone"),
        ("mothers prefer a female doctor", "mothers were not offered a choice and saw a male doctor"),  # another doctor
        ("tenants prefer the warden to report repairs", "tenants did not use the portal and the repairs were not reported"),
    ],
)
def test_a_denial_whose_other_clause_does_not_say_the_finding_still_goes_against(held, outcome):
    statements = {"S1": _st("S1", held), "S2": _st("S2", outcome)}
    assert not says_theirs_beside_its_denial(outcome, [statements["S1"]])
    assert proposed_against(["S1", "S2"], statements, _about_the_same) == ["S2"]
