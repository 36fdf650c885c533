"""Helpers K2 and K4: a coder's context opening with an initialism for one person went to the reference group as a
place, "In GP uncertain about what happens if drug stopped, …". An initialism the lexicon or the review's short forms
know as one person ("GP"; "LHW: lady health worker") takes the article its first letter's name asks for, as "a nurse"
does: "For a GP uncertain …", "For an LHW new to the village …", "For a GP who sees …". Must not fire, on other topics:
an initialism for a body or a place ("NHS trusts with digital records", "ICU short of staff", "MDT uncertain about
roles") stays "In"."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence, use_short_forms


def test_an_initialism_for_one_person_before_what_describes_it_is_whom_the_context_is_for():
    context = "GP uncertain about what happens if drug stopped"
    said = cmo_sentence(context, "fear of withdrawal symptoms", "GP does not deprescribe")
    assert said.startswith("For a GP uncertain about what happens if drug stopped, ")
    said = cmo_sentence("GP who sees a pt after a fall", "the fall makes the link to drugs visible", "GP stops the drug")
    assert said.startswith("For a GP who sees a pt after a fall, ")


def test_an_initialism_the_review_defines_as_people_takes_its_article():
    assert use_short_forms({"LHW": "lady health worker"}) == "lhw lhws"
    try:
        said = cmo_sentence("LHW new to the village", "the LHW phones each family", "more women attend")
        assert said.startswith("For an LHW new to the village, ")
    finally:
        use_short_forms({})


def test_initialisms_for_bodies_and_places_stay_places():
    """Other topics: a health service, a ward, a team."""
    for context, opening in (
        ("NHS trusts with digital records", "In NHS trusts with digital records, "),
        ("ICU short of staff", "In ICU short of staff, "),
        ("MDT uncertain about roles", "In MDT uncertain about roles, "),
        ("GP surgery with no practice nurse", "In GP surgery with no practice nurse, "),
    ):
        assert cmo_sentence(context, "staff share notes", "fewer errors").startswith(opening), context


def test_a_verb_made_with_co_after_people_is_their_verb():
    """Helper K4: "ASHAs co-design msgs in Delhi" went out as "In ASHAs co-design msgs…"; "co-" before a verb makes a
    verb ("co-design", "co-produce"), as "re" does ("rehouse")."""
    said = cmo_sentence("nurses co-design leaflets with patients", "patients trust the leaflets", "uptake rises")
    assert said.startswith("Where nurses co-design leaflets with patients, ")


def test_a_noun_made_with_co_stays_a_noun():
    """Other topics: a workshop, a service."""
    for context, opening in (
        ("co-design workshops with parents", "In co-design workshops with parents, "),
        ("co-produced services in rural areas", "In co-produced services in rural areas, "),
    ):
        assert cmo_sentence(context, "parents feel heard", "uptake rises").startswith(opening), context
