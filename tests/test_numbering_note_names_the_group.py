"""Trial CW: the kidney review named its people 'Kidney expert reference group' (review.yaml `settings:
reference_group`), and the report cited 'Kidney expert reference group, round 1 (Carers)' everywhere but in the one
sentence telling why CMO 1.2 was missing: "A configuration keeps the number the expert reference group was sent …
where one was retired or moved to another domain, the numbers skip it", though 1.2 (C5) had been merged into C14. The
sentence names the group as the review does, and a merge among the reasons. Must not fire: a review that names none
keeps 'the expert reference group' (school meals, the rule alone)."""

from __future__ import annotations

from test_s39b_numbers import MEALS, _meals

from cmo.outputs.tables import domain_tables, numbering_note, table_numbers


def _skipping():
    first = _meals(C2="menus", C5="menus", C11="menus")
    now = _meals(C2="menus", C11="menus")  # C5 merged into C11: 1.1 and 1.3
    return domain_tables([], [], now, MEALS, lambda c: ("limited", "x."), earlier=[table_numbers(first, MEALS)])


def test_the_note_names_the_group_as_the_review_calls_it_and_a_merge():
    note = numbering_note(_skipping(), "Kidney expert reference group")
    assert "keeps the number the kidney expert reference group was sent" in note
    assert "where one was merged into another, retired or moved to another domain, the numbers skip it" in note


def test_a_review_naming_no_group_says_the_expert_reference_group_and_initials_stay():
    assert "keeps the number the expert reference group was sent" in numbering_note(_skipping())
    assert "keeps the number the ERG was sent" in numbering_note(_skipping(), "ERG")
