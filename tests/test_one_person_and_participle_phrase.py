"""Trial CW: the kidney pack read "In family involved in pre-dialysis decisions, fam wants pt to 'keep fighting'…":
'family' is a noun that may describe the one after it ("family doctor", "family planning clinic"), so the participle
after it was taken into its noun phrase ("family involved"), and the context was framed as a place. A participle after
a noun for one person with a preposition after it ("involved in", "caring for") opens that person's participle phrase:
"For a family involved in pre-dialysis decisions, …". Must not fire (sexual health, care homes): "family planning
clinic in a market town" keeps its "In"; "nursing home staff trained in falls prevention" is as it was."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence


@pytest.mark.parametrize(
    ("context", "mechanism", "opening"),
    [
        (
            "family involved in pre-dialysis decisions",
            "the family wants the patient to keep going",
            "For a family involved in pre-dialysis decisions, ",
        ),
        ("family caring for a relative at home", "the family feels supported", "For a family caring for a relative at home, "),
    ],
)
def test_one_persons_participle_phrase_is_no_part_of_its_noun(context, mechanism, opening):
    assert cmo_sentence(context, mechanism, "the patient chooses dialysis").startswith(opening)


@pytest.mark.parametrize(
    ("context", "mechanism", "opening"),
    [
        ("family planning clinic in a market town", "women feel welcome", "In family planning clinic in a market town, "),
        ("nursing home staff trained in falls prevention", "staff feel confident", "For nursing home staff trained in "),
    ],
)
def test_a_noun_describing_the_next_or_people_in_plural_are_as_they_were(context, mechanism, opening):
    assert cmo_sentence(context, mechanism, "fewer falls").startswith(opening)
