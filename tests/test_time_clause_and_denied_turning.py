"""An outcome's time clause ("after the programme ended") says when it came, never whether it did; a denied turning
away ("side effects do not stop them taking their tablets") is the thing going on, never the opposite of an outcome
saying it goes on. Trial BV (supervised toothbrushing): "fewer decayed surfaces four years after the programme ended"
was read as the outcome not following, so a review's headline finding was worded from its null trial and the national
cohort behind it was proposed as contradicting; "infection-control concerns do not stop brushing" was said to be the
opposite of "brushing continues". The tests are on other topics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmo.synthesis.evidence import opposite_outcomes, outcome_is_negative
from tests.sheet_reviews import cmo_run, review_from_rows


@pytest.mark.parametrize(
    "outcome",
    [
        "Fewer falls two years after the classes ended",
        "Quit rates stayed higher a year after the counselling ended",
        "Fewer exclusions since the mentoring scheme ended",
        "Attendance improves once the reminders have stopped",
        "Readmissions stay lower since the pilot ended",
    ],
)
def test_an_ending_in_a_time_clause_is_not_the_outcomes(outcome):
    """Fails on the old code: each read as not following, by the ending its clause of time tells."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "The scheme ended after two years",
        "Most participants stopped after a month",
        "No improvement in falls after the classes ended",
        "Once funding stopped, attendance did not continue",
    ],
)
def test_the_outcomes_own_ending_or_denial_stays(outcome):
    assert outcome_is_negative(outcome)


@pytest.mark.parametrize(
    ("going", "denied_turning"),
    [
        ("Patients keep taking their statins", "Side effects do not stop patients taking their statins"),
        ("Tenants continue paying rent", "Arrears letters never stopped tenants paying rent"),
        ("Carers continue to attend the group", "Carers did not leave the group"),
    ],
)
def test_a_denied_turning_away_is_no_opposite_of_going_on(going, denied_turning):
    """Fails on the old code: the turning was read whatever denied it, and the two were said to be opposites."""
    assert not opposite_outcomes(going, denied_turning)
    assert not opposite_outcomes(denied_turning, going)


@pytest.mark.parametrize(
    ("going", "turning"),
    [
        ("Patients keep taking their statins", "Side effects make patients stop taking their statins"),
        ("Tenants continue paying rent", "Tenants stopped paying rent"),
    ],
)
def test_a_turning_away_is_still_the_opposite_of_going_on(going, turning):
    assert opposite_outcomes(going, turning)


STRENGTH = "Exercise builds leg strength"
UNDERSTOOD = "They understand what the tablets are for"


def _config(review: Path) -> dict:
    listed = cmo_run("configs", "list", "--json", cwd=review)
    return next(c for c in json.loads(listed.stdout) if c["id"] == "C1")


def test_a_lasting_benefit_after_a_programme_ended_supports_it(tmp_path):
    """Fails on the old code: S2 was read as not following (undecided), and C1 was not worded from what all three say."""
    review = review_from_rows(
        tmp_path,
        [
            ("kim2019", "Older adults in community balance classes", STRENGTH, "Fewer falls"),
            ("ames2020", "Older adults in leisure-centre classes", STRENGTH, "Fewer falls two years after the classes ended"),
            ("bell2021", "Older adults in home exercise programmes", STRENGTH, "Fewer falls at one year"),
        ],
    )
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    said = made.stdout + made.stderr
    assert "S2 is not yet decided" not in said and "going against" not in said, said
    config = _config(review)
    assert config["contradicting"] == []
    assert "not yet decided" not in json.dumps(config)


def test_a_denied_stop_beside_a_going_on_is_not_said_to_be_its_opposite(tmp_path):
    """Fails on the old code: configs new said S2 counts as supporting C1 though its outcome says the opposite."""
    review = review_from_rows(
        tmp_path,
        [
            ("ruiz2018", "Adults given a pharmacy review", UNDERSTOOD, "Side effects do not stop patients taking their statins"),
            ("moss2020", "Adults with a named pharmacist", UNDERSTOOD, "Patients keep taking their statins"),
        ],
    )
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "says the opposite" not in made.stdout + made.stderr, made.stdout + made.stderr
