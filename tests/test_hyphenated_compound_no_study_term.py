"""Helper H2 (Housing First): 'round close --check' named 'long-term' in a context as one study's word, as if it were
the study's own thing. Two everyday words joined by one hyphen ("long-term", "well-being", "low-income") are the
compound English writes before it closes it ("wellbeing"), no study's term; a phrase hyphenated into one
("direct-to-consumer"), a drug's name with a prefix ("co-trimoxazole") and a compound capitalised as a name are still
read as before. Tested on another topic (school asthma care)."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.commands.rounds import _uncommon


@pytest.mark.parametrize("word", ["long-term", "short-term", "well-being", "low-income", "evidence-based", "follow-up"])
def test_two_everyday_words_hyphenated_are_no_study_s_term(word):
    assert not _uncommon(word)


@pytest.mark.parametrize("word", ["direct-to-consumer", "co-trimoxazole", "Housing-First"])
def test_a_hyphenated_phrase_a_drug_or_a_name_is_still_read(word):
    assert _uncommon(word)


def test_round_close_check_names_no_hyphenated_everyday_compound(tmp_path):
    rows = [
        ("plans2019", "children with long-term asthma at school", "staff know the plan", "fewer children sent home"),
        ("nurses2022", "children with asthma at school", "staff know the plan", "fewer children sent home"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    assert "long-term" in shown, shown  # worded from S1's context
    said = cmo_run("round", "close", "--check", cwd=review).stderr
    assert "'long-term'" not in said, said
