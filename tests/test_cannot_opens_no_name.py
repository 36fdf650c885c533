"""A mechanism coded opening with "Cannot" reads in small letters after the subject the sentence gives it. Trial E0's
refine (social prescribing link workers) worded "For older people with no transport, esp. rural, they Cannot get
there…": the lexicon lists "cannot" as no word, so where the review's texts never wrote it in small letters it was kept
as a name nobody lowers (a town's, as "Torbay"). Tested on another topic: rural antenatal care."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence, names_from


def test_a_verb_run_together_with_its_not_is_no_name():
    texts = ["Rural families with no car", "Cannot reach the clinic", "Fewer antenatal visits"]
    with names_from(texts):
        sentence = cmo_sentence(*texts)
    assert "they cannot reach the clinic" in sentence
    assert "Cannot" not in sentence


def test_a_place_the_texts_never_lower_keeps_its_capital():
    """Must not fire: a name the lexicon does not know, never written in small letters, stays one."""
    texts = ["Midwives in Kirklees", "Kirklees teams phone women who miss a visit", "Fewer missed visits"]
    with names_from(texts):
        sentence = cmo_sentence(*texts)
    assert "Kirklees teams phone women" in sentence
