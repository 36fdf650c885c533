"""Session 44, trial BN (patient navigation for cancer screening), each rule tested alone on other topics: an
'Inferred?' checkbox exported as its tool writes a tick ('checked': Airtable, Smartsheet) is a tick, never a per-row
error; a hyphenated word in lower case after its capital ('Low-income', 'Close-knit') opening a part before a name is
lowered as the sentence's first word, while a name keeps its capital ('London-based', 'Stoke-on-Trent'); a form's
group choice with words in brackets after it ('Inpatient and crisis care (ward, crisis house, A&E)') is that group,
never several ticked. Real files, a real SQLite review, the commands a user types."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Strength and balance classes for older people living at home: a randomised trial
AU  - Okonjo, Adaeze
PY  - 2018
JO  - Age and Ageing
DO  - 10.1093/ageing/2018.0113
ER  -

TY  - RPRT
TI  - Home hazard visits after a fall: a service evaluation
AU  - Falls Prevention Network
PY  - 2022
ER  -
"""

DOMAINS = """domains:
  - slug: classes
    name: Exercise classes
    description: Group strength and balance classes.
groups:
  - slug: older-people
    name: Older people
"""


def _review(cmo, tmp_path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


# ---- an 'Inferred?' checkbox exported as 'checked' ----------------------------------------------------------------


def test_an_inferred_checkbox_exported_as_checked_is_a_tick(cmo, tmp_path):
    """Fails on the old code: every ticked row refused, "'checked' is not c, m or o", and nothing imported (an Airtable
    base's checkbox field exports a tick as 'checked' and no tick as an empty cell)."""
    key = _review(cmo, tmp_path)["strength"]
    header = ["Sources", "Context", "Mechanism", "Outcome", "Inferred?"]
    rows = [
        [key, f"Older people living alone {n}", "Classes give them a reason to leave the house", "Fewer falls", tick]
        for n, tick in enumerate(["checked", "", "Checked", "unchecked"])
    ]
    said = cmo("code", "import", str(write_csv(tmp_path / "Grid view.csv", header, *rows)))
    assert "Imported 4 new statements" in said.stdout
    assert "rows 2, 4: the tick in 'Inferred?' was read as the whole statement inferred" in said.stderr
    stated = {s["context"][-1]: s["mechanism_stated"] for s in cmo.json("code", "list")}
    assert stated == {"0": False, "1": True, "2": False, "3": True}
