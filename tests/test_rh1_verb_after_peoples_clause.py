"""Re-check RH1 on trial CU's MAXQDA export: the passage "which supports rehabilitation" lost its joining "which" (as
every output joins the parts), and the pack read "prisoners felt treated with dignity and could imagine a future outside,
which leads to supports rehabilitation": "supports" is a plural noun and a verb's third person alike. After a mechanism
whose subject is people in the plural the singular verb cannot be theirs, so it is what the mechanism did: ", which
supports rehabilitation". Must not fire on a noun phrase headed by such a word (falls prevention, needs assessment,
sports injuries) nor after one person's mechanism (trial CW's rule: "and so supports recovery")."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence


@pytest.mark.parametrize(
    ("context", "mechanism", "outcome", "said"),
    [
        (
            "In Norwegian prisons such as Halden",
            "prisoners felt treated with dignity and could imagine a future outside",
            "supports rehabilitation",
            "could imagine a future outside, which supports rehabilitation.",
        ),
        (
            "In school-based mentoring",
            "pupils feel listened to",
            "helps attendance",
            "pupils feel listened to, which helps attendance.",
        ),
    ],
)
def test_a_singular_verb_after_peoples_clause_is_what_the_mechanism_did(context, mechanism, outcome, said):
    sentence = cmo_sentence(context, mechanism, outcome)
    assert sentence.endswith(said) and "leads to " + outcome not in sentence, sentence


@pytest.mark.parametrize(
    ("mechanism", "outcome", "said"),
    [
        ("older people feel the classes are for them", "falls prevention uptake", "which leads to falls prevention uptake"),
        ("older people feel the classes are for them", "needs assessment", "which leads to needs assessment"),
        ("older people feel the classes are for them", "sports injuries", "which leads to sports injuries"),
        ("the physiotherapist visits weekly", "supports recovery", "and so supports recovery"),  # one person's next act
        ("older people feel the classes are for them", "fewer falls", "which leads to fewer falls"),
        ("older people report falls to the GP", "referrals are made sooner", "so referrals are made sooner"),  # a clause
    ],
)
def test_noun_phrases_and_one_persons_act_are_left(mechanism, outcome, said):
    sentence = cmo_sentence("In community falls prevention classes", mechanism, outcome)
    assert said in sentence, sentence
