"""Re-check RH2 of the integrated code.

An outcome hedged by a modal ('may reduce admissions') after a mechanism whose subject the sentence
made a thing ('it gives staff time…', LZ's rule) is what that act may change, not something people do. On the
integrated code (LZ + CV) the pack read '…, it gives staff time to phone patients, so people may reduce admissions';
main had read '…, people give staff time…, so they may reduce admissions'."""

import pytest

from cmo.synthesis.wording import cmo_sentence
from tests.test_trial_cv import HERE, _two_worded


@pytest.fixture
def review(cmo):
    """Trial CV's review: its domains, its Epistemonikos and Ovid MEDLINE exports (tests/data/trial_cv)."""
    cmo("init", str(cmo.folder), "--domains", str(HERE / "domains.yaml"))
    cmo("ingest", str(HERE / "epistemonikos-2026-10-20.ris"), str(HERE / "ovid-medline-2026-10-19.txt"))
    return cmo


def test_a_hedged_change_after_a_thing_acting_on_people_is_what_the_act_may_change():
    sentence = cmo_sentence("rural practices given extra funding", "gives staff time to phone patients", "may reduce admissions")
    assert sentence.endswith("it gives staff time to phone patients, which may reduce admissions.")
    assert "people may" not in sentence
    sentence = cmo_sentence("high staff turnover", "leaves residents unsettled", "may increase falls")
    assert sentence == "With high staff turnover, it leaves residents unsettled, which may increase falls."


def test_a_hedged_act_people_do_keeps_its_people():
    # must not fire: attending is what people do, whoever the mechanism's subject is (community pharmacy, parents' groups)
    pharmacy = "community pharmacies with a private room"
    sentence = cmo_sentence(pharmacy, "gives customers privacy to ask questions", "may attend more often")
    assert sentence.endswith(", so people may attend more often.")
    sentence = cmo_sentence("Parents of young children", "feel welcomed by staff", "may attend more often")
    assert sentence == "For parents of young children, they feel welcomed by staff, so they may attend more often."


def test_one_person_in_every_place_is_the_subject_of_what_acts_on_people_not_it():
    """LY frames 'named nurse for each family' as what each place has ('With a named nurse for each family'), and LZ gives
    a mechanism acting on people the thing the context names as its subject: integrated, the nurse became 'it'."""
    sentence = cmo_sentence("named nurse for each family", "gives parents a single contact", "so parents feel supported")
    assert sentence == "With a named nurse for each family, the nurse gives parents a single contact, so parents feel supported."
    sentence = cmo_sentence("peer mentor in every prison wing", "gives prisoners hope", "fewer incidents of self-harm")
    assert sentence.startswith("With a peer mentor in every prison wing, the mentor gives prisoners hope, ")


def test_a_thing_in_every_place_is_still_it():
    # must not fire: a room, a reminder are things (clinics, appointments)
    sentence = cmo_sentence("quiet room in every clinic", "gives patients privacy to talk", "more disclosures")
    assert sentence == "With a quiet room in every clinic, it gives patients privacy to talk, which leads to more disclosures."
    sentence = cmo_sentence("text reminder for each appointment", "gives patients a nudge", "fewer missed appointments")
    assert sentence.startswith("With a text reminder for each appointment, it gives patients a nudge")


# A country's initialism in brackets ("older people in general practice (UK)") is a name as CV's rule reads it wherever
# it stands: CW's bracket rule reads a bracket's capital as a name only where the lexicon knows it only as one, and
# neither branch named '(UK)' that one source of two says; round close --check passed it.


def test_round_check_names_a_country_s_initialism_in_brackets_only_one_source_says(review):
    said = _two_worded(review, ("older people in general practice (UK)", "older people in general practice (UK)"))
    assert "naming" not in said  # both sources say it
    review("code", "edit", "S2", "--context", "older people in general practice", "--note", "the other study's")
    review("refine")
    said = review("round", "close", "--check", code=None).output
    assert "C1 goes to the group in one of its 2 sources' words, naming 'UK' in its context" in said


def test_round_check_does_not_name_a_service_s_initialism_in_brackets(review):
    # must not fire (school health): a bracketed initialism that is no country names a service as often as a place
    said = _two_worded(review, ("children seen by school nurses (NHS)", "children seen by school nurses"))
    assert "naming" not in said
