"""Trial CW: a context coded telegraphically with a singular noun for one person that ends in a consonant and "y" was
framed as a place ("In baby born early, …"), where "mother with no car" reads "For a mother with no car":
`_one_person` formed the plural "babys", which names no people. A consonant and "y" make "ies" ("babies",
"ladies"). Must not fire (transport, pharmacy): a singular noun ending in "y" that names no people
("city", "pharmacy") keeps its "In"."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence


@pytest.mark.parametrize(
    ("context", "mechanism", "opening"),
    [
        ("baby born early in a rural hospital", "the baby is held skin to skin", "For a baby born early in a rural hospital, "),
        ("lady living alone at home", "the lady feels watched over", "For a lady living alone at home, "),
    ],
)
def test_one_person_whose_noun_ends_in_y_is_framed_as_a_person(context, mechanism, opening):
    assert cmo_sentence(context, mechanism, "fewer missed appointments").startswith(opening)


@pytest.mark.parametrize("context", ["city with a new tram line", "pharmacy open late on weekdays"])
def test_a_place_whose_noun_ends_in_y_keeps_in(context):
    assert cmo_sentence(context, "more people ride the tram", "fewer cars in the centre").startswith(f"In {context}, ")
