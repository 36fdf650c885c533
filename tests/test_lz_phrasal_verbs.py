"""Helper LZ (CS a): a context coded as a clause whose verb is a phrasal verb ("GP hands over a social problem with
little explanation") was read as a noun phrase, "hands" a plural noun before a preposition ("home visits after
discharge"), and the pack said "In GP hands over a social problem…". WordNet's phrasal verbs (english/phrasal_verbs.txt,
built by scripts/build_phrasal_verbs.py) tell "hands over" from "visits after". Tested on other topics too: school
pastoral care and community nursing; a noun phrase before a preposition must stay a place."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmo.synthesis.wording import cmo_sentence

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("context", "framed"),
    [
        ("GP hands over a social problem with little explanation", "Where GP hands over a social problem"),
        ("Link worker drops out of contact after two sessions", "Where link worker drops out of contact"),
        ("Nurse sets up a follow-up call with each family", "Where nurse sets up a follow-up call"),
        ("Teacher looks after the class rabbit over the holidays", "Where teacher looks after the class rabbit"),
    ],
)
def test_one_person_and_a_phrasal_verb_is_a_clause_not_a_place(context, framed):
    sentence = cmo_sentence(context, "the patient feels fobbed off", "the patient stops attending")
    assert sentence.startswith(framed), sentence


@pytest.mark.parametrize(
    "context",
    [
        "Home visits after discharge",
        "Phone calls in the evening",
        "Bus stops near the clinic",
        "Physiotherapist reviews at six weeks",
        "School trips over the summer term",
    ],
)
def test_a_plural_noun_before_a_preposition_stays_a_place(context):
    """No person before it ("phone calls in the evening": "call in" is a phrasal verb), or no phrasal verb ("visit
    after", "review at"): a noun phrase, framed "In …"."""
    sentence = cmo_sentence(context, "pupils feel safe", "pupils attend more often")
    assert not sentence.startswith("Where "), sentence


def test_the_phrasal_verbs_are_what_their_script_writes():
    text = (REPO / "cmo" / "synthesis" / "english" / "phrasal_verbs.txt").read_text(encoding="utf-8")
    assert text.startswith("# Built by scripts/build_phrasal_verbs.py from WordNet 3.0")
    assert (REPO / "scripts" / "build_phrasal_verbs.py").is_file()
    words = set(text.split())
    assert {"hand_over", "drop_out", "look_after"} <= words and "care_for" not in words and "visit_after" not in words
