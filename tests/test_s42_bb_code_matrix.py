"""Trial BB (a coding sheet from Dedoose): Dedoose exports its excerpts one row each, the document as 'Media Title', the
text as 'Excerpt Copy', and one column per code ticked True or False ('Code: Context: staff turnover Applied'); the
team's C, M and O are the codes' names. Such a sheet was refused whole for lacking C, M and O columns. Tested on
another topic: hospital discharge of older people."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Discharge planning for frail older people: a qualitative study of ward nurses
AU  - Haugen, Ingrid
PY  - 2017
JO  - Age and Ageing
ER  -

TY  - JOUR
TI  - Home visits after hospital discharge and readmission in older adults
AU  - Moreau, Celine
PY  - 2021
JO  - BMC Geriatrics
ER  -
"""

DOMAINS = """domains:
  - slug: handover
    name: Handover between hospital and home
    description: What passes from the ward to community teams.
"""

HEADER = ["Media Title", "Excerpt Range", "Excerpt Creator", "Excerpt Copy", "Codes Applied Combined"]
CODES = [
    "Code: Context: named discharge nurse Applied",
    "Code: Context: weekend discharge Applied",
    "Code: Mechanism: patients trust one person Applied",
    "Code: Outcome: fewer delays Applied",
    "Code: Outcome: readmission Applied",
]


def _statements(cmo) -> list[tuple[str, str, str, str, str]]:
    return [(s["source"], s["context"], s["mechanism"], s["outcome"], s["quote"]) for s in cmo.json("code", "list")]


def test_a_dedoose_excerpt_export_gives_each_excerpt_the_parts_its_ticked_codes_name(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "excerpts.csv",
        HEADER + CODES,
        ["Haugen 2017", "120-410", "IH", "One nurse organised everything.", "…", "True", "False", "True", "True", "False"],
        ["Moreau 2021", "55-90", "IH", "Sent home on a Saturday.", "…", "True", "True", "False", "False", "True"],
        ["Moreau 2021", "91-120", "IH", "Background on the ward.", "", "False", "False", "False", "False", "False"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    nurse = "One nurse organised everything."
    assert _statements(cmo) == [
        (keys["discharge"], "named discharge nurse", "patients trust one person", "fewer delays", nurse),
        (keys["home"], "named discharge nurse; weekend discharge", "", "readmission", "Sent home on a Saturday."),
    ]
    assert "the sheet is a code matrix (5 columns of codes" in said.stderr
    assert "row 4: no context, mechanism or outcome code is ticked" in said.stderr
    assert [s["coder"] for s in cmo.json("code", "list")] == ["IH", "IH"]


def test_codes_nested_under_a_part_and_ticked_1_or_0_are_read_by_their_own_name(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "excerpts.csv",
        ["Media Title", "Excerpt Copy", "Context\\Ward\\Named nurse", "Mechanism\\Trust", "Outcome\\Fewer delays"],
        ["Haugen 2017", "One nurse organised everything.", "1", "1", "1"],
    )
    cmo("code", "import", str(sheet))
    assert _statements(cmo) == [(keys["discharge"], "Named nurse", "Trust", "Fewer delays", "One nurse organised everything.")]


def test_a_sheet_with_its_parts_written_out_is_read_as_written_beside_a_column_headed_like_a_code(cmo, tmp_path):
    """The rule must not fire where C, M and O are written in their own columns: a 'Context: setting' column of words
    is the team's own column, not a code."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Source", "Context", "Mechanism", "Outcome", "Context: setting"],
        ["Haugen 2017", "Wards with a named nurse", "Patients trust one person", "Fewer delays", "rural"],
    )
    cmo("code", "import", str(sheet), code=None)
    assert _statements(cmo) == [(keys["discharge"], "Wards with a named nurse", "Patients trust one person", "Fewer delays", "")]
    assert cmo.json("code", "list")[0]["extra"] == {"Context: setting": "rural"}
