"""Trials K0 and K1: the team renamed its coding sheet's 'Who' column 'Stakeholder group' (a header cmo reads as the
groups) and imported the sheet again, without cmo's ids: every statement kept the old 'Who' beside the groups read from
the new column. A column of the team's own the statements carry and the sheet no longer has, whose values are exactly
a new column's on each row, is that column renamed: kept once, under the new header, and said. One truly dropped is kept
(nothing lost) and named. Tested on a falls-prevention review; must not fire on a peer-support review whose new column
holds other values."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

_ROWS = [
    ("lee2020", "Older people discharged home after a fall", "A physiotherapist visits and they feel safer", "Fewer falls"),
    ("kim2019", "Care home residents with dementia", "Staff notice risks sooner when trained", "Fewer injuries"),
]


def _sheet(path, column: str, values: list[str]) -> None:
    lines = [f"source,context,mechanism,outcome,quote,coder,{column}"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "a quote", "RT", value)) for row, value in zip(_ROWS, values)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _statements(review) -> list[dict]:
    return json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)


def _shown(review, sid: str) -> dict:
    return json.loads(cmo_run("code", "show", sid, "--json", cwd=review).stdout)


def _imported_twice(tmp_path, first: tuple[str, list[str]], second: tuple[str, list[str]]) -> tuple:
    review = review_from_rows(tmp_path, _ROWS)
    _sheet(tmp_path / "first.csv", *first)
    _sheet(tmp_path / "second.csv", *second)
    assert cmo_run("code", "import", "../first.csv", "--by", "RT", cwd=review).returncode in (0, 1)
    done = cmo_run("code", "import", "../second.csv", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert len(_statements(review)) == 2  # no statement added or lost
    return review, done.stdout + done.stderr


def test_a_team_column_renamed_to_one_cmo_reads_is_not_kept_beside_it(tmp_path):
    """Fails on the old code: both statements kept 'Who' beside the groups the new column gave."""
    groups = ["cyp", "inpatient-crisis"]
    review, said = _imported_twice(tmp_path, ("Who", groups), ("Stakeholder group", groups))
    ids = [s["id"] for s in _statements(review)]
    for sid, group in zip(ids, ["cyp", "inpatient-crisis"]):
        shown = _shown(review, sid)
        assert shown["groups"] == [group]
        assert "Who" not in shown["extra"], shown["extra"]
    assert "the column 'Who' is headed 'Stakeholder group' on this sheet" in said


def test_a_team_column_renamed_to_another_of_its_own_on_a_sheet_without_ids(tmp_path):
    """Fails on the old code: without cmo's ids the rename was not seen and both columns were kept."""
    review, said = _imported_twice(tmp_path, ("Confidence", ["high", "low"]), ("Coder confidence", ["high", "low"]))
    for statement, value in zip(_statements(review), ["high", "low"]):
        assert _shown(review, statement["id"])["extra"] == {"Coder confidence": value}
    assert "the column 'Confidence' is headed 'Coder confidence'" in said


def test_a_column_with_other_values_is_no_rename_and_a_dropped_one_is_kept_and_named(tmp_path):
    """Must not fire: a peer-support review's 'Confidence' left off and a new 'Setting' of other values."""
    global _ROWS
    saved = _ROWS
    _ROWS = [
        ("ng2018", "Adults newly diagnosed with type 2 diabetes", "A peer mentor shares how they cope", "Better self-care"),
        ("obi2021", "Rural clinics without a dietitian", "Group sessions make advice feel doable", "Lower HbA1c"),
    ]
    try:
        review, said = _imported_twice(tmp_path, ("Confidence", ["high", "low"]), ("Setting", ["urban", "rural"]))
    finally:
        _ROWS = saved
    for statement, value, setting in zip(_statements(review), ["high", "low"], ["urban", "rural"]):
        assert _shown(review, statement["id"])["extra"] == {"Confidence": value, "Setting": setting}
    assert "is headed" not in said
    assert "this sheet no longer has the column 'Confidence' that 2 statements of its rows carry" in said
