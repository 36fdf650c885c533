"""Trial CO: a coding sheet's 'Agree? (2nd coder)' column marked some rows DISAGREE, and they came in as settled
statements with nothing said. A team's own column whose cell says the coders disagree (by its words, or a no under a
header asking whether they agree) is named at import, kept, and 'round close --check' names the configurations holding
such statements until the cell is settled. Tested on another topic: school breakfast clubs."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

from cmo.sheets.coding import coders_disagree

RECORDS = """TY  - JOUR
TI  - Breakfast clubs and morning attendance in primary schools
AU  - Adeyemi, Tola
PY  - 2019
JO  - Journal of School Health
ER  -

TY  - JOUR
TI  - Free school breakfasts and concentration: a mixed-methods study
AU  - Fairbairn, Iona
PY  - 2021
JO  - Public Health Nutrition
ER  -
"""

DOMAINS = """domains:
  - slug: breakfast
    name: Breakfast at school
    description: What a school breakfast changes for pupils and families.
"""

HEADER = ["Study", "Context", "Mechanism", "Outcome", "Agree? (2nd coder)", "Quote checked?"]


def _sheet(tmp_path, keys, first, second):
    return write_csv(
        tmp_path / "coding.csv",
        HEADER,
        [keys["breakfast"], "families short of money", "pupils are not hungry in class", "pupils concentrate", first, "no"],
        [keys["free"], "families short of money", "pupils are not hungry in lessons", "pupils concentrate better", second, "yes"],
    )


def test_rows_the_coders_disagree_on_are_named_at_import_and_by_round_close_check(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    imported = cmo("code", "import", str(_sheet(tmp_path, keys, "AGREE", "DISAGREE")), code=1)
    assert "row 3: 'Agree? (2nd coder)' says the coders disagree ('DISAGREE')" in imported.stderr
    assert "Quote checked?" not in imported.stderr  # a no there is no disagreement
    statements = {s["source"]: s for s in cmo.json("code", "list")}
    disputed = statements[keys["free"]]["id"]
    cmo("refine")
    [config] = [c for c in cmo.json("configs", "list") if disputed in c["statements"]]
    checked = cmo("round", "close", "--check", code=1)
    assert f"{config['id']} holds statements its coders marked as disagreed: {disputed} ('Agree? (2nd coder)': DISAGREE)" in (
        checked.stderr
    )
    settled = _sheet(tmp_path, keys, "AGREE", "agreed after discussion")
    again = cmo("code", "import", str(settled), code=None)
    assert "says the coders disagree" not in again.stderr
    assert "marked as disagreed" not in cmo("round", "close", "--check", code=None).stderr


def test_cells_read_by_what_they_say():
    """Must not fire: a yes or no under a header asking nothing of agreement, an 'agree' anywhere."""
    assert coders_disagree("Disagreement?", "Yes") and coders_disagree("Coders agree", "N")
    assert coders_disagree("Second reviewer", "Disagreed") and coders_disagree("Conflict", "TRUE")
    assert not coders_disagree("Quote checked?", "No") and not coders_disagree("Agreed", "yes")
    assert not coders_disagree("Disagreement", "no") and not coders_disagree("Inferred?", "no")
    assert not coders_disagree("Notes", "the mothers disagree with staff")
