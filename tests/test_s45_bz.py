"""Session 45, trial BZ (long COVID rehabilitation). Each rule tested alone on other topics (foster care, school
nursing, prison healthcare), through the commands a user types where it shows in what they read.

- BZ 2: a mechanism coded as a verb phrase with a capital ("Feel forced to choose between health and job") was given a
  subject and kept its capital: "they Feel forced…" in the sentence, "Respondents Feel forced…" as the title."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence, title_for
from tests.sheet_reviews import cmo_run, review_from_rows

# ---- BZ 2: a verb phrase's capital after the subject it is given ---------------------------------------------------


def test_a_capitalised_verb_phrase_given_its_subject_is_lowered_in_the_sentence():
    said = cmo_sentence("Foster carers waiting for a placement review", "Feel unable to complain in case the child is moved", "")
    assert said.startswith("For foster carers waiting for a placement review, they feel unable to complain")
    assert cmo_sentence("", "Feel safe to ask the school nurse", "more drop-in visits").startswith("People feel safe to ask")


def test_a_capitalised_verb_phrase_given_its_subject_is_lowered_in_the_title():
    title = title_for("Prison officers new to the wing", "Do not pass on requests to see a nurse", "delayed care")
    assert title == "Prison officers do not pass on requests to see a nurse"


def test_a_mechanism_with_its_own_subject_keeps_its_name():
    """Must not fire: a mechanism that names its subject, a name, is no verb phrase given one."""
    said = cmo_sentence("Pupils at schools with a drop-in", "NHS nurses run the sessions", "more disclosures")
    assert ", NHS nurses run the sessions" in said


def test_the_configurations_list_reads_a_capitalised_verb_phrase_after_its_subject(tmp_path):
    review = review_from_rows(
        tmp_path,
        [
            (
                "smith2021",
                "Foster carers waiting for a placement review",
                "Feel unable to complain in case the child is moved",
                "They stay silent about problems",
            ),
            (
                "jones2022",
                "Foster carers waiting for a placement review",
                "Feel unable to complain in case the child is moved",
                "They hide problems from social workers",
            ),
        ],
    )
    assert cmo_run("refine", cwd=review).returncode in (0, 1)
    shown = cmo_run("configs", "list", cwd=review).stdout
    assert "Foster carers feel unable to complain in case the child is moved" in shown  # the title
    assert "For foster carers waiting for a placement review, they feel unable to complain" in shown  # the sentence
    assert "Feel unable" not in shown
