"""Trial CN (interpreters in maternity care): a mechanism coded as a clause whose object is people after "other"
("staff use other patients or cleaners to interpret") was read as a noun phrase, and the sentence said "… staff use
other patients or cleaners to interpret have this outcome: …". People after "other", "many" or another word saying
which or how many of them follow a verb, as people after "the" or "their" do. Tested on other topics: schools and care
homes."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence


def test_people_after_other_make_the_word_before_them_a_verb():
    said = cmo_sentence("secondary schools with new arrivals", "staff use other pupils to translate", "parents miss the message")
    assert "translate mean that" not in said and "translate have this outcome" not in said, said
    assert "staff use other pupils to translate, " in said, said
    said = cmo_sentence("large care homes", "staff support other residents to eat in their rooms", "residents feel alone")
    assert "rooms mean that" not in said and "staff support other residents to eat in their rooms, " in said, said


def test_a_noun_phrase_with_people_after_a_preposition_stays_a_noun_phrase():
    """Must not fire: "staff support for other residents" is a noun phrase, people after a preposition."""
    said = cmo_sentence("care homes", "staff support for other residents", "more falls")
    assert said == "In care homes, staff support for other residents leads to more falls.", said
