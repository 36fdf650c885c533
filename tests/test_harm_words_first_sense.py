"""Harm-word noise (N1, LX's report): WordNet derivations and kinds of bad adjectives brought in nouns that are harms
only by a rare sense ("closeness", a kind of stinginess; "question", a kind of uncertainty; "gravity", from "grave";
"condition", a kind of illness), so "patients asked more questions" and "greater closeness with their key worker"
reported a harm. scripts/build_harm_words.py now keeps such a noun only where its most frequent sense, or a kind it is
of a few steps up, is itself one of harm. Must-not-fire: harms that came the same way and are harms first ("unfairness",
"infection", "vulnerability", "neglect") are still read as harms when they rise."""

from __future__ import annotations

import pytest

from cmo.synthesis.evidence import reports_harm
from cmo.synthesis.lexicon import harm_nouns


def test_nouns_that_are_harms_only_by_a_rare_sense_are_not_in_the_list():
    """Fails on the old code: all of them were."""
    assert not {"closeness", "question", "questions", "gravity", "condition", "conditions", "jump", "smallness"} & harm_nouns()


def test_harms_derived_or_kinds_whose_first_sense_is_a_harm_stay():
    assert {"unfairness", "inequality", "disparity", "infection", "vulnerability", "neglect", "negligence"} <= harm_nouns()


@pytest.mark.parametrize(
    "outcome", ["patients asked more questions", "more questions from parents", "greater closeness with their key worker"]
)
def test_a_rise_of_what_is_a_harm_only_by_a_rare_sense_reports_no_harm(outcome):
    """Fails on the old code: read as a harm, so the statement told the other side."""
    assert not reports_harm(outcome)


@pytest.mark.parametrize(
    "outcome", ["more infections on the ward", "greater vulnerability to scams", "inequalities widen", "more neglect at home"]
)
def test_a_rise_of_a_harm_still_reports_one(outcome):
    assert reports_harm(outcome)
