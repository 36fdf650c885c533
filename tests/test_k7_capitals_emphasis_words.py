"""Helper K7, extending RH6's "felt SAFE" rule: an ordinary English word written in capitals for emphasis among words
in small letters was asked about as a short form: 'REALLY' and 'ALWAYS' (words of five letters or more that a common
dictionary lists, which the short words' lists and the lexicon's verbs and adjectives do not hold), and 'FREE' or
'HUGE' as an adjective before the noun it describes ("a FREE drop-in"). A short form is a noun: one that spells a word
no adjective's spelling gives ('TAU', 'ACT', 'TIC') is still asked, and so is an adjective's spelling where only a noun
stands ("people with SAD") or a name's ("the FIT test", "follows NICE guidance": only after "a" or a degree word is an
adjective before its noun surely no name). Topics: youth peer support (end to end), school meals and a falls class
(the rule alone)."""

from __future__ import annotations

import pytest

from cmo.synthesis.shorthand import shorthand_in


@pytest.mark.parametrize(
    "text",
    [
        "staff REALLY listened to what the pupils said about lunch",
        "the dinner ladies were ALWAYS there when it mattered",
        "a FREE breakfast club brings pupils in on time",
        "the salad bar made a HUGE difference to what pupils ate",
        "a TOTALLY different menu each term",
        "very BIG portions go to waste",
    ],
)
def test_an_english_word_in_capitals_among_small_words_is_emphasis(text):
    """Fails on the old code: each was named as a short form."""
    assert shorthand_in(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("the comparator was TAU at 24 months", ["TAU"]),
        ("an ACT group met weekly after the falls class", ["ACT"]),
        ("hostel staff were TIC trained", ["TIC"]),
        ("older people with SAD came less in winter", ["SAD"]),
        ("in young GBMSM, outreach works", ["GBMSM"]),
        ("CAMHS waits are long", ["CAMHS"]),
        ("the FIT was positive in half the class", ["FIT"]),
        ("the FIT test was done at the falls clinic", ["FIT"]),
        ("the cooks follow NICE guidance on portions", ["NICE"]),
        ("Tenants in the WASH programme", ["WASH"]),
    ],
)
def test_a_short_form_that_spells_a_word_is_still_asked(text, asked):
    """Must not fire: nouns, and an adjective's spelling where only a noun stands or no noun follows."""
    assert shorthand_in(text) == asked


def test_the_round_check_asks_about_tau_and_not_the_emphasis(demo):
    """End to end, as a team reads `cmo round close --check` (fails on the old code: 'REALLY', 'ALWAYS', 'FREE')."""
    demo(
        "configs", "edit", "C5", "--outcome",
        "young people REALLY open up when peers are ALWAYS there, and a FREE drop-in brings them back",
    )  # fmt: skip
    demo("configs", "edit", "C6", "--outcome", "trust builds, compared with TAU at 24 months")
    said = demo("round", "close", "--check", code=None).stderr
    assert "short forms a lay reader may not know: 'TAU' (C6)." in said
