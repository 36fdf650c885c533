"""Trials R and S: titles cut mid-phrase, the realist resource; response split read as two sentences, people the
context names by a noun of no usual ending, and a clause opening with a quantifier pronoun after "which leads to".

Each rule is tested with sentences from other topics (community health volunteers, shared medical appointments,
workplace mindfulness, community-based participatory research), never the trials' own."""

import pytest

from cmo.synthesis.wording import cmo_sentence, outcome_form, short_title, title_for


@pytest.mark.parametrize(
    "text, title",
    [
        # a clause boundary ("which") after a preposition is no clause's end: "…in | which" left "…a forum in"
        (
            "Volunteers join a forum in which supervisors listen to the problems they meet in their villages",
            "Volunteers join a forum in which supervisors listen",
        ),
        # a verb that is a noun too ("offer", "treat") after "and" lost its object "those"/"the": cut at an earlier phrase
        (
            "District managers value volunteers' local knowledge and reward those with long unbroken service records generously",
            "District managers value volunteers' local knowledge",
        ),
    ],
)
def test_a_title_never_ends_on_a_preposition_or_a_verb_without_its_object(text, title):
    assert short_title(text) == title


def test_a_title_that_only_a_subject_and_its_relative_clause_would_be_is_the_whole_mechanism_when_short():
    # "Employees who have no quiet room" says who, not what they do; "…stop noticing" lost its object "that…": the
    # whole (14 words) is the title
    text = "Employees who have no quiet room to practise stop noticing that stress is rising"
    assert short_title(text) == text


def test_a_capital_after_the_resource_and_response_semicolon_is_lowered_in_mid_sentence():
    sentence = cmo_sentence(
        "patients with type 2 diabetes in group clinics",
        "hearing how others manage the same condition; Patients feel less alone with it",
        "better self-management",
    )
    assert "; patients feel less alone with it" in sentence
    # a name, an acronym and "I" keep their capital
    kept = cmo_sentence("", "Clinic-based peer groups; NHS staff listen; Maori elders speak; I matter", "")
    assert "; NHS staff listen; Maori elders speak; I matter" in kept


def test_a_mechanism_coded_as_resource_and_response_is_titled_by_its_response_where_the_resource_is_a_noun_phrase():
    assert title_for("", "Protected time for reflection; Nurses feel valued by their managers", "") == (
        "Nurses feel valued by their managers"
    )
    # a resource that is a clause itself keeps the title it had
    assert title_for("", "Supervisors visit monthly; Volunteers feel supported", "").startswith("Supervisors visit monthly")


def test_people_the_response_names_as_its_subject_are_for_whatever_their_nouns_ending():
    sentence = cmo_sentence(
        "lay delegates with experience of community organising",
        "a seat on the research steering group; Lay delegates feel their knowledge counts",
        "more relevant study questions",
    )
    assert sentence.startswith("For lay delegates with experience of community organising, ")
    # a place the response does not name stays "In"
    assert cmo_sentence("rural districts", "training; Volunteers feel able", "x").startswith("In rural districts")


@pytest.mark.parametrize(
    "outcome",
    ["some move into salaried posts", "many report feeling calmer at work", "few move on to other posts"],
)
def test_a_clause_opening_with_a_quantifier_pronoun_and_its_verb_follows_so(outcome):
    assert outcome_form(outcome) == "clause"
    assert f", so {outcome}." in cmo_sentence("", "Employees learn to pause before reacting", outcome)
    # a quantifier before a noun stays a noun phrase
    assert all(outcome_form(o) != "clause" for o in ("many care homes", "some care in the home", "several volunteers"))
