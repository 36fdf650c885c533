"""How a configuration's sentence opens for the people its context names (trial CM, school mental health): a context
opening with people followed by an aside in brackets ("pastoral support staff (non teaching) in Welsh secondaries")
read "In pastoral support staff…", and people named by their age ("14-17 year olds") read "In 14-17 year olds, …, people
want…"; a mechanism whose first piece before "; " is a verb phrase ("have time to deal with issues straight away; trust
built 1:1") was given no subject: "…, have time to deal…", an order. Must-not-fire cases on other topics: a place with
an aside stays "In", a resource before "; " keeps no subject."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, context_frame


@pytest.mark.parametrize(
    "context",
    [
        "pastoral support staff (non teaching) in Welsh secondaries",
        "nurses (band 5) on night shifts",
        "14-17 year olds in the north east",
        "16-year-olds leaving care",
        "11 to 16 year-olds in Wales",  # an age, not a count of people ("With 11 to 16 year-olds")
    ],
)
def test_people_open_the_context_with_for(context):
    assert context_frame(context) == "For "


@pytest.mark.parametrize(
    "context",
    [
        "community pharmacies (high street) in rural towns",
        "GP practices (rural) with a practice nurse",
        "schools (secondary) in deprived areas",
        "12 schools in Leeds",
        "20 GP practices in the north",
    ],
)
def test_a_place_with_an_aside_stays_in(context):
    assert context_frame(context) == "In "


def test_a_verb_phrase_before_a_semicolon_gets_its_subject():
    said = cmo_sentence(
        "pastoral support staff (non teaching) in Welsh secondaries",
        "have time to deal with issues straight away; trust built 1:1 away from the classroom",
        "students disclose worries earlier",
    )
    assert said.startswith("For pastoral support staff (non teaching) in Welsh secondaries, they have time to deal"), said
    said = cmo_sentence("rural clinics", "have time to listen; trust built with the nurse", "patients disclose worries earlier")
    assert said.startswith("In rural clinics, people have time to listen; trust built"), said


def test_people_named_by_age_are_they():
    said = cmo_sentence("14-17 year olds in the north east", "want a trusted adult", "more willing to seek help")
    assert said.startswith("For 14-17 year olds in the north east, they want a trusted adult"), said


@pytest.mark.parametrize(
    "mechanism",
    ["Insufficient pay; feel exploited", "a pay rise; feel valued"],
)
def test_a_resource_before_a_semicolon_gets_no_subject(mechanism):
    said = cmo_sentence("low-paid care workers", mechanism, "stay in post")
    assert f", {mechanism[0].lower()}{mechanism[1:]}," in said, said
