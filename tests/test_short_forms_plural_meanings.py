"""Helper K4: with `spell_out_short_forms: true` and "ASHA: community health worker (ASHA)" said in review.yaml (the
team naming the cadre its readers know by the initials), a pack for a lived-experience group read "Community health
worker (ASHA)s co-design messages", and "LMICs" by "LMIC: poorer country" read "poorer countrys": a plural short form
added "s" to the whole meaning. English's plural goes on the meaning's last word, before a bracket that ends it
(`shorthand._plural_meaning`, called by the one `spelt_out`)."""

from __future__ import annotations

from cmo.synthesis.shorthand import spelt_out


def test_a_plural_short_form_makes_its_meaning_plural_as_english_does():
    """Fails on the old code: "worker (ASHA)s", "countrys"."""
    said = {"ASHA": "community health worker (ASHA)", "LMIC": "poorer country", "NB": "newborn baby (NB)"}
    assert spelt_out("ASHAs co-design messages in LMICs", said) == (
        "Community health workers (ASHAs) co-design messages in poorer countries"
    )
    assert spelt_out("mothers of NBs on the ward", said) == "mothers of newborn babies (NBs) on the ward"
    said = {"HCA": "healthcare assistant (not a nurse)"}  # a bracket naming something else stays as the team wrote it
    assert spelt_out("HCAs on nights", said) == "Healthcare assistants (not a nurse) on nights"


def test_singulars_and_meanings_already_plural_are_as_said():
    """Must not fire, on another topic (antibiotic stewardship in care homes): a singular form, a meaning the team
    wrote as plural already, a meaning ending in a vowel and 'y' ("key worker's day")."""
    said = {"abx": "antibiotics", "CH": "care home", "KWD": "key worker's day"}
    assert spelt_out("abx started in CH", said) == "antibiotics started in care home"
    assert spelt_out("staff in CHs on KWDs", said) == "staff in care homes on key worker's days"
