"""Trial CW: a DistillerSR extraction export filled by three coders carried the team's own 'Reconciliation' column. Rows
the coders had settled as 'drop - same as NK row' and 'drop (dup of JB)' (another coder's copy of a finding kept) came in
as evidence, and a row marked 'disagree - JB thinks this contradicts…; discuss at ERG' came in as settled, nothing said.
A settling column's cell that drops its row leaves the row out, named; one that opens with a disagreement and goes on
is a disagreement, named as 'DISAGREE' alone is. Must not fire: a school breakfast review whose 'Reconciliation' cells
say what was dropped from a row ('dropped the quote') or ask ('drop?'), and whose 'Notes' say 'drop'."""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import review_of, write_csv
from test_coders_disagree import DOMAINS as BREAKFAST_DOMAINS
from test_coders_disagree import RECORDS as BREAKFAST_RECORDS

from cmo.sheets.coding import coders_disagree

EXPORT = Path(__file__).parent / "data" / "trial_cw" / "distiller-extraction-reconciled.csv"

RECORDS = """TY  - JOUR
TI  - Discussing Conservative Management With Older Patients With CKD: An Interview Study of Nephrologists
AU  - Ladin, K.
PY  - 2018
T2  - American Journal of Kidney Diseases
DO  - 10.1053/j.ajkd.2017.11.011
ER  -

TY  - JOUR
TI  - Understanding by Older Patients of Dialysis and Conservative Management for Chronic Kidney Failure
AU  - Tonkin-Crine, S.
PY  - 2015
T2  - American Journal of Kidney Diseases
DO  - 10.1053/j.ajkd.2014.08.011
ER  -

TY  - JOUR
TI  - {dcide}
AU  - Ladin, K.
PY  - 2023
T2  - Annals of Internal Medicine
DO  - 10.7326/M22-1543
ER  -
""".format(
    dcide="Effectiveness of an Intervention to Improve Decision Making for Older Patients With Advanced Chronic Kidney "
    "Disease: A Randomized Controlled Trial"
)

DOMAINS = """domains:
  - slug: options-talk
    name: Talking about options and prognosis
    description: How renal teams tell older people about dialysis and conservative kidney management.
  - slug: dialysis-default
    name: Dialysis as the default
    description: Habits that steer older people towards dialysis.
  - slug: family-values
    name: Family, values and what matters to the person
    description: How families and the person's priorities shape the choice.
groups:
  - slug: nephrologists
    name: Nephrologists
  - slug: patients
    name: Patients
"""


def test_rows_a_reconciliation_column_drops_are_left_out_and_named(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    imported = cmo("code", "import", str(EXPORT), code=1)
    assert "row 3: 'Reconciliation' drops the row ('drop - same as NK row'), so it was left out" in imported.stderr
    assert "row 6: 'Reconciliation' drops the row ('drop (dup of JB)'), so it was left out" in imported.stderr
    assert "row 7: 'Reconciliation' says the coders disagree ('disagree - JB thinks this contradicts SDM rows" in imported.stderr
    statements = cmo.json("code", "list")
    assert [s["coder"] for s in statements] == ["nkaur", "jbakker", "jbakker", "tmorris"]
    assert all("drop" not in s["extra"]["Reconciliation"] for s in statements)


def test_a_reconciliation_that_keeps_the_row_or_asks_drops_nothing(cmo, tmp_path):
    """Must not fire: what was dropped from a row, a question, a 'Notes' column saying drop, another topic."""
    keys = review_of(cmo, tmp_path, BREAKFAST_DOMAINS, BREAKFAST_RECORDS)
    header = ["Study", "Context", "Mechanism", "Outcome", "Reconciliation", "Notes"]
    rows = [
        [keys["breakfast"], "families short of money", "pupils are not hungry", "pupils concentrate", "dropped the quote", ""],
        [keys["free"], "families short of money", "pupils eat with friends", "pupils arrive on time", "drop?", ""],
        [keys["free"], "a drop-in club before school", "parents can leave early", "fewer late arrivals", "agreed", "drop"],
    ]
    imported = cmo("code", "import", str(write_csv(tmp_path / "coding.csv", header, *rows)), code=None)
    assert "drops the row" not in imported.stderr
    assert len(cmo.json("code", "list")) == 3


def test_a_disagreement_that_goes_on_is_one_and_agreement_that_goes_on_is_none():
    assert coders_disagree("Reconciliation", "disagree - JB reads M as fear, not trust")
    assert coders_disagree("Notes", "Disagreed: see ERG minutes")
    assert not coders_disagree("Reconciliation", "agreed - keep NK's wording")
    assert not coders_disagree("Notes", "disagreement resolved, kept")
