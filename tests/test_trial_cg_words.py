"""Trial CG (antibiotic prescribing in primary dental care): an outcome coded for one person, without its subject
("prescribes abx", "attends fewer visits", "is more likely to attend"), after a mechanism coded as a noun phrase, was
given "people" and kept its verb for one: the pack read "fears of serious consequences mean that people prescribes abx".
The verb now takes the form of the "they" or "people" the sentence gives it, as a mechanism's does (trial BL). Checked
on another topic (home visits by community nurses) too, and where it must not change a word: an outcome the mechanism
itself brings about ("reduces missed visits") and an outcome after a pronoun the mechanism names ("she trusts the
pharmacist, so she completes treatment")."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence


@pytest.mark.parametrize(
    ("context", "mechanism", "outcome", "said"),
    [
        ("uncertain diagnosis", "fears of serious consequences", "prescribes abx", "mean that people prescribe abx."),
        ("rural clinics", "staff shortages", "has fewer visits", "mean that they have fewer visits."),
        ("rural clinics", "staff shortages", "attends fewer visits", "mean that they attend fewer visits."),
        (
            "rural clinics",
            "a named nurse for each family",
            "is more likely to attend",
            "means that they are more likely to attend.",
        ),
        ("rural clinics", "a named nurse for each family", "doesn't miss visits", "means that they don't miss visits."),
    ],
)
def test_an_outcome_coded_for_one_person_agrees_with_the_people_given_it(context, mechanism, outcome, said):
    sentence = cmo_sentence(context, mechanism, outcome)
    assert sentence.endswith(said), sentence
    assert "people prescribes" not in sentence and "people is" not in sentence and "they has" not in sentence


@pytest.mark.parametrize(
    ("context", "mechanism", "outcome", "said"),
    [
        (
            "rural clinics",
            "a named nurse for each family",
            "reduces missed visits",
            "a named nurse for each family reduces missed visits.",
        ),
        ("housebound patients", "she trusts the pharmacist", "completes treatment", "so she completes treatment."),
        ("rural clinics", "staff shortages", "attend fewer visits", "staff shortages mean that they attend fewer visits."),
    ],
)
def test_an_outcome_the_mechanism_brings_about_or_one_person_named_keeps_its_verb(context, mechanism, outcome, said):
    assert cmo_sentence(context, mechanism, outcome).endswith(said)
