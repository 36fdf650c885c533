"""Helper F3: faults in the plain English cmo writes for reference groups (configuration sentences and titles)."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, title_for


@pytest.mark.parametrize(
    ("mechanism", "written"),
    [
        ("patients cant get a GP appointment", "patients can't get a GP appointment"),
        ("they dont trust the service", "they don't trust the service"),
        ("families wont attend", "families won't attend"),
        ("staff didnt know the referral routes", "staff didn't know the referral routes"),
    ],
)
def test_a_contraction_typed_bare_is_written_with_its_apostrophe(mechanism, written):
    """Fails on the old code: "cant", "dont" typed without an apostrophe went to the group as typed, though the evidence
    rules read them as the denials they are."""
    assert written in cmo_sentence("older people living alone", mechanism, "fewer visits")
    contraction = next(word for word in written.split() if "'" in word)
    assert contraction in title_for("older people living alone", mechanism, "fewer visits")


@pytest.mark.parametrize(
    "mechanism", ["skipping visits is their wont", "management cant about safety", "the rules are cant to them"]
)
def test_cant_and_wont_as_words_of_their_own_stay(mechanism):
    """Must not fire: "wont" (a habit) and "cant" (insincere talk) are words where no verb follows them."""
    assert mechanism.split(" ", 1)[1] in cmo_sentence("ward teams", mechanism, "distrust")
