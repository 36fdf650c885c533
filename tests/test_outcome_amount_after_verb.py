"""Trial CY (falls prevention): an outcome that gives the amount after its verb ("rate of falls reduced 23%", "falls fell
46 per cent") says its thing went that way, as the same outcome without the figure does. The figure was read as the
thing the verb acted on, so the outcome gave no direction: a member saying "falls reduced" was told as its opposite
("S3 counts as supporting C1, though its outcome says the opposite"), and a member saying "MORE falls in frail group"
was counted as its support, unsaid. Tested on falls, where it was found, and on heart-failure admissions and clinic
attendance, where a figure after the verb must neither make an opposite nor hide one."""

from __future__ import annotations

import pytest

from cmo.commands.refine import doubt_lines
from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import opposite_outcomes, outcome_directions


def _st(sid: str, outcome: str) -> Statement:
    return Statement(
        id=sid, source=f"src{sid}", context="Older people living at home", mechanism="They practise", outcome=outcome
    )


@pytest.mark.parametrize(
    ("outcome", "directions"),
    [
        ("rate of falls reduced 23%", {"fall": -1}),
        ("falls fell 46 per cent", {"fall": -1}),
        ("hospital admissions reduced 40% at 12 months", {"admiss": -1}),
        ("attendance rose 12 percentage points", {"attend": 1}),
    ],
)
def test_an_amount_after_the_verb_is_no_thing(outcome, directions):
    assert outcome_directions(outcome) == directions


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("MORE falls in frail group", "rate of falls reduced 23%"),
        ("more hospital admissions", "hospital admissions reduced 40% at 12 months"),
        ("lower attendance at the clinic", "attendance rose 12 percentage points"),
    ],
)
def test_an_outcome_going_the_other_way_is_its_opposite(one, other):
    assert opposite_outcomes(one, other) and opposite_outcomes(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("falls reduced", "rate of falls reduced 23%"),
        ("fewer hospital admissions", "hospital admissions reduced 40% at 12 months"),
        ("higher attendance", "attendance rose 12 percentage points"),
        ("hospital admissions reduced", "outpatient appointments rose 30%"),  # two things: no opposite
    ],
)
def test_the_same_way_with_a_figure_is_no_opposite(one, other):
    assert not opposite_outcomes(one, other) and not opposite_outcomes(other, one)


def test_refine_tells_the_member_that_goes_the_other_way_not_the_one_in_line():
    statements = {
        "S1": _st("S1", "rate of falls reduced 23%"),
        "S2": _st("S2", "falls reduced"),
        "S3": _st("S3", "MORE falls in frail group"),
    }
    config = Configuration(
        id="C1",
        statements=list(statements),
        context="Older people living at home",
        mechanism="They practise",
        outcome="rate of falls reduced 23%",
    )
    lines = doubt_lines({}, [config], statements)
    assert [line.split(",")[0] for line in lines] == ["S3 counts as supporting C1"], lines
