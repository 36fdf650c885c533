"""Session 46 (helper LB): a coding sheet whose C, M and O cells open with their own part's label ('C: …' under Context),
as a team writes every cell so: read without it, and said. Tested on falls prevention in care homes."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv

# --- a coding sheet whose cells open with their own part's label ----------------------------------------------------

FALLS_DOMAINS = "domains:\n  - {slug: homes, name: Care homes}\ngroups: []\n"
FALLS_RECORDS = """TY  - JOUR
TI  - Falls prevention in care homes: a realist evaluation
AU  - Okafor, Ada
PY  - 2022
JO  - Age and Ageing
ER  -
"""


def test_cells_opening_with_their_own_parts_label_are_read_without_it(cmo, tmp_path):
    """Trial LB: a team wrote 'C: …', 'M: …', 'O: …' in every cell of the Context, Mechanism and Outcome columns, and
    every output read the label as the part's words ("In C: CHAs w/ heavy caseload, M: overwhelmed…")."""
    keys = review_of(cmo, tmp_path, FALLS_DOMAINS, FALLS_RECORDS)
    sheet = write_csv(
        tmp_path / "falls.csv",
        ["Source", "Context", "Mechanism", "Outcome"],
        [keys["falls"], "C: homes w/ high agency staff use", "M - staff unsure of residents' mobility", "Outcome: more falls"],
        [keys["falls"], "Context: night shifts", "M: staff feel supported", "fewer unwitnessed falls"],
    )
    said = cmo("code", "import", str(sheet), code=0)
    shown = [(s["context"], s["mechanism"], s["outcome"]) for s in cmo.json("code", "list")]
    assert shown == [
        ("homes w/ high agency staff use", "staff unsure of residents' mobility", "more falls"),
        ("night shifts", "staff feel supported", "fewer unwitnessed falls"),
    ], shown
    assert "rows 2, 3: cells in 'Context', 'Mechanism' and 'Outcome' open with their own part's label" in said.stderr


def test_a_label_of_another_part_or_words_before_a_colon_stay_as_written(cmo, tmp_path):
    """Must not fire: a cell labelled with another part than its column's, or opening with words and a colon, is the
    coder's to sort out, and stays as they wrote it."""
    keys = review_of(cmo, tmp_path, FALLS_DOMAINS, FALLS_RECORDS)
    sheet = write_csv(
        tmp_path / "falls.csv",
        ["Source", "Context", "Mechanism", "Outcome"],
        [keys["falls"], "M: staff feel rushed", "staff skip the mobility check", "more falls"],
        [keys["falls"], "Night shifts: one nurse for 30 residents", "staff prioritise medication rounds", "falls unwitnessed"],
    )
    said = cmo("code", "import", str(sheet), code=None)
    contexts = [s["context"] for s in cmo.json("code", "list")]
    assert contexts == ["M: staff feel rushed", "Night shifts: one nurse for 30 residents"], contexts
    assert "own part's label" not in said.stderr
