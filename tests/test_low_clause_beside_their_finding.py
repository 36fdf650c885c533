"""CW (conservative kidney management): Morton 2010's "low sense of choice, regret later" was read as going against
"dialysis regret (1 in 5)" (C6 "contested"): the clause "low sense of choice" read as a denied outcome
(`_next_to_none`), though the other clause asserts the very regret the configuration reports.
`evidence.says_theirs_beside_its_denial` now counts a clause saying a thing is low or few as the denying clause too,
unless that thing is what the others report. Tested on housing and on cases where it must not fire."""

from __future__ import annotations

import pytest

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import proposed_against, supporting_ids


def _st(sid: str, outcome: str, mechanism: str, context: str = "older tenants in sheltered housing") -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


@pytest.mark.parametrize(
    "held, outcome",
    [
        ("dialysis regret (1 in 5)", "low sense of choice, regret later"),  # the case found (trial CW)
        ("tenants prefer the warden to report repairs", "low uptake of the portal, tenants rely on the warden"),
        ("pupils feel anxious before exams", "poor sleep, pupils feel anxious"),
    ],
)
def test_a_low_clause_beside_a_clause_saying_their_finding_supports(held, outcome):
    """Fails on the old code: the member was proposed as contradicting."""
    statements = {"S1": _st("S1", held, "felt the choice was made for them"), "S2": _st("S2", outcome, "decision already made")}
    assert proposed_against(["S1", "S2"], statements, _about_the_same) == []
    assert supporting_ids(Configuration(id="C1", statements=["S1", "S2"]), statements) == ["S1", "S2"]


@pytest.mark.parametrize(
    "held, outcome",
    [
        ("attendance at the clinic rose, patients prefer the clinic", "low attendance, patients prefer the clinic"),
        ("tenants stay well at home", "poor adherence, tenants were readmitted to hospital"),  # a harm none of them tells
        ("engagement with the service improved", "low engagement with the service, staff left"),
    ],
)
def test_a_low_clause_of_their_own_thing_still_goes_against(held, outcome):
    statements = {"S1": _st("S1", held, "staff visit weekly"), "S2": _st("S2", outcome, "staff visit weekly")}
    assert proposed_against(["S1", "S2"], statements, _about_the_same) == ["S2"]
