"""Trial CG: a mechanism coded without its subject was given "people" where it describes a thing: "Where the app is
co-designed with nurses, people are easy to use on a ward round", "In a leaflet given at the appointment, people are
easy to understand". An adjective of ease or difficulty (WordNet's attributes "difficulty" and "easiness") before a verb
that lacks its object says what is done to its subject: the sentence now gives it "it" ("they" for a plural verb)."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence


def test_a_thing_easy_to_act_on_is_it_not_people():
    said = cmo_sentence("Where the app is co-designed with nurses", "is easy to use on a ward round", "more nurses use it")
    assert said == "Where the app is co-designed with nurses, it is easy to use on a ward round, so more nurses use it."
    said = cmo_sentence("In a leaflet given at the appointment", "is easy to understand", "more people attend")
    assert said == "In a leaflet given at the appointment, it is easy to understand, so more people attend."


def test_on_another_topic_a_plural_thing_is_they():
    """Hypertension: home monitors, coded in the plural."""
    said = cmo_sentence("Where home blood pressure monitors are lent by the practice", "are simple to read", "readings are sent")
    assert said.startswith("Where home blood pressure monitors are lent by the practice, they are simple to read,")


def test_people_who_do_the_verb_keep_their_subject():
    """'able to attend', 'feel listened to', 'quick to ask': the subject does the verb; 'find it easy to ask for help': the
    verb has its object; none is said of a thing."""
    assert "people are able to attend" in cmo_sentence("In rural practices", "are able to attend", "attendance rises")
    assert "people feel listened to" in cmo_sentence("In rural practices", "feel listened to", "attendance rises")
    assert "people are quick to ask for help" in cmo_sentence("In rural practices", "are quick to ask for help", "fewer falls")
    assert "people find it easy to ask for help" in cmo_sentence(
        "In rural practices", "find it easy to ask for help", "fewer falls"
    )
