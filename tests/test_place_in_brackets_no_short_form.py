"""Trial CW: 'round close --check' asked the team to say what 'Leeds' means, as a short form a lay reader may not
know, where a context read "Older people in general practice (Leeds)": an opening bracket opens as a sentence does, so
the capital did not make it a name, and 'Leeds' read as the plural of an unknown 'Leed'. A capitalised word the lexicon
knows as a name is a name wherever it stands. Must not fire: a coder's short form with a capital at a sentence's or a
bracket's start ('Pts', '(Abx)', 'Fam') is still named, on another topic (antibiotics in care homes)."""

from __future__ import annotations

from test_round_close_names import _review

from cmo.synthesis.shorthand import shorthand_in


def test_a_place_in_brackets_is_no_short_form_at_round_close_check(cmo, tmp_path):
    _review(cmo, tmp_path, "Older people in general practice (Leeds)", "Older people in general practice in Leeds")
    assert "short forms" not in cmo("round", "close", "--check", code=None).stderr


def test_a_place_at_a_sentences_start_is_no_short_form():
    assert shorthand_in("Leeds practices send letters. Older people (Leeds) reply") == []


def test_a_coders_short_form_with_a_capital_is_still_named():
    text = "Pts in care homes get abx late. Staff (Abx) chart doses. Fam not told"
    assert shorthand_in(text) == ["Pts", "abx", "Fam"]
