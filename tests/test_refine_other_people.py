"""Left-over fault F2 1: refine joined "patients reported higher satisfaction with care" and "carers reported less
burden" into one configuration on how alike the nurse's visits that led to them read, though they are two results of two
peoples; no pair was on opposite sides, so nothing kept them apart. Outcomes that are two results of two peoples are
now kept apart (`evidence.about_other_people`), said so with the attach that joins them, and a person's merge of them
sticks. Checked on palliative care at home (a real review, `cmo` run as a process) and on a school programme; one
result said of the same people in other words ("nurses" and "staff" adopted the tool) is not kept apart."""

from __future__ import annotations

import itertools
import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import about_other_people, outcome_about
from cmo.synthesis.merge import Opposites, propose

PALLIATIVE = [
    ("smith2020", "home visits by a palliative care nurse", "the nurse explains what to expect as the illness progresses",
     "patients reported higher satisfaction with care"),
    ("jones2021", "home visits by a palliative care nurse", "the nurse explains what to expect in the last weeks",
     "carers reported less burden"),
    ("lee2019", "rural patients far from the hospice", "video consultations replace long journeys", "fewer missed appointments"),
    ("khan2022", "rural patients far from the hospice", "remote consultations spare them travel",
     "attendance at reviews improved"),
    ("brown2018", "out-of-hours advice line staffed by hospice nurses", "families know whom to call at night",
     "fewer emergency admissions in the last month of life"),
    ("patel2020", "a single number to call at night", "relatives get advice without calling an ambulance",
     "emergency admissions fell"),
    ("ng2021", "advance care planning discussions early in the illness", "patients state where they wish to die",
     "more deaths at the preferred place"),
    ("ortiz2019", "care plans recorded in a shared record", "ambulance crews see the plan",
     "more patients died where they had chosen"),
    ("white2017", "bereavement follow-up by the hospice team", "the family is contacted after the death",
     "less complicated grief"),
    ("green2020", "volunteer befrienders for isolated patients", "weekly visits give company", "loneliness scores fell"),
    ("hall2021", "volunteer visitors for people living alone", "regular company from a volunteer",
     "patients felt less isolated"),
    ("young2022", "training for care home staff in end-of-life care", "staff feel confident to recognise dying",
     "fewer transfers to hospital from care homes"),
]  # fmt: skip


def st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def home(configs: list[dict], sid: str) -> str:
    return next(c["id"] for c in configs if sid in c["statements"] and not c.get("retired"))


def test_refine_keeps_two_results_of_two_peoples_apart_and_a_persons_merge_sticks(tmp_path):
    """Fails on the old code: S1 (patients' satisfaction) and S2 (carers' burden) were proposed as one configuration."""
    review = review_from_rows(tmp_path, PALLIATIVE)
    done = cmo_run("refine", cwd=review)
    assert done.returncode == 0, done.stderr
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    one, other = home(configs, "S1"), home(configs, "S2")
    assert one != other
    said = done.stderr + done.stdout
    assert f"S2 kept out of {one}: its outcome is about other people than S1's" in said
    assert f"'cmo configs attach S2 --to {one}'" in said
    # the person reads them as one: their merge stands through the next refine
    assert cmo_run("configs", "merge", one, other, "--note", "one visit, two results", cwd=review).returncode == 0
    again = cmo_run("refine", cwd=review)
    assert again.returncode == 0, again.stderr
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    assert home(configs, "S1") == home(configs, "S2") == one


SCHOOL = [
    st("S1", "schools running a breakfast club", "pupils arrive fed and settled before lessons",
       "pupils' attendance rose"),
    st("S2", "schools running a breakfast club", "pupils arrive fed and settled before the first lesson",
       "teachers reported less stress at the start of the day"),
    st("S3", "schools in deprived areas", "free meals remove the cost of lunch", "more families take up school meals"),
    st("S4", "schools in deprived areas", "universal free meals remove the stigma of a free-meal card",
       "uptake of school meals rose"),
    st("S5", "secondary schools with a peer mentoring scheme", "older pupils mentor new pupils",
       "fewer reports of bullying"),
    st("S6", "a school nurse based on site", "pupils can ask about their health in confidence", "more pupils seek help early"),
]  # fmt: skip


def _ids():
    counter = itertools.count(1)
    return lambda: f"C{next(counter)}"


def test_on_another_topic_a_result_for_pupils_and_one_for_teachers_are_two_configurations():
    """Fails on the old code: the breakfast club's two results, pupils' attendance and teachers' stress, were one."""
    result = propose(SCHOOL, [], next_id=_ids(), backend="lexical")
    homes = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert homes["S1"] != homes["S2"]
    assert result.kept_apart_people  # said, with the configuration and member it was kept from
    assert Opposites(SCHOOL).reason(0, 1) == "people"


def test_one_result_said_of_the_same_people_in_other_words_is_not_kept_apart():
    """Must not fire: outcomes sharing what they say of their people, or one naming no people, stay joinable."""
    pairs = [
        ("nurses adopted the electronic tool", "staff adopted the electronic tool"),
        ("young people used the service more", "adolescents used the service"),
        ("patients reported higher satisfaction with care", "fewer emergency admissions"),
        ("more patients completed treatment", "patients completed their course of treatment"),
        ("people stay engaged over a long treatment journey", "clinicians regard this as best-practice care"),  # anyone
        ("they accepted the offer of a peer supporter", "mothers agreed to meet a volunteer"),  # whom a verb is done to
    ]
    for one, other in pairs:
        assert not about_other_people(outcome_about(one), outcome_about(other)), (one, other)
    assert about_other_people(outcome_about("pupils' attendance rose"), outcome_about("teachers felt less stressed"))


def test_young_people_are_a_people_apart_from_teachers():
    """Re-check RH1 (school peer mentoring): 'teachers reported fewer behaviour referrals' and 'young people felt they
    belonged at school' were proposed as one configuration, 'young people' read as anyone at all. Tested on a youth
    housing service."""
    young = outcome_about("young people kept their tenancy")
    assert about_other_people(young, outcome_about("landlords reported fewer evictions"))
    assert about_other_people(outcome_about("older people felt less lonely"), outcome_about("volunteers stayed longer"))


def test_people_with_no_word_that_makes_them_a_group_are_still_anyone():
    """Must not fire: 'people', 'the people', 'more people' name anyone; the same result of young people said of
    adolescents shares its words; the adjective of 'young people' is no word said of them."""
    assert outcome_about("people stay engaged") == (frozenset(), frozenset())
    assert outcome_about("more people attended the drop-in")[0] == frozenset()
    assert not about_other_people(outcome_about("young people used the service"), outcome_about("adolescents used the service"))
    assert "young" not in outcome_about("young people felt they belonged at school")[1]
