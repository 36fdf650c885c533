"""Trial CW: a carer told the kidney reference group that families are not 'pressure'; the team reworded the mechanism
to "the person feels the choice was made for them by doctors or by family who want them to keep going", and the title
that followed the new words said "The person feels the choice was made for them by doctors": the cut parted two
phrases of one preposition joined by "or", and the family the carer spoke of was gone from the title round 2 read. A
title keeps both such phrases or neither. Must not fire (youth work, clinics): one phrase whose noun has alternatives
("by doctors or nurses") and two phrases of different prepositions ("in the evening and at weekends")."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import short_title


def test_a_title_keeps_both_phrases_of_one_preposition_joined_by_or():
    mechanism = "the person feels the choice was made for them by doctors or by family who want them to keep going"
    assert short_title(mechanism) == "The person feels the choice was made for them by doctors or by family"


def test_a_pair_too_long_to_keep_is_left_out_whole():
    text = "young people can talk to the youth worker at school or at the drop-in centre on Saturdays after football practice"
    assert short_title(text) == "Young people can talk to the youth worker"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "the person feels the choice was made for them by doctors or nurses who want them to keep going on",
            "The person feels the choice was made for them by doctors",
        ),
        (
            "parents feel welcome at the clinic in the evening and at weekends when the waiting room is quiet enough",
            "Parents feel welcome at the clinic in the evening and at weekends",
        ),
    ],
)
def test_other_cuts_are_as_they_were(text, title):
    assert short_title(text) == title
