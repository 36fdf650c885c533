"""A member that denies a thing went the way opposite to the way the others say it went ("no increase in falls" beside
"falls were fewer") says the same direction, short of it: in line, counted as support (`denies_the_other_way`). A
denial of the very change they report, or of any change ("no change in attendance" beside "attendance rose"), still
goes against; and two denials of both ways are a null finding together. Topics: hydration in care homes, breakfast
clubs in schools."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import proposed_against

HYDRATION = ("Care homes with a hydration champion on every shift", "Residents are offered a drink every hour")
BREAKFAST = ("Primary schools with a free breakfast club", "Pupils arrive early to eat with friends")


def _against(setting: tuple[str, str], outcomes: list[str]) -> list[str]:
    statements = {
        f"S{i}": Statement(id=f"S{i}", source=f"src{i}", context=setting[0], mechanism=setting[1], outcome=outcome)
        for i, outcome in enumerate(outcomes, 1)
    }
    return proposed_against(list(statements), statements, lambda sid, others: True)


@pytest.mark.parametrize(
    "denial",
    [
        "No increase in falls was recorded",
        "Falls did not rise over the winter",
        "There was no rise in the number of falls",
    ],
)
def test_a_harm_denied_to_have_risen_beside_members_saying_it_fell_is_in_line(denial):
    assert _against(HYDRATION, ["Falls were fewer over six months", "Fewer falls at night", denial]) == []


def test_a_lateness_denied_to_have_grown_beside_members_saying_it_shrank_is_in_line():
    outcomes = ["Late arrivals fell", "Fewer late arrivals each week", "Late arrivals did not increase"]
    assert _against(BREAKFAST, outcomes) == []


@pytest.mark.parametrize(
    "setting, outcomes",
    [
        (BREAKFAST, ["Attendance rose", "More pupils attended every day", "No change in attendance"]),  # null on a benefit
        (HYDRATION, ["Falls were fewer over six months", "Fewer falls at night", "Falls were not reduced"]),  # that change
        (HYDRATION, ["Falls increased", "More falls at night", "No increase in falls was recorded"]),  # what they report
    ],
)
def test_a_denial_of_the_change_the_others_report_or_of_any_change_still_goes_against(setting, outcomes):
    """Guards on the rule (pass on the old code too)."""
    assert _against(setting, outcomes) == ["S3"]


def test_denials_of_both_ways_are_a_null_finding_the_change_goes_against():
    """ "Did not rise" beside another member's "did not fall" says no change, together; the member saying it fell goes
    against them, as before."""
    outcomes = ["Late arrivals did not fall", "Late arrivals did not rise", "Late arrivals fell"]
    assert _against(BREAKFAST, outcomes) == ["S3"]


def test_configs_new_and_show_count_the_denied_rise_as_support(tmp_path):
    rows = [
        ("adams2019", *HYDRATION, "falls were fewer over six months"),
        ("baker2020", *HYDRATION, "fewer falls at night"),
        ("clark2021", *HYDRATION, "no increase in falls was recorded"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "going against" not in made.stdout + made.stderr
    config = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)[-1]
    assert config["statements"] == ["S1", "S2", "S3"] and config["contradicting"] == []
    shown = cmo_run("configs", "show", config["id"], cwd=review).stdout
    assert "3 sources support it" in shown and "not yet decided" not in shown
