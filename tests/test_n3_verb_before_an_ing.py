"""Re-check RH2: a pack read "patient feels fobbed off, which leads to starts missing visits": 'starts' is a verb's third
person and a plural noun alike, and the verb form after it ('visits') made `_a_bare_object` read 'starts' as a noun
heading a phrase with its own verb. After a verb WordNet gives the frame "Somebody ----s VERB-ing" ('starts', 'keeps',
'avoids'; `lexicon.verbs_before_an_ing`), an -ing form is its object and what follows is the -ing form's own. Tested on
renal care and on schools; must not fire on a plural noun heading a phrase with its own verb ('needs assessment
delayed'), on home care."""

from __future__ import annotations

import pytest

from cmo.synthesis.lexicon import verbs_before_an_ing
from cmo.synthesis.wording import cmo_sentence


def test_the_list_holds_verbs_that_take_an_ing_form():
    assert {"start", "starts", "stop", "stops", "keep", "keeps", "avoid", "avoids"} <= verbs_before_an_ing()
    assert not {"visit", "visits", "cost", "costs", "need", "needs"} & verbs_before_an_ing()


@pytest.mark.parametrize(
    ("context", "mechanism", "outcome", "said"),
    [
        (
            "Older people with kidney failure",
            "patient feels fobbed off",
            "starts missing visits",
            "patient feels fobbed off, and so starts missing visits.",
        ),
        (
            "Secondary school pupils",
            "the pupil feels singled out by the form tutor",
            "avoids asking teachers questions",
            "the pupil feels singled out by the form tutor, and so avoids asking teachers questions.",
        ),
    ],
)
def test_an_ing_form_after_such_a_verb_is_its_object(context, mechanism, outcome, said):
    sentence = cmo_sentence(context, mechanism, outcome)
    assert sentence.endswith(said), sentence
    assert "leads to starts" not in sentence and "leads to avoids" not in sentence


def test_a_plural_noun_heading_its_own_phrase_is_still_no_verb():
    outcome = "needs assessment delayed for months"
    sentence = cmo_sentence("Older people receiving home care", "the carer feels unsupported", outcome)
    assert "and so needs" not in sentence, sentence
