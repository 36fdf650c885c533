"""A denial in a relative clause after "those", "these", "ones" or "others" says which ones, as after a noun: "inequity
between schools that can afford it and those that can't" reports the inequity, the outcome following. Trial CM (school
counsellors under austerity) left its statement "not yet decided", its outcome read as not following. Tested on other
topics; a denial of the clause's own verb after such a pronoun still counts."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "a widening gap between families who can pay and those who cannot",
        "unequal access between practices that employ a pharmacist and those that don't",
        "a two-tier service between tenants who have a caseworker and others who do not",
    ],
)
def test_a_relative_clause_after_a_pronoun_denies_nothing_of_the_outcome(outcome):
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "those who were offered the app did not use it",
        "those that were referred were not seen",
        "others who do not attend are not followed up",
    ],
)
def test_the_clause_s_own_denial_still_counts(outcome):
    assert outcome_is_negative(outcome)


def test_refine_counts_such_a_member_as_support(tmp_path):
    """Fails on the old code: S2 was "not yet decided", its outcome read as not following."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "ahmed2020",
                "practices in deprived areas paying for their own pharmacist",
                "practices fund the post from their own budgets",
                "unequal access between practices",
            ),
            (
                "byrne2022",
                "practices in deprived areas paying for their own pharmacist",
                "practices fund the post from their own budgets",
                "unequal access between practices that employ a pharmacist and those that don't",
            ),
        ],
    )
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "C1 new: S1, S2" in said, said
    assert "not yet decided" not in said and "going against" not in said, said
