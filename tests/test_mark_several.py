"""`cmo code mark` took one statement id: a reviewer marking three statements of one configuration against it typed
three commands, three transactions (the brief's left-over 2). Several ids are marked in one transaction, each its own
decision in the history; an unknown id, or one not in the configuration, changes nothing (exit 2).

Statements about school walking buses; the must-not-fire case (one id, as before) on a community pharmacy topic."""

from __future__ import annotations

import sqlite3

from sheet_reviews import cmo_run, review_from_rows

WALKING = [
    ("tanaka2019", "Quiet residential streets", "Parents trust an adult walks with the children", "More children walk"),
    ("moss2020", "Streets near the school gate", "Parents feel the route is watched", "More children walk to school"),
    ("ward2021", "Busy main roads", "Parents fear the traffic", "Children are driven to school"),
]
PHARMACY = [
    ("ali2018", "Pharmacists in rural towns", "Patients know the pharmacist by name", "Medicines are reviewed"),
    ("berg2020", "Pharmacies with a private room", "Patients speak freely", "Medicines are reviewed more often"),
]


def _run(review, *args: str, code: int = 0) -> str:
    done = cmo_run(*args, cwd=review)
    assert done.returncode == code, done.stderr
    return done.stdout + done.stderr


def _state(review) -> list[tuple]:
    with sqlite3.connect(review / "review.db") as db:
        return [row for table in ("statements", "configurations", "history") for row in db.execute(f"SELECT * FROM {table}")]


def test_several_statements_are_marked_in_one_command(tmp_path):
    review = review_from_rows(tmp_path, WALKING)
    _run(review, "configs", "new", "--statements", "S1,S2,S3", "--domain", "connecting")
    before = _state(review)
    said = _run(review, "code", "mark", "S1", "S2", "S9", "--contradicting", "C1", code=2)
    assert "S9" in said and _state(review) == before  # an unknown id: nothing marked, not even S1
    _run(review, "configs", "new", "--statements", "S3", "--domain", "connecting")
    before = _state(review)
    said = _run(review, "code", "mark", "S1", "S3", "--contradicting", "C1", code=2)
    assert "S3 is not in C1" in said and _state(review) == before
    said = _run(review, "code", "mark", "S1", "S2", "--contradicting", "C1", "--note", "the walk stopped in winter")
    assert "S1, S2 marked contradicting C1 (contradicting it now: S1, S2)" in said
    for statement in ("S1", "S2"):
        decision = [d for d in __import__("json").loads(_run(review, "history", statement, "--json")) if d["action"] == "mark"]
        assert [(d["after"]["stance"], d["note"]) for d in decision] == [("contradicting", "the walk stopped in winter")]
    said = _run(review, "code", "mark", "S1,S2", "--clear", "C1")
    assert "S1, S2: their marks for C1 cleared" in said


def test_one_statement_is_marked_as_before(tmp_path):
    """Must not fire: one id is one mark, said as it always was."""
    review = review_from_rows(tmp_path, PHARMACY)
    _run(review, "configs", "new", "--statements", "S1,S2", "--domain", "connecting")
    said = _run(review, "code", "mark", "S2", "--supporting", "C1")
    assert "S2 marked supporting C1" in said
    said = _run(review, "code", "mark", "S2", "--clear", "C1")
    assert "S2's mark for C1 cleared" in said
