"""Helper H3: a clinicians' Google Form asked 'Which finding are you commenting on?' before its rating and comment, one
answer a submission; its download was refused ('missing column configuration'), as only 'Which finding' itself, or
with an aside in brackets, was read as the finding's column. A question opening with 'which finding', 'which
configuration' or 'which CMO' and going on in words of its own asks for the finding. Must not fire, on another topic:
'Which findings surprised you?' asks something else, and is named as a column not read."""

from __future__ import annotations

import csv

from cmo.sheets.feedback import parse_feedback_files


def _download(tmp_path, question: str, answer: str):
    path = tmp_path / "ERG round 1 (Responses).csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "Pseudonym", question, "How much do you agree?", "Anything else?"])
        writer.writerow(["2026/11/20 9:10:00 AM GMT+9", "Ginkgo", answer, "Agree", "the paperwork drives it"])
    return path


def test_a_question_asking_which_finding_in_its_own_words_is_the_findings_column(tmp_path):
    warnings: list[str] = []
    path = _download(tmp_path, "Which finding are you commenting on?", "CMO 3.1 (C6)")
    (item,) = parse_feedback_files([path], {"C6"}, 1, warnings=warnings)
    assert (item.configuration, item.rating, item.respondent) == ("C6", "agree", "Ginkgo")


def test_a_question_about_findings_that_asks_another_thing_is_not_read_as_it(tmp_path):
    """A housing panel's form: 'Which findings surprised you?' beside the finding's own column."""
    path = tmp_path / "Housing panel (Responses).csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "Pseudonym", "Finding", "Which findings surprised you?", "Agree?"])
        writer.writerow(["2026/11/20 9:10:00 AM GMT+0", "Oak", "C2", "the repairs one", "Agree"])
    warnings: list[str] = []
    (item,) = parse_feedback_files([path], {"C2"}, 1, warnings=warnings)
    assert item.configuration == "C2"
    assert any("Which findings surprised you?" in w and "not read" in w for w in warnings), warnings
