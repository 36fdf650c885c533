"""A harm said to be made less likely is the outcome held, never one that did not follow (trial AR 2: "preterm birth less
likely" read as the outcome not following). Topics here: falls in care homes, relapse after detox, youth violence."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import outcome_is_negative, reports_harm


@pytest.mark.parametrize(
    "outcome",
    [
        "a fall is less likely in the months after the review",
        "relapse was unlikely once the peer mentor was in place",
        "complications were less common among those seen at home",
        "residents are less likely to have a fall",
        "young men are less likely to be reinjured",
        "stillbirths became less frequent in the districts with the programme",
    ],
)
def test_a_harm_made_less_likely_is_no_outcome_that_did_not_follow(outcome):
    assert not outcome_is_negative(outcome)
    assert not reports_harm(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "patients are less likely to use the portal",
        "carers were less likely to attend the groups",
        "those who dropped out were less likely to return",  # the return made less likely, not the dropping out
    ],
)
def test_a_good_thing_made_less_likely_still_did_not_follow(outcome):
    assert outcome_is_negative(outcome)


def test_a_harm_said_to_happen_is_still_a_harm():
    assert reports_harm("young men were reinjured within a year")
    assert reports_harm("more women had complications after discharge")


def test_a_thing_made_less_likely_beside_fewer_of_it_is_in_line(tmp_path):
    """Re-check of trial AU: "antibiotics are less likely to be prescribed" was read as going against "fewer antibiotic
    prescriptions" (the configuration went out contested). Here: sedatives at night on dementia wards."""
    import json

    from sheet_reviews import cmo_run, review_from_rows

    rows = [
        (
            "ward2020",
            "people with dementia on acute medical wards at night",
            "a trained dementia companion sits with the patient and calms them",
            "fewer sedative prescriptions at night",
        ),
        (
            "lee2021",
            "older people with dementia admitted to acute wards",
            "a dementia companion sits with the patient at night and calms them",
            "sedatives are less likely to be prescribed at night",
        ),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode == 0
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    held = next(c for c in configs if "S2" in c["statements"])
    assert "S1" in held["statements"] and held["contradicting"] == [] and held["undecided"] == []


@pytest.mark.parametrize(
    ("going", "less"),
    [
        ("anxiety remains high on the day of surgery", "anxiety falls before surgery"),
        ("engagement with the service is sustained", "lower engagement with the service"),
        ("loneliness persists", "reduced loneliness"),
    ],
)
def test_a_thing_said_to_go_on_is_the_opposite_of_it_made_less(going, less):
    """Re-check of trial AT: "loneliness persists" counted as support of "loneliness reduced", unsaid."""
    from cmo.synthesis.evidence import opposite_outcomes

    assert opposite_outcomes(going, less) and opposite_outcomes(less, going)


@pytest.mark.parametrize(
    ("going", "less"),
    [
        ("the fall in emergency admissions is sustained", "fewer emergency admissions"),  # the lessening goes on
        ("benefits persist at twelve months", "reduced anxiety"),  # nothing in common
    ],
)
def test_a_lessening_that_goes_on_or_another_thing_going_on_is_no_opposite(going, less):
    from cmo.synthesis.evidence import opposite_outcomes

    assert not opposite_outcomes(going, less)


def test_refine_says_a_member_whose_thing_goes_on_beside_it_made_less(tmp_path):
    from sheet_reviews import cmo_run, review_from_rows

    rows = [
        (
            "ali2020",
            "adults waiting for hip surgery",
            "a nurse explains each step of the day in a pre-operative class",
            "anxiety falls before surgery",
        ),
        (
            "bee2021",
            "adults waiting for hip surgery",
            "a nurse explains each step of the day in a pre-operative visit",
            "anxiety remains high before surgery",
        ),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    said = cmo_run("refine", "--backend", "lexical", cwd=review).stderr
    assert "S2 counts as supporting C1, though its outcome says the opposite" in said
