"""A withdrawn feedback file imported again (trial BU: a Delphi sheet withdrawn for its wrong scale and imported again
with the scale right): read as it was, it stays withdrawn; read differently now, it is a corrected import and counts
whole, never the half whose reading changed."""

from __future__ import annotations


def _answers(demo) -> dict[str, dict]:
    return {a["id"]: a for a in demo.json("feedback", "list")}


def _sheet(path, rows: list[tuple[str, str, str]]):
    lines = ["pseudonym,group,round,configuration,rating,comment"]
    lines += [f"{who},cyp,1,{config},{rating},{who} on {config}" for who, config, rating in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


ROWS = [("Wren", "C1", "agree"), ("Wren", "C7", "disagree"), ("Teal", "C1", "agree"), ("Teal", "C7", "partly")]


def test_a_withdrawn_file_read_differently_now_counts_whole(demo, tmp_path):
    path = tmp_path / "panel.csv"
    first = demo.json("feedback", "import", _sheet(path, ROWS))["feedback"]
    demo("feedback", "withdraw", "panel.csv", "--note", "ratings read on the wrong scale")
    assert not _answers(demo)
    corrected = [*ROWS[:3], ("Teal", "C7", "agree")]  # one answer reads differently, three as before
    again = demo("feedback", "import", _sheet(path, corrected), code=None)
    assert "reads differently now" in again.stdout + again.stderr and "stay withdrawn" not in again.stderr
    counted = _answers(demo)
    assert len(counted) == 4 and not set(counted) & set(first), "every answer of the corrected file counts, none withdrawn"
    assert sorted((a["respondent"], a["configuration"], a["rating"]) for a in counted.values()) == sorted(corrected)


def test_a_withdrawn_file_read_as_it_was_stays_withdrawn_and_says_how_to_count_it(demo, tmp_path):
    path = tmp_path / "panel.csv"
    demo("feedback", "import", _sheet(path, ROWS))
    demo("feedback", "withdraw", "panel.csv", "--note", "a test run of the form")
    again = demo("feedback", "import", _sheet(path, ROWS), code=1)
    assert "stay withdrawn" in again.stderr and "under another name" in again.stderr
    assert not _answers(demo)
