"""Trial DD: a mechanism whose verb takes two objects joined by "and" ("training increases knowledge and confidence")
was read as a noun phrase, so the ETATMBA trial's configuration read "…, training increases knowledge and confidence
did not reduce perinatal mortality" (the objects made the subject of the outcome). "And" between a present verb's
objects joins nouns, not the whole text with a noun: the text may be a clause. Phrases that end with "and" a noun
after a participle or a plain list ("needs left unmet and disappointment", "staff fears and stigma") stay noun
phrases, on other topics."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import NOUN_PHRASE, cmo_sentence, outcome_form


def test_a_verbs_two_objects_do_not_make_the_text_a_noun_phrase():
    """Fails on the old code: read as a noun phrase."""
    assert outcome_form("training increases knowledge and confidence") != NOUN_PHRASE


def test_the_sentence_joins_the_outcome_to_the_mechanism():
    """Fails on the old code: "…, training increases knowledge and confidence did not reduce perinatal mortality …"."""
    sentence = cmo_sentence(
        "Malawi district hospitals, NPCs given ETATMBA training in EmONC and leadership",
        "training increases knowledge & confidence",
        "did not reduce perinatal mortality; no difference between arms",
    )
    assert "knowledge and confidence did not" not in sentence
    assert "training increases knowledge and confidence, which did not reduce perinatal mortality" in sentence


@pytest.mark.parametrize(
    "text",
    ["needs left unmet and disappointment", "calls left unanswered and frustration", "staff fears and stigma"],
)
def test_phrases_joined_by_and_stay_noun_phrases(text):
    """Must not fire: a participle's phrase or a list, then "and" and a noun."""
    assert outcome_form(text) == NOUN_PHRASE
