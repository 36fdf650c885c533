"""A context that opens with a day of the week is framed "On", not "In" (trial E2, a review of antibiotic prescribing in
nursing homes: the pack read "In Friday afternoon, no GP cover over the weekend, fear that …"). English puts a day
after "on"; places, programmes and people keep their frames. Examples are about libraries and markets too."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, context_frame


@pytest.mark.parametrize(
    "context",
    ["Friday afternoon, no GP cover over the weekend", "Sundays when the library is short of staff", "Monday mornings"],
)
def test_a_day_of_the_week_is_framed_on(context):
    assert context_frame(context) == "On "


@pytest.mark.parametrize(
    ("context", "frame"),
    [("rural libraries", "In "), ("older adults living alone", "For "), ("Sunday schools in the parish", "In ")],
)
def test_other_contexts_keep_their_frames(context, frame):
    assert context_frame(context) == frame


def test_the_sentence_opens_on_the_day_and_a_days_market_stays_a_place():
    assert cmo_sentence("Sundays when the library is short of staff", "volunteers run the desk", "longer hours").startswith(
        "On Sundays when the library"
    )
    assert cmo_sentence("Saturday markets with few stalls", "traders share a van", "lower costs").startswith("In Saturday")
