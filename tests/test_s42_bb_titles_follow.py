"""Trial BB: a configuration titled by refine "Staff feel overwhelmed, which leads to staff wellbeing" (told apart from
another of that title by its outcome) kept that title after its outcome was reworded to "poorer staff wellbeing": a
title nobody wrote follows every rewording of the words it is made of, as refine words it. Tested on another topic:
pharmacists' follow-up calls after discharge."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

ROWS = [
    ("rural", "Rural pharmacies", "Pharmacists phone patients after discharge", "Fewer missed doses"),
    ("urban", "Urban pharmacies", "Pharmacists phone patients after discharge", "More repeat prescriptions collected"),
]


def _configs(review) -> dict[str, dict]:
    listed = cmo_run("configs", "list", "--json", cwd=review)
    return {c["id"]: c for c in json.loads(listed.stdout)}


def _two_of_one_title(tmp_path):
    review = review_from_rows(tmp_path, ROWS)
    for statement in ("S1", "S2"):
        made = cmo_run("configs", "new", "--statements", statement, "--by", "RT", "--json", cwd=review)
        assert made.returncode in (0, 1), made.stderr
    told = [c for c in _configs(review).values() if c["statements"] == ["S2"] and not c.get("retired")]
    assert "repeat prescriptions" in told[0]["title"].lower()  # told apart by its outcome, as refine tells them
    return review, told[0]["id"]


def test_a_title_nobody_wrote_follows_a_reworded_outcome(tmp_path):
    review, config = _two_of_one_title(tmp_path)
    done = cmo_run("configs", "edit", config, "--outcome", "Fewer readmissions", "--by", "RT", cwd=review)
    assert done.returncode == 0, done.stderr
    title = _configs(review)[config]["title"]
    assert "repeat prescriptions" not in title.lower() and "readmissions" in title.lower()


def test_a_title_somebody_wrote_stays_when_the_outcome_is_reworded(tmp_path):
    review, config = _two_of_one_title(tmp_path)
    assert cmo_run("configs", "edit", config, "--title", "Phone follow-up", "--by", "RT", cwd=review).returncode == 0
    assert cmo_run("configs", "edit", config, "--outcome", "Fewer readmissions", "--by", "RT", cwd=review).returncode == 0
    assert _configs(review)[config]["title"] == "Phone follow-up"
