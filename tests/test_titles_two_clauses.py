"""Helper E3 (interpreters for migrants in primary care): a mechanism of two clauses, each with its own subject, was
titled with one verb put in the present and the other not ("Funding ends and the service was interrupted"), or with the
second clause's verb given the first clause's subject ("Staff turned to online translators and the advice are
incomplete"). Two clauses are each told in their own time, so such a title keeps the coder's words; a verb joined with
no subject of its own is still told in the present with the first. Tested on hospital discharge and school meals."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import title_for


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("the ward closed and the nurses were moved", "The ward closed and the nurses were moved"),
        ("the grant ended and the breakfast club was cancelled", "The grant ended and the breakfast club was cancelled"),
        (
            "volunteers turned to phone calls and the advice was incomplete",
            "Volunteers turned to phone calls and the advice was incomplete",
        ),
    ],
)
def test_two_clauses_each_with_its_subject_keep_their_own_time(mechanism, title):
    assert title_for("older patients leaving hospital", mechanism, "fewer readmissions") == title


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("cooks talked to pupils and changed the menu", "Cooks talk to pupils and change the menu"),
        ("parents felt listened to and returned for the next visit", "Parents feel listened to and return for the next visit"),
    ],
)
def test_a_verb_joined_without_a_subject_of_its_own_is_still_told_in_the_present(mechanism, title):
    assert title_for("primary schools in deprived areas", mechanism, "more children eat breakfast") == title


@pytest.mark.parametrize(
    ("context", "mechanism", "title"),
    [
        ("primary schools", "the grant ended and it was cancelled", "The grant ended and it was cancelled"),
        (
            "primary schools",
            "cooks saw salad as waste and they stopped serving it",
            "Cooks saw salad as waste and they stopped serving it",
        ),
        (
            "school cooks",
            "saw salad as waste and they stopped serving it",
            "School cooks saw salad as waste and they stopped serving it",
        ),
    ],
)
def test_a_second_clause_opening_with_its_pronoun_or_after_a_verb_coded_without_its_subject_keeps_its_time(
    context, mechanism, title
):
    """Re-check RH2 of helpers E3 and F3 together: a second clause whose subject is a pronoun ("… and they used it
    more") was read as no clause of its own, titled "Staff see restraint as care and they used it more"; and a first
    clause coded without its subject, given the context's people (helper F3), "Ward staff equated quiet with safety and
    they stops activities", the second verb put in the present for no subject. Tested on school meals."""
    assert title_for(context, mechanism, "more children eat lunch") == title
