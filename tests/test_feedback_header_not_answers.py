"""Trial BS: a discussion wall's export (one row per post: its title, text, author, when it was posted and the section
it sits in, each section named for a configuration) was refused naming its first post as the header, 'row 2', and the
post's section, 'CMO 1.1 (C1) …', as a column. A row that says when an answer came in (a date with a time of day) is a
row of answers, never the header: the refusal names the header row and the columns it lacks. Tested on the example
review (crisis mental health care)."""

from __future__ import annotations

import csv

import pytest


def test_a_row_of_posts_naming_a_configuration_is_not_taken_for_the_header(demo, tmp_path):
    title = demo.json("configs", "show", "C1")["title"]
    wall = tmp_path / "wall-export.csv"
    with wall.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Post title", "Post text", "Posted by", "Posted at", "Topic"])
        writer.writerow(["So true", "Video calls hide what the room says", "Ash", "2026-11-02 10:15:32", f"CMO 1.1 (C1) {title}"])
        writer.writerow(["Hmm", "Not on our ward", "Bea", "2026-11-02 11:40:00", f"CMO 1.1 (C1) {title}"])
    said = demo("feedback", "import", str(wall), code=2)
    assert "row 1:" in said.stderr and "row 2" not in said.stderr, said.stderr
    assert "missing columns pseudonym, configuration, rating" in said.stderr, said.stderr
    assert "column 'CMO 1.1 (C1)" not in said.stderr
    assert demo.json("feedback", "list") == []


@pytest.mark.parametrize("when", ["2026-11-02", ""])
def test_a_typed_up_row_whose_answer_names_a_configuration_beside_no_time_is_read_as_before(demo, tmp_path, when):
    """Must not fire: a date alone may answer a question, and a header naming the configuration column is read."""
    sheet = tmp_path / "answers.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["pseudonym", "group", "configuration", "rating", "comment", "date"])
        writer.writerow(["Ash", "inpatient-crisis", "C1", "agree", "C1: as on our ward", when])
    demo("feedback", "import", str(sheet), code=None)
    assert [f["comment"] for f in demo.json("feedback", "list")] == ["C1: as on our ward"]
