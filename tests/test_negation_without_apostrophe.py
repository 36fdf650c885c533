"""A negative contraction typed without its apostrophe ("dont", "didnt", "wasnt", "cant"), as coders type in a
spreadsheet cell, is a denial as it is with the apostrophe. Trial CM (school mental health): "staff dont know referral
routes" and "YP dont take up support" were read as saying the thing happened, so a statement whose outcome did not
follow counted as support unsaid, or one telling the other side was read as going against. Tested on other topics."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "patients didnt attend the follow-up clinic",
        "tenants dont report repairs",
        "the app wasnt used after the first month",
        "carers cant get a respite place",
        "farmers wont adopt the new seed",
        "mothers havent returned for the second dose",
    ],
)
def test_a_contraction_without_its_apostrophe_denies(outcome):
    assert outcome_is_negative(outcome)
    assert outcome_is_negative(outcome) == outcome_is_negative(
        outcome.replace("nt ", "n't ").replace("cann't", "can't").replace("wonn't", "won't")
    )


@pytest.mark.parametrize(
    "outcome",
    [
        "donors donate more often",  # 'don…' inside a word is no contraction
        "the cantilever design cut building costs",
        "patients attend the didactic sessions",
        "Dontcare enrolment rose",
    ],
)
def test_words_that_only_begin_so_deny_nothing(outcome):
    assert not outcome_is_negative(outcome)


def test_refine_asks_about_such_a_member_rather_than_count_it(tmp_path):
    """Fails on the old code: S2's "didnt attend" was read as attending, and counted as support unsaid."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "okafor2020",
                "rural clinics with text reminders",
                "patients are reminded the day before their appointment",
                "patients attend their follow-up appointment",
            ),
            (
                "mensah2021",
                "rural clinics with text reminders",
                "patients are reminded the day before their appointment",
                "patients didnt attend their follow-up appointment",
            ),
        ],
    )
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "S2" in said and ("not yet decided" in said or "going against" in said), said
