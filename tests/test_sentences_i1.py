"""Sentences that did not read (helper I1, faults trial H7 left): a mechanism coded as a clause whose verb takes an
object and "to" ("text reminders prompt parents to return the form") was read as a noun phrase and given a verb of its
own ("… have this outcome: …"); a phrase whose "and" joins two objects of one preposition ("trust in the NHS and the
school nurse") was read as two subjects ("… lead to …"). Topics: HPV vaccination in schools and home visiting after
birth; must not fire where the mechanism is a noun phrase, or where "and" joins a second thing of its own."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_segments


def _sentence(context: str, mechanism: str, outcome: str) -> str:
    return "".join(segment.text for segment in cmo_segments(context, mechanism, outcome))


@pytest.mark.parametrize(
    ("mechanism", "outcome"),
    [
        ("text reminders prompt parents to return the form", "consent form return higher (43% v 35%)"),
        ("home visits help the mothers to keep breastfeeding", "longer breastfeeding"),
    ],
)
def test_a_clause_whose_verb_takes_an_object_and_to_is_no_noun_phrase(mechanism, outcome):
    """Fails on the old code: "… prompt parents to return the form have this outcome: …"."""
    said = _sentence("parents of middle school students", mechanism, outcome)
    assert f"{mechanism} have" not in said and f"{mechanism} lead" not in said
    assert f"{mechanism}, " in said


@pytest.mark.parametrize(
    ("mechanism", "outcome"),
    [
        ("trust in the NHS and the school nurse as a source of information", "consent given"),
        ("confidence in the health visitor and the GP as sources of advice", "more advice sought"),
    ],
)
def test_two_objects_of_one_preposition_leave_its_head_one(mechanism, outcome):
    """Fails on the old code: "trust in the NHS and the school nurse … have this outcome" (and "lead to")."""
    said = _sentence("parents in Manchester", mechanism, outcome)
    assert f"{mechanism} has this outcome: " in said or f"{mechanism} leads to " in said


def test_two_things_each_with_its_own_determiner_still_take_a_plural_verb():
    """Must not fire: "screening of all pupils and a referral route" are two things (another topic: school mental
    health), as are "a named midwife and a support worker"."""
    said = _sentence("secondary schools", "screening of all pupils and a referral route", "earlier treatment")
    assert "route lead to earlier treatment" in said
    said = _sentence("first-time mothers", "a named midwife and a support worker", "more breastfeeding")
    assert "worker lead to more breastfeeding" in said
    said = _sentence("first-time mothers", "a named midwife for the whole pregnancy", "more breastfeeding")
    assert "pregnancy leads to more breastfeeding" in said
