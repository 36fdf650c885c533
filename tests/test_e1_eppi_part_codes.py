"""Trial E1 (a school counsellor's rapid realist review of peer mentoring for mental health in secondary schools): her
EPPI-Reviewer coding report was coded with a codeset of the three parts alone, 'Context', 'Mechanism' and 'Outcome', the
words in each code's Info box, as EPPI-Reviewer teams code CMOs: cmo read no code as a part and refused the whole report
for having no C, M and O columns. A code that is only a part's name is that part. Tested on another topic: community
pharmacy medicines reviews (tests/data/eppi_reviewer/)."""

from __future__ import annotations

import shutil

from conftest import DATA
from sheet_reviews import review_of

from cmo.sheets.coding import _code_of_part

RECORDS = """TY  - JOUR
TI  - Medicines use reviews in community pharmacy: a qualitative study of pharmacists and patients
AU  - Latif, Asam
PY  - 2013
JO  - International Journal of Pharmacy Practice
ER  -
"""

DOMAINS = """domains:
  - slug: reviews
    name: Medicines reviews
    description: What makes a pharmacy medicines review change anything.
"""


def test_an_eppi_report_coded_with_the_parts_alone_reads_each_info_box_as_its_part(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    report = shutil.copy(DATA / "eppi_reviewer" / "coding_report_part_codes.xlsx", tmp_path / "coding report.xlsx")
    said = cmo("code", "import", str(report), code=None)
    assert said.exit_code in (0, 1), said.stderr
    first, second = cmo.json("code", "list")
    assert {first["source"], second["source"]} == {keys["medicines"]}
    assert (first["context"], first["mechanism"], first["outcome"]) == (
        "pharmacists in busy chain pharmacies with targets for reviews",
        "reviews felt as a box-ticking exercise",
        "patients saw few changes to their medicines",
    )
    assert first["page"] == "4, 6"
    assert (second["context"], second["outcome"]) == (
        "patients who already knew their pharmacist",
        "more problems with medicines raised",
    )


def test_a_part_s_name_alone_is_a_part_only_as_a_code_never_as_a_column_s_header():
    """Must not fire: a column headed 'Context' holds contexts (a sheet's C column), no code matrix's code; and a code
    that names more than the part ('Contexts of care') is no part's code."""
    assert _code_of_part("Context", alone=True) == ("context", "")
    assert _code_of_part("CMO\\Outcomes", alone=True) == ("outcome", "")
    assert _code_of_part("Context") is None
    assert _code_of_part("Contexts of care", alone=True) is None
    assert _code_of_part("Context – Night shift", alone=True) == ("context", "Night shift")
