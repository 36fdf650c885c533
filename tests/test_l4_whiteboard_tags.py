"""Trial K0: a whiteboard's sticky notes (Miro's CSV) tagged by the group of who wrote them: its 'Tags' column was
neither read nor named, 'tags' being a label form tools add. Where a log of comments has one column whose every cell
names one of the review's groups, it is the commenter's group, and said; tags that name no group are named as unread.
Tested on the example review (crisis mental health care)."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "miro"


def test_a_whiteboards_tags_naming_the_reviews_groups_are_the_group(demo, tmp_path):
    """Fails on the old code: no answer had a group, and 'Tags' was not named."""
    board = shutil.copy(DATA / "sticky-notes-tagged-by-group.csv", tmp_path / "board.csv")
    said = demo("feedback", "import", str(board), code=1)
    groups = {f["respondent"]: f["group"] for f in demo.json("feedback", "list")}
    assert groups == {"Rowan": "inpatient-crisis", "Kit": "cyp", "Sam": "cyp"}
    assert "the column 'Tags' holds the review's groups, so it was read as the group" in said.stderr


def test_tags_that_name_no_group_are_named_not_read(demo, tmp_path):
    """Must not fire: 'Service users' and 'Carers' are none of the example review's groups."""
    board = shutil.copy(DATA / "sticky-notes-board.csv", tmp_path / "board.csv")
    said = demo("feedback", "import", str(board), code=1)
    assert not any(f.get("group") for f in demo.json("feedback", "list"))
    assert "read as the group" not in said.stderr
    assert "the columns 'Tags' (3 rows)" in said.stderr
