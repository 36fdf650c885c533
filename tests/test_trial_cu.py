"""Trial CU (trauma-informed care in prisons and youth custody, MAXQDA coded segments): two outcomes read the wrong way
round, so that in one configuration a study whose harms fell counted against it and a study whose harms did not fall
counted for it."""

import json

import pytest

from cmo.synthesis.evidence import outcome_is_negative, reports_withholding

# 1. "Declined" was a word of an absent outcome: Ford & Hawke's "disciplinary incidents, physical restraint and seclusion
#    all declined" was read as the outcome not following and counted against "youth-on-youth violence and use of
#    physical restraint decreased significantly". Said of a thing, it is a lessening, as "fell" is.


@pytest.mark.parametrize(
    "outcome",
    [
        "disciplinary incidents, physical restraint and seclusion all declined",
        "readmissions declined",
        "the number of evictions declined sharply",
    ],
)
def test_a_thing_that_declined_is_no_absent_outcome(outcome):
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize("outcome", ["most mothers declined", "parents declined the vaccine", "they declined"])
def test_people_who_declined_still_refused(outcome):
    """Must not fire: "decline" said of people refuses, as before (a withholding, never a lessening)."""
    assert reports_withholding(outcome)


# 2. "youth-on-staff assaults did not decrease" was folded to "youth on staff assaults did not decrease" and read as a
#    clause saying which staff ("places EMS doesnt reach"), its denial set aside: Baetz et al.'s null finding counted as
#    support. With no verb before the preposition, the phrase is part of the clause's subject.


@pytest.mark.parametrize(
    "outcome",
    ["youth-on-staff assaults did not decrease", "out-of-hours calls did not drop"],
)
def test_a_hyphened_phrase_of_the_subject_keeps_its_clauses_denial(outcome):
    assert outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    ["reversals happen in places EMS doesnt reach", "tutoring reaches pupils in villages teachers never visit"],
)
def test_a_clause_saying_which_places_is_still_no_denial(outcome):
    """Must not fire: where the clause has its verb before the place, the denial says which places (trial CR)."""
    assert not outcome_is_negative(outcome)


def test_a_study_whose_harms_declined_supports_and_one_whose_harms_did_not_fall_goes_against(tmp_path):
    """End to end: a coding sheet imported and refined; the members are marked as the sentences say."""
    from sheet_reviews import cmo_run, review_from_rows

    review = review_from_rows(
        tmp_path,
        [
            ("baetz2021", "detention units with trauma training for staff", "youth learn to regulate their emotions",
             "youth-on-youth violence and physical restraint decreased"),
            ("ford2012", "detention units with trauma training for staff", "youth learn to regulate their emotions",
             "disciplinary incidents, physical restraint and seclusion all declined"),
            ("marrow2012", "detention units with trauma training for staff", "youth learn to regulate their emotions",
             "youth-on-staff assaults did not decrease"),
        ],
    )  # fmt: skip
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    first = next(c["id"] for c in configs if "S1" in c["statements"])
    for statement in ("S2", "S3"):  # the reviewers put all three in one, as they read them
        if not any(statement in c["statements"] and c["id"] == first for c in configs):
            assert cmo_run("configs", "attach", statement, "--to", first, cwd=review).returncode in (0, 1)
    shown = json.loads(cmo_run("configs", "show", first, "--json", cwd=review).stdout)
    assert set(shown["statements"]) == {"S1", "S2", "S3"}
    assert shown["contradicting_sources"] == ["marrow2012"]
    assert "ford2012" in shown["sources"]
