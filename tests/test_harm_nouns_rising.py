"""Harms cmo's hand-written harm words did not know (LW 5/6, CO, CQ a). A care-home trial's "no increase in
agitation/aggression" read as an outcome that did not follow (a harm kept at bay); "inequalities widen" beside "improved
access" counted as support (CQ: first refine put Turner 2022 in Huxley 2015's configuration, "moderate: 2 sources").
`lexicon.harm_nouns` (built by scripts/build_harm_words.py from VADER's sentiment lexicon and WordNet) names the harm;
`evidence._RISING_HARM` and `_DENIED_RISE_OF_A_HARM` read it where it is the thing said to rise, or kept from rising; a
harm avoided as a verb's object ("avoid the stigma of attending") is made less (`_MADE_LESS`). Each rule alone, with
cases where it must not fire, on topics other than the one it was found on."""

from __future__ import annotations

import pytest

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import outcome_is_negative, outcome_side, proposed_against, reports_harm, supporting_ids
from cmo.synthesis.lexicon import harm_nouns


def _st(sid: str, outcome: str, mechanism: str = "key workers visit weekly") -> Statement:
    return Statement(id=sid, source=f"src{sid}", context="young people leaving care", mechanism=mechanism, outcome=outcome)


def test_the_built_list_names_harms_and_not_goods():
    nouns = harm_nouns()
    assert {"agitation", "aggression", "inequality", "inequalities", "disparity", "hostility", "unfairness"} <= nouns
    assert not {"equality", "courage", "braveness", "access", "support", "attendance"} & nouns


@pytest.mark.parametrize(
    "outcome",
    [
        "no increase in hostility between residents",
        "no increase in aggression or agitation on the ward",
        "no rise in disparities in uptake",
        "hostility did not increase",
    ],
)
def test_a_harm_kept_from_rising_reads_as_following(outcome):
    """Fails on the old code: read as an outcome that did not follow."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    ["no increase in attendance", "no increase in crisis team contacts", "engagement did not increase"],
)
def test_a_rise_denied_of_what_is_no_harm_still_did_not_follow(outcome):
    assert outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    ["disparities in school readiness widen", "an increase in hostility towards staff", "greater inequality between areas"],
)
def test_a_harm_said_to_rise_is_reported(outcome):
    """Fails on the old code: no harm was read."""
    assert reports_harm(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "crisis team contacts rose",
        "more cancer screening appointments were kept",
        "attendance widened to weekends",
        "patients avoid the clinic for fear of stigma",
    ],
)
def test_a_rise_of_what_only_names_a_service_reports_no_harm_unless_one_is(outcome):
    assert reports_harm(outcome) == (outcome == "patients avoid the clinic for fear of stigma")


def test_a_harm_avoided_in_a_mechanism_is_no_harm_so_a_good_outcome_goes_well():
    """Fails on the old code: "avoid the stigma" read as a harm, so the statement told no side."""
    statement = _st("S1", "more young people register with a GP", "online registration avoids the stigma of asking at reception")
    assert outcome_side(statement) == 1


def test_a_rising_harm_beside_a_gain_tells_the_other_side():
    """Fails on the old code: both read as going well, one configuration's support."""
    gain = _st("S1", "more young people register with a GP", "online registration avoids the stigma of asking at reception")
    harm = _st("S2", "disparities in registration widen", "young people without a phone cannot register online")
    assert outcome_side(gain) == 1 and outcome_side(harm) == -1


def test_kept_from_rising_beside_members_saying_things_went_well_is_support():
    """Fails on the old code: the member denying the harm's rise was proposed as contradicting."""
    calmer = _st("S1", "residents calmer and less distressed", "staff trained in person-centred care")
    kept = _st("S2", "no increase in hostility or aggression", "staff trained in person-centred care")
    statements = {"S1": calmer, "S2": kept}
    assert proposed_against(["S1", "S2"], statements, lambda sid, others: True) == []
    assert supporting_ids(Configuration(id="C1", statements=["S1", "S2"]), statements) == ["S1", "S2"]
