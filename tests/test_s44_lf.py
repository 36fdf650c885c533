"""Session 44, left-overs (LF), each a general rule:

1. A capitalised word the lexicon does not list that goes on "of" a word in capitals opens a name ("Isle of Wight"),
   read so where the review's texts are not known too; a phrase "of" a thing in lower case is no name."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence

# --- 1: a name that goes on "of" a word in capitals keeps its capital --------------------------------------------------


def test_a_name_going_on_of_a_capitalised_word_keeps_its_capital_without_the_reviews_texts():
    said = cmo_sentence("Isle of Wight practices offering evening clinics", "parents attend after work", "attendance rose")
    assert said.startswith("In Isle of Wight practices"), said
    for context, opening in [
        ("Tower Hamlets surgeries with bilingual staff", "In Tower Hamlets surgeries"),
        ("Stoke-on-Trent pharmacies with a minor ailment scheme", "In Stoke-on-Trent pharmacies"),
    ]:
        said = cmo_sentence(context, "patients go to the pharmacist first", "GP visits fell")
        assert said.startswith(opening), said


def test_a_common_word_before_of_and_a_lower_case_thing_is_lowered():
    said = cmo_sentence("Loss of mobility after a fall", "people stop going out", "isolation rose")
    assert "loss of mobility" in said, said
    said = cmo_sentence("Lack of NHS dentists nearby", "families travel far", "missed check-ups rose")
    assert "lack of NHS dentists" in said, said
