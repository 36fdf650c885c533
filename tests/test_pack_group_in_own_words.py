"""Trial CC (session 46, L8): a pack's "What changed" retold an answer from a respondent who gave their group in their
own words ('Other: Traditional healer association') as "You told us (a respondent, …)", though the report names them by
those words. It now says "someone who answers as “…”"; an answer with no group at all still reads "a respondent".
The shipped example review (telemental health), not the trial's stroke rehabilitation."""

from __future__ import annotations

from contextlib import closing

from cmo.commands.feedback import import_feedback
from cmo.commands.review import open_review
from tests.test_feedback_other_language_export import _export
from tests.test_report_group_in_own_words import QUESTIONS


def test_an_answer_from_a_group_in_the_respondents_words_is_retold_with_those_words(demo, tmp_path):
    rows = [["1", "2026-12-01 09:20:00", "3", "en", "312", "Loutre", "Other", "School nurses' network", "Disagree"]]
    with closing(open_review(demo.folder)) as review:
        import_feedback(review, [_export(tmp_path, "results.csv", QUESTIONS, rows)])
        (answer,) = [item.id for item in review.store.feedback() if item.respondent == "Loutre"]
    demo("configs", "edit", "C1", "--outcome", "people keep in touch with their team by video", "--because", answer, code=None)
    demo("round", "close", "--note", "second", code=None)
    demo("pack", "-o", str(tmp_path / "pack.html"), code=None)
    page = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "someone who answers as “School nurses&#39; network”" in page or "answers as “School nurses' network”" in page
