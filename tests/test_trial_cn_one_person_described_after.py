"""Trial CN (interpreters in maternity care): a coder's telegraphic context naming one person and then what describes
them after their noun, "trained intercultural interpreter present in person", was framed as a place: the pack read "In
trained intercultural interpreter present in person, …". The word after the noun describes the person where a
preposition other than "of" follows it, so the person is given an article, as one coded without a describer is. Tested
on other topics: hospital discharge, night nursing, school attendance."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence


def test_one_person_described_after_their_noun_gets_an_article_and_is_no_place():
    said = cmo_sentence(
        "trained peer worker present at discharge", "patients feel someone is on their side", "fewer readmissions"
    )
    assert said.startswith(
        ("With a trained peer worker present at discharge, ", "For a trained peer worker present at discharge, ")
    ), said
    said = cmo_sentence("nurse alone on night shift", "she delays calling the doctor", "later escalation")
    assert said.startswith("For a nurse alone on night shift, "), said


def test_a_noun_before_of_is_the_phrase_s_own_and_people_plural_keep_for():
    """Must not fire: "pupil choice of school" is a choice (the word before "of" is the phrase's own noun), and plural
    people keep "For" as before."""
    said = cmo_sentence("pupil choice of school", "families feel listened to", "better attendance")
    assert not said.startswith(("With a pupil", "For a pupil")), said
    said = cmo_sentence("pupils absent for long periods", "they feel behind", "lower attendance")
    assert said.startswith("For pupils absent for long periods, "), said
