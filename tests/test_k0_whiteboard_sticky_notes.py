"""Trial K0: a reference group's sticky notes exported from a whiteboard (Miro's CSV: 'Content', 'Frame', 'Created by')
were refused as "one row per respondent and a column per configuration", naming a sticky note's words as a column. A
whiteboard's notes are a log of comments, one a row, as a Padlet wall's posts are: each note on the configuration its
frame or its words name, else on the findings overall. Tested on the example review (crisis mental health care)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "miro"


def _comments(demo) -> list[tuple[str, str, str | None, str]]:
    return [(f["respondent"], f["configuration"], f["rating"], f["comment"]) for f in demo.json("feedback", "list")]


def test_a_whiteboards_sticky_notes_are_comments_on_what_their_frame_or_words_name(demo, tmp_path):
    board = shutil.copy(DATA / "sticky-notes-board.csv", tmp_path / "sticky-notes-board.csv")
    said = demo("feedback", "import", str(board), code=1)
    assert sorted(_comments(demo)) == [
        ("Kit", "overall", None, "Nobody asked about people who never call the crisis line"),
        ("Rowan", "C1", None, "C1 - yes, but only when the same worker rings back"),
        ("Sam", "overall", None, "off topic: the car park at the hospital is full every day"),
    ]
    assert "read as a log of comments, one a row (its 'Content' by 'Created by')" in said.stderr
    assert "row 2 on C1; rows 3 and 4, naming no configuration or several, on the findings overall" in said.stderr


def test_a_forms_download_with_a_content_column_is_still_read_as_a_form(demo, tmp_path):
    """A form whose one question is headed 'Content' (a course's feedback form asking about its content) beside the
    pack's questions for a configuration is a form's download, one row per respondent, never a log of comments."""
    form = tmp_path / "erg-form.csv"
    with form.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Timestamp", "Name", "Content", "C1: Does this match your experience?", "C1: What is missing or wrong?"])
        writer.writerow(["2026/11/04 10:15:32 AM GMT", "Rowan", "clear", "Yes", "the same worker matters"])
    said = demo("feedback", "import", str(form), code=None)
    assert "log of comments" not in said.stderr
    assert [(who, on, rating) for who, on, rating, _ in _comments(demo)] == [("Rowan", "C1", "agree")]
