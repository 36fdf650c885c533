"""Session 45 (helper LC): which plural nouns name people, and a plural subject's verb after a participle.

- A plural with the ending of a noun for people ("-ers", "-ists", "-ants"…) names things where WordNet gives it no
  sense that is a person or its tagged uses are mostly of another sense ("flyers", "waivers", "checklists"), so a past
  form after it says what was done to it ("Flyers posted to every home", not "Flyers post to every home").
- A past form after a plural subject is a participle where the subject's own verb follows in the present, its base
  form ("Emails sent a week before the visit prompt parents to book", not "Emails send…").
Tested on topics other than the trials' (rural outreach, school trips, dental checks for toddlers)."""

from __future__ import annotations

from pathlib import Path

from cmo.synthesis.lexicon import things_named_like_people
from cmo.synthesis.wording import _is_person, cmo_sentence, title_for


def test_a_noun_with_a_persons_ending_that_names_a_thing_is_no_person():
    for word in ("flyers", "waivers", "checklists", "stickers", "folders", "reminders", "grants", "ingredients"):
        assert not _is_person(word), word


def test_nouns_for_people_keep_their_reading_whether_or_not_wordnet_knows_them():
    """Must not fire: people by their ending, WordNet's people, and words it lacks or never saw tagged ("smokers")."""
    for word in ("caregivers", "pharmacists", "participants", "employees", "volunteers", "prescribers", "smokers", "co-workers"):
        assert _is_person(word), word


def test_a_thing_posted_is_not_a_thing_that_posts():
    title = title_for("villages far from a clinic", "flyers posted to every home in the village", "more families attend")
    assert title == "Flyers posted to every home in the village", title


def test_people_posted_somewhere_are_told_as_written():
    """People before the past form are not read as a thing posted (`_no_one_acts_before`). Helper G1: "post" takes a
    person as its object ("post staff to a village"), so "health visitors posted to every village" may be what was done
    to them, as "patients referred to the CLP" is; the title keeps the coder's words, no longer "Health visitors post to
    every village"."""
    title = title_for("villages far from a clinic", "health visitors posted to every village", "more families attend")
    assert title == "Health visitors posted to every village", title


def test_a_context_opening_with_things_opens_as_a_place_not_as_people():
    sentence = cmo_sentence("checklists kept at the school office", "teachers know who carries an inhaler", "fewer delays")
    assert sentence.startswith("Where checklists are kept"), sentence  # things and their state (helper F3)
    sentence = cmo_sentence("prescribers in out-of-hours services", "a shared record shows the last dose", "fewer repeat doses")
    assert sentence.startswith("For prescribers"), sentence


def test_a_plural_subjects_verb_in_its_base_form_after_a_participle_keeps_the_participle():
    title = title_for("parents of toddlers", "emails sent a week before the visit prompt parents to book", "fewer missed checks")
    assert title == "Emails sent a week before the visit prompt parents to book", title


def test_a_past_verb_with_no_present_verb_after_it_is_still_told_in_the_present():
    """Must not fire: the past form is the verb where no present verb follows, or none with an object."""
    assert title_for("parents of toddlers", "practices removed the fee for the visit", "fewer missed checks") == (
        "Practices remove the fee for the visit"
    )
    assert title_for("parents of toddlers", "nurses felt rushed", "fewer missed checks") == "Nurses feel rushed"


def test_the_word_file_is_what_its_script_writes():
    """The shipped list is built, not written by hand: its header names the script and WordNet."""
    shipped = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "not_people.txt"
    assert shipped.read_text(encoding="utf-8").startswith("# Built by scripts/build_not_people.py from WordNet 3.0")
    assert {"waivers", "flyers"} <= things_named_like_people() and "caregivers" not in things_named_like_people()


def frame_of(context: str) -> str:
    return cmo_sentence(context, "nurses who speak the language explain the test", "uptake rises").split(",")[0]


def test_a_context_opening_with_a_people_named_by_a_capitalised_noun_is_for_people():
    """Trial BK read "In British Bangladeshi Muslims, …": a nation's, faith's or people's plural names people."""
    assert frame_of("Polish Catholics in rural parishes") == "For Polish Catholics in rural parishes"
    assert frame_of("Muslims fasting during Ramadan") == "For Muslims fasting during Ramadan"
    assert frame_of("Somalis living in Helsinki") == "For Somalis living in Helsinki"


def test_places_and_things_named_with_a_peoples_adjective_stay_places():
    """Must not fire: the head is a place or a programme, however its people are named."""
    assert frame_of("Sikh temples in Leicester") == "In Sikh temples in Leicester"
    assert frame_of("Somali cafes in Bristol") == "In Somali cafes in Bristol"
    assert frame_of("Norwegian nursing home staff") == "For Norwegian nursing home staff"


def test_a_common_adjective_before_a_peoples_name_is_lowered_mid_sentence():
    """Trial BK read "For Older Punjabi Sikh women…"."""
    assert frame_of("Older Somali women attending antenatal care") == "For older Somali women attending antenatal care"
    assert frame_of("Undocumented Mexican workers on farms") == "For undocumented Mexican workers on farms"


def test_a_compass_point_or_a_word_that_is_a_noun_too_before_a_peoples_name_keeps_its_capital():
    """Must not fire: "Eastern European", "Black Caribbean", "Native American" are names whole."""
    assert frame_of("Eastern European migrants in Kent") == "For Eastern European migrants in Kent"
    assert frame_of("Black Caribbean men with psychosis") == "For Black Caribbean men with psychosis"
    assert frame_of("Native American elders") == "For Native American elders"
    assert frame_of("Greater Manchester GPs") == "For Greater Manchester GPs"


def test_a_hyphenated_participle_after_people_ends_who_they_are():
    """Trial BS read "In health visitors co-located with children's centre staff, …": "co-located" is as "located"."""
    assert frame_of("school nurses co-located with youth workers") == "For school nurses co-located with youth workers"
    assert frame_of("women self-referred to the clinic") == "For women self-referred to the clinic"


def test_a_hyphenated_participle_before_people_describes_them():
    """Must not fire: after a word that is no plural, the participle describes the people after it."""
    assert frame_of("migrant self-employed workers") == "For migrant self-employed workers"
    assert frame_of("GP practices co-located with pharmacies") == "In GP practices co-located with pharmacies"
