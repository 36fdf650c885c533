"""Trial Q: nothing a screener wrote is lost. "Include?" with words in the reason column kept neither the words nor
said so; "Exclude - wrong population" beside a reason column kept only the column. Each sheet imported into the example
review through the command a user types (real SQLite)."""

from __future__ import annotations


def _screen(demo, tmp_path, rows: list[str]) -> list[dict]:
    keys = [s["key"] for s in demo.json("sources", "list")][: len(rows)]
    sheet = tmp_path / "screening.csv"
    lines = [row.format(key=key) for row, key in zip(rows, keys)]
    sheet.write_text("key,decision,reason,screened by\n" + "\n".join(lines) + "\n", encoding="utf-8")
    demo("select", "import", str(sheet), code=None)
    return [demo.json("sources", "show", key) for key in keys]


def test_words_in_the_reason_column_of_a_source_not_excluded_are_its_note(demo, tmp_path):
    (undecided, included) = _screen(
        demo, tmp_path, ['{key},Include?,"community views only; check with team",RK', "{key},include,full text needed,RK"]
    )
    assert undecided["status"] == "maybe" and "community views only; check with team" in undecided["screening_note"]
    assert included["status"] == "included" and "full text needed" in included["screening_note"]


def test_an_exclusion_worded_in_its_decision_cell_and_in_a_reason_column_keeps_both(demo, tmp_path):
    (both, same) = _screen(
        demo,
        tmp_path,
        ["{key},Exclude - wrong population,delivered by instructors not staff,AM", "{key},Exclude: wrong design,wrong design,AM"],
    )
    assert both["exclusion_reason"] == "delivered by instructors not staff" and both["screening_note"] == "wrong population"
    assert same["exclusion_reason"] == "wrong design" and "wrong design" not in same["screening_note"]  # said once
