"""CP (hypertension, community health workers): "pts interrupt treatment" was no opposite of "pts continue treatment",
so refine could count a study of patients breaking off treatment as support of one where they go on with it. The verbs
of turning away (`evidence._TURNING_AWAY`) now hold the verbs WordNet files under "discontinue", the antonym it gives of
"continue" (`lexicon.verbs_of_ending`, built by scripts/build_verbs_of_ending.py). Tested on physiotherapy and funding,
with cases where it must not fire."""

from __future__ import annotations

import pytest

from cmo.commands.refine import member_doubts
from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import opposite_outcomes
from cmo.synthesis.lexicon import verbs_of_ending


def test_the_built_list_holds_verbs_of_breaking_off_and_not_verbs_whose_first_sense_is_another():
    assert {"interrupt", "interrupted", "disrupt", "discontinue", "cease", "expire"} <= verbs_of_ending()
    assert not {"break", "drop", "cut", "rest", "cheese", "continue"} & verbs_of_ending()


@pytest.mark.parametrize(
    "one, other",
    [
        ("residents interrupt their physiotherapy", "residents continue their physiotherapy"),
        ("the council's funding expired", "the council kept the funding"),
        ("families disrupted the home visits", "families kept the home visits going"),
    ],
)
def test_breaking_off_a_thing_is_the_opposite_of_going_on_with_it(one, other):
    """Fails on the old code: not read as opposite."""
    assert opposite_outcomes(one, other)


@pytest.mark.parametrize(
    "one, other",
    [
        ("sessions were interrupted by fire alarms", "pupils kept attending sessions"),  # another thing broke them off
        ("residents interrupt their physiotherapy", "residents continue to attend the day centre"),  # another thing
        ("residents did not interrupt their physiotherapy", "residents continue their physiotherapy"),  # denied
    ],
)
def test_breaking_off_another_thing_or_none_is_no_opposite(one, other):
    assert not opposite_outcomes(one, other)


def test_refine_says_a_member_breaking_off_what_the_configuration_goes_on_with_is_counted_as_support():
    """Fails on the old code: nothing was said."""
    member = Statement(id="S2", source="b", context="rural clinics", mechanism="fees rise", outcome="pts interrupt physiotherapy")
    config = Configuration(id="C1", statements=["S1", "S2"], outcome="pts continue physiotherapy")
    assert member_doubts(member, config, [member], False)
