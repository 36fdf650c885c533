"""Whether an outcome followed, and whether two outcomes point opposite ways (trial N, community health volunteers).

The tester's misreads: "Volunteers remain active for many years despite no regular pay" read as the outcome not
following (a concession is no denial); "More households visited" never read as pointing the other way from "Fewer
households are visited" (opposite directions of one thing were not looked at). Each rule is tested alone, with
sentences from other topics. A docstring says whether its test failed on the code before (a fix) or pins what must not
change (a pin)."""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import (
    outcome_asserted,
    outcome_directions,
    outcome_is_negative,
    point_opposite_ways,
    point_same_way,
    proposed_against,
)

# ---- a concession, "not only", a denial of something bad: no denial of the outcome -----------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Volunteers remain active for many years despite no regular pay",
        "Despite no extra staff, discharge summaries reached GPs on time",
        "Although no incentives were offered, patients kept their food diaries",
        "Nurses completed discharge plans regardless of no dedicated time",
        "Pupils kept coming to the drop-in in spite of no teacher encouraging them",
    ],
)
def test_a_concession_is_no_denial_of_the_outcome(outcome):
    """Fix: each read as the outcome not following, for the "no" inside the concession."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Despite the training, nurses did not change their discharge practice",
        "Although pupils liked the sessions, help-seeking did not increase",
        "Even with reminders, patients did not check their glucose",
    ],
)
def test_a_denial_outside_the_concession_still_denies(outcome):
    """Pin: the concession is set aside to its clause's end, no further."""
    assert outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome, negative",
    [
        ("Despite training nurses did not change their discharge practice", True),
        ("Although no incentives were offered patients kept their food diaries", False),
        ("Although they did not like the sessions, pupils kept attending", False),
    ],
)
def test_a_concession_without_punctuation_ends_before_a_verbs_denial(outcome, negative):
    """Fix for the second and third (read as denials); pin for the first: with no comma after it, a concession ends where
    a verb is denied, which is the main clause's, so the concession rule cannot hide a denial that follows it."""
    assert outcome_is_negative(outcome) is negative


def test_even_without_is_a_concession():
    """Pin: "even without" (and "without" alone) never read as a denial."""
    assert not outcome_is_negative("Pupils sought help even without a referral from a teacher")
    assert not outcome_is_negative("Volunteers continue working without pay")


def test_not_only_but_also_is_no_denial():
    """Fix: "not only … but also" read as "not"."""
    assert not outcome_is_negative("Not only did HbA1c fall but patients also felt more confident")
    assert not outcome_is_negative("Carers were not just informed but took part in discharge planning")


@pytest.mark.parametrize(
    "outcome, before",
    [
        ("Patients no longer felt isolated", "pin"),
        ("Fewer barriers to help-seeking", "pin"),
        ("Carers reported no fear of being judged", "fix"),
        ("Pupils were less likely to drop out of counselling", "fix"),
        ("Patients were not more likely to relapse", "fix"),
        ("Older adults did not report feeling lonely after discharge", "fix"),
    ],
)
def test_a_denial_of_something_bad_says_the_outcome_held(outcome, before):
    """Two negatives say it held: "no fear", "less likely to drop out", "not … likely to relapse" (the second column says
    whether it read so before)."""
    assert not outcome_is_negative(outcome)


def test_a_word_that_only_begins_like_something_bad_is_not_it():
    """Pin: "did not exclusively breastfeed" denies the outcome ("exclusively" is no exclusion); fix: "not excluded"
    read as a denial."""
    assert outcome_is_negative("Mothers did not exclusively breastfeed")
    assert not outcome_is_negative("Pupils were not excluded from class")


@pytest.mark.parametrize(
    "outcome, before",
    [
        ("The programme did not reduce dropouts", "fix"),
        ("Peer mentoring did not lessen isolation", "pin"),
        ("Did not reduce stigma", "pin"),
        ("No support for isolated carers", "pin"),
        ("No change in anxiety", "pin"),
    ],
)
def test_a_denial_that_reaches_past_a_verb_stays_a_denial(outcome, before):
    """A denial reaches something bad only over light words ("feel", "more likely to"); "did not reduce dropouts" denies
    the reducing (it read as a denied decline, as any one word was let between)."""
    assert outcome_is_negative(outcome)


# ---- the converse: an outcome that did not follow -----------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome, before",
    [
        ("No increase in help-seeking", "pin"),
        ("Peer support did not lead to better glucose control", "pin"),
        ("The checklist failed to reduce readmissions", "pin"),
        ("Pupils were not more likely to seek help", "pin"),
        ("Training was delivered without any change in prescribing", "fix"),
        ("Follow-up calls went ahead without a measurable improvement in adherence", "fix"),
        ("None of the patients kept a food diary", "fix"),
    ],
)
def test_an_outcome_that_did_not_follow_reads_so(outcome, before):
    assert outcome_is_negative(outcome)


