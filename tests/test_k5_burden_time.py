"""A time named by a burden is that burden (helper K5): "waiting times fell" was read as a change in "time", a thing of
no known worth, so a configuration saying so told of no gain, and a member telling of a harm of another thing
("medication errors increased") was counted as its support without a word (`evidence._subject`, `_burden_stems`).
"Length of stay fell" was already read as a gain. Topic: nurse-led triage in emergency departments; must not fire on
a time no burden names ("response time", "time spent with patients")."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import opposite_outcomes, outcome_directions


@pytest.mark.parametrize(
    ("outcome", "read"),
    [
        ("waiting time fell", {"wait": -1}),
        ("waiting times were shorter", {"wait": -1}),
        ("delay times were reduced", {"delay": -1}),
        ("waiting times rose", {"wait": 1}),
        ("length of stay fell", {"stay": -1}),
    ],
)
def test_the_time_of_a_burden_is_the_burden(outcome, read):
    """Fails on the old code for the times: their thing was "time"."""
    assert outcome_directions(outcome) == read


def test_a_time_no_burden_names_stays_a_time():
    """Must not fire: a response time is no wait, so it is not read as one, nor made the opposite of response rates."""
    assert outcome_directions("response time fell") == {"time": -1}
    assert not opposite_outcomes("waiting time fell", "response rates rose")
    assert not opposite_outcomes("waiting time fell", "time spent with patients rose")


def test_a_harm_beside_waiting_times_falling_is_left_for_a_person(tmp_path):
    """End to end: attaching "medication errors increased" to a configuration of waiting times falling says it is not
    yet decided, with the commands that decide it. Fails on the old code: counted as the fourth supporting source."""
    ctx = "an emergency department with a nurse-led triage at the front door"
    mech = "nurses feel trusted to start treatment before the doctor sees the patient"
    review = review_from_rows(
        tmp_path,
        [
            ("aa2019", ctx, mech, "waiting times were shorter"),
            ("bb2020", ctx, mech, "waiting time fell and patient satisfaction improved"),
            ("cc2021", ctx, mech, "waiting times fell"),
            ("dd2022", ctx, mech, "medication errors increased"),
        ],
    )
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    attached = cmo_run("configs", "attach", "S4", "--to", "C1", cwd=review)
    said = attached.stdout + attached.stderr
    assert attached.returncode in (0, 1), said
    assert "S4 is not yet decided for C1" in said and "'cmo code mark S4 --contradicting C1'" in said, said
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    assert "3 sources support it" in shown, shown
