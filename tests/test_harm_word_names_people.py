"""A harm noun that only names whom an outcome is about ("higher risk groups", "abuse survivors") tells nothing going
wrong (trial DA: online STI testing for young people, "uptake rose in higher risk groups too" read as a harm, so refine
kept it apart from "more young people tested" as telling "the other side")."""

from cmo.models import Statement
from cmo.synthesis.evidence import on_opposite_sides, outcome_side, reports_harm


def _statement(sid, context, mechanism, outcome):
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def test_a_risk_group_named_is_no_harm():
    assert not reports_harm("uptake rose in higher risk groups too")
    assert not reports_harm("uptake rose in higher-risk groups")
    assert not reports_harm("attendance improved among abuse survivors")


def test_testing_rising_in_risk_groups_is_on_the_same_side_as_testing_rising():
    one = _statement(
        "S1",
        "young people in two London boroughs offered a free online kit by text",
        "the offer removes the effort of booking and travelling to clinic",
        "more young people tested and more diagnoses",
    )
    other = _statement(
        "S2",
        "young people at higher risk offered online testing",
        "convenience outweighs fear of being seen at clinic",
        "uptake rose in higher risk groups too",
    )
    assert outcome_side(other) != -1
    assert not on_opposite_sides(one, other)


def test_a_harm_said_of_people_still_reports_one():
    # another topic (falls and pressure care in older people): the harm is what happened, not a label
    assert reports_harm("more anxious patients after discharge")
    assert reports_harm("frail older women are most at risk")
    assert reports_harm("more complications in high risk patients")
    assert reports_harm("abuse of residents rose")
    failing = _statement(
        "S3",
        "care homes with agency staff at night",
        "staff do not know the residents and fear blame",
        "high risk residents were injured",
    )
    assert outcome_side(failing) == -1
