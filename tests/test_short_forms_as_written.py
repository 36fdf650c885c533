"""A pack's "How to read" tells each short form as its readers see it in the findings. `round close --check` asks for
review.yaml's keys in small letters ('lw: …'), and trial E0's pack (social prescribing link workers) then told "“lw”
means link worker; “ltcs” means long-term conditions" to readers of "LW" and "LTCs". Tested on another topic: diabetic
foot care in primary care."""

from __future__ import annotations

from cmo.synthesis.shorthand import short_forms_told


def test_a_key_in_small_letters_is_told_as_the_findings_write_it():
    told = short_forms_told(
        [("C1", "HCPs check the feet of people with T2DM at each annual review"), ("C2", "a HCP refers to podiatry")],
        {"hcp": "health care professional", "t2dm": "type 2 diabetes"},
    )
    assert "\u201cHCP\u201d means health care professional" in told
    assert "\u201cT2DM\u201d means type 2 diabetes" in told
    assert "\u201chcp\u201d" not in told and "\u201ct2dm\u201d" not in told
    assert told.count("health care professional") == 1


def test_a_key_the_team_wrote_with_capitals_is_told_as_the_team_wrote_it():
    """Must not fire: the team's own capitals are the team's choice ("GDP", said once for "GDPs" and "gdp" alike), and a
    form the findings write in small letters is told so."""
    meanings = {"GDP": "general dental practitioner", "pt": "patient"}
    told = short_forms_told([("C1", "GDPs see pts yearly; the gdp refers")], meanings)
    assert "\u201cGDP\u201d means general dental practitioner" in told
    assert told.count("general dental practitioner") == 1
    assert "\u201cpt\u201d means patient" in told


def test_a_form_whose_only_capital_opens_its_part_is_told_as_the_entry_writes_it():
    """Must not fire: "Pts with…" writes "pt" with a capital only because it opens the part."""
    told = short_forms_told([("C1", "Pts living alone")], {"pt": "patient"})
    assert told == "Short forms you will see: \u201cpt\u201d means patient."
