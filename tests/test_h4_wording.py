"""Left-over wording faults named by earlier trials (helper H4): the words a reference group member reads."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, names_from, title_for


def test_an_ordinary_words_opening_capital_is_lowered_inside_the_sentence():
    """ "Emergency readmission rates" kept its capital E inside the sentence of a review that never wrote "emergency"
    otherwise, read as a name nobody lowers (as a town's would be): a word with a common noun's ending ("-ency", as
    "-ence") is a common one, and a dictionary's word capitalised only inside a longer name ("Emergency Department") is
    no name alone."""
    statement = ("older people discharged from hospital", "a named nurse calls within 48 hours", "Emergency readmission rates")
    for texts in ([], ["patients seen in the Emergency Department"]):
        with names_from([*texts, *statement]):
            assert cmo_sentence(*statement).endswith("with this outcome: emergency readmission rates.")


def test_a_name_keeps_its_capital_inside_the_sentence():
    """Another topic, school nursing: a place the dictionary does not list ("Doncaster"), a people's name ("Roma") and a
    word the review writes with a capital alone mid-sentence ("referred to Healthwatch") keep their capitals."""
    statements = [
        ("schools in the north", "Doncaster nurses visit weekly", "Doncaster referrals rise"),
        ("schools in the north", "nurses visit weekly", "Roma pupils attend"),
        ("schools in the north", "parents are referred to Healthwatch", "Healthwatch complaints fall"),
    ]
    with names_from(text for statement in statements for text in statement):
        worded = [cmo_sentence(*statement) for statement in statements]
    assert "so Doncaster referrals rise" in worded[0]
    assert "so Roma pupils attend" in worded[1]
    assert "so Healthwatch complaints fall" in worded[2]


@pytest.mark.parametrize("outcome", ["Decline group activities", "Miss appointments", "Refuse care", "Quit smoking"])
def test_an_outcome_coded_as_what_people_do_is_never_led_to_as_a_thing(outcome):
    """Helper G1: "…, which leads to decline group activities" read as an order. An outcome opening with a word that is a
    verb and a noun, then a bare noun, is the people's act or a noun before a noun, and English does not tell which: the
    sentence and a title join it so that it reads right either way."""
    context, mechanism = "older adults with depression in day centres", "feel judged by peers"
    said = cmo_sentence(context, mechanism, outcome)
    assert "leads to" not in said
    assert said.endswith(f", with this outcome: {outcome[0].lower()}{outcome[1:]}.")
    assert title_for(context, "fewer group sessions", outcome) == f"Fewer group sessions \u2013 {outcome[0].lower()}{outcome[1:]}"


@pytest.mark.parametrize(
    ("outcome", "joined"),
    [
        ("Increase in attendance", ", which leads to increase in attendance."),
        ("Return to work rates", ", which leads to return to work rates."),
        ("Use of the app", ", which leads to use of the app."),
        ("Attend appointments", ", so they attend appointments."),  # a verb only: the people's act, as before
    ],
)
def test_a_noun_with_its_phrase_is_still_led_to(outcome, joined):
    """Another topic, return to work: a noun opening with a word that can be a verb, before a preposition, is a noun
    phrase ("Increase in attendance", "Use of the app"), and keeps "which leads to"."""
    assert cmo_sentence("workers with back pain", "case managers phone them weekly", outcome).endswith(joined)


def test_what_a_mind_held_coded_without_its_subject_is_given_the_statements_people():
    """Helper G1: "In nursing homes with staff shortages, believed restraint kept pts safe" had no subject, and its
    title read "Believed restraint keeps pts safe" (the held clause's verb put in the present). The people the context
    opens with believed it; where the context names none, "people" do, as an outcome coded so is given, and its title
    is left to the team (`round close --check` names a title that opens with no subject)."""
    from cmo.synthesis.wording import opens_without_its_subject

    said = cmo_sentence("care home staff on night shifts", "believed restraint kept pts safe", "more restraint use")
    assert said == (
        "For care home staff on night shifts, they believed restraint kept pts safe, which leads to more restraint use."
    )
    assert title_for("care home staff on night shifts", "believed restraint kept pts safe", "more restraint use") == (
        "Care home staff believed restraint kept pts safe"
    )
    said = cmo_sentence("nursing homes with staff shortages", "believed restraint kept pts safe", "more restraint use")
    assert said.startswith("In nursing homes with staff shortages, people believed restraint kept pts safe, ")
    title = title_for("nursing homes with staff shortages", "believed restraint kept pts safe", "more restraint use")
    assert title == "Believed restraint kept pts safe" and opens_without_its_subject(title)
    assert cmo_sentence("older women living alone", "feared being judged", "fewer visits").startswith(
        "For older women living alone, they feared being judged, "
    )


@pytest.mark.parametrize(
    "mechanism",
    [
        "perceived stigma reduced uptake",  # an adjective too: the clause's own subject
        "thought leaders promoted the scheme",  # a noun too: "thought leaders"
        "expected benefits outweighed the cost",
    ],
)
def test_a_participle_or_noun_describing_the_subject_is_no_mind_without_its_subject(mechanism):
    """Another topic, vaccination in rural clinics: a past form that also describes a noun opens a clause with its own
    subject, given none."""
    said = cmo_sentence("rural clinics", mechanism, "higher uptake")
    assert said.startswith(f"In rural clinics, {mechanism}, ")


def test_a_context_of_a_place_and_its_conditions_is_joined_as_a_list():
    """Helper G1: "For Haitian women at UBS in Curitiba, no interpreter, short consultations, they feel unheard" ran
    three phrases into the mechanism."""
    said = cmo_sentence(
        "Haitian women at UBS in Curitiba, no interpreter, short consultations", "women feel unheard", "fewer visits"
    )
    assert said.startswith("For Haitian women at UBS in Curitiba, with no interpreter and short consultations, they feel unheard")
    said = cmo_sentence("rural district hospitals in Tanzania, few doctors, long distances", "staff feel alone", "staff leave")
    assert said.startswith("In rural district hospitals in Tanzania, with few doctors and long distances, staff feel alone")


@pytest.mark.parametrize(
    "context",
    [
        "rural, remote clinics",  # adjectives of one place
        "Ghana, Kenya and Uganda",  # names
        "older people in Leeds, low income, living alone",  # a participle's phrase among them
        "GP practices, where staff rotate, no cover",  # a clause among them
    ],
)
def test_a_list_of_names_adjectives_or_clauses_is_left_as_written(context):
    """Another topic, general practice: only a place or people and the things that go with them are so joined."""
    assert f"{context}, " in cmo_sentence(context, "staff feel unheard", "fewer return visits")


def test_a_state_of_what_a_place_has_is_no_condition_said_with_with():
    """Helper G1: "With NH with CRP available" said "with" twice: the homes have the test, so "In" them; a state said of
    the context's own noun keeps "With" ("With pressure on beds high")."""
    assert cmo_sentence("NH with CRP available", "GPs feel confident", "fewer prescriptions").startswith(
        "In NH with CRP available, "
    )
    assert cmo_sentence("wards with staff numbers low", "nurses rush", "more errors").startswith(
        "In wards with staff numbers low, "
    )
    assert cmo_sentence("pressure on beds high", "nurses rush", "more errors").startswith("With pressure on beds high, ")


def test_people_a_statement_shows_are_whom_it_is_for():
    """Helper G1: "In principals and teachers in Irish post-primary schools, …" and "In ASHAs (accredited social health
    activists) in rural Bihar, …" read the people as places. A noun with a person's sense that mostly names a thing
    ("principal": a sum lent) is people where the mechanism says they feel or believe (`people_shown`); the plural of a
    short form spelt out beside it as people is people."""
    said = cmo_sentence("principals and teachers in Irish post-primary schools", "principals feel unsupported", "staff leave")
    assert said.startswith("For principals and teachers in Irish post-primary schools, ")
    said = cmo_sentence(
        "ASHAs (accredited social health activists) in rural Bihar", "feel valued by the community", "more visits"
    )
    assert said.startswith("For ASHAs (accredited social health activists) in rural Bihar, they feel valued by the community")
    said = cmo_sentence("community health workers (CHWs) in rural Malawi", "CHWs feel valued", "more home visits")
    assert said.startswith("For community health workers (CHWs) in rural Malawi, ")


def test_things_named_as_people_are_named_stay_things():
    """Another topic, lending: "principals" that fall are sums of money; units spelt out ("intensive care units") are
    places; an initialism nobody spells out is left as it was."""
    assert cmo_sentence("loan principals in rural banks", "principals fall", "fewer defaults").startswith("In loan principals")
    assert cmo_sentence("ICUs (intensive care units) in Brazil", "staff feel valued", "fewer errors").startswith("In ICUs")
    assert cmo_sentence("LTCFs in Ontario", "staff feel valued", "fewer errors").startswith("In LTCFs in Ontario")


def test_nouns_stacked_before_a_plural_and_an_adverb_are_a_noun_phrase():
    """Helper G1: "Where community paramedic programs internationally, …" read "programs" as a verb with no object, as
    helper F3's "CP programs internationally" did after an initialism: nouns stacked before it make a compound."""
    said = cmo_sentence("community paramedic programs internationally", "paramedics assess patients at home", "fewer transfers")
    assert said.startswith("In community paramedic programs internationally, ")


@pytest.mark.parametrize("context", ["nurse visits weekly", "the service runs smoothly", "the district team meets weekly"])
def test_one_noun_or_a_determined_subject_keeps_its_verb(context):
    """Another topic, district nursing: one noun for a person, or a subject with its article, before its verb is a
    clause ("Where nurse visits weekly")."""
    assert cmo_sentence(context, "families feel supported", "fewer admissions").startswith(f"Where {context}, ")
