"""A burden patients or services bear said to rise is a harm (helper H5, fault left by earlier testers): "length of stay
increased", "waiting times increased", "costs rose" read as things going well, so a study saying the length of stay
rose counted as a third source for "patients' recovery at home improved". Neither VADER nor WordNet rates these nouns
bad, so the harm list (scripts/build_harm_words.py) never held them; `lexicon.burden_nouns` (built by
scripts/build_burden_words.py from WordNet's senses of a delay, a wait, a stay, a period in hospital and an amount spent)
names them, and `evidence._burdens_measured` reads one where it is the thing said to rise, or what a measure of time
measures ("length of stay", "waiting time", "time to treatment"). Must not fire: time given, not borne ("time spent
with patients"), a measure of what people do ("length of engagement"), a burden said to fall."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import outcome_side, reports_harm, undecided_ids


def test_the_built_list_names_burdens_and_not_what_people_give_or_do():
    from cmo.synthesis.lexicon import burden_nouns  # new with the list: the other tests run on the old code too

    nouns = burden_nouns()
    assert {"delay", "delays", "wait", "waiting", "stay", "stays", "cost", "costs", "expense", "hospitalisation"} <= nouns
    assert not {"time", "length", "engagement", "visit", "payment", "rest", "sleep", "session", "attendance"} & nouns


@pytest.mark.parametrize(
    "outcome",
    [
        "length of stay increased",
        "an increase in length of stay",
        "longer length of stay",
        "mean length of stay rose from 5 to 7 days",
        "waiting times increased",
        "longer waiting times for a first appointment",
        "costs of care rose",
        "higher costs",
        "time to treatment increased",
        "time to first home visit increased",
        "duration of hospitalisation increased",
        "hospital stays lengthened",
    ],
)
def test_a_burden_said_to_rise_is_a_harm_reported(outcome):
    """Fails on the old code: read as no harm, and as things going well."""
    assert reports_harm(outcome)
    member = Statement(id="S1", source="a", context="older adults", mechanism="a coordinator arranges care", outcome=outcome)
    assert outcome_side(member) != 1


@pytest.mark.parametrize(
    "outcome",
    [
        "length of engagement increased",
        "time spent with patients increased",
        "longer sessions with the counsellor",
        "more time with the nurse",
        "length of stay fell",
        "waiting times were halved",
        "costs fell",
        "attendance increased",
        "tenancies lasted longer",
    ],
)
def test_time_given_a_measure_of_what_people_do_or_a_burden_made_less_is_no_harm(outcome):
    assert not reports_harm(outcome)


def _member(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid,
        source=f"src{sid}",
        context="young people with depression referred to a school counsellor",
        mechanism="a counsellor they already know makes asking for help feel ordinary",
        outcome=outcome,
    )


@pytest.mark.parametrize(
    "last, undecided",
    [
        ("waiting times for counselling increased", ["S3"]),  # a burden of another thing: worse news
        ("time spent with the counsellor increased", []),  # time given: no worse news
        ("length of engagement with counselling increased", []),
    ],
)
def test_worse_news_of_a_burden_on_another_topic(last, undecided):
    """Fails on the old code for the first (schools, another topic than the ward review below)."""
    members = {
        f"S{i}": _member(f"S{i}", outcome)
        for i, outcome in enumerate(("symptoms of depression improved", "mood improved at follow-up", last), 1)
    }
    config = Configuration(id="C1", title="t", outcome="symptoms of depression improved", statements=list(members))
    assert undecided_ids(config, members) == undecided


WARD = "older adults discharged with a named coordinator"
ARRANGES = "the coordinator arranges their care at home"


def test_a_study_saying_length_of_stay_rose_is_not_counted_as_support(tmp_path):
    """Fails on the old code: attached to C1 by a person, S3 counted as the third supporting source."""
    review = review_from_rows(
        tmp_path,
        [
            ("ada2019", WARD, ARRANGES, "patients' recovery at home improved"),
            ("bel2020", WARD, ARRANGES, "better recovery at home"),
            ("cor2021", WARD, ARRANGES, "length of stay increased"),
        ],
    )
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    home = json.loads(cmo_run("configs", "show", "C1", "--json", cwd=review).stdout)
    if "S3" not in home["statements"]:
        assert cmo_run("configs", "attach", "S3", "--to", "C1", cwd=review).returncode in (0, 1)
    shown = json.loads(cmo_run("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["undecided"] == ["S3"] and shown["sources"] == ["ada2019", "bel2020"]


def test_the_team_s_word_decides_a_measured_outcome_either_way():
    """Fails on the old code: the measure ("length") was the thing, so the team's "length of engagement" never applied."""
    from cmo.synthesis.lexicon import use_outcome_valence

    try:
        use_outcome_valence((), ("length of engagement",))  # a review of services people should leave sooner
        assert reports_harm("length of engagement increased")
        use_outcome_valence(("length of stay",), ())  # odd, but theirs: a review wanting longer respite stays
        assert not reports_harm("length of stay increased")
    finally:
        use_outcome_valence((), ())
