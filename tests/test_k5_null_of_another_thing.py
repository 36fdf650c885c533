"""A null finding read as a null (helper K5). "No difference in HbA1c reduction between arms" tells no decrease and no
thing called "difference" (a difference measures what it compares, `evidence._MEASURES`); and "no difference in carer
satisfaction" beside "carer workload increased" shares only its people: it is not yet decided, as before, but said to
be of a thing none of the others names, not to go the opposite way (`evidence.undecided_because`). Topics: diabetes
care by practice nurses, carers of people with dementia; must not change the reason where the null names the others'
thing (attendance at a falls class)."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import denied_directions, outcome_directions, reports_no_change


def test_no_difference_in_a_reduction_is_a_null_and_no_thing_called_difference():
    """Fails on the old code: "difference" was read as a thing the reduction was of."""
    outcome = "no difference in HbA1c reduction between arms"
    assert reports_no_change(outcome) and outcome_directions(outcome) == {}
    assert "differ" not in denied_directions(outcome)


def _carers(tmp_path, null: str) -> str:
    ctx = "family carers of people with dementia living at home"
    mech = "carers feel supported by a named key worker who visits regularly"
    review = review_from_rows(
        tmp_path,
        [
            ("dd2019", ctx, mech, "carer workload increased"),
            ("ee2020", ctx, mech, "carer workload increased and carers felt tired"),
            ("ff2021", ctx, mech, null),
        ],
    )
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    home = next(c["id"] for c in configs if "S1" in c["statements"])
    if not any("S3" in c["statements"] and c["id"] == home for c in configs):  # a person puts it there
        assert cmo_run("configs", "attach", "S3", "--to", home, cwd=review).returncode in (0, 1)
    return cmo_run("configs", "show", home, cwd=review).stdout


def test_a_null_of_another_thing_is_not_said_to_go_the_opposite_way(tmp_path):
    """Fails on the old code: "its outcome and the configuration's go opposite ways"."""
    shown = _carers(tmp_path, "no difference in carer satisfaction")
    assert "S3 is not yet decided, as it finds no change in a thing that neither" in shown, shown
    assert "S3 (contradicting)" not in shown and "1 contradicting" not in shown, shown


def test_a_null_of_their_thing_still_goes_the_opposite_way(tmp_path):
    """Must not fire: a null on the workload the others say increased is their outcome gone the other way."""
    shown = _carers(tmp_path, "no effect on carer workload")
    assert "go opposite ways" in shown and "finds no change in a thing" not in shown, shown
