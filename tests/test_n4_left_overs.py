"""Helper N4's left-overs from the trials (DC, N3, N2): each test fails on the code before its fix; the must-not-fire
cases are on other topics."""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence


def test_a_clipped_adjective_before_a_noun_is_no_verb():
    """Trial DC: "psych staff not police = less frightening" (street triage) read "it psyches staff not police": the
    lexicon has "psych" only as a verb, WordNet as no verb; the clipping of "psychiatric" describes the staff."""
    said = cmo_sentence("suicidal ppl met by PAM", "psych staff not police = less frightening", "accepted help at home")
    assert "psych staff not police" in said and "psyches" not in said and "it psych" not in said
    # another topic: agency nurses on wards ("temp" is a noun to WordNet, a verb only to the lexicon)
    said = cmo_sentence("wards at night", "temp staff not trained on the unit", "falls go up")
    assert "temp staff not trained" in said and "temps" not in said and "they temp" not in said


def test_a_verb_before_its_object_keeps_its_reading():
    """Must not fire: a verb the lexicon and WordNet both have stays the verb (cycling to work; schools; wards)."""
    assert "people perceive cycling as affordable" in cmo_sentence("commuters", "perceive cycling as affordable", "cycle more")
    assert "they encourage pupils to walk" in cmo_sentence("schools", "encourage pupils to walk", "more pupils walk")
    assert "staff support patients" in cmo_sentence("wards", "staff support patients", "patients recover faster")


def test_a_plural_noun_and_its_own_ing_verb_are_no_persons_next_act():
    """Helper N3: "costs rising for families" after one person's mechanism (kidney care) read "…, and so costs rising
    for families", as if the patient costs; "rise" is a verb a thing does, and "costs" its subject. Another topic: home
    care's "visits running late"."""
    said = cmo_sentence("Older people with kidney failure", "patient feels fobbed off", "costs rising for families")
    assert "and so costs" not in said and "leads to costs rising for families" in said
    said = cmo_sentence("home care", "carer feels rushed", "visits running late")
    assert "and so visits" not in said and "visits running late" in said


def test_a_persons_verb_before_a_noun_in_ing_stays_that_persons_act():
    """Must not fire: an -ing form of a verb only a person does to something is a noun, the verb's object (staff
    training; youth work), and a verb that takes an -ing form keeps it (RH2's renal care)."""
    said = cmo_sentence("new staff", "manager feels supported", "funds training for staff")
    assert "and so funds training for staff" in said
    assert "and so offers befriending" in cmo_sentence("youth clubs", "youth worker feels trusted", "offers befriending")
    assert "and so starts missing visits" in cmo_sentence("home care", "carer feels rushed", "starts missing visits")
