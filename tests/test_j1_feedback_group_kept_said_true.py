"""Helper H1: a KoboToolbox raw-codes download imported after its labels download said "the group 'asc' is none of the
review's groups, so the answers were kept without one", though those answers were stored already and kept the group
the labels file gave them. The import says what is true: answers it had already keep their group, said with their
ids; an answer new to the review is still said kept without one. Tested on school nursing (parents' form)."""

from __future__ import annotations

from test_feedback_words_for_all_findings import _closed_round

HEADER = "Pseudonym,Group,C1: Does this match your experience?,C1: What is missing or wrong?\n"


def _form(tmp_path, name: str, rows: str):
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return str(path)


def test_answers_imported_with_a_group_are_not_said_kept_without_one(cmo, tmp_path):
    _closed_round(cmo, tmp_path)
    cmo("feedback", "import", _form(tmp_path, "labels.csv", "Robin,Parents,Agree,the nurse knew my son\n"), code=None)
    again = cmo("feedback", "import", _form(tmp_path, "raw.csv", "Robin,g2,Agree,the nurse knew my son\n"), code=None)
    said = again.stderr
    assert "so the answers were kept without one" not in said, said
    assert "the group 'g2' is none of the review's groups, but its answers were imported already with a group" in said
    (answer,) = cmo.json("feedback", "list")
    assert answer["group"] == "parents"


def test_a_new_answer_naming_no_group_is_still_said_kept_without_one(cmo, tmp_path):
    """Must not fire: a respondent new to the review, naming no group, is kept without one, and said so."""
    _closed_round(cmo, tmp_path)
    cmo("feedback", "import", _form(tmp_path, "labels.csv", "Robin,Parents,Agree,the nurse knew my son\n"), code=None)
    rows = "Robin,g2,Agree,the nurse knew my son\nWren,g2,Disagree,never saw a nurse\n"
    said = cmo("feedback", "import", _form(tmp_path, "raw.csv", rows), code=None).stderr
    assert "so the answers were kept without one" in said and "imported already with a group" in said, said
