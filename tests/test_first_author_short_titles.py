"""Trial CN: EPPI-Reviewer's coding report names each study by its ShortTitle, the first author and year alone
('Akhavan (2012)' for Akhavan & Edge 2012). With a single-author Akhavan 2012 in the review too, cmo read the cell as
the single-author paper, 'the one cited exactly so', and a statement went to the wrong study. A column that cites
every work by its first author alone tells neither apart: the row is refused, naming both keys. Tested on another
topic: school-based physical activity."""

from __future__ import annotations

from openpyxl import Workbook
from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Active lessons and pupils' attention in primary schools
AU  - Lindqvist, Maria
PY  - 2018
JO  - Journal of School Health
ER  -

TY  - JOUR
TI  - Daily mile running and classroom behaviour: a qualitative study
AU  - Lindqvist, Maria
AU  - Osei, Kwame
PY  - 2018
JO  - BMC Public Health
ER  -
"""

DOMAINS = """domains:
  - slug: activity
    name: Active school day
    description: What helps schools keep pupils moving during the day.
"""


def _report(path, short_title):
    book = Workbook()
    sheet = book.active
    sheet.title = "Coding report"
    sheet.append(["Item ID", "ShortTitle", "Code", "Info box", "Coded text"])
    passage = 'Page 4:\n[¬s]"after the run they settle quicker"[¬e]'
    sheet.append([9120, short_title, "Context – Primary school", "teachers with a cramped timetable", passage])
    sheet.append([9120, short_title, "Mechanism – Release", "pupils let off energy", passage])
    sheet.append([9120, short_title, "Outcome – Calmer class", "pupils settle faster after the run", passage])
    book.save(path)
    return path


def test_an_eppi_short_title_two_works_answer_to_is_refused_naming_both(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    refused = cmo("code", "import", str(_report(tmp_path / "EPPI coding report.xlsx", "Lindqvist (2018)")), code=2).stderr
    assert "'Lindqvist (2018)' could be any of" in refused
    assert keys["active"] in refused and keys["daily"] in refused
    assert cmo.json("code", "list") == []


def test_a_study_column_still_reads_the_work_cited_exactly_so(cmo, tmp_path):
    """Must not fire: a team's own 'Study' column citing 'Lindqvist 2018' means the single-author work (the co-authored
    one it would cite 'Lindqvist & Osei 2018'), read so and said."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Study", "Context", "Mechanism", "Outcome"],
        ["Lindqvist 2018", "teachers with a cramped timetable", "pupils move while learning", "pupils attend longer"],
    )
    said = cmo("code", "import", str(sheet), code=None)
    [statement] = cmo.json("code", "list")
    assert statement["source"] == keys["active"]
    assert "the one cited exactly so" in said.stderr
