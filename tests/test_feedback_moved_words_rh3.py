"""RH3, rerunning trial CP on the integrated code: the KoboToolbox labels download, imported after the XML download of
the same form, read each comment column under its label ('What is missing?') where the XML name ('c1_comment') had
been read as a comment. The answers kept their ids, rightly, but `feedback import` said so in one line per answer: 18
lines burying the file's other notices. A column's worth of answers moved alike is now said once, with their ids."""

from __future__ import annotations

import csv
from pathlib import Path


def _sheet(path: Path, question: str, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["respondent", "configuration", "rating", question], *rows])
    return path


ROWS = [
    ["Kite", "C3", "agree", "Only with supervision"],
    ["Wren", "C3", "partly", "Not for people without a phone"],
    ["Owl", "C3", "agree", "Depends on the interpreter"],
]


def test_answers_moved_to_another_question_alike_are_said_in_one_sentence(demo, tmp_path):
    demo("feedback", "import", str(_sheet(tmp_path / "first.csv", "comment", ROWS)), code=None)
    result = demo("feedback", "import", str(_sheet(tmp_path / "again.csv", "what is missing or wrong", ROWS)), code=None)
    said = result.stderr
    assert "3 answers (F1-F3) keep their words, now as the answers to missing (they were the answers to comment)" in said
    assert "keeps its words" not in said
    assert [a["missing"] for a in demo.json("feedback", "list")] == [row[3] for row in ROWS]


def test_one_answer_moved_is_still_named_with_its_respondent(demo, tmp_path):
    """Must not fire: a single answer keeps its own sentence, naming who gave it and on what."""
    demo("feedback", "import", str(_sheet(tmp_path / "first.csv", "comment", ROWS[:1])), code=None)
    result = demo("feedback", "import", str(_sheet(tmp_path / "again.csv", "what is missing or wrong", ROWS[:1])), code=None)
    assert "F1 (Kite on C3) keeps its words, now as the answer to missing (they were the answer to comment)" in result.stderr
