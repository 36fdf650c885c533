"""Trial CY (falls prevention): "clear referral pathways … into S&B classes" (strength and balance) went to a group of
older people with no word from `round close --check`, as the '&' kept 'S&B' from being read as a word at all. Letters
each side of an ampersand are initials joined, as a slash joins them ("w/o"): named, and told in the pack once the team
says what they mean. Tested on emergency care ("seen in A&E", "R&D funding"); an ampersand between words ("Smith &
Jones", "rock&roll") names nothing."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.shorthand import short_forms_told, shorthand_in


def test_initials_joined_by_an_ampersand_are_a_short_form():
    assert shorthand_in("referral from primary care into S&B classes") == ["S&B"]
    assert shorthand_in("seen in A&E within four hours, R&D funding") == ["A&E", "R&D"]


def test_an_ampersand_between_words_names_nothing():
    assert shorthand_in("a report by Smith & Jones on rock&roll and health") == []


def test_a_form_the_team_defined_is_told():
    told = short_forms_told([("C1", "older people waiting in A&E")], {"A&E": "accident and emergency department"})
    assert told == "Short forms you will see: \u201cA&E\u201d means accident and emergency department."


def test_round_close_check_names_a_short_form_joined_by_an_ampersand(tmp_path):
    rows = [
        ("frailty2019", "frail older people seen in A&E at night", "nurses screen for frailty", "fewer admissions"),
        ("audit2022", "frail older people seen in A&E at night", "nurses screen for frailty", "fewer admissions"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    assert "'A&E'" in checked.stderr, checked.stderr
