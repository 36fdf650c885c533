"""A past verb that is no participle with its measure right after it ('HbA1c fell 0.85% more', 'visits rose 12%') is
a clause (trial E4, a realist review of diabetes text messages): the outcome was read as a noun phrase and the pack read
"…keeps diabetes in mind, which leads to HbA1c fell 0.85% more"; with "by" ("fell by 0.85%") it was already a clause.
A participle before a number ('patients seen 3 times') and a noun before one ('the year 2020') stay noun phrases.
Other examples are about school attendance, housing and hospital admissions."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, is_clause


@pytest.mark.parametrize(
    "outcome", ["HbA1c fell 0.85% more", "school attendance rose 12%", "evictions fell 30% in a year", "admissions grew 3 points"]
)
def test_a_past_with_its_measure_is_a_clause(outcome):
    assert is_clause(outcome)


def test_the_sentence_joins_it_as_a_clause():
    sentence = cmo_sentence("patients at a clinic", "a daily reminder keeps diabetes in mind", "HbA1c fell 0.85% more")
    assert sentence.endswith(", so HbA1c fell 0.85% more.")


@pytest.mark.parametrize("outcome", ["patients seen 3 times", "tenants housed 2 years", "the year 2020", "pupils aged 11"])
def test_a_participle_or_a_noun_before_a_number_stays_a_noun_phrase(outcome):
    assert not is_clause(outcome)
