"""Trial E1 (a rapid realist review of peer mentoring in secondary schools): a coding sheet citing "Ellis 2010" for the
Ellis 2009 study was refused with "did you mean 'ellis2005navigating'?", the first author's 2005 conference paper,
as it sorted first. Where the author is exact and the year mistyped, the nearest year of that author's works is
suggested. Tested on another topic: community health workers."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - CONF
TI  - Community health workers and hypertension follow-up: early findings
AU  - Nkosi, Thandeka
PY  - 2014
ER  -

TY  - JOUR
TI  - Household visits by community health workers and blood pressure control: a cluster trial
AU  - Nkosi, Thandeka
PY  - 2019
JO  - BMJ Global Health
ER  -

TY  - JOUR
TI  - Supervision of community health workers in rural districts
AU  - Nkosi, Thandeka
PY  - 2023
JO  - Human Resources for Health
ER  -
"""

DOMAINS = """domains:
  - slug: visits
    name: Household visits
    description: What household visits change.
"""


def test_a_mistyped_year_suggests_the_author_s_work_of_the_nearest_year(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    header = ["source", "context", "mechanism", "outcome"]
    sheet = write_csv(tmp_path / "coding.csv", header, ["Nkosi 2018", "rural households", "trust the visitor", "more checks"])
    result = cmo("code", "import", str(sheet), code=2)
    assert f"did you mean '{keys['household']}'?" in result.stderr, result.stderr


def test_a_mistyped_year_nearer_the_later_work_suggests_that_one(cmo, tmp_path):
    """Must not fire the other way: "Nkosi 2022" is nearest the 2023 work, not the 2019 one."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    header = ["source", "context", "mechanism", "outcome"]
    sheet = write_csv(tmp_path / "coding.csv", header, ["Nkosi 2022", "rural districts", "supported", "stay in post"])
    result = cmo("code", "import", str(sheet), code=2)
    assert f"did you mean '{keys['supervision']}'?" in result.stderr, result.stderr
