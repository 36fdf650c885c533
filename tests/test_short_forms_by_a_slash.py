"""Trial CR: "peer workers in OPS/harm reduction sites" — 'OPS' (overdose prevention site), though the team had said what
it means (review.yaml `settings: short_forms:`), was never told in the pack, as a short word beside a slash was read only
as a letter or two each side of it ("w/o"). A slash between a word and a longer one joins two words, each read as
itself. Tested on an antibiotics review; "and/or", "he/she", "ward/clinic" name nothing, and "w/o" is still one form."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.shorthand import short_forms_told, shorthand_in


def test_a_short_form_glued_to_a_word_by_a_slash_is_found():
    assert shorthand_in("children given abx/antifungals on the ward") == ["abx"]
    assert shorthand_in("antifungals/abx stopped at 48 hours") == ["abx"]
    assert shorthand_in("pts seen w/o a referral") == ["pts", "w/o"]


def test_a_slash_between_words_names_nothing():
    assert shorthand_in("parents and/or carers, he/she said, at the ward/clinic or in school/nursery") == []


def test_a_form_the_team_defined_is_told_beside_a_slash():
    told = short_forms_told([("C1", "nurses in PICU/HDU beds")], {"HDU": "high dependency unit"})
    assert told == "Short forms you will see: \u201cHDU\u201d means high dependency unit."


def test_round_close_check_names_a_short_form_glued_by_a_slash(tmp_path):
    rows = [
        ("stewardship2019", "children given abx/antifungals on the ward", "doctors feel watched", "fewer courses"),
        ("audit2022", "children given abx/antifungals on the ward", "doctors feel watched", "fewer courses"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    assert "'abx'" in checked.stderr, checked.stderr
