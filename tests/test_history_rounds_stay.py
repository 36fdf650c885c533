"""`cmo history` tells each decision's round as the round it went into, the same whatever rounds close later (trial CK:
a team comparing two dumps of the history, before and after round 2 closed, saw the lines of decisions made in between
turn from "after round 1" into "round 2", and round 1's own from "before the first consultation round" into "round 1").
The report, a document written now, still tells a change after the last closed round as after it (trial K)."""

from __future__ import annotations

import re


def _lines(cmo) -> list[str]:
    return [line for line in cmo("history").stdout.splitlines() if not line.startswith(" ")]


def test_every_history_line_reads_the_same_after_later_rounds_close(unsent, tmp_path):
    # A review on school-based asthma action plans would do as well: the topic is the example's, the rule any review's.
    demo = unsent
    demo("configs", "edit", "C2", "--title", "Awareness sessions for support workers", "--note", "shorter")
    before_first = _lines(demo)
    demo("round", "close", "--note", "first consultation", code=None)
    demo("configs", "edit", "C3", "--title", "Families trust the video link", "--note", "plainer")
    before_second = _lines(demo)
    assert before_second[: len(before_first)] == before_first
    demo("round", "close", "--note", "second consultation", code=None)
    after = _lines(demo)
    assert after[: len(before_second)] == before_second
    edit_c3 = next(line for line in after if "edit C3" in line)
    assert re.search(r"  round 2  .*edit C3", edit_c3), edit_c3
    assert "after round" not in "\n".join(after) and "before the first consultation round" not in "\n".join(after)
