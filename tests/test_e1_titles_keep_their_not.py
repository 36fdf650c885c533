"""Trial E1 (a rapid realist review of peer mentoring in secondary schools): a configuration edited to "learning to
help a friend does not by itself change how students feel" was titled "Learning to help a friend does": the title cut
"not" and kept the "does" that carried it, saying the opposite of the finding. Tested on other topics (nursing, infant
feeding), and where "do" is the verb itself."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import short_title


@pytest.mark.parametrize(
    "text",
    [
        "learning to help a friend does not by itself change how students feel",
        "a refresher course on its own does not by any measure change how often nurses wash their hands",
        "training the volunteers did not in the end alter how many mothers kept breastfeeding at six weeks",
    ],
)
def test_a_title_never_keeps_the_do_whose_not_it_cut(text):
    title = short_title(text).rstrip("…")
    assert title.split()[-1].lower() not in ("do", "does", "did"), title
    assert " not " in f" {title} " or len(title.split()) <= 5, title


def test_a_do_that_is_the_verb_stays():
    """Must not fire: "do" as the verb itself, no "not" cut after it."""
    assert short_title("the things the outreach team can do") == "The things the outreach team can do"
    assert short_title("community health workers say what the programme asks of them is more than they can do in a day")
