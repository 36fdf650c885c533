"""Helper H6: `round close --check` passed country codes "NO" (Norway) and "PL" (Poland) unsaid, their small letters
being English words ("no", "pl"). Two capitals no lexicon writes in capitals, standing beside words in small letters,
are a code, named as short forms are; the word in a heading all in capitals ("NO GP COVER ON FRIDAYS") is not, nor
an initialism WordNet writes in capitals ("US", "IT"). Tested on care homes and, where it must not fire, school meals."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.shorthand import shorthand_in


def test_two_capitals_spelling_a_word_among_small_words_are_a_code():
    assert shorthand_in("Care homes in NO and PL with visiting rules") == ["NO", "PL"]
    assert shorthand_in("Older adults (NO) felt safer at home") == ["NO"]


def test_a_heading_in_capitals_and_initialisms_readers_know_name_nothing():
    assert "NO" not in shorthand_in("NO HOT LUNCH ON THURSDAYS")  # a heading's opening word, beside capitals alone
    assert "NO" not in shorthand_in("NO SCHOOL MEALS: pupils ate at home")
    assert shorthand_in("Pupils in the US and UK used IT rooms; there was no hot lunch") == []


def test_round_close_check_names_country_codes(tmp_path):
    rows = [
        ("care2019", "Care homes in NO and PL", "Staff know each resident", "Residents feel at home"),
        ("care2021", "Care homes in NO and PL", "Staff know each resident", "Residents feel at home"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert "'NO' (C" in checked.stderr and "'PL' (C" in checked.stderr, checked.stderr
