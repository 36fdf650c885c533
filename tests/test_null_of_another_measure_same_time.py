"""Helper H0: refine listed "no difference in mortality at 6 months" against a configuration worded "fewer pts living in
residential care at 6 months": two outcomes were read as one thing because both said when they were measured. A null
about another thing is no contradiction; one about the same thing, at any time, still is. Tested on school exclusions."""

from __future__ import annotations

from cmo.models import Statement
from cmo.synthesis.evidence import proposed_against


def _statements(*outcomes: str) -> dict[str, Statement]:
    return {
        f"S{n}": Statement(
            id=f"S{n}", source=f"s{n}", context="secondary schools", mechanism="a mentor meets pupils weekly", outcome=o
        )
        for n, o in enumerate(outcomes, 1)
    }


def _against(statements: dict[str, Statement], worded: str) -> list[str]:
    return proposed_against(list(statements), statements, lambda sid, others: True, worded)


def test_a_null_of_another_measure_at_the_same_time_is_not_against_it():
    worded = "fewer pupils excluded at 12 months"
    found = _statements(worded, "fewer exclusions at 12 months", "no difference in reading scores at 12 months")
    assert _against(found, worded) == []


def test_a_null_of_the_same_measure_still_goes_against_it():
    """Not over-firing: the same thing, said at another time, is still a null result of it."""
    worded = "fewer exclusions at 12 months"
    found = _statements(worded, "fewer exclusions of pupils at 12 months", "no difference in exclusions at 24 months")
    assert _against(found, worded) == ["S3"]
    worded = "teacher workload increased"
    found = _statements(worded, "more workload for teachers", "no difference in teacher workload")
    assert _against(found, worded) == ["S3"]
