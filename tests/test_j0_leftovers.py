"""Helper J0: faults trial helpers found and left (H0, H1).

1. A coder's contraction of a noun for people ("pts", "pt", "drs") is those people: "pts felt isolated at night" and
   "clinicians reluctant to enrol sicker pts" are about other people, so refine keeps them apart (H0, hospital at home).
2. A null about one measure ("no difference in carer satisfaction") is not against another measure of the same people
   ("carer workload increased"): the people named are set aside when matching what a null is about (H0).
3. A duration in a title ("12-month") is no part number: a conference abstract of a trial and its paper are no series
   (H1).
"""

from __future__ import annotations

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import _same_thing, about_other_people, outcome_about, proposed_against
from cmo.synthesis.wording import _is_person


@pytest.mark.parametrize("word", ["pts", "pt", "drs", "Pts".lower()])
def test_contractions_of_nouns_for_people_are_people(word):
    """Fails on the old code: "pts" was read as no one."""
    assert _is_person(word)


@pytest.mark.parametrize("word", ["hrs", "yrs", "wks", "mths", "kg", "ml", "tx", "dx", "nth", "hmm", "pp"])
def test_other_abbreviations_are_not_people(word):
    """Units, times and clinical shorthand for things are no contraction of a noun for people."""
    assert not _is_person(word)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("pts felt isolated and anxious at night", "clinicians reluctant to enrol sicker pts"),  # hospital at home
        ("pts attended more therapy sessions", "drs reluctant to prescribe for pts with psychosis"),  # mental health
    ],
)
def test_outcomes_of_contracted_people_and_others_are_about_other_people(one, other):
    """Fails on the old code: the patients of the first went unread, so its outcome named no one."""
    assert about_other_people(outcome_about(one), outcome_about(other))


def test_same_contracted_people_are_not_other_people():
    """Two outcomes of the same people, one contracted, the other spelt out: not other people."""
    assert not about_other_people(outcome_about("pts felt safe at home"), outcome_about("patients felt anxious at night"))


# ---- 2. a null about one measure of the same people -----------------------------------------------------------------


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _against(null: str, change: str) -> list[str]:
    """The members refine lists against a configuration worded by its finding (`change`), of that finding twice and a
    null, alike enough as wholes to be proposed together."""
    statements = {sid: _st(sid, f"a setting {sid}", f"a way it works {sid}", change) for sid in ("S1", "S3")}
    statements["S2"] = _st("S2", "another setting", "another way", null)
    return proposed_against(["S1", "S3", "S2"], statements, lambda sid, others: True, change)


@pytest.mark.parametrize(
    ("null", "change"),
    [
        ("no difference in carer satisfaction between HaH and hospital", "carer workload increased"),  # hospital at home
        ("no difference in teacher retention at two years", "teacher confidence rose"),  # schools
    ],
)
def test_a_null_of_one_measure_is_not_of_another_measure_of_the_same_people(null, change):
    """Fails on the old code: both name the people ("carer", "teacher"), and that was read as one thing measured."""
    assert not _same_thing(null, change)
    assert _against(null, change) == []


@pytest.mark.parametrize(
    ("null", "change"),
    [
        ("no difference in carer satisfaction between HaH and hospital", "carers reported higher satisfaction"),
        ("Pupils did just as well as those in the intervention schools", "More pupils reach the expected reading standard"),
        ("teacher retention was similar to the comparison schools", "teacher retention rose"),
    ],
)
def test_a_null_of_the_same_measure_or_of_the_people_alone_still_goes_against(null, change):
    """The same measure, or a null that names nothing but its people ("did just as well", the comparison "as those in
    the intervention schools" set aside), is of the same thing, and goes against."""
    assert _same_thing(null, change)
    assert _against(null, change) == ["S2"]
