"""Re-check 44: a title cut a word or two past twelve where a phrase ends ended on "only" ("…think screening is only"),
which says the opposite of the text ("…only for women with symptoms"). An adverb that picks out what follows it is
never the last word of a cut title; where the text itself ends on one, it stays."""

import pytest

from cmo.synthesis.wording import short_title


@pytest.mark.parametrize(
    "text",
    [
        "Older tenants in the new scheme do not read the letters and believe the repairs service is only for emergencies",
        "Carers attending the memory clinic for the first time assume the support group is mainly for people caring for parents",
        "Young men leaving custody without a fixed address think the drop-in hub is just for people already known to probation",
    ],
)
def test_a_cut_title_never_ends_on_a_word_that_picks_out_what_was_cut(text):
    title = short_title(text)
    last = title.rstrip("…").split()[-1].lower()
    assert last not in {"only", "mainly", "just"}, title


def test_a_text_that_ends_on_only_keeps_it():
    text = "Volunteers open the community fridge for residents only"
    assert short_title(text) == text
