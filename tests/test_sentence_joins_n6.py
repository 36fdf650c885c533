"""Helpers DD and DA: three faults where a configuration sentence joins its parts.

- DD's C12 read "In rural district hospitals Tanzania, AMOs, AMOs from the region with family ties there leads to AMOs
  stay in rural posts": the context's last item named the people the mechanism opens with (said twice), and an acronym's
  plural whose lower case the lexicon lists as a name ("amos") left the outcome's verb unread, so a clause followed
  "leads to".
- DA's C5 read "shock and anxiety without human support mean that people distress; some rang clinic anyway": a noun
  before a semicolon was taken for a verb lacking its subject, with the next part's "some" as its object.

Each rule is tested on a second topic, with a case where it must not fire."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import CLAUSE, cmo_sentence, outcome_form


def test_dd_c12_reads_once_and_as_a_clause():
    """Fails on the old code: "…Tanzania, AMOs, AMOs from the region… leads to AMOs stay in rural posts."."""
    sentence = cmo_sentence(
        "rural district hospitals Tanzania, AMOs", "AMOs from the region with family ties there", "AMOs stay in rural posts"
    )
    assert "AMOs, AMOs" not in sentence
    assert "leads to AMOs stay" not in sentence
    assert sentence == (
        "In rural district hospitals Tanzania, AMOs from the region with family ties there mean that AMOs stay in rural posts."
    )


@pytest.mark.parametrize("text", ["AMOs stay in rural posts", "the AMOs leave for NGO jobs", "EMTs stay on"])
def test_an_acronyms_plural_is_the_subject_of_its_verb(text):
    """Fails on the old code for the AMOs: read as a noun phrase ("amos" is a name in the lexicon)."""
    assert outcome_form(text) == CLAUSE


def test_people_said_again_on_another_topic():
    """Fails on the old code: "In care homes in Leeds, nurses, nurses on night shifts feel alone…"."""
    sentence = cmo_sentence("care homes in Leeds, nurses", "nurses on night shifts feel alone", "more sick days")
    assert sentence == "In care homes in Leeds, nurses on night shifts feel alone, which leads to more sick days."


@pytest.mark.parametrize(
    ("context", "mechanism", "kept"),
    [
        ("Ghana, Kenya", "Kenya's policy on user fees", "In Ghana, Kenya, "),  # a place named in both: the context's
        ("care homes, nurses", "patients feel alone", "In care homes, nurses, "),  # other people respond
        ("rural clinics, pharmacists", "pharmacy stock-outs", "In rural clinics, pharmacists, "),  # a word's start only
    ],
)
def test_a_context_item_not_said_again_is_kept(context, mechanism, kept):
    """Must not fire: the mechanism does not open with the same people."""
    assert cmo_sentence(context, mechanism, "more sick days").startswith(kept)


def test_da_c5_a_noun_before_a_semicolon_is_no_verb():
    """Fails on the old code: "…mean that people distress; some rang clinic anyway"."""
    sentence = cmo_sentence(
        "YP receiving a positive result by text with no one to talk to",
        "shock and anxiety without human support",
        "distress; some rang clinic anyway",
    )
    assert "people distress" not in sentence and "they distress" not in sentence
    assert sentence.endswith("shock and anxiety without human support lead to distress; some rang clinic anyway.")


def test_a_noun_before_a_semicolon_on_another_topic():
    """Fails on the old code: "…mean that they worry; some stop going out"."""
    sentence = cmo_sentence("older men living alone", "loneliness and low mood", "worry; some stop going out")
    assert sentence == "For older men living alone, loneliness and low mood lead to worry; some stop going out."


@pytest.mark.parametrize(
    ("outcome", "said"),
    [
        ("support the family; some call daily", "mean that they support the family; some call daily"),
        ("cannot attend, feel ashamed", "mean that they cannot attend, feel ashamed"),
    ],
)
def test_a_verb_with_its_object_before_a_semicolon_is_still_a_verb(outcome, said):
    """Must not fire: a verb phrase whose object comes before the semicolon or comma keeps its subject."""
    assert said in cmo_sentence("older men living alone", "loneliness and low mood", outcome)
