"""Trial CG (antibiotic prescribing in primary dental care), a Covidence "Extraction 2.0" export imported as the team's
coding sheet (tests/data/trial_cg):

1. Covidence's 'Study ID' is first author and year, so two papers of one first author and year share one ('Cope 2016');
   the export gives each row's 'Title' beside it. The whole sheet was refused, "'Cope 2016' could be any of …", though
   each row's title named which work it was. Now the row's title column tells them apart, and the import says so.
2. 'Covidence #' is the study's number, on every row coded from that study. The import said the team's own numbering
   "gives one number to two rows or more" and told the team to number the rows apart. A number each study keeps on all
   its rows, and no other study shares, names the study: it is no longer said. A team's own statement numbers given
   twice are still said.

Each rule is checked where it must not fire on another topic (falls prevention in care homes)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sheet_reviews import review_of, write_csv

DATA = Path(__file__).parent / "data" / "trial_cg"

DOMAINS = """domains:
  - slug: patient-pressure
    name: Patient expectations and pressure
    description: What patients in pain expect and ask for.
  - slug: clinical-uncertainty
    name: Diagnostic uncertainty and clinician confidence
    description: Knowledge and confidence to manage infection without antibiotics.
  - slug: audit-feedback
    name: Audit, feedback and stewardship tools
    description: Audit and feedback, toolkits and stewardship programmes.
groups:
  - slug: dentists
    name: General dental practitioners
  - slug: microbiologists
    name: Microbiologists
  - slug: patients
    name: Patients and public
"""


def _dental_review(cmo, tmp_path: Path) -> dict[str, str]:
    keys = review_of(cmo, tmp_path, DOMAINS, (DATA / "records.ris").read_text(encoding="utf-8"))
    return {s["title"]: s["key"] for s in cmo.json("sources", "list")} | keys


def test_a_covidence_study_id_two_works_share_is_read_by_the_rows_title(cmo, tmp_path):
    titles = _dental_review(cmo, tmp_path)
    sheet = tmp_path / "covidence_extraction_export.csv"
    shutil.copy(DATA / "covidence_extraction_export.csv", sheet)
    said = cmo("code", "import", str(sheet), code=1)
    by_source = {(s["source"], s["context"]) for s in cmo.json("code", "list")}
    audit = titles["Antimicrobial prescribing by dentists in Wales, UK: findings of the first cycle of a clinical audit"]
    survey = titles["Antibiotic prescribing in UK general dental practice: a cross-sectional study"]
    assert (audit, "first audit cycle, dentists record reason for every Rx") in by_source
    assert (survey, "deprived areas, pts attend only when in pain") in by_source
    assert "'Cope 2016' could be any of" in said.stderr
    assert f"the row's 'Title' names {audit}, so it was read as {audit}" in said.stderr
    assert f"the row's 'Title' names {survey}, so it was read as {survey}" in said.stderr


def test_covidences_own_study_number_is_not_said_as_two_statements_numbered_alike(cmo, tmp_path):
    """The export without the two Cope 2016 rows (the rule above), so only its numbers are in question."""
    _dental_review(cmo, tmp_path)
    sheet = tmp_path / "covidence_extraction_export.csv"
    lines = (DATA / "covidence_extraction_export.csv").read_bytes().split(b"\r\n")
    sheet.write_bytes(b"\r\n".join(line for line in lines if b",Cope 2016," not in line))
    said = cmo("code", "import", str(sheet), code=1)
    assert len(cmo.json("code", "list")) == 5
    assert "Covidence #" not in said.stderr
    assert "gives one number to two rows" not in said.stderr


FALLS = """TY  - JOUR
TI  - Hip protectors in care homes: a realist evaluation
AU  - Okafor, Ngozi
PY  - 2019
JO  - Age and Ageing
ER  -

TY  - JOUR
TI  - Night-time lighting and falls among residents with dementia
AU  - Okafor, Ngozi
PY  - 2019
JO  - Journal of the American Geriatrics Society
ER  -

TY  - JOUR
TI  - Exercise classes led by care staff: a cluster trial
AU  - Lindqvist, Erik
PY  - 2020
JO  - BMC Geriatrics
ER  -
"""

FALLS_DOMAINS = """domains:
  - slug: environment
    name: The home's environment
    description: Lighting, floors and equipment.
"""

HEADER = ["Covidence #", "Study ID", "Title", "Reviewer Name", "Context", "Mechanism", "Outcome", "Page"]


def test_a_title_naming_a_work_the_citation_cannot_mean_leaves_the_row_refused(cmo, tmp_path):
    """Must not fire: the title names Lindqvist's trial, which 'Okafor 2019' cannot mean, so no title decides."""
    review_of(cmo, tmp_path, FALLS_DOMAINS, FALLS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        HEADER,
        [
            "#3",
            "Okafor 2019",
            "Exercise classes led by care staff: a cluster trial",
            "Consensus",
            "Residents",
            "Confidence",
            "Fewer falls",
            "4",
        ],
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "'Okafor 2019' could be any of" in said.stderr
    assert cmo.json("code", "list") == []


def test_a_sheet_with_no_title_column_still_refuses_a_citation_two_works_share(cmo, tmp_path):
    """Must not fire: without a title column nothing tells the two Okafor 2019 papers apart."""
    review_of(cmo, tmp_path, FALLS_DOMAINS, FALLS)
    sheet = write_csv(
        tmp_path / "extraction.csv",
        ["Study ID", "Context", "Mechanism", "Outcome"],
        ["Okafor 2019", "Residents with dementia at night", "They see the way to the toilet", "Fewer night falls"],
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "'Okafor 2019' could be any of" in said.stderr


def test_the_teams_statement_numbers_given_twice_are_still_said(cmo, tmp_path):
    """Must not fire: 'CMOC ID' numbers statements (one study's rows carry 1 and 2); '2' given twice is still said."""
    keys = review_of(cmo, tmp_path, FALLS_DOMAINS, FALLS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["CMOC ID", "Study", "Context", "Mechanism", "Outcome"],
        ["1", keys["exercise"], "Residents in a class led by staff they know", "They feel safe to try", "More activity"],
        ["2", keys["exercise"], "Staff trained to lead classes", "They feel confident", "Classes run weekly"],
        ["2", keys["hip"], "Residents offered hip protectors", "They feel protected", "Fewer fractures"],
        ["3", keys["night-time"], "Corridors lit at night", "They see the way", "Fewer night falls"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert "the team's own 'CMOC ID' gives one number to two rows or more ('2' on rows 3, 4)" in said.stderr


def test_a_number_each_study_keeps_under_a_header_naming_statements_is_still_said(cmo, tmp_path):
    """Must not fire: 'Statement #' says it numbers statements, so '7' on two rows of one study is still said, though
    each study's rows happen to carry one number."""
    keys = review_of(cmo, tmp_path, FALLS_DOMAINS, FALLS)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["Statement #", "Study", "Context", "Mechanism", "Outcome"],
        ["1", keys["hip"], "Residents offered hip protectors", "They feel protected", "Fewer fractures"],
        ["7", keys["exercise"], "Residents in a class led by staff they know", "They feel safe to try", "More activity"],
        ["7", keys["exercise"], "Staff trained to lead classes", "They feel confident", "Classes run weekly"],
    )
    said = cmo("code", "import", str(sheet), code=1)
    assert "the team's own 'Statement #' gives one number to two rows or more ('7' on rows 3, 4)" in said.stderr
