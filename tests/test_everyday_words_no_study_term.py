"""Everyday words are never one study's term in 'round close --check'. Trial CM (school mental health, British
spellings) was told "C9 goes to the group in one of its 2 sources' words, naming 'don't' in its outcome", and likewise
'carers', 'wellbeing' and 'counselling': a contraction ("don't", or "dont" typed without its apostrophe), the plural
of an everyday word ("carers": care + er), a closed compound of two everyday words ("wellbeing", "caseload") and a
British doubled consonant before a suffix ("counselling") are English, not a study's own thing. Tested on other
topics; a drug's name is still named."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.commands.rounds import _uncommon


@pytest.mark.parametrize("word", ["don't", "can't", "didn’t", "dont", "wasnt", "they're", "we've"])
def test_a_contraction_is_no_uncommon_word(word):
    assert not _uncommon(word)


@pytest.mark.parametrize("word", ["carers", "wellbeing", "caseload", "workforce", "counselling", "modelling", "facilitators"])
def test_everyday_british_words_are_not_uncommon(word):
    assert not _uncommon(word)


@pytest.mark.parametrize("word", ["salbutamol", "donanemab", "cantharidin", "sertraline", "varenicline", "direct-to-consumer"])
def test_a_drug_s_name_is_still_uncommon(word):
    assert _uncommon(word)


def test_round_close_check_names_no_contraction(tmp_path):
    rows = [
        ("visits2019", "new mothers visited at home", "mothers feel judged by the visitor", "mothers don't open the door"),
        ("calls2022", "new mothers phoned before a visit", "mothers feel judged by the visitor", "mothers avoid the visit"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    said = cmo_run("round", "close", "--check", cwd=review).stderr
    if "don't" in shown:  # worded from S1: its contraction is no study's term
        assert "'don't'" not in said, said


def test_round_close_check_still_names_a_study_s_drug(tmp_path):
    rows = [
        ("inhaler2019", "children with asthma at school", "staff give salbutamol straight away", "fewer children sent home"),
        ("plans2022", "children with asthma at school", "staff give the reliever straight away", "fewer children sent home"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    said = cmo_run("round", "close", "--check", cwd=review).stderr
    if "salbutamol" in shown:
        assert "'salbutamol'" in said, said
