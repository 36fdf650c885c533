"""Helper H1: spell_out_short_forms wrote a coder's "no sig. difference" out as "no significant. difference"; a French
key context beside English words had its 'de' named as a coder's short form. (The evidence against a finding, shown in
its member's words, is read for short forms by int's 3616b5b, which landed while this was found.)"""

from __future__ import annotations

from cmo.synthesis.shorthand import shorthand_by_word, spelt_out


def test_a_clipping_s_dot_goes_with_it_when_spelt_out():
    """Fails on the old code: "no sig. difference" was written out as "no significant. difference"."""
    meanings = {"sig": "significant", "pt": "patient"}
    assert spelt_out("no sig. difference in follow-up visits", meanings) == "no significant difference in follow-up visits"
    assert spelt_out("the result was sig. Then it fell", meanings) == "the result was significant. Then it fell"
    assert spelt_out("seen by the pt.", meanings) == "seen by the patient."  # a full stop stays


_ENGLISH_CONFIGURATION = [
    ("C6", "Cost of medicines"),
    ("C6", "Rural health posts and towns where patients pay for their own medicines"),
    ("C6", "cost of medicines"),
    ("C6", "patients stop treatment when they run out of money"),
]


def test_a_french_key_context_beside_english_words_names_no_french_word_as_a_short_form():
    """Fails on the old code: the configuration's English words made its texts read as English together, so the French
    key context's 'de' went to round close as a coder's short form to explain."""
    french = ("C6", "Poste de santé rural, suivi par l'infirmier chef de poste")
    assert shorthand_by_word([*_ENGLISH_CONFIGURATION, french]) == {}


def test_short_forms_of_either_language_are_still_named_beside_it():
    texts = [
        ("C6", "Cost of meds"),
        ("C6", "Rural health posts and towns where pts pay for their own medicines"),
        ("C6", "Poste de santé rural, suivi par l'ICP chef de poste; pupils w/o devices"),  # a second piece in English
    ]
    assert set(shorthand_by_word(texts)) == {"pts", "ICP", "w/o"}
