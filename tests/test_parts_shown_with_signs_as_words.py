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
