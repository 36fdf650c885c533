"""Trial Q: evidence a person groups by hand is checked as refine checks what it places. S7 ("problems did not
change") attached to C1 left C1 "strong" without a word; a configuration made by hand from a finding and one that says
it did not follow was "moderate: 2 sources support it". Through the commands a user types on the example review."""

from __future__ import annotations

from cmo.synthesis.evidence import outcome_is_negative


def _two_that_follow(demo) -> tuple[str, str]:
    first, second = [s["id"] for s in demo.json("code", "list") if not outcome_is_negative(s["outcome"])][:2]
    return first, second


def _negative(demo, statement: str) -> None:
    demo("code", "edit", statement, "--outcome", "Their distress did not change")


def test_attaching_a_finding_that_did_not_follow_says_how_to_decide_it(demo):
    members = demo.json("configs", "show", "C1")["statements"]
    elsewhere = next(s["id"] for s in demo.json("code", "list") if s["id"] not in members and s["configurations"])
    _negative(demo, elsewhere)
    done = demo("configs", "attach", elsewhere, "--to", "C1")
    assert f"'cmo code mark {elsewhere} --contradicting C1' if it goes against" in done.stderr
    demo("code", "mark", elsewhere, "--contradicting", "C1")
    demo("configs", "detach", elsewhere)
    assert "cmo code mark" not in demo("configs", "attach", elsewhere, "--to", "C1").stderr  # a person's mark decides


def test_a_configuration_made_by_hand_reads_a_member_that_did_not_follow_as_against_it_and_says_so(demo):
    first, second = _two_that_follow(demo)
    _negative(demo, second)
    done = demo("configs", "new", "--statements", f"{first},{second}")
    made = demo.json("configs", "list")[-1]["id"]
    assert f"{second} read as going against {made} (its outcome did not follow, " in done.stderr
    assert f"'cmo code mark {second} --supporting {made}' if it agrees" in done.stderr, (
        "trial AA: a finding and one saying it did not follow, put together by hand, are contested, and told"
    )
    assert demo.json("configs", "show", made)["contradicting"] == [second]
    assert f"{first} counts" not in done.stderr and f"{first} read as" not in done.stderr


def test_a_configuration_made_only_of_findings_that_did_not_follow_is_their_support(demo):
    first, second = _two_that_follow(demo)
    _negative(demo, first)
    _negative(demo, second)
    assert "counts as supporting" not in demo("configs", "new", "--statements", f"{first},{second}").stderr


def test_refine_says_why_it_reads_a_member_as_going_against():
    """Trial P: a member flagged for pointing the other way ("more households visited" beside "fewer households are
    visited") was said to be one whose "outcome did not follow"."""
    from cmo.commands.refine import _why_against
    from cmo.models import Configuration, Statement

    said = {
        "S1": "Fewer households are visited",
        "S2": "Fewer households are visited each month",
        "S3": "More households visited",
        "S4": "Households were not visited",
    }
    statements = {sid: Statement(id=sid, source="k", context="c", mechanism="m", outcome=o) for sid, o in said.items()}
    statements["S5"] = Statement(id="S5", source="k", context="c", mechanism="m", outcome="Visits rose", contradicts=True)
    config = Configuration(id="C1", statements=list(statements))
    assert "points the other way" in _why_against("S3", config, statements) and "More households visited" in _why_against(
        "S3", config, statements
    )
    assert _why_against("S4", config, statements).startswith("its outcome did not follow")
    assert _why_against("S5", config, statements) == "its coder flagged it as contradicting"
