"""A denial in a participle phrase that says which people an outcome is about ("evictions prevented among tenants not
entitled to housing benefit") says who, not that the outcome did not follow. Trial AZ: "raised blood pressure found in
people not known to their practice" left its statement undecided in its configuration, "its outcome reads as not
following". Tested on housing and social-care outcomes; the rule must not fire where the denial is the clause's."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "fewer evictions among tenants not entitled to housing benefit",
        "more carers' assessments for families not known to social services",
        "earlier diagnosis in pupils not previously referred by their school",
    ],
)
def test_a_denial_that_says_which_people_is_no_denial_of_the_outcome(outcome):
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "the referral not received by the housing office",  # no preposition before it: the outcome itself denied
        "tenants were not registered with a GP",
        "no assessments for families not known to social services",  # the clause's own "no" still counts
        "evictions not prevented by the scheme",
    ],
)
def test_a_denial_of_the_outcome_itself_still_counts(outcome):
    assert outcome_is_negative(outcome)


def test_refine_counts_such_a_statement_as_support(tmp_path):
    """Fails on the old code: S1 was "read as going against C1" and the configuration contested."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "ortiz2021",
                "housing offices with a tenancy sustainment officer",
                "the officer visits tenants in arrears at home",
                "evictions prevented among tenants not known to the council",
            ),
            (
                "mbeki2022",
                "housing offices with a tenancy sustainment officer",
                "the officer visits tenants in arrears at home each month",
                "evictions prevented among tenants in arrears",
            ),
        ],
    )
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "going against" not in said and "contested" not in said and "not yet decided" not in said, said
    listed = cmo_run("configs", "list", "--json", cwd=review)
    assert '"S1"' in listed.stdout and '"S2"' in listed.stdout
