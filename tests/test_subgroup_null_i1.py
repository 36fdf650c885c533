"""A null finding about a subgroup is no evidence against (helper I1, a fault trial H7 left: "no difference in uptake
by school size" was listed as contradicting a configuration of school-based delivery raising uptake, and "high uptake,
no difference by mother's education" another). A difference denied BY, ACROSS or AMONG a characteristic of the people
or setting says the outcome held alike across them (`nulls.alike_across_groups`), never that it did not come. Topics:
school HPV vaccination and hospital discharge; must not fire on a null between a trial's arms, by treatment group or
at a time ("no difference in readmission by 30 days"), which are null results still."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import contradicting_ids, outcome_is_negative, proposed_against
from cmo.synthesis.nulls import a_change_that_did_not_come

SCHOOL = "vaccination offered in the school day removes the need for a clinic visit"
HPV_ROWS = [
    ("brabin2008", "year 8 girls in Manchester schools", SCHOOL, "higher uptake of the first dose"),
    ("sinka2014", "girls in Scottish schools", SCHOOL, "higher uptake than in general practice"),
    ("rockliffe2017", "girls in London schools", SCHOOL, "no difference in uptake by school size"),
    ("feiring2015", "girls in Norway's free school programme", SCHOOL, "high uptake, no difference by mother's education"),
]


def _st(sid: str, outcome: str, mechanism: str = "a nurse phones each patient within two days of discharge") -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context="older people going home from hospital", mechanism=mechanism,
                     outcome=outcome)  # fmt: skip


def test_refine_lists_no_subgroup_null_against_school_delivery(tmp_path):
    """Fails on the old code: Rockliffe and Feiring listed as contradicting the school-day configuration."""
    review = review_from_rows(tmp_path, HPV_ROWS)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    home = next(c for c in configs if "S1" in c["statements"])
    for sid in ("S3", "S4"):
        if sid not in home["statements"]:
            attached = cmo_run("configs", "attach", sid, "--to", home["id"], cwd=review)
            assert attached.returncode in (0, 1), attached.stderr
    shown = json.loads(cmo_run("configs", "show", home["id"], "--json", cwd=review).stdout)
    assert "S3" not in shown["contradicting"] and "S4" not in shown["contradicting"]
    assert "S3" not in shown.get("undecided", []) and "S4" not in shown.get("undecided", [])


@pytest.mark.parametrize(
    "outcome",
    [
        "no difference in readmission by age group",
        "readmission did not vary by deprivation",
        "fewer readmissions; similar across ethnic groups",
        "No difference in readmission rates by sex",
    ],
)
def test_a_subgroup_null_in_a_discharge_review_is_no_null_result(outcome):
    """Fails on the old code (another topic): read as the outcome not following, listed against the configuration."""
    assert not outcome_is_negative(outcome) and not a_change_that_did_not_come(outcome)
    members = [_st("S1", "fewer readmissions"), _st("S2", "readmissions reduced"), _st("S3", outcome)]
    statements = {m.id: m for m in members}
    assert proposed_against(["S1", "S2", "S3"], statements, lambda sid, others: True) == []
    config = Configuration(id="C1", statements=["S1", "S2", "S3"], outcome="fewer readmissions")
    assert contradicting_ids(config, statements) == []


@pytest.mark.parametrize(
    "outcome",
    [
        "no difference in readmission between the intervention and control groups",
        "no difference in readmission by treatment group",
        "no difference by group",
        "no difference in readmission by 30 days",
        "no difference in readmission by age group between intervention and usual care",
        "no difference made by the phone calls",
        "did not reduce readmission",
        "no consistent improvement in readmission across the reviews",  # the studies varied, not the people
    ],
)
def test_a_null_between_arms_or_at_a_time_still_reads_as_not_following(outcome):
    """Must not fire: a null between a trial's arms, by treatment group, at a time or across the studies a review read,
    are null results still (the example review's Cooper 2024,
    "no consistent improvement in clinical outcomes across the reviews", stays against its configuration)."""
    assert outcome_is_negative(outcome)
    members = [_st("S1", "fewer readmissions"), _st("S2", "readmissions reduced"), _st("S3", outcome)]
    assert proposed_against(["S1", "S2", "S3"], {m.id: m for m in members}, lambda sid, others: True) == ["S3"]


@pytest.mark.parametrize(
    "outcome",
    [
        "no difference in recovery by whether they had peer support",
        "no difference in recovery among those who received peer support",
        "no difference in falls by exercise programme",
        "no difference in falls by dose of exercise",
        "no difference in attendance by delivery method",
    ],
)
def test_a_null_by_what_was_done_for_them_still_reads_as_not_following(outcome):
    """Helper RH5 (fails on I1's code): people parted by whether they had the intervention, what they received, or its
    dose, method or programme are no subgroup of the people: the null is about the change looked for, so it stays
    against the configuration (topics: peer support in mental health, exercise for falls)."""
    assert outcome_is_negative(outcome) and a_change_that_did_not_come(outcome)
    members = [_st("S1", "faster recovery"), _st("S2", "recovery improved"), _st("S3", outcome)]
    assert proposed_against(["S1", "S2", "S3"], {m.id: m for m in members}, lambda sid, others: True) == ["S3"]


@pytest.mark.parametrize(
    "outcome",
    [
        "no difference in falls by care home type",
        "no difference in recovery by age, sex or ethnicity",
        "no difference in uptake among girls who were not born in the UK",
    ],
)
def test_a_subgroup_null_by_a_trait_of_the_people_or_setting_is_still_set_aside(outcome):
    """Must not fire (RH5's words for what was done): a kind of setting, or a trait of the people, is a subgroup."""
    assert not outcome_is_negative(outcome) and not a_change_that_did_not_come(outcome)
