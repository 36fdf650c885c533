"""Trial BE (session 43): interpreting in primary care, coded in ATLAS.ti, answered through LimeSurvey.

- BE 1: a LimeSurvey group question with an 'Other' choice ('Q02' beside 'Q02[other]. … [Other]') lost every
  respondent's group when the one respondent who chose 'Other' typed words naming a group ('Delivery driver'): the
  '[other]' column, every answer of which then named a group, was read as the group, and 'Q02' was named as unread. A
  column giving another question's 'Other' words is never itself the group.

Sentences are about cycle lanes, not the trial's topic."""

from __future__ import annotations

from cmo.sheets.feedback import parse_feedback_files
from tests.test_s41_feedback import GROUPS, KNOWN, _limesurvey


def _rows(other_words: str) -> list[list[str]]:
    start = ["2026-12-01 09:02:00", "2026-12-01 09:10:00", "10.0.0.1", ""]
    return [
        ["1", "2026-12-01 09:10:00", "3", "en", "311", *start, "Osprey", "Cyclists", "", "Agree", "Disagree", ""],
        ["2", "2026-12-01 09:20:00", "3", "en", "312", *start, "Stoat", "Residents", "", "Agree", "", ""],
        ["3", "2026-12-01 09:30:00", "3", "en", "313", *start, "Marten", "Other", other_words, "Disagree", "", ""],
    ]


def test_a_limesurvey_other_column_naming_a_group_is_not_the_group_question(tmp_path):
    warnings: list[str] = []
    path = _limesurvey(tmp_path, "both", rows=_rows("Delivery driver"))
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=warnings)
    group_of = {item.respondent: item.group for item in items}
    assert group_of["Osprey"] == "riders" and group_of["Stoat"] == "residents"  # Q02's answers, not lost
    assert group_of["Marten"] == "drivers"  # the words typed for 'Other' name a group: read as it
    assert not any("was not read" in w for w in warnings)


def test_a_limesurvey_other_column_naming_no_group_still_gives_the_respondents_words(tmp_path):
    """Where the words name none of the review's groups, they are kept as the respondent's own, as before."""
    path = _limesurvey(tmp_path, "both", rows=_rows("School crossing patrol"))
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=[])
    group_of = {item.respondent: item.group for item in items}
    assert group_of["Osprey"] == "riders" and group_of["Stoat"] == "residents"
    assert not group_of["Marten"]
