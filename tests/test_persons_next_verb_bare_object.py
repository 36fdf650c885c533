"""Trial CW: the reference group's pack, read aloud by a patient member's text-to-speech tool, said "pt defers to
doctor's authority; 'the doctor knows best', which leads to starts HD without considering alternatives" and "pt did not
realise CKM was an option; felt no choice, which leads to starts dialysis by default": 'starts' is a verb's third person
and a plural noun alike, and an object with no article after it ('HD', 'dialysis') made it read as a noun phrase. After
a mechanism whose subject is one person, such a word with a bare object and no other verb after it is that person's next
act, joined ", and so". Must not fire (health visiting, clinics): a plural noun heading a noun phrase with its own verb
("needs assessment completed late") or a preposition after it ("visits to the clinic")."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, use_short_forms


@pytest.fixture(autouse=True)
def _renal_short_forms():
    use_short_forms({"pt": "patient", "pts": "patients"})
    yield
    use_short_forms({})


@pytest.mark.parametrize(
    ("mechanism", "outcome", "said"),
    [
        (
            "pt defers to doctor's authority",
            "starts HD without considering alternatives",
            "pt defers to doctor's authority, and so starts HD without considering alternatives.",
        ),
        (
            "pt did not realise CKM was an option",
            "starts dialysis by default, not by decision",
            "pt did not realise CKM was an option, and so starts dialysis by default, not by decision.",
        ),
        ("the mother feels welcome at the clinic", "visits clinic more often", "and so visits clinic more often."),
    ],
)
def test_a_verb_or_plural_noun_with_a_bare_object_is_the_persons_next_act(mechanism, outcome, said):
    sentence = cmo_sentence("Older people with kidney failure", mechanism, outcome)
    assert sentence.endswith(said), sentence
    assert "leads to starts" not in sentence


@pytest.mark.parametrize(
    ("mechanism", "outcome"),
    [
        ("the mother feels overwhelmed by forms", "needs assessment completed late"),
        ("the mother feels unwelcome", "visits to the clinic fall"),
    ],
)
def test_a_plural_noun_heading_its_own_phrase_is_not_read_as_a_verb(mechanism, outcome):
    assert "and so" not in cmo_sentence("Families with a new baby", mechanism, outcome)
