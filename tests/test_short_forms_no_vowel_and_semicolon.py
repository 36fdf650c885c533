"""Trials CY and CW: "61-94 yr olds", "benefit faded by 24 wks", "3 hrs a week" went to a group of older people with no
word from `round close --check` ("yr" read as sounded by its "y", "wk" and "hrs" passing as the spelling dictionary's),
and "pt wants dialysis; Fam want CKM" did not name "Fam", a capitalised word after a semicolon being taken for a name.
A dictionary word with no vowel to sound it by is an abbreviation unless English text uses it as a word ("vs", "lbs"),
and a semicolon opens a clause as a full stop does. Tested on other topics too: mental health ("wks", "yr"), diet
("vs", "lbs", "gym"), and a name after a comma stays a name."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.shorthand import is_shorthand, shorthand_in


def test_a_word_with_no_vowel_to_sound_it_is_an_abbreviation():
    assert shorthand_in("In 61-94 yr olds the benefit faded by 24 wks") == ["yr", "wks"]
    assert shorthand_in("young people seen for 3 hrs a week over one yr") == ["hrs", "yr"]
    assert is_shorthand("wk") and is_shorthand("yrs")


def test_words_readers_know_without_a_vowel_are_not_named():
    assert shorthand_in("weight in lbs fell, gym vs walking groups, my own pace, why people stayed") == []
    assert not is_shorthand("vs") and not is_shorthand("gyms") and not is_shorthand("whys")


def test_a_capitalised_short_form_after_a_semicolon_is_named():
    assert shorthand_in("pt wants dialysis; Fam want conservative care") == ["pt", "Fam"]


def test_a_word_or_name_elsewhere_is_not_named_after_a_semicolon():
    assert shorthand_in("tenants felt heard; Staff turnover fell, as Teoh and Cope report") == []


def test_round_close_check_names_them(tmp_path):
    rows = [
        ("falls2019", "In 61-94 yr olds", "balance classes for 24 wks; Fam drive them", "fewer falls"),
        ("falls2022", "In 61-94 yr olds", "balance classes for 24 wks; Fam drive them", "fewer falls"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    for form in ("'yr'", "'wks'", "'Fam'"):
        assert form in checked.stderr, checked.stderr
