"""Trial BS: "abuse is not disclosed to the health visitor" beside "early needs go unidentified" was left "not yet
decided", read as its outcome not following. An outcome saying a thing was left undone (a verb of staying as it was and
a verb's participle in "un": "go unidentified", "remain unvaccinated", "left unanswered") is an absence, as a
withholding is: a member denying the thing happened says it in other words. Tested on another topic: school
immunisation; an adjective in "un" ("remain unhappy") is no thing left undone."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import reports_left_undone

FEAR = ("Parents who distrust the school immunisation team", "they fear their child will be singled out")


def test_a_thing_left_undone_is_read_so():
    assert reports_left_undone("Many children remain unvaccinated")
    assert reports_left_undone("Reminder letters are left unanswered")
    assert not reports_left_undone("Parents remain unhappy with the team")
    assert not reports_left_undone("Unexpected benefits were reported")


def _made(tmp_path, first_outcome: str) -> dict:
    rows = [("okoro2019", *FEAR, first_outcome), ("lindqvist2022", *FEAR, "consent forms are not returned")]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--json", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    return json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)[-1]


def test_a_denial_beside_a_thing_left_undone_counts_as_support(tmp_path):
    config = _made(tmp_path, "many children remain unvaccinated")
    assert config["statements"] == ["S1", "S2"], config
    assert config["contradicting"] == [] and "not yet decided" not in json.dumps(config), config


def test_a_denial_beside_an_adjective_in_un_is_still_asked_about(tmp_path):
    config = _made(tmp_path, "parents remain unhappy with the team")
    assert "not yet decided" in json.dumps(config) or config["contradicting"] == ["S2"], config
