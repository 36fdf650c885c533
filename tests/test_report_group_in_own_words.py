"""Trial CC (session 46): a respondent who chose 'Other' on a LimeSurvey form and typed their group ('Traditional healer
association') was counted in the report's round as "no group given": they gave one, in their own words, which names
none of the review's groups. They are counted under their words; a respondent who gave nothing still reads "no group
given". The shipped example review (telemental health), not the trial's stroke rehabilitation."""

from __future__ import annotations

from contextlib import closing

from cmo.commands.feedback import import_feedback
from cmo.commands.review import open_review
from tests.test_feedback_other_language_export import ASKED, OWN, _export

QUESTIONS = [
    "G01Q01. Your pseudonym",
    "G01Q02. Which group are you answering for?",
    "G01Q02[other]. Which group are you answering for? [Other]",
    f"G02Q01[SQ001]. How far do you agree? {ASKED}",
]


def test_a_group_given_in_the_respondents_words_is_counted_under_them(demo, tmp_path):
    rows = [
        ["1", "2026-12-01 09:10:00", "3", "en", "311", "Héron", "Children and young people", "", "Agree"],
        ["2", "2026-12-01 09:20:00", "3", "en", "312", "Loutre", "Other", "School nurses' network", "Agree"],
        ["3", "2026-12-01 09:30:00", "3", "en", "313", "Martre", "", "", "Disagree"],
    ]
    assert len(OWN) == 5
    with closing(open_review(demo.folder)) as review:
        import_feedback(review, [_export(tmp_path, "results.csv", QUESTIONS, rows)])
    report = demo("report", "--format", "md", "-o", str(tmp_path / "report.md"), code=None)
    assert report.exit_code in (0, 1)
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "- no review group, in their words: 'School nurses' network': 1 respondent" in text
    assert "- no group given: 1 respondent" in text
