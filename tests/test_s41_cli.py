"""Session 41: what a command line takes as typed (trial AN)."""

from __future__ import annotations

import csv


def _answers(demo, tmp_path) -> list[str]:
    """Two respondents' answers to C1 of the example's pack, imported: their feedback ids."""
    template = tmp_path / "answers.csv"
    demo("feedback", "template", "-o", str(template))
    with template.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    rows = [
        dict(row, pseudonym=who, group="cyp", rating="partly", comment="Only some of the time.")
        for row in rows[:1]
        for who in ("Grey Wren", "Blue Tit")
    ]
    with template.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    demo("feedback", "import", str(template))
    return [answer["id"] for answer in demo.json("feedback", "list") if answer["configuration"] == "C1"]


def test_an3_a_repeated_because_keeps_every_answer_named(demo, tmp_path):
    """`configs edit … --because F16 --because F20` kept only F20: the first answer vanished from the history."""
    first, second = _answers(demo, tmp_path)
    demo("configs", "edit", "C1", "--title", "A private space at home", "--because", first, "--because", second)
    last = demo.json("history", "C1")[-1]
    assert last["action"] == "edit" and last["because"] == [first, second]


def test_statements_given_by_a_repeated_option_are_all_taken(unsent):
    """`configs new --statements S1 --statements S2` made a configuration of S2 alone."""
    made = unsent.json("configs", "new", "--statements", "S1", "--statements", "S2")
    assert made["statements"] == ["S1", "S2"]
