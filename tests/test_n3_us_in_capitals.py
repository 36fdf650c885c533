"""Trial CW: a pack read "Where elderly pts and nephs in US focus groups, …": 'US' in capitals was read as the pronoun
'us', and 'focus groups' as its verb and object, so the context was framed as a statement. A capitalised word after the
first that is a pronoun in lower case is a name, read as a noun, as one that is a function word already was ("the IT
team"). Tested on renal care and school health; must not fire on 'us' in lower case, the pronoun ("carers who told us
they feel alone"), on carers."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, use_short_forms


@pytest.fixture(autouse=True)
def _renal_short_forms():
    use_short_forms({"pts": "patients", "nephs": "nephrologists"})
    yield
    use_short_forms({})


@pytest.mark.parametrize(
    "context",
    ["elderly pts and nephs in US focus groups", "teenagers in US school clinics", "veterans in US peer groups"],
)
def test_us_in_capitals_is_a_name_not_a_subject(context):
    sentence = cmo_sentence(context, "they feel heard", "trust grows")
    assert sentence.startswith(f"For {context}, "), sentence


def test_us_in_lower_case_stays_the_pronoun():
    sentence = cmo_sentence("carers who told us they feel alone", "they feel heard", "trust grows")
    assert sentence.startswith("For carers who told us they feel alone, "), sentence
