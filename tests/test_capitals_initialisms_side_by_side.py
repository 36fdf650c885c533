"""Two initialisms side by side in a text written in small letters are the coder's names, not shouting (trial E4, a
rapid realist review of SMS and app self-management for type 2 diabetes in India): the mechanism 'trust msgs from PHC
MO more than from companies' (a primary health centre's medical officer) was read as two words typed in capitals, and
"MO", being also WordNet's "mo" (a moment), was lowered: the configuration's title and the pack read "Trust msgs from
PHC mo more than from companies". Shouted words, a whole cell or a run inside small letters, are lowered as before;
other examples are about emergency wards, nursing and schools."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import capitals_as_words, cmo_sentence, title_for


@pytest.mark.parametrize(
    "text",
    [
        "trust msgs from PHC MO more than from companies",
        "night shifts where the ED MO covers two wards",
        "calls from the ICU RN team",
    ],
)
def test_initialisms_side_by_side_are_kept_as_written(text):
    assert capitals_as_words(text) == text


def test_the_title_and_sentence_keep_the_medical_officer():
    context, mechanism, outcome = "rural patients, Kolar", "trust msgs from PHC MO more than from companies", "read them"
    assert "PHC MO" in title_for(context, mechanism, outcome)
    assert "PHC MO" in cmo_sentence(context, mechanism, outcome)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("patients said NHS STAFF FEEL RUSHED", "patients said NHS staff feel rushed"),  # several words shouted
        ("women with HIV STIGMA in clinics", "women with HIV stigma in clinics"),  # a word longer than initialisms run
        ("the GP SAID no", "the GP said no"),  # a verb stressed
        ("pupils whose TA DID not come", "pupils whose TA did not come"),
        ("RURAL VILLAGES WITH FEW CLINICS", "Rural villages with few clinics"),  # a whole cell shouted
    ],
)
def test_shouted_words_beside_an_initialism_are_lowered_as_before(text, read):
    assert capitals_as_words(text) == read
