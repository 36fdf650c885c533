"""Trial BG: a grey-literature list the team typed in Excel gave one report's date as 'Nov-20' (Excel's month and
year): the record was read with no year, the ingest exited 0 without a word, and the report cited it 'n.d.'. A CSV's
date cell shown as a month and a year's last two digits is read as its year, and said; a year cell that gives no year
is said with its file and line, as the tagged readers say one ('n.d.' says there is none, and is not said). Checked on
another topic (school food policy) with a real file and the real CLI."""

from __future__ import annotations

from tests.sheet_reviews import write_csv


def test_a_grey_lists_month_and_short_year_is_read_as_its_year_and_a_date_that_is_none_is_said(tmp_path, cmo):
    """Fails on the old code: 'Nov-20' (Excel's month and year) and 'tbc' gave no year, exit 0, and the report cited
    each 'n.d.' without a word. 'n.d.' says the work has no date: nothing to say of it (the rule must not fire)."""
    grey = tmp_path / "grey.csv"
    write_csv(
        grey,
        ["Title", "Author/Organisation", "Date", "Type", "URL"],
        ["School food standards: a practical guide", "Department for Education", "Mar-19", "Guidance", "https://example.org/a"],
        ["Breakfast clubs in the North East", "Magic Breakfast", "tbc", "Report", "https://example.org/b"],
        ["Free school meals auto-enrolment", "Child Poverty Action Group", "n.d.", "Briefing", "https://example.org/c"],
        ["Healthy lunchboxes in primary schools", "Food Foundation", "Spring 2021", "Report", "https://example.org/d"],
    )  # fmt: skip
    cmo("init", str(cmo.folder))
    done = cmo("ingest", str(grey), "--origin", "website", code=1)
    years = {s["title"].split()[0]: s.get("year") for s in cmo.json("sources", "list")}
    assert years == {"School": 2019, "Breakfast": None, "Free": None, "Healthy": 2021}, years
    assert "grey.csv:2: this row's date 'Mar-19' was read as the year 2019" in done.stderr, done.stderr
    assert "grey.csv:3: this row's year ('tbc') is not a year" in done.stderr
    assert "grey.csv:4" not in done.stderr and "grey.csv:5" not in done.stderr
