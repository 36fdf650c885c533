"""A problem repeated down a sheet (a label the review does not know, typed on forty rows) is said once, naming its rows
("rows 4, 7, 9 and 37 more"), not once per row; different problems, or the same on one row, keep a line each. Topic: a
dental public health review's coding sheet."""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows, write_csv


def _sheet(tmp_path: Path, labels: list[str]) -> Path:
    rows = [
        ["k1", f"nurseries in area {i}", f"staff brush with children {i}", f"fewer caries {i}", label, "RT"]
        for i, label in enumerate(labels)
    ]
    return write_csv(tmp_path / "sheet.csv", ["source", "context", "mechanism", "outcome", "domain", "coder"], *rows)


def _review(tmp_path: Path) -> Path:
    return review_from_rows(tmp_path, [("k1", "nurseries with a dental nurse", "staff brush with children", "fewer caries")])


def test_an_unknown_label_on_many_rows_is_said_once_naming_its_rows(tmp_path):
    review = _review(tmp_path)
    labels = ["Acess" if i % 4 else "Safety" for i in range(44)]  # data rows 2..45; every fourth row names a domain
    done = cmo_run("code", "import", str(_sheet(tmp_path, labels)), "--by", "RT", cwd=review)
    assert done.returncode == 2
    said = [line for line in done.stderr.splitlines() if "'Acess' is not a domain" in line]
    assert len(said) == 1, done.stderr
    assert said[0].startswith("rows 3, 4, 5 and 30 more, column domain:"), said[0]
    assert "has 33 problems" in done.stderr
    assert cmo_run("code", "list", "--json", cwd=review).stdout.count('"id"') == 1  # nothing imported


def test_different_labels_and_a_label_on_one_row_keep_a_line_each(tmp_path):
    """A guard: the grouping must not join what differs (passes on the old code too, but for the wording of the two)."""
    review = _review(tmp_path)
    done = cmo_run("code", "import", str(_sheet(tmp_path, ["Acess", "Safety", "Workforse", "Acess"])), "--by", "RT", cwd=review)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert any(line.startswith("rows 2 and 5, column domain: 'Acess'") for line in lines), done.stderr
    assert any(line.startswith("row 4, column domain: 'Workforse'") for line in lines), done.stderr
