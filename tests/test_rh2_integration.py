"""Re-check RH2: what broke when trials CQ, CR and helper LT were integrated (branch int), on the testers' own inputs."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import opposite_outcomes
from cmo.synthesis.shorthand import is_shorthand, shorthand_by_word

# 1. Short forms and clipped words in one text: round close --check crashed ("_known() missing 1 required positional
#    argument"), as CN's clipping rule redefined the set of short words LT's rule reads.


def test_round_close_reads_short_forms_and_clipped_words_of_one_text():
    found = shorthand_by_word([("C1", "pts seen w/o phone interp"), ("C2", "the interpreter explains the letter")])
    assert set(found) == {"pts", "w/o", "interp"}, found
    assert not is_shorthand("app") and is_shorthand("abx")


# 2. "delay" became a withholding (trial CR); a configuration of harms ("delayed care, safety risk") then had its
#    members' other harms told as its opposites, as both name a risk or safety in another part of the outcome.


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("extra phone calls to clarify; risk urgent problems missed", "delayed care, safety risk"),
        ("safety incidents from misunderstood requests", "delayed care, safety risk"),
        ("carers report strain and exhaustion", "home care packages delayed, carer strain"),
    ],
)
def test_a_harm_named_beside_a_delay_is_no_opposite_of_it(one, other):
    assert not opposite_outcomes(one, other) and not opposite_outcomes(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("patients are discharged sooner", "delayed discharge, family worry"),
        ("they communicate their problems more fully", "they leave out symptoms and problems"),
        ("witnesses call an ambulance straight away", "witnesses delay calling an ambulance"),
    ],
)
def test_the_thing_delayed_or_withheld_done_is_still_its_opposite(one, other):
    assert opposite_outcomes(one, other)


# 3. A contraction typed without its apostrophe became a denial (trial CM); trial CR's "reversals happen in places EMS
#    doesnt reach" then read as the outcome not following, and Faulkner-Gurstein 2017 went against the configuration
#    it supports. A clause with its own subject after a place or people, its verb left without an object, says which.


@pytest.mark.parametrize(
    "outcome",
    [
        "reversals happen in places EMS doesnt reach",
        "reversals happen in places that EMS does not reach",
        "care goes to people that services do not reach",
        "home visits happen in homes nurses never see",
        "school nurses work in schools doctors don't visit",
    ],
)
def test_a_denial_saying_which_places_or_people_is_no_denial_of_the_outcome(outcome):
    from cmo.synthesis.evidence import outcome_is_negative

    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "at home pupils do not take their inhalers",
        "in practice staff do not use it",
        "in the end patients did not return",
        "pupils stay in school but in class they do not cope",
        "in clinic mothers do not attend",
        "pupils dont attend",
    ],
)
def test_a_denial_of_the_clause_itself_still_denies(outcome):
    from cmo.synthesis.evidence import outcome_is_negative

    assert outcome_is_negative(outcome)


# 4. Trial CQ: 'cmo configs accept C13 C15 C2' was refused ("Got unexpected extra arguments"), as 'code mark S11 S12'
#    and 'configs cite C13 --feedback F15 F57' are not: several ids are accepted at once, or none.


def test_configs_accept_takes_several_ids_or_none(tmp_path):
    from sheet_reviews import cmo_run, review_from_rows

    review = review_from_rows(
        tmp_path,
        [
            ("ahmed2019", "secondary schools", "pupils trust the school nurse", "pupils disclose worries earlier"),
            ("brook2020", "rural farms", "farmers see neighbours adopt cover crops", "farmers adopt cover crops"),
        ],
    )
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    listed = cmo_run("configs", "list", "--json", cwd=review).stdout
    import json

    ids = [c["id"] for c in json.loads(listed)]
    assert len(ids) == 2, listed
    refused = cmo_run("configs", "accept", ids[0], "C99", cwd=review)
    assert refused.returncode == 2 and "C99" in refused.stderr, refused.stderr
    done = cmo_run("configs", "accept", *ids, "--note", "agreed", cwd=review)
    assert done.returncode == 0 and done.stdout.strip() == f"Accepted {ids[0]}, {ids[1]}.", done.stdout + done.stderr
    again = cmo_run("configs", "accept", ids[1], cwd=review)
    assert again.returncode == 2 and "already accepted" in again.stderr


def test_a_place_then_a_denied_verb_with_no_subject_of_its_own_still_denies():
    from cmo.synthesis.evidence import outcome_is_negative

    assert outcome_is_negative("their attention in class did not change")
    assert outcome_is_negative("waiting times in clinics have not fallen")
