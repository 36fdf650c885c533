"""Helpers DD and DA: `round close --check` and the names of places.

- DD: "Bo district SL, midwives working with CHO surgeons" (Bo, a district of Sierra Leone) had 'Bo' named as a short
  form a lay reader may not know: a capitalised word opening a text may be any word. A capitalised word right before
  the noun for a country's division ("district", "region", "province"…) is that division's name. A word WordNet or a
  dictionary knows as a shortening ("Pt district nurse visits") is still the coder's short form.
- DA: "young people in BC" (British Columbia) passed, as WordNet writes "BC" in capitals (before Christ). As helper N3's
  rule names capitals WordNet knows only as a place that is no country ("PA", "CA"), capitals it knows only as an
  adverb ("BC", "AD", `lexicon.initialisms_only_adverbs`) are named where the text uses them as a noun, after a
  preposition or an article; after a number ("in 200 BC") or a verb ("seen ASAP") they are the adverb, and pass."""

from __future__ import annotations

import pytest
from test_round_close_names import _review

from cmo.synthesis.shorthand import shorthand_in


def test_a_districts_name_is_no_short_form_at_round_close_check(cmo, tmp_path):
    """Fails on the old code: 'Bo' named."""
    _review(cmo, tmp_path, "Bo district older people living alone", "Bo district older people who live alone")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'Bo'" not in said


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Bo district SL, midwives working with CHO surgeons", ["SL", "CHO"]),  # Sierra Leone (DD's words)
        ("Kono District clinics refer late", []),
        ("Ho region, older people living alone", []),  # another country, another topic
    ],
)
def test_a_divisions_name_is_a_place(text, named):
    """Fails on the old code for 'Bo', 'Kono' (named); 'Ho' (WordNet's holmium) passed before too."""
    assert shorthand_in(text) == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Pt district nurse visits weekly", ["Pt"]),  # WordNet's shortening (pint): the coder's patient
        ("Tx region wide rollout", ["Tx"]),
        ("Leeds district nurses", []),  # a name the lexicon knows, as before
    ],
)
def test_a_shortening_before_a_division_is_still_named(text, named):
    """Must not fire: a short form WordNet knows as a shortening, before the same nouns."""
    assert shorthand_in(text) == named


def test_capitals_worded_as_a_place_at_round_close_check(cmo, tmp_path):
    """Fails on the old code: 'BC' passed (WordNet's before Christ)."""
    _review(cmo, tmp_path, "Older people in BC living alone", "Older people in BC who live alone")
    said = cmo("round", "close", "--check", code=None).stderr
    assert "'BC'" in said


@pytest.mark.parametrize(
    ("text", "named"),
    [("young people in BC, many first time testers", ["BC"]), ("carers of people with AD at home", ["AD"])],
)
def test_an_adverbs_capitals_used_as_a_noun_are_named(text, named):
    """Fails on the old code: passed."""
    assert shorthand_in(text) == named


@pytest.mark.parametrize(
    "text", ["pottery from 200 BC found", "the GP saw them ASAP", "older people in the UK and US", "patients in ICU"]
)
def test_an_adverbs_capitals_as_the_adverb_pass(text):
    """Must not fire: the adverb after a number or a verb; a country's or a known initialism after "in"."""
    assert shorthand_in(text) == []
