"""A word a common dictionary lists is no study's own term in 'round close --check'. Trial CR (harm reduction) was told
a configuration named "'burnout'", "'opioid'" in one source's words, beside the useful 'England' and 'Baltimore Staying
Alive': everyday nouns the sentence model's vocabulary splits are English all the same (`lexicon.dictionary_words`,
SCOWL's wbritish). Tested on teachers' workload; a drug's name no dictionary lists is still named, and a dictionary word
capitalised as a name inside a sentence is read as one."""

from __future__ import annotations

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.commands.rounds import _uncommon


@pytest.mark.parametrize("word", ["burnout", "opioid", "opioids", "caseworker", "Burnout"])
def test_a_dictionary_word_is_no_uncommon_word(word):
    assert not _uncommon(word, opening=True)


@pytest.mark.parametrize("word", ["incl", "peer-to-peer", "door-to-door"])
def test_a_short_form_or_a_word_joined_to_itself_is_no_uncommon_word(word):
    """Trial CR: 'incl' (told as a short form by its own check) and 'peer-to-peer' were named as one study's words."""
    assert not _uncommon(word)


def test_a_compound_of_two_words_is_still_read_by_its_pieces():
    assert _uncommon("direct-to-consumer")


def test_a_dictionary_word_capitalised_inside_a_sentence_is_read_as_a_name():
    assert _uncommon("Opioid") and not _uncommon("opioid")


@pytest.mark.parametrize("word", ["salbutamol", "donanemab", "varenicline", "naloxone"])
def test_a_drug_no_dictionary_lists_is_still_uncommon(word):
    assert _uncommon(word)


def test_round_close_check_names_no_dictionary_word(tmp_path):
    rows = [
        ("workload2019", "secondary teachers with heavy marking", "teachers feel unable to cope", "teachers report burnout"),
        ("retention2022", "secondary teachers with heavy marking", "teachers feel unable to cope", "teachers leave the job"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    shown = cmo_run("configs", "show", "C1", cwd=review).stdout
    assert "burnout" in shown, shown
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1) and "Round 1 is not closed" in checked.stdout, checked.stderr
    assert "'burnout'" not in checked.stderr, checked.stderr
