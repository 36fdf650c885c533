"""Trial CN (interpreters in maternity care): the team's appraisal sheet, saved from LibreOffice Calc as CSV (UTF-8 with
a byte-order mark, ';' between cells, dates as 07/12/2026), had an 'Appraised by' column with each appraiser's
initials; the import named it as a column not read (exit 1) and every appraisal counted as the importer's alone. Who
appraised is kept in the row's note ('appraised by AnB'), as a screening sheet's 'Screened by' is kept with its
decision. Tested on another topic: falls prevention in care homes."""

from __future__ import annotations

from sheet_reviews import review_of

RECORDS = """TY  - JOUR
TI  - Hip protectors and night-time falls in care homes: a mixed-methods evaluation
AU  - Okafor, Chidi
PY  - 2020
JO  - Age and Ageing
ER  -

TY  - JOUR
TI  - Staff training to reduce falls in nursing homes: a cluster trial
AU  - Lindqvist, Maja
PY  - 2018
JO  - BMC Geriatrics
ER  -
"""

DOMAINS = """domains:
  - slug: falls
    name: Preventing falls
    description: What helps care home staff keep residents from falling.
"""


def _libreoffice_csv(path, *lines):
    path.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    return path


def test_an_appraiser_column_is_kept_in_each_row_s_note(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _libreoffice_csv(
        tmp_path / "appraisal.csv",
        "Study;Relevance;Rigour;Appraiser comments;Appraised by;Date",
        "Okafor 2020;High;Medium;mixed methods, small;CO;07/12/2026",
        "Lindqvist 2018;Medium;High;;ML;08/12/2026",
    )
    said = cmo("appraise", "--file", str(sheet), code=None)
    assert "'Appraised by'" not in said.stderr, said.stderr
    assert cmo.json("sources", "show", keys["hip"])["appraisal"]["note"] == "mixed methods, small; appraised by CO"
    assert cmo.json("sources", "show", keys["staff"])["appraisal"]["note"] == "appraised by ML"


def test_a_sheet_without_an_appraiser_keeps_its_notes_as_written(cmo, tmp_path):
    """Must not fire: no appraiser column, no words added to the note."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _libreoffice_csv(
        tmp_path / "appraisal.csv", "Study;Relevance;Rigour;Appraiser comments", "Okafor 2020;High;Medium;mixed methods, small"
    )
    cmo("appraise", "--file", str(sheet))
    assert cmo.json("sources", "show", keys["hip"])["appraisal"]["note"] == "mixed methods, small"
