"""Trial CW: a JISC Online Surveys download where a carer chose 'Other' for the group and typed 'Carer - my husband is
on PD' in '2.a. If you selected Other, please specify:'. The answers were kept without a group, though the words before
the dash name the review's group 'Carers', as 'Young people (youth advisory group)' names its group before the
brackets. A group typed with a note after a dash or a colon is the group its words before the note name whole (or but
for a plural). Must not fire: 'Other - please specify', and a note after words that only start a group's name, on a
review of peer support in prisons."""

from __future__ import annotations

import pytest
from test_feedback_jisc import PRISONS, _read

KIDNEY = {"nephrologists": "Nephrologists", "renal-nurses": "Renal nurses", "patients": "Patients", "carers": "Carers"}

HEADER = (
    "Unique Response Number,Started,Submitted,1. Your pseudonym,2. Which group are you answering for?,"
    '"2.a. If you selected Other, please specify:","3.1. How far do you agree with each finding?: C2: Pt does not '
    'realise CKM was an option"'
)


def _other(tmp_path, typed: str, groups):
    text = f"{HEADER}\n71234504,07/12/2026 10:16,07/12/2026 10:17,Wren,Other,{typed},Agree\n"
    return _read(tmp_path, text, known=("C2",), groups=groups)


@pytest.mark.parametrize(
    ("typed", "group"),
    [
        ("Carer - my husband is on PD", "carers"),
        ("Renal nurse: community team", "renal-nurses"),
        ("Patients – on PD", "patients"),
    ],
)
def test_a_group_typed_with_a_note_after_a_dash_or_colon_is_that_group(tmp_path, typed, group):
    path, items, warnings = _other(tmp_path, typed, KIDNEY)
    assert [(item.respondent, item.group, item.rating) for item in items] == [("Wren", group, "agree")]
    assert not any("is none of the review's groups" in str(warning) for warning in warnings)


@pytest.mark.parametrize("typed", ["Other - please specify", "Prison - visiting on Sundays", "Foster carer: two boys"])
def test_a_note_after_words_naming_no_group_whole_gives_no_group(tmp_path, typed):
    path, items, warnings = _other(tmp_path, typed, PRISONS)
    assert [item.group for item in items] == [""]
