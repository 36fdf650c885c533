"""Item 4 of helper LN's brief: what a reference-group member writes in a comment cell reaches the review as written
(tests/data/feedback_cells/README.md): its line breaks, emoji and accents; a number as typed, not '4.0'. A cell Excel
made a date of what was typed ('5-3', '3/5') cannot be told back, so it is kept as read and said, by row, for the team
to ask; a date within words is the respondent's own and is not said."""

from __future__ import annotations

from conftest import DATA

SHEET = DATA / "feedback_cells" / "answers-typed-in-excel.xlsx"


def test_a_comments_lines_emoji_and_numbers_are_kept_as_typed(demo):
    demo("feedback", "import", str(SHEET), code=1)
    given = {item["configuration"]: item for item in demo.json("feedback", "list")}
    assert given["C1"]["comment"] == "First, the family room.\nSecond, the wifi.\n\n– and the lights"
    assert given["C2"]["comment"] == "👍 mostly right 🎉 — “in our ward” naïve"
    assert given["C3"]["comment"] == "4"
    assert given["C5"]["comment"] == "We met on 2026-03-05 to talk it through"


def test_an_answer_excel_made_a_date_is_said_by_row(demo):
    result = demo("feedback", "import", str(SHEET), code=1)
    assert "row 5: the answer to 'what is missing or wrong', '2026-03-05', is a date alone" in result.stderr
    assert "row 6" not in result.stderr  # a date within words: not said
