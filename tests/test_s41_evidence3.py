"""Session 41, evidence (fourth part): which side a member counts on, and key contexts (trial AS 2, AS 4).

A withholding said of who the people had been ("families who had refused now accept it") is not what the outcome says;
an outcome saying the withheld thing was left undone ("complaints go unanswered") agrees with the withholding; a thing
seldom done ("home visits are rarely offered") is worded by its absence; turning away from a thing ("carers stopped
attending") is the opposite of going on with it ("carers continued attending"). Beside a configuration that tells where
things went wrong, a member telling only of things going well tells the other side, and its context is no key context.

Each rule is tested alone on topics other than the trial's (housing, complaints, home care, pharmacies, dementia care);
the end-to-end tests run `cmo` on a real SQLite review.
"""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import opposite_outcomes, reports_withholding


def _both_ways(one: str, other: str) -> bool:
    forward, backward = opposite_outcomes(one, other), opposite_outcomes(other, one)
    assert forward == backward, (one, other)
    return forward


# ---- AS 4: a refusal that says who the people had been ----------------------------------------------------------------


def test_a_refusal_people_had_made_before_says_who_they_are_not_the_outcome():
    """Fails on the old code: "who had previously refused" read the outcome as a withholding, the opposite of accepting."""
    assert not reports_withholding("tenants who had previously refused the offer now accept a flat")
    assert not _both_ways("tenants who had previously refused the offer now accept a flat", "more tenants accept a flat")
    assert not _both_ways("pupils who had dropped out return to class", "more pupils attend class")
    assert reports_withholding("tenants refused the offer of a flat")  # the outcome's own refusal still reads so
    assert reports_withholding("tenants who were offered a flat refused it")


# ---- AS 4: a thing left undone agrees with its withholding ------------------------------------------------------------


def test_a_thing_left_undone_agrees_with_its_withholding():
    """Fails on the old code: "complaints go unanswered" was read as done, the opposite of "hesitant to answer"."""
    assert not _both_ways("staff are hesitant to answer complaints", "many complaints go unanswered")
    assert _both_ways("staff are hesitant to answer complaints", "complaints are answered promptly")


# ---- AS 2: a thing seldom done is worded by its absence ---------------------------------------------------------------


def test_a_thing_seldom_done_is_the_opposite_of_it_done():
    """Fails on the old code: "rarely offered" read as done, no opposite of "more home visits are offered"."""
    assert reports_withholding("home visits are rarely offered")
    assert reports_withholding("staff seldom ask about carers' own health")
    assert _both_ways("home visits are rarely offered", "more home visits are offered")
    assert not _both_ways("home visits are rarely offered", "carers are reluctant to accept home visits")
    assert not reports_withholding("home visits are not rarely offered")


# ---- key-contexts engineer: going on with a thing is the opposite of turning away from it ------------------------------


def test_going_on_with_a_thing_is_the_opposite_of_turning_away_from_it():
    """Fails on the old code: "stopped attending" beside "continued attending" was no opposite."""
    assert _both_ways("carers stopped attending the group", "carers continued attending the group")
    assert _both_ways("tenants stopped paying rent", "tenants kept paying rent")
    assert not _both_ways("GPs are reluctant to stop medicines", "GPs continue medicines")  # two negatives: it goes on
    assert not _both_ways("carers stopped attending the group", "carers continued to work")  # no one thing
    assert _both_ways("the medicines were stopped", "the medicines were continued")  # nothing after the verb: one thing
    assert not _both_ways("families fear they are left without support", "support continues for most families")


# ---- AS 2: key contexts never from the other side ---------------------------------------------------------------------


def _key_contexts(review: Path, title: str, context: str, mechanism: str, outcome: str) -> str:
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    edited = cmo_run(
        "configs", "edit", "C1", "--title", title, "--context", context, "--mechanism", mechanism, "--outcome", outcome,
        "--by", "RT", cwd=review,
    )  # fmt: skip
    assert edited.returncode in (0, 1), edited.stderr
    report = cmo_run("report", "--format", "md", "-o", "../report.md", cwd=review)
    assert report.returncode in (0, 1), report.stderr
    row = next(line for line in (review.parent / "report.md").read_text(encoding="utf-8").splitlines() if "(C1)**" in line)
    return row.split("|")[5]


def test_a_member_where_the_thing_is_done_gives_no_key_context_to_one_where_it_is_seldom_done(tmp_path: Path):
    """Fails on the old code: "pharmacies with a funded review service" was listed as key to reviews being rarely offered."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "ash2019",
                "Community pharmacies with one pharmacist",
                "pharmacists fear complaints",
                "medicine reviews are rarely offered",
            ),
            (
                "bell2020",
                "Pharmacies in rural towns with one pharmacist",
                "pharmacists fear complaints",
                "medicine reviews are rarely offered",
            ),
            (
                "cole2021",
                "Pharmacies with a funded review service",
                "pharmacists feel supported",
                "more medicine reviews are offered",
            ),
        ],
        appraised=True,
    )
    key = _key_contexts(
        review,
        "Pharmacists fear complaints",
        "community pharmacies with one pharmacist",
        "pharmacists fear complaints",
        "medicine reviews are rarely offered",
    )
    assert "funded review service" not in key.lower(), key
    assert "rural towns" in key.lower(), key  # a member on its side still gives one


def test_a_member_telling_only_of_things_going_well_gives_no_key_context_to_a_barrier(tmp_path: Path):
    """Fails on the old code: "carers who attended a course on dementia" was listed as key to confusion → distress."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "dunn2018",
                "carers with little knowledge of dementia",
                "confusion about the symptoms",
                "distress and withdrawal from care decisions",
            ),
            (
                "egan2020",
                "spouses caring at home who were never told about the diagnosis",
                "confusion about the symptoms",
                "distress and withdrawal from care decisions",
            ),
            (
                "ford2022",
                "carers who attended a course on dementia",
                "carers understand the symptoms",
                "more confident involvement in care decisions",
            ),
        ],
        appraised=True,
    )
    key = _key_contexts(
        review,
        "Confusion about dementia",
        "carers with little knowledge of dementia",
        "confusion about the symptoms",
        "distress and withdrawal from care decisions",
    )
    assert "course on dementia" not in key.lower(), key
    assert "never told about the diagnosis" in key.lower(), key


def test_a_member_telling_of_a_harm_in_other_words_still_gives_a_key_context():
    from cmo.models import Configuration
    from cmo.synthesis.evidence import _outcome_as_worded

    config = Configuration(
        id="C1",
        title="Confusion about dementia",
        context="carers with little knowledge of dementia",
        mechanism="confusion about the symptoms",
        outcome="distress and withdrawal from care decisions",
        statements=["S1"],
    )
    unsure = Statement(
        id="S1", source="a", context="carers never told the diagnosis", mechanism="they guess", outcome="more questions"
    )
    assert _outcome_as_worded(unsure, config)  # its context denies: not only things going well