# ---- what an outcome is about, with its denials, direction and concessions set aside ------------------------------


def test_the_asserted_outcome_sets_direction_and_concession_aside():
    """Fix: "fewer" and "more" stayed in (so opposites compared as less alike), and the concession did too."""
    assert outcome_asserted("Fewer households are visited") == outcome_asserted("More households are visited")
    assert outcome_asserted("Length of stay got shorter") == outcome_asserted("Length of stay got longer")
    assert outcome_asserted("Volunteers remain active despite no regular pay") == "volunteers remain active"
    assert outcome_asserted("Patients no longer felt isolated") == "patients no longer felt isolated"  # pin


# ---- opposite directions of one thing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("More households visited", "Fewer households are visited and the volunteers' performance is low"),
        ("Readmissions fell", "The number of readmissions rose sharply"),
        ("Shorter length of stay", "Longer hospital stays"),
        ("Pupils were more likely to seek help", "Pupils were less likely to seek help"),
        ("HbA1c increased", "Patients' HbA1c levels decreased"),
        ("Weight gain", "Weight loss"),
        ("Patients gained confidence in insulin dosing", "Patients lost confidence"),
        ("Higher uptake of school counselling", "Lower uptake of counselling"),
    ],
)
def test_antonyms_applied_to_one_thing_point_opposite_ways(a, b):
    """Fix (new rule): antonym pairs of direction words, whichever side of the thing they stand."""
    assert point_opposite_ways(a, b) and point_opposite_ways(b, a)
    assert not point_same_way(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Fewer readmissions", "More patients attended follow-up"),
        ("Higher acceptance of home visits", "Fewer households are visited"),
        ("Pupils were less likely to drop out", "Pupils were more likely to attend"),
        ("Volunteers visit fewer households and some drop out", "More volunteers joined"),
        ("Attendance did not increase", "Attendance fell"),
        ("Despite lower pay, volunteers stayed", "Higher pay"),
    ],
)
def test_directions_of_different_things_or_denied_ones_are_not_opposite(a, b):
    """Pin for the new rule: another thing, a phrasal verb ("drop out"), a denied or conceded clause gives no direction."""
    assert not point_opposite_ways(a, b)


def test_an_outcome_names_each_thing_it_gives_a_direction():
    assert outcome_directions("Higher acceptance of home visits and lower turnover of workers") == {"accept": 1, "turnov": -1}
    assert outcome_directions("Fewer home visits") == {"home": -1, "visit": -1}
    assert outcome_directions("The number of emergency readmissions rose") == {"readmiss": 1}
    assert outcome_directions("Patients no longer felt isolated") == {}


def test_the_same_direction_of_one_thing_agrees():
    assert point_same_way("Fewer readmissions within 30 days", "Readmissions fell")
    assert not point_opposite_ways("Fewer readmissions within 30 days", "Readmissions fell")


# ---- in a configuration ------------------------------------------------------------------------------------------


def st(sid: str, outcome: str, **extra) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context="Patients discharged home", mechanism="m", outcome=outcome, **extra)


def test_a_member_pointing_the_other_way_from_most_goes_against_it():
    """Fix: "more readmissions" beside two saying fewer counted as support."""
    members = {
        "S1": st("S1", "Fewer readmissions within 30 days"),
        "S2": st("S2", "Readmissions fell"),
        "S3": st("S3", "More readmissions"),
    }
    assert proposed_against(["S1", "S2", "S3"], members, lambda sid, others: True) == ["S3"]


def test_one_pointing_the_other_way_in_another_context_and_mechanism_does_not():
    """Pin: as with a denial, a converse statement (another context and mechanism) supports rather than contradicts."""
    members = {
        "S1": st("S1", "More pupils sought help"),
        "S2": st("S2", "More pupils asked for help"),
        "S3": st("S3", "Fewer pupils sought help"),
    }
    assert proposed_against(["S1", "S2", "S3"], members, lambda sid, others: sid != "S3") == []


def test_a_tie_of_directions_puts_neither_against():
    """Pin: one "more", one "fewer": nothing says which the configuration holds."""
    members = {"S1": st("S1", "More pupils sought help"), "S2": st("S2", "Fewer pupils sought help")}
    assert proposed_against(["S1", "S2"], members, lambda sid, others: True) == []


def test_a_conceded_outcome_beside_its_like_is_not_against():
    """Fix (trial N's 4a in another topic): "despite no transport subsidy" put the member against its configuration."""
    members = {
        "S1": st("S1", "Patients kept attending group sessions"),
        "S2": st("S2", "Patients kept attending group sessions despite no transport subsidy"),
        "S3": st("S3", "Patients attended group sessions"),
    }
    assert proposed_against(["S1", "S2", "S3"], members, lambda sid, others: True) == []
