"""Trial BT (community paramedicine, a Taguette highlights export): an outcome of a thing kept from happening,
'avoided conveyance', is a success, never a withholding that makes a member's null finding read as in line with it.
Each rule is tested on another topic: inclusion units in secondary schools."""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

# --- a thing kept from happening is no withholding -------------------------------------------------------------------


def _shown(tmp_path: Path, outcomes: tuple[str, str]) -> str:
    """`configs show C1` of one configuration made by hand of two statements of one mechanism, with these outcomes."""
    rows = [
        ("inclusion2019", "Schools with an inclusion unit", "Staff have somewhere to send a pupil in crisis", outcomes[0]),
        ("inclusion2020", "Schools with an inclusion unit", "Staff have somewhere to send a pupil in crisis", outcomes[1]),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    return cmo_run("configs", "show", "C1", cwd=review).stdout


def test_a_null_finding_beside_an_avoided_outcome_is_asked_about_not_counted_as_support(tmp_path):
    """Trial BT: "no change in ED use" sat in a configuration whose outcome was "avoided conveyance" as a supporting
    statement, unsaid: "avoided" was read as people holding back from a thing, so the denial read as in line."""
    shown = _shown(tmp_path, ("Avoided permanent exclusions", "No change in permanent exclusions"))
    assert "S2 (contradicting)" in shown or "S2 (not yet decided)" in shown
    assert "contradicting sources: inclusion2020" in shown or "sources not yet decided: inclusion2020" in shown


def test_a_null_finding_beside_people_avoiding_a_thing_stays_in_line(tmp_path):
    """The rule must not fire where people hold back: "pupils avoided the unit" beside "pupils did not use the unit"."""
    shown = _shown(tmp_path, ("Pupils avoided the unit", "Pupils did not use the unit"))
    assert "not yet decided" not in shown
