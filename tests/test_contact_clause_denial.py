"""A denial in a relative clause written without 'that' or 'which' ("tenants report repairs they would not raise at a
visit") says which things the outcome is about, not that it did not follow, as "repairs that they would not raise" says.
Trial BI: "women disclose worries they would not raise in a short visit" left its statement undecided in its
configuration ("its outcome reads as not following"). Tested on housing and school outcomes; the rule must not fire
where the denial is the clause's own."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "tenants report repairs they would not raise at a home visit",
        "pupils ask questions they did not dare ask in class",
        "carers describe problems they cannot solve alone",
    ],
)
def test_a_denial_that_says_which_things_is_no_denial_of_the_outcome(outcome):
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "after the visit they did not return",  # no verb acts on 'visit': the clause's own denial
        "teachers told parents they did not need to attend",  # said to people: what they were told, denied
        "tenants did not report repairs",
        "pupils ask fewer questions and they did not attend",
    ],
)
def test_a_denial_of_the_outcome_itself_still_counts(outcome):
    assert outcome_is_negative(outcome)


def test_refine_counts_such_a_statement_as_support(tmp_path):
    """Fails on the old code: S1 was "not yet decided" for its configuration, its outcome read as not following."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "osei2021",
                "estates with a named housing officer",
                "tenants trust the officer they see every month",
                "tenants report repairs they would not raise with the call centre",
            ),
            (
                "lund2022",
                "estates with a named housing officer",
                "tenants trust the officer they see each month",
                "tenants report repairs early",
            ),
        ],
    )
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "going against" not in said and "contested" not in said and "not yet decided" not in said, said
    listed = cmo_run("configs", "list", "--json", cwd=review)
    assert '"S1"' in listed.stdout and '"S2"' in listed.stdout
