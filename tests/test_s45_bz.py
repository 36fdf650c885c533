"""Session 45, trial BZ (long COVID rehabilitation). Each rule tested alone on other topics (foster care, school
nursing, prison healthcare), through the commands a user types where it shows in what they read.

- BZ 2: a mechanism coded as a verb phrase with a capital ("Feel forced to choose between health and job") was given a
  subject and kept its capital: "they Feel forced…" in the sentence, "Respondents Feel forced…" as the title.
- BZ 1: "patients feel dismissed → they stop seeking help" was counted as support of "patients are directed to the right
  therapist early → improved functional status and fewer onward referrals", joined on "symptoms": a count said to go
  down beside an improvement made the configuration's outcome read as telling neither side."""

from __future__ import annotations

import json

from cmo.models import Statement
from cmo.synthesis.evidence import on_opposite_sides, outcome_side
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


# ---- BZ 1: an improvement beside a count that went down tells things went well ------------------------------------

SEEN_EARLY = (
    "ahmed2020",
    "A school nursing service with a single named nurse and same-day triage",
    "Pupils are seen by the right professional early and their concerns are taken seriously",
    "Improved attendance and fewer onward referrals",
)
DISMISSED = (
    "baker2021",
    "Teachers unfamiliar with self-harm",
    "Young people feel dismissed as their concerns are put down to attention-seeking",
    "Young people stop seeking help",
)


def _st(row: tuple[str, str, str, str]) -> Statement:
    return Statement(id="S1", source=row[0], context=row[1], mechanism=row[2], outcome=row[3])


def test_an_improvement_beside_a_count_that_went_down_tells_things_went_well():
    assert outcome_side(_st(SEEN_EARLY)) == 1
    assert on_opposite_sides(_st(SEEN_EARLY), _st(DISMISSED))


def test_a_count_that_went_down_alone_tells_neither_side():
    """Must not fire: "fewer onward referrals" alone is good or bad by what is referred, as before."""
    assert outcome_side(_st((*SEEN_EARLY[:3], "Fewer onward referrals"))) == 0
    assert outcome_side(_st((*SEEN_EARLY[:3], "Fewer onward referrals and reduced waiting lists"))) == 0


def test_refine_keeps_a_failure_joined_on_one_word_out_of_an_improvement_beside_a_count(tmp_path):
    rows = [
        SEEN_EARLY,
        DISMISSED,
        (
            "cole2022",
            "Primary schools with a family support worker",
            "Parents trust the worker with their household budget",
            "Earlier help for families",
        ),
        ("dunn2022", "Primary schools with a breakfast club", "Children eat before lessons", "Better concentration in class"),
    ]
    review = review_from_rows(tmp_path, rows)
    done = cmo_run("refine", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert "kept out of" in done.stdout + done.stderr
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    homes = {c["id"]: c["sources"] for c in configs}
    assert not any({"ahmed2020", "baker2021"} <= set(sources) for sources in homes.values())


# ---- BZ 3: a second coder's row saying a finding word for word, without its quote ---------------------------------

_FALLS = (
    "Older people discharged home after a fall",
    "A physiotherapist visits within 48 hours and they regain confidence to move",
    "Fewer repeat falls",
)


def _coded_twice(tmp_path, second: list[str]) -> str:
    """A falls review coded by AB from a sheet with a quote, then a second coder's sheet with `second`'s row."""
    review = review_from_rows(tmp_path, [("lee2020", *_FALLS)])
    (tmp_path / "second.csv").write_text(
        "source,context,mechanism,outcome,quote,page,coder\n" + ",".join(f'"{cell}"' for cell in second) + "\n", encoding="utf-8"
    )
    done = cmo_run("code", "import", "../second.csv", "--by", "CD", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert len(json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)) == 2  # both kept, as before
    return done.stdout + done.stderr


def test_a_second_coders_row_saying_a_finding_word_for_word_without_its_quote_is_named(tmp_path):
    said = _coded_twice(tmp_path, ["lee2020", *_FALLS, "", "7", "CD"])
    assert "word for word, that another coder coded too" in said
    assert "S2 (row 2, CD) with S1 (RT)" in said


def test_a_second_coders_row_of_other_words_from_the_same_source_is_not_named(tmp_path):
    """Must not fire: another finding of the same source, in other words, is another statement."""
    said = _coded_twice(
        tmp_path, ["lee2020", _FALLS[0], "They feel safer with a pendant alarm", "Fewer repeat falls", "", "7", "CD"]
    )
    assert "coded too" not in said
