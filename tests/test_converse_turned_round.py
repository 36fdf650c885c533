"""A converse pair is support: "staff mistrusted the dosing app → used it less" beside two saying "staff trusted the app
→ used it more" was proposed as contradicting, because the outcome points the other way from most (brief s43 CR). A
member whose outcome gives a thing the opposite direction, where its mechanism says the opposite of theirs too (a
verb and its reversal, "mistrust"/"trust", or one thing given the opposite direction, "less contact"/"more contact"),
is the configuration seen from its other side. Where its mechanism says what theirs says ("trusted → used it less"), it
still goes against. Tested on other topics than the labelled sets: a dosing app on wards, a prison reading scheme."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import is_converse, proposed_against


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


WARD = "Wards given the insulin dosing app"


def _app(third_mechanism: str, third_outcome: str) -> dict[str, Statement]:
    return {
        "S1": _st("S1", WARD, "Nurses trusted the app's dose advice", "Nurses used the app more"),
        "S2": _st("S2", "Medical wards given the insulin dosing app", "Nurses trusted the app", "More use of the app"),
        "S3": _st("S3", WARD, third_mechanism, third_outcome),
    }


def test_a_reversed_mechanism_with_the_opposite_direction_supports():
    statements = _app("Nurses mistrusted the app's dose advice", "Nurses used the app less")
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []
    assert is_converse(statements["S3"], [statements["S1"], statements["S2"]])


def test_less_of_the_mechanism_with_less_of_the_outcome_supports():
    statements = {
        "S1": _st("S1", "Prisons with a reading scheme", "More contact with volunteer tutors", "More prisoners read weekly"),
        "S2": _st("S2", "Prisons running a reading scheme", "More contact with tutors", "More prisoners read each week"),
        "S3": _st("S3", "Prisons with a reading scheme", "Less contact with volunteer tutors", "Fewer prisoners read weekly"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []


def test_the_same_mechanism_with_the_opposite_direction_still_goes_against():
    statements = _app("Nurses trusted the app's dose advice", "Nurses used the app less")
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]
    assert not is_converse(statements["S3"], [statements["S1"], statements["S2"]])


def test_a_mechanism_about_another_thing_with_the_opposite_direction_still_goes_against():
    """Pin: a mechanism that only differs ("the app was slow to load") says nothing opposite of trust."""
    statements = _app("The app was slow to load on night shifts", "Nurses used the app less")
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


def test_refine_counts_the_converse_member_as_support(tmp_path):
    rows = [
        ("okafor2020", WARD, "Nurses trusted the app's dose advice", "Nurses used the app more"),
        ("lindqvist2021", WARD, "Nurses trusted the app's dose advice", "More use of the app by nurses"),
        ("bhatt2022", WARD, "Nurses mistrusted the app's dose advice", "Nurses used the app less"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--json", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    config = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)[-1]
    assert config["statements"] == ["S1", "S2", "S3"], config
    assert config["contradicting"] == [], config


def test_a_mechanism_turning_to_a_thing_is_not_turned_round():
    """Pin (the shipped example, another topic): "pharmacists switch to phone reviews to keep in contact" is no opposite of
    "patients welcome phone reviews as a way of keeping in touch", so a null result beside it still goes against."""
    statements = {
        "S1": _st(
            "S1",
            "Community pharmacies during a flu outbreak",
            "Pharmacists switch to phone reviews to keep in contact with patients",
            "Medicine reviews are kept going",
        ),
        "S2": _st(
            "S2",
            "Community pharmacies moving to phone reviews",
            "Patients welcome phone reviews as a way of keeping in touch",
            "Phone reviews did not keep medicine reviews going",
        ),
    }
    assert not is_converse(statements["S2"], [statements["S1"]])
