"""Helper L3 (fault found by trial helper K3): "peer reentry pilot, 12m follow up" was worded "In peer reentry pilot,
where 12m follow up, …" (the time read as a clause, "12m" its subject and "follow up" its verb), and the pack showed
"12m" unexplained. A number glued to the letters of a unit of time is a measure of time: a noun phrase, and a short
form the team is asked to say the meaning of, then told and spelt out as any other."""

from __future__ import annotations

from cmo.synthesis.shorthand import short_forms_told, shorthand_in, spelt_out
from cmo.synthesis.wording import cmo_segments


def _said(context: str, mechanism: str, outcome: str) -> str:
    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


def test_a_time_written_short_is_no_clause():
    said = _said("peer reentry pilot, 12m follow up", "peer support", "fewer rearrests")
    assert "where 12m" not in said and "12m follow up" in said, said
    said = _said("community diabetes clinics, 3w after discharge", "a named nurse", "better glucose control")
    assert "where 3w" not in said, said


def test_a_place_then_what_holds_there_is_still_split():  # another topic: a real clause after the place
    said = _said("rural Ghana, clinics have one nurse", "a named nurse", "better glucose control")
    assert said.startswith("In rural Ghana, where clinics have one nurse, "), said


def test_a_time_written_short_is_named_and_spelt_out_as_the_team_says():
    assert shorthand_in("peer reentry pilot, 12m follow up") == ["12m"]
    assert shorthand_in("6mo after discharge, a 3wk course, 2yr follow-up") == ["6mo", "3wk", "2yr"]
    told = short_forms_told([("C5", "peer reentry pilot, 12m follow up")], {"12m": "12 months"})
    assert told == "Short forms you will see: \u201c12m\u201d means 12 months.", told
    assert spelt_out("peer reentry pilot, 12m follow up", {"12m": "12 months"}) == "peer reentry pilot, 12 months follow up"


def test_numbers_that_are_no_time_written_short_are_not_named():
    for text in ("12 months follow up", "the 3rd visit", "a £12m budget", "covid-19 wave 2", "a 5mg dose"):
        assert shorthand_in(text) == [], text
