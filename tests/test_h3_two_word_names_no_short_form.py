"""Helper H3: "Hong Kong community, early dementia, nurse-led ACP" went to the group with 'Hong' named as a short form a
lay reader may not know: a text's first word may be any word, so a capitalised word of four letters WordNet does not
know was read as a coder's. A capitalised word right before another that is no English word ("Hong Kong", "Sri
Lanka", "Abu Dhabi") opens a name of two words, as `_names_a_division` reads "Bo district". Other topics: a coder's
"Pt" or "Tx" before an English word written with a capital ("Pt Refused dialysis", "Tx Plan reviewed") is still named."""

from __future__ import annotations

import pytest

from cmo.synthesis.shorthand import shorthand_in


@pytest.mark.parametrize(
    "text, named",
    [
        ("Hong Kong community, early dementia, nurse-led ACP", ["ACP"]),
        ("Sri Lanka tea estates, CHWs visit mothers at home", ["CHWs"]),
        ("Abu Dhabi primary care clinics", []),
    ],
)
def test_a_name_of_two_words_opening_a_text_is_no_short_form(text, named):
    assert shorthand_in(text) == named


@pytest.mark.parametrize(
    "text, named", [("Pt Refused dialysis after the family meeting", ["Pt"]), ("Tx Plan reviewed at clinic", ["Tx"])]
)
def test_a_short_form_before_an_english_word_is_still_named(text, named):
    assert shorthand_in(text) == named
