"""Helper RH6, re-checking I0's rule on the integrated code: a short word in capitals among small words is asked about
as a short form ('TAU', 'TIC'), but a modal written in capitals ("nurses MUST ask") and an adjective said of its subject
in capitals ("people felt SAFE at home", "it was FUN") are emphasis, as "did NOT attend" is: the check asked the team to
explain 'MUST', 'SAFE' and 'FUN'. A short form after "was" is a noun, no adjective: "the comparator was TAU" is still
asked. Topics: Housing First, and a school falls-prevention class."""

from __future__ import annotations

import pytest

from cmo.synthesis.shorthand import shorthand_in


@pytest.mark.parametrize(
    "text",
    [
        "nurses MUST ask about housing at every visit",
        "people felt SAFE at home for the first time",
        "the pupils said the balance class was FUN",
        "older people in the class seemed SO happy",
        "the carers MAY stay for the class",
    ],
)
def test_a_modal_or_an_adjective_said_of_its_subject_in_capitals_is_emphasis(text):
    assert shorthand_in(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("the comparator was TAU at 24 months", ["TAU"]),
        ("the control arm was ACT", ["ACT"]),
        ("hostel staff were TIC trained", ["TIC"]),
        ("care homes in NO and PL took part in the falls class", ["NO", "PL"]),
    ],
)
def test_a_short_form_where_a_noun_stands_is_still_asked(text, asked):
    assert shorthand_in(text) == asked
