"""A member that tells of things going the worse way, in words naming nothing its configuration's outcomes name, is not
counted as support (F1, fault left by an earlier tester: in the contradiction-flag benchmark a member saying "skills
declined and errors increased" counted for "quality of counselling and case referral improved"). Its outcome reads as
following (no denial), so `evidence.left_undecided` counted it as support by default; whether it is the same outcome
gone the other way or another outcome altogether only a person reading the study can say, so it counts on neither side
until one marks it (`evidence.worse_of_another_thing`), with the reason said. Must not fire: a member naming the
configuration's own thing (the rules of directions decide that), good news of another thing, a configuration of what
goes wrong, a configuration that tells of no change for the better."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import undecided_ids

TRAINING = "refresher training builds their competence to manage cases"
VOLUNTEERS = [
    ("gil2019", "volunteers given refresher training in case management", TRAINING, "quality of home visits improved"),
    ("hal2020", "volunteers given refresher training in case management", TRAINING, "more accurate referrals to the clinic"),
    ("ivo2021", "volunteers given refresher training in case management", TRAINING, "complaints from families increased"),
]


def test_refine_leaves_worse_news_of_another_thing_undecided_with_its_reason(tmp_path):
    """Fails on the old code: S3 counted as the third supporting source ("moderate: 3 sources support it")."""
    review = review_from_rows(tmp_path, VOLUNTEERS)
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    assert "S3 is not yet decided for C1: its outcome tells of things going the worse way" in said, said
    shown = json.loads(cmo_run("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["undecided"] == ["S3"] and shown["sources"] == ["gil2019", "hal2020"]
    # the one reason that left it so, never all four (helper RH4: the listing read no outcome once refine kept it)
    assert "as it tells of things going worse in words naming nothing" in shown["strength_reason"]
    assert "two kinds of provider" not in shown["strength_reason"]
    marked = cmo_run("code", "mark", "S3", "--supporting", "C1", cwd=review)  # a person's word decides it
    assert marked.returncode in (0, 1), marked.stderr
    shown = json.loads(cmo_run("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["undecided"] == [] and len(shown["sources"]) == 3


def _member(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid,
        source=f"src{sid}",
        context="pupils in schools with a trained peer mentor",
        mechanism="a mentor their own age makes them feel they belong",
        outcome=outcome,
    )


def _undecided(config_outcome: str, *outcomes: str) -> list[str]:
    members = {f"S{i}": _member(f"S{i}", outcome) for i, outcome in enumerate(outcomes, 1)}
    config = Configuration(id="C1", title="peer mentoring", outcome=config_outcome, statements=list(members))
    return undecided_ids(config, members)


@pytest.mark.parametrize(
    "config_outcome, outcomes",
    [
        ("attendance improved", ("attendance improved", "higher attendance at lessons", "bullying increased")),
        ("fewer exclusions", ("fewer exclusions", "exclusions were halved", "bullying of mentors increased")),  # a harm down
    ],
)
def test_worse_news_of_another_thing_on_another_topic_is_undecided(config_outcome, outcomes):
    """Fails on the old code: schools, another topic than the volunteers above."""
    assert _undecided(config_outcome, *outcomes) == ["S3"]


@pytest.mark.parametrize(
    "config_outcome, outcomes",
    [
        ("attendance rose", ("attendance rose", "higher attendance", "attendance fell")),  # its own thing: directions decide
        ("attendance rose", ("attendance rose", "higher attendance", "pupils felt more confident")),  # good news
        ("bullying increased", ("bullying increased", "pupils felt isolated", "exclusions rose")),  # what goes wrong
        ("pupils attend lessons", ("pupils attend lessons", "pupils go to school", "bullying increased")),  # no gain told
        # rises of things nobody said are wanted, no gain said in words: stress rising is in line with a burden (RH3)
        ("marking time increased", ("marking time increased", "more time spent marking", "teacher stress rose")),
        # attendance is no gain by itself (a hospital's emergency attendances rising is none): the team's settings say
        ("attendance rose", ("attendance rose", "higher attendance at lessons", "bullying increased")),
    ],
)
def test_it_does_not_fire_where_the_words_or_the_configuration_say_otherwise(config_outcome, outcomes):
    assert "S3" not in _undecided(config_outcome, *outcomes)


def test_a_rise_of_a_burden_is_no_gain_beside_which_stress_is_worse_news(tmp_path):
    """Fails on the old code (RH3): in a ward review "documentation time increased" read as going better, so "staff
    stress rose", in line with it, went undecided instead of counting as support."""
    rows = [
        (
            "ali2018",
            "acute wards introducing electronic records",
            "nurses enter each observation twice",
            "documentation time increased",
        ),
        (
            "bose2020",
            "acute wards introducing electronic records",
            "nurses enter each observation twice",
            "nurses' documentation time increased",
        ),
        ("chen2019", "acute wards introducing electronic records", "nurses enter each observation twice", "staff stress rose"),
    ]
    review = review_from_rows(tmp_path, rows)
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    attached = cmo_run("configs", "attach", "S3", "--to", "C1", cwd=review)  # the reviewer puts it with them
    assert attached.returncode in (0, 1) and "not yet decided" not in attached.stdout + attached.stderr
    shown = json.loads(cmo_run("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["statements"] == ["S1", "S2", "S3"], shown["statements"]
    assert shown["undecided"] == [] and len(shown["sources"]) == 3
