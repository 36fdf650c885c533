"""Helper H0: "CGA-led HaH" went to the reference group with 'CGA' (comprehensive geriatric assessment) neither named by
`round close --check` nor told by the pack: an initialism joined by a hyphen to the word it qualifies was never read.
Tested on talking therapies ("CBT-based", "IAPT-funded")."""

from __future__ import annotations

from cmo.synthesis.shorthand import short_forms_told, shorthand_by_word


def test_an_initialism_before_a_hyphen_is_read_as_a_short_form():
    found = shorthand_by_word([("C1", "IAPT-funded services offering CBT-based groups")], [])
    assert "IAPT" in found
    told = short_forms_told([("C1", "IAPT-funded services")], {"IAPT": "Improving Access to Psychological Therapies"})
    assert "\u201cIAPT\u201d means Improving Access to Psychological Therapies" in told


def test_words_joined_by_a_hyphen_in_small_letters_or_known_initialisms_are_not_named():
    """Not over-firing: "co-op", "e-mail", "x-ray", a figure after a hyphen ("COVID-19") and initialisms readers know
    ("GP-led", "UK-based", "HIV-positive") stay unnamed."""
    text = "a GP-led co-op, UK-based e-mail and x-ray clinics, COVID-19 wards, HIV-positive men, Anna-Marie, non-HIV"
    assert shorthand_by_word([("C1", text)], []) == {}
