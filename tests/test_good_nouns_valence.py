"""A thing people want said to go down goes against a configuration where it is said to get better (N1, from benchmark
vareilles2017 S9): "skills declined and errors increased" was counted as support of "skills and competence improve",
as were "confidence waned" beside "confidence improved". cmo read a direction ("declined") and a judgement ("improved")
apart (`evidence._VALUED`), rightly for "blood pressure fell" beside "blood pressure improved", and knew harms
(`harm_words.txt`) but not goods. `lexicon.good_nouns` (built by scripts/build_good_words.py from VADER's sentiment
lexicon and WordNet) names what people want; `evidence._judged` judges a direction given to it; a thing named alone
before "and" takes the direction of the clause after it ("skills and competence improve"). Must-not-fire cases on other
topics: pain, waiting times, readmissions, blood pressure."""

from __future__ import annotations

import pytest

from cmo.commands.refine import member_doubts
from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import opposite_outcomes, outcome_directions, proposed_against
from cmo.synthesis.lexicon import harm_nouns


def test_the_built_list_names_goods_and_not_harms_or_things_of_no_value():
    from cmo.synthesis.lexicon import good_nouns  # new with the list: the other tests run on the old code too

    nouns = good_nouns()
    assert {"skill", "skills", "competence", "confidence", "satisfaction", "happiness", "safety"} <= nouns
    assert not {"pain", "readmission", "error", "time", "pressure", "stigma"} & nouns
    assert not nouns & harm_nouns()


@pytest.mark.parametrize(
    "one, other",
    [
        ("skills declined and errors increased", "skills and competence improve"),
        ("skills declined", "skills improved"),
        ("confidence waned", "confidence improved"),
        ("tenants' satisfaction fell", "satisfaction with repairs improved"),
    ],
)
def test_a_good_said_to_go_down_is_the_opposite_of_it_getting_better(one, other):
    """Fails on the old code: a direction and a judgement were never opposites."""
    assert opposite_outcomes(one, other)


@pytest.mark.parametrize(
    "one, other",
    [
        ("pain declined", "pain improved"),
        ("waiting times fell", "waiting times improved"),
        ("readmissions fell", "fewer readmissions"),
        ("blood pressure fell", "blood pressure improved"),
        ("confidence grew", "confidence improved"),
        ("skills declined", "skills worsened"),
        ("longer hospital stays", "hospital stays improved"),  # "hospital" shares its stem with "hospitality"
    ],
)
def test_a_direction_of_what_is_not_known_as_wanted_or_agreeing_is_no_opposite(one, other):
    assert not opposite_outcomes(one, other)


def test_a_thing_named_before_and_takes_the_direction_after_it():
    """Fails on the old code: only the competence improved."""
    assert outcome_directions("skills and competence improve") == {"skill": 2, "compet": 2}
    assert outcome_directions("staff and patients were happier") == {}


def _st(sid: str, outcome: str, context: str) -> Statement:
    return Statement(
        id=sid,
        source=f"src{sid}",
        context=context,
        mechanism="practising cases with a trainer builds their confidence to act",
        outcome=outcome,
    )


def test_refine_lists_a_good_gone_down_as_going_against_and_a_harm_gone_down_as_support():
    """Fails on the old code: S3 counted as support ("moderate: 3 sources")."""
    statements = {
        "S1": _st("S1", "skills and competence improve", "volunteers given regular refresher training on case management"),
        "S2": _st("S2", "skills and competence improve", "volunteers given regular refresher training and supervision"),
        "S3": _st("S3", "skills declined and errors increased", "volunteers given refresher training once at the start"),
    }
    assert proposed_against(list(statements), statements, lambda sid, others: True) == ["S3"]
    pain = {
        "S1": _st("S1", "pain improved", "patients with back pain seen by a physiotherapist"),
        "S2": _st("S2", "pain improved", "patients with neck pain seen by a physiotherapist"),
        "S3": _st("S3", "pain declined", "patients with hip pain seen by a physiotherapist"),
    }
    assert proposed_against(list(pain), pain, lambda sid, others: True) == []


def test_refine_says_a_member_whose_good_went_down_is_counted_as_support():
    """Fails on the old code: nothing was said."""
    member = Statement(
        id="S2", source="b", context="tenants", mechanism="repairs are slow", outcome="tenants' satisfaction waned"
    )
    config = Configuration(id="C1", statements=["S1", "S2"], outcome="tenants' satisfaction with the landlord improved")
    assert member_doubts(member, config, [member], False)
    other = Statement(id="S3", source="c", context="tenants", mechanism="repairs are quick", outcome="complaints fell")
    assert not member_doubts(other, Configuration(id="C2", statements=["S3"], outcome="complaints improved"), [other], False)
