"""Session 46 (helper LB): words people read in a pack, from coding sheets written as teams write them.

- A noun WordNet has for a person that its tagged corpus reads mostly as a thing ("builders", "operators",
  "dishwashers", "entrants": `people_or_things`) names people in a statement that shows it: a "who" after it, or the
  mechanism's subject is the noun again before a verb of the mind (`verbs_of_the_mind`: "fear", "believe", "feel").
  Trial LB's pack read "In community health agents in Brazil, agents feel trusted…" and "In contract cleaners…".
Tested on topics other than the trial's (construction sites, call centres, hotel kitchens, nursing students)."""

from __future__ import annotations

from pathlib import Path

from cmo.synthesis.lexicon import people_or_things, verbs_of_the_mind
from cmo.synthesis.wording import cmo_sentence, title_for


def test_people_or_things_that_a_verb_of_the_mind_says_feel_or_believe_are_people():
    sentence = cmo_sentence("builders on zero-hours contracts", "builders fear losing work if they report pain", "injury hidden")
    assert sentence.startswith("For builders on zero-hours contracts, they fear losing work"), sentence
    sentence = cmo_sentence("new entrants to nursing", "an entrant believes asking questions shows weakness", "errors hidden")
    assert sentence.startswith("For new entrants to nursing, "), sentence


def test_people_or_things_said_with_who_are_people():
    sentence = cmo_sentence("operators who work night shifts alone", "feel isolated", "more sick leave")
    assert sentence.startswith("For operators who work night shifts alone, they feel isolated"), sentence


def test_the_title_names_them_as_people():
    statement = ("dishwashers in hotel kitchens", "dishwashers do not feel part of the team", "higher staff turnover")
    assert title_for(*statement) == "Dishwashers do not feel part of the team", title_for(*statement)
    sentence = cmo_sentence(*statement)
    assert sentence.startswith("For dishwashers in hotel kitchens, they do not feel part of the team"), sentence


def test_things_a_statement_does_not_show_to_be_people_stay_things():
    """Must not fire: the same nouns where no verb of the mind is said of them, or someone else's is."""
    assert cmo_sentence("reminders sent by text", "reminders prompt parents to book", "more bookings").startswith("In reminders")
    assert cmo_sentence("posters in waiting rooms", "parents feel reassured", "more questions").startswith("In posters")
    assert cmo_sentence("generators on each ward", "staff trust the power supply", "fewer transfers").startswith("In generators")
    assert cmo_sentence("plants in the day room", "feel calmer", "less agitation").startswith("In plants")


def test_the_word_files_are_what_their_script_writes():
    english = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english"
    for name in ("people_or_things.txt", "verbs_of_the_mind.txt"):
        assert (english / name).read_text(encoding="utf-8").startswith("# Built by scripts/build_not_people.py from WordNet 3.0")
    assert {"builders", "operators", "reminders"} <= people_or_things() and "caregivers" not in people_or_things()
    assert {"feel", "felt", "believes", "fear"} <= verbs_of_the_mind()
    assert not {"seem", "prompt", "help", "reduce"} & verbs_of_the_mind()
