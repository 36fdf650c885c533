"""Trial BD (a coding sheet from MAXQDA): MAXQDA's 'Coded segments' export has one row per coded passage ('Document
name', 'Code', 'Segment', 'Begin', 'End', 'Author'…), so one CMO's context, mechanism and outcome are three rows of one
document, each coded 'Context\\…', 'Mechanism\\…' or 'Outcome\\…'. The sheet was refused whole for lacking C, M and O
columns. Tested on another topic: tenancy sustainment for people leaving homelessness."""

from __future__ import annotations

from openpyxl import Workbook
from sheet_reviews import review_of

RECORDS = """TY  - JOUR
TI  - Floating support and tenancy sustainment after homelessness: a qualitative study
AU  - Okafor, Grace
PY  - 2019
JO  - Housing Studies
ER  -

TY  - JOUR
TI  - Landlord liaison officers and evictions in social housing
AU  - Lindqvist, Per
PY  - 2022
JO  - European Journal of Homelessness
ER  -
"""

DOMAINS = """domains:
  - slug: tenancy
    name: Keeping a tenancy
    description: What helps people stay in their homes.
"""

HEADER = ["Color", "Document group", "Document name", "Code", "Segment", "Begin", "End", "Weight score", "Author", "Created"]


def _workbook(path, *rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Coded segments"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _segment(document, code, text, begin, author="GO"):
    return ["Blue", "Studies", document, code, text, begin, begin, 0, author, "02/11/2026 10:15"]


def test_a_maxqda_coded_segments_export_reads_each_documents_run_of_parts_as_one_statement(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _workbook(
        tmp_path / "coded-segments.xlsx",
        _segment("Okafor 2019", "Context\\Support worker", "tenants with a named support worker in the first year", 4),
        _segment("Okafor 2019", "Mechanism\\Trust", "they ring the worker before arrears build up", 4),
        _segment("Okafor 2019", "Memo\\Ask team", "check whether this is the same scheme", 4),
        _segment("Okafor 2019", "Outcome\\Tenancy kept", "tenancies were sustained past twelve months", 5),
        _segment("Okafor 2019", "Context\\Support ends", "when floating support ended at six months", 9),
        _segment("Okafor 2019", "Mechanism\\Isolation", "tenants felt abandoned and stopped opening letters", 9),
        _segment("Okafor 2019", "Outcome\\Arrears", "arrears grew unnoticed", 10),
        _segment("Lindqvist 2022", "Context\\Liaison officer", "estates with a landlord liaison officer", 3, author="PL"),
        _segment("Lindqvist 2022", "Outcome\\Evictions", "fewer evictions for rent arrears", 6, author="PL"),
    )
    said = cmo("code", "import", str(sheet), code=1)
    statements = [(s["source"], s["context"], s["mechanism"], s["outcome"], s["coder"]) for s in cmo.json("code", "list")]
    assert statements == [
        (
            keys["floating"],
            "tenants with a named support worker in the first year",
            "they ring the worker before arrears build up",
            "tenancies were sustained past twelve months",
            "GO",
        ),
        (
            keys["floating"],
            "when floating support ended at six months",
            "tenants felt abandoned and stopped opening letters",
            "arrears grew unnoticed",
            "GO",
        ),
        (keys["landlord"], "estates with a landlord liaison officer", "", "fewer evictions for rent arrears", "PL"),
    ]
    assert "coded-segments export" in said.stderr and "8 segments" in said.stderr and "3 statements" in said.stderr
    assert "row 4: coded with no Context, Mechanism or Outcome code" in said.stderr
    assert "holds passages of text" not in said.stderr  # the codes kept in 'Coded as' are no quotes
    first = cmo.json("code", "show", "S1")
    assert first["quote"] in ("", None)  # each part is the passage itself: no quote repeats them
    assert first["extra"]["Coded as"] == "Context\\Support worker; Mechanism\\Trust; Outcome\\Tenancy kept"
    assert first["extra"]["Begin"] == "4; 5"


def test_segments_coded_with_codes_that_name_no_part_are_refused_as_before(cmo, tmp_path):
    """The rule must not fire where the codes are themes, not a CMO's parts: the sheet has no context, mechanism or
    outcome to read, and is refused naming the columns it lacks, nothing imported."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _workbook(
        tmp_path / "themes.xlsx",
        _segment("Okafor 2019", "Barriers\\Money", "arrears grew unnoticed", 10),
        _segment("Okafor 2019", "Facilitators\\Support", "they ring the worker", 4),
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "the header row has no 'context', 'mechanism' and 'outcome' columns" in said.stderr
    assert cmo.json("code", "list") == []
