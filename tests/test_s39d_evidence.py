"""Trial AG 4 (session 39): negative outcomes that agree were read as contradictions.

"Clients dislike attending" beside "clients avoid the pharmacy", "counselling is skipped" beside "pharmacists are
reluctant to offer it", and "pharmacists do not offer it" beside the same were said to be opposite, or to go against
the configuration. A withholding, an avoidance, a dislike and a skipping all say what is not done, and a denial that
it is done says the same: they are in line, never opposite.

Each rule is tested on sentences from other topics (dental care, statin reviews, housing, sexual health, schools); the
end-to-end test runs `cmo refine` on a real SQLite review.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import (
    denial_in_line,
    denies_what_others_withhold,
    opposite_outcomes,
    outcome_is_negative,
    proposed_against,
    reports_withholding,
)


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "The annual dental check-up is skipped",
        "Young people skip their follow-up appointment",
        "Teenagers dislike visiting the sexual health clinic",
        "Young men shun the community gym",
        "Tenants evade the housing officer",
    ],
)
def test_a_skipping_a_dislike_a_shunning_is_a_withholding(outcome):
    """Fails on the old code: none of these was read as saying what is not done."""
    assert reports_withholding(outcome) and not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    ["Pupils do not skip lessons", "Patients no longer dislike the waiting room", "Young people never skip breakfast"],
)
def test_a_denied_skipping_withholds_nothing(outcome):
    assert not reports_withholding(outcome)


def test_two_ways_of_saying_it_is_not_done_are_never_opposite():
    """Fails on the old code: both pairs were read as saying opposite things."""
    assert not opposite_outcomes(
        "Tenants dislike attending and some move to another landlord", "Tenants avoid the housing office and miss appointments"
    )
    assert not opposite_outcomes("The statin review is skipped", "GPs are reluctant to start or review statins")
    # doing it is still the opposite of skipping it
    assert opposite_outcomes("GPs carry out the statin review", "The statin review is skipped")


def test_a_denial_of_what_a_member_withholds_is_in_line():
    """Fails on the old code: with one of two members worded by absence, the denial was read as going against."""
    holding = [
        _st("S1", "Dentists short of time", "They doubt it works", "Dentists are reluctant to offer fluoride varnish"),
        _st("S2", "Parents given a leaflet", "They learn it protects teeth", "Parents ask for fluoride varnish more often"),
    ]
    denial = _st("S3", "Dentists unsure who qualifies", "They fear upsetting parents", "Dentists do not offer fluoride varnish")
    assert denial_in_line(denial, holding)
    assert denies_what_others_withhold(denial.outcome, holding)
    # a denied change, or a denial of another thing, is no such agreement
    assert not denies_what_others_withhold("Refusals of fluoride varnish did not fall", holding)
    assert not denies_what_others_withhold("Children do not brush their teeth twice a day", holding)


STATINS = {
    "S1": _st(
        "S1", "GPs who think statins overused", "They see statins as medicalising", "GPs are reluctant to start or review statins"
    ),
    "S2": _st("S2", "Practices with one GP on duty", "There is no time for the conversation", "The statin review is skipped"),
    "S3": _st("S3", "GPs unsure who qualifies", "They fear alarming patients", "GPs do not review statins"),
}


def test_refine_flags_none_of_three_that_say_it_is_not_done():
    """Fails on the old code: S3 was proposed as going against the configuration."""
    assert proposed_against(["S1", "S2", "S3"], STATINS, lambda sid, others: True) == []


# ---- end to end ------------------------------------------------------------------------------------------------------


_cmo = cmo_run


def _review(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    return review_from_rows(tmp_path, rows)


def test_configs_new_and_refine_say_no_contradiction_among_agreeing_negatives(tmp_path):
    """Fails on the old code: S3 was read as going against C1, and S2 as saying the opposite of it."""
    sources = {"S1": "kaur2018", "S2": "moss2020", "S3": "moss2020"}
    rows = [(sources[sid], s.context, s.mechanism, s.outcome) for sid, s in STATINS.items()]
    review = _review(tmp_path, rows)
    made = _cmo("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    said = made.stdout + made.stderr
    assert "going against" not in said and "says the opposite" not in said, said
    configs = json.loads(_cmo("configs", "list", "--json", cwd=review).stdout)
    assert [c["contradicting"] for c in configs] == [[]]
    refined = _cmo("refine", "--by", "RT", "--backend", "lexical", cwd=review)
    assert refined.returncode in (0, 1), refined.stderr
    said = refined.stdout + refined.stderr
    assert "going against" not in said and "says the opposite" not in said, said
    assert all(c["contradicting"] == [] for c in json.loads(_cmo("configs", "list", "--json", cwd=review).stdout))
