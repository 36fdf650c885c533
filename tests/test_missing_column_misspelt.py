"""A coding sheet refused for a column it lacks names the header cell that looks like that column misspelt (trial E2: a
MAXQDA sheet headed 'Mechansim' was refused as having no 'mechanism' column, the misspelt cell lost among the fourteen
others it listed). The refusal says which cell looks misspelt and what to do; a cell that is no near spelling is not
named so, and nothing is read from a misspelling. Sheets about cycling, not the trial's topic."""

from __future__ import annotations

import csv


def _sheet(tmp_path, header: list[str]):
    path = tmp_path / "coding.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerow(["cooper2024peer", "new riders", "feeling safe in a protected lane", "riding to work"])
    return path


def test_a_misspelt_header_is_named_with_what_to_do(demo, tmp_path):
    before = len(demo.json("code", "list"))
    result = demo("code", "import", str(_sheet(tmp_path, ["Study", "Context", "Mechansim", "Outcome"])), code=2)
    assert "has no 'mechanism' column" in result.stderr
    assert "'Mechansim' looks like 'mechanism' misspelt: correct the header and import again." in result.stderr
    assert len(demo.json("code", "list")) == before


def test_a_header_that_is_no_misspelling_is_not_named_so(demo, tmp_path):
    result = demo("code", "import", str(_sheet(tmp_path, ["Study", "Context", "Notes", "Outcome"])), code=2)
    assert "has no 'mechanism' column" in result.stderr
    assert "misspelt" not in result.stderr
