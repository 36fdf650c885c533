"""A word and its negation by a prefix, as WordNet pairs them, are opposite outcomes (re-check RF 1: "carer
satisfaction" beside "carer dissatisfaction" both counted as support). Tested on school meals, home care and transport."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmo.synthesis.evidence import opposite_outcomes
from cmo.synthesis.lexicon import opposite_words


@pytest.mark.parametrize(
    "one, other",
    [
        ("Parent satisfaction with school meals", "Parent dissatisfaction with school meals"),
        ("Continuity of home care", "Discontinuity of home care"),
        ("Older people became independent", "Older people remained dependent"),
        ("The bus service was accessible", "The bus service inaccessible to wheelchair users"),
    ],
)
def test_a_word_and_its_negation_by_a_prefix_are_opposite_outcomes(one, other):
    assert opposite_outcomes(one, other) and opposite_outcomes(other, one)


@pytest.mark.parametrize(
    "one, other",
    [
        ("Formal support increased", "Informal support increased"),  # two kinds of support, each described
        ("Informal carers feel supported", "Carers feel supported"),
        ("Inpatient admissions fell", "Patient satisfaction rose"),  # no negation WordNet knows
        ("Patients continue their statins", "Patients discontinue their sleeping tablets"),  # a verb: its object decides
        ("Reduced parent dissatisfaction with school meals", "Improved parent satisfaction with school meals"),  # re-check RG 2
        ("Less discontinuity of home care", "More continuity of home care"),
        ("Fewer older people feel dependent", "Older people feel independent"),
        ("Staff satisfaction", "Patient dissatisfaction"),  # two peoples' outcomes
    ],
)
def test_a_describing_word_another_object_or_a_prefix_no_negation_is_no_opposite(one, other):
    assert not opposite_outcomes(one, other) and not opposite_outcomes(other, one)


def test_the_word_pairs_are_what_their_script_writes():
    """The shipped list is built from WordNet, not written by hand: its header names the script."""
    shipped = Path(__file__).resolve().parent.parent / "cmo" / "synthesis" / "english" / "opposite_words.txt"
    assert shipped.read_text(encoding="utf-8").startswith("# Built by scripts/build_opposite_words.py from WordNet 3.0")
    pairs = opposite_words()
    assert "dissatisfaction" in pairs["satisfaction"] and "patient" not in pairs.get("inpatient", frozenset())
