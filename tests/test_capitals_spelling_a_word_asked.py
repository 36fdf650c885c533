"""Helper H2 (Housing First): "TIC" (trauma-informed care), "TAU" (treatment as usual), "ACT" (assertive community
treatment) and "PIE" (psychologically informed environment) reached the pack unexplained, as their small letters are
words (tic, tau, act, pie). One rule with helper H6's country codes ("NO", "PL"): a word in capitals among words in small
letters that no common dictionary or cmo's initialisms write so is a short form to ask about; not "AIDS", "WHO", "HIV",
"UK", a function word in capitals for emphasis ("NOT", "NO change") or a heading in capitals. Two topics: Housing
First, and school asthma care."""

from __future__ import annotations

import pytest

from cmo.synthesis.shorthand import shorthand_in


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("compared with TAU at 24 months", ["TAU"]),
        ("TIC on a poster is not trauma-informed care", ["TIC"]),
        ("ACT teams kept tenancies going", ["ACT"]),
        ("hostels trained in PIE principles", ["PIE"]),
        ("children given their inhaler by staff trained in the ART of spacers", ["ART"]),  # another topic
    ],
)
def test_capitals_spelling_a_word_among_small_words_are_asked_about(text, asked):
    assert shorthand_in(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "pupils with AIDS were seen by the school nurse",
        "guidance from WHO on asthma was followed",
        "pupils with HIV in the UK watched it on TV",
        "parents did NOT attend the asthma review",
        "there was NO change in staffing",
        "ACT TEAMS AND TAU IN EVERY CITY",
    ],
)
def test_a_dictionary_s_initialism_emphasis_or_a_heading_is_not(text):
    assert shorthand_in(text) == []
