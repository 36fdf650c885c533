"""A configuration's part shown beside its sentence (the pack's and report's tables, the programme theory picture) reads
a coder's signs as the sentence does: trial E0's pack (social prescribing link workers) said "For people with LTCs who
are socially isolated" and, in its picture and the report's table, "People w/ LTCs who are socially isolated". Tested on
another topic: community health workers in maternal care."""

from __future__ import annotations

from cmo.synthesis.wording import as_a_part_reads


def test_a_part_reads_a_coders_signs_as_words():
    assert as_a_part_reads("CHWs w/ heavy caseload & no supervision") == "CHWs with heavy caseload and no supervision"
    assert as_a_part_reads("Mothers w/o a phone") == "Mothers without a phone"
    assert as_a_part_reads("↑ institutional deliveries") == "increased institutional deliveries"


def test_signs_inside_words_and_names_stay_as_written():
    """Must not fire: a sign that is part of a name or a word ("A&E", "and/or", "w/c", "HIV+ women")."""
    for text in ("Women attending A&E at night", "Visits and/or calls", "Week w/c 5 May", "HIV+ women in the clinic"):
        assert as_a_part_reads(text) == text


def test_a_part_reads_a_coders_arrow_as_the_sentence_does():
    """Re-check RH1 (school peer mentoring): the sentence read "mentor turns up every wk, so mentee feels valued", the
    picture and the mechanism beside it "mentor turns up every wk -> mentee feels valued"."""
    assert as_a_part_reads("CHW visits every week -> mother feels supported") == (
        "CHW visits every week, so mother feels supported"
    )
    assert as_a_part_reads("home visit -> earlier antenatal booking") == "home visit leads to earlier antenatal booking"


def test_an_arrow_between_figures_is_a_change_and_a_part_without_one_is_as_written():
    """Must not fire as 'leads to': figures either side of an arrow are a change; no arrow, nothing changed."""
    assert as_a_part_reads("deliveries at home fell (41% -> 23%)") == "deliveries at home fell (from 41% to 23%)"
    assert as_a_part_reads("Mothers > 35 years in the district") == "Mothers > 35 years in the district"
