"""A short form helper H0 saw go to the group unexplained: 'obs', a clipping of "observations" (helper J2)."""

from __future__ import annotations

from cmo.synthesis.shorthand import is_shorthand, shorthand_in


def test_a_plural_in_small_letters_of_a_name_or_an_initialism_is_a_short_form():
    """Helper H0: 'obs' (observations) went to the group unexplained, its singular "ob" being WordNet's "OB"
    (obstetrics) and "Ob" (a river): a plural in small letters is a common noun's, and "ob" is none. 'MET' (medical
    emergency team), spelt like the word "met", is asked about beside small words (helper I0's rule). Plurals of words
    in small letters stay words, on another topic too: "meds", "labs", "docs", "stats", "subs"."""
    assert "obs" in shorthand_in("nurses do obs every 4 hours and call the MET if NEWS is high")
    assert "Obs" in shorthand_in("Obs are done less often at night")
    assert "MET" in shorthand_in("MET calls rise")
    for word in ("meds", "labs", "docs", "stats", "subs", "ops", "vitals"):
        assert not is_shorthand(word), word
    assert shorthand_in("pupils review their meds and labs with the school docs") == []
