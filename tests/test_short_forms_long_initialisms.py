"""Trial DA (online STI testing for young people): "In young GBMSM, online less stigma than clinic" went to a youth
panel with no word from `round close --check`: only words of up to four letters (five with a plural's "s") were read as
short forms, so an initialism of five letters no lexicon knows passed as a word. An initialism in capitals of up to
seven letters that no lexicon knows is now a short form ("GBMSM", "STBBIs"); one it knows as a word ("COVID", "SMART",
a word shouted in capitals, "NEVER") is not. Must-not-fire cases on another topic (school mental health)."""

from __future__ import annotations

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.shorthand import shorthand_in


def test_a_long_initialism_no_lexicon_knows_is_a_short_form():
    assert shorthand_in("In young GBMSM, online less stigma than clinic") == ["GBMSM"]
    assert shorthand_in("testing for STBBIs by post") == ["STBBIs"]


def test_a_word_written_in_capitals_is_no_short_form():
    # school mental health: words a reader knows, written in capitals
    assert shorthand_in("pupils set SMART goals after COVID closures") == []
    assert shorthand_in("pupils said they would NEVER ask a teacher for help") == []
    assert shorthand_in("a counsellor in every school, as pupils asked") == []


def test_round_close_check_names_a_long_initialism(tmp_path):
    rows = [
        ("knight2017", "young GBMSM in Vancouver", "online testing feels less stigmatising than a clinic", "more tested"),
        ("gilbert2013", "young GBMSM in Vancouver", "online testing feels less stigmatising than a clinic", "more tested"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    checked = cmo_run("round", "close", "--check", cwd=review)
    assert checked.returncode in (0, 1), checked.stderr
    assert "'GBMSM'" in checked.stderr, checked.stderr
