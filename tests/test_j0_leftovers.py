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

from cmo.synthesis.evidence import about_other_people, outcome_about
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
