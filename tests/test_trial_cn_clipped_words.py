"""Trial CN (interpreters in maternity care): the coders wrote "phone interp", "interp explains" beside "interpreter"
written whole, and the pack went to a group of migrant women with "interp" unsaid: the short forms cmo names before a
round goes out were words of two to four letters. A word of five to nine letters no English lexicon nor the sentence
model's vocabulary knows, that begins a known word the same configurations write whole, is a coder's clipping: named by
'round close --check' and told in the pack once the team says what it means. Tested on another topic: community
pharmacy."""

from __future__ import annotations

from cmo.synthesis.shorthand import shorthand_by_word


def test_a_clipping_of_a_word_the_texts_write_whole_is_a_short_form():
    texts = [
        ("C1", "community pharm refers patients to the GP"),
        ("C2", "the pharmacy team phones patients"),
        ("C3", "Interp explains the dose"),
        ("C4", "an interpreter is booked"),
    ]
    found = shorthand_by_word(texts)
    assert found["pharm"] == ["C1"]
    assert found["Interp"] == ["C3"]


def test_longer_words_that_clip_nothing_or_are_said_as_words_are_not_short_forms():
    """Must not fire: a word spelt out of known parts that begins no known word of the texts ("telehealth",
    "deprescribing"), a clipping people say as a word ("rehab"), a word beside its own longer form when neither is in
    the vocabulary ("midwife", "midwifery"), and a known word beside a longer one ("health", "healthcare")."""
    texts = [
        ("C1", "telehealth reviews support deprescribing and prescribing"),
        ("C2", "rehab after a fall; rehabilitation at home"),
        ("C3", "the midwife leads midwifery care"),
        ("C4", "child health and childbirth, healthcare"),
    ]
    assert shorthand_by_word(texts) == {}
