"""Trial CC (session 46): Dedoose's excerpt export, coded with a code tree that has more than C, M and O.

Dedoose writes each code as two columns, 'Code: X Applied' (True/False) and 'Code: X Weight' (the coder's rating, blank
unless the project weighs codes). A team's tree with a 'Domain' root beside Context, Mechanism and Outcome
('Code: Domain\\Carers Applied') had that column read as the sheet's domain column, each excerpt refused because 'True'
and 'False' are no domains; and a part's Weight column was counted as a code. The codes that name no part are listed in
one 'Codes' column, kept as the team's own, one a line, so a code naming a domain gives the excerpt its domain (as
ATLAS.ti's listed codes do); the weights given are listed in 'Code weights', and blank weights are no column.

Tested on a hospital-discharge review (not the trial's stroke rehabilitation)."""

from __future__ import annotations

from sheet_reviews import review_of, write_csv
from test_s42_bb_code_matrix import DOMAINS, RECORDS

DOMAINS_TWO = (
    DOMAINS
    + """  - slug: carers
    name: Carers at home
    description: Family members who take the patient home.
"""
)

HEADER = ["Media Title", "Excerpt Range", "Excerpt Creator", "Excerpt Copy", "Codes Applied Combined"]
CODES = [
    "Context\\Named discharge nurse",
    "Mechanism\\Patients trust one person",
    "Outcome\\Fewer delays",
    "Domain\\Carers at home",
    "Domain\\Handover between hospital and home",
    "Memo\\Good quote",
]


def _columns() -> list[str]:
    return [f"Code: {code} {kind}" for code in CODES for kind in ("Applied", "Weight")]


def _row(source: str, copy: str, ticks: str, weights: dict[int, str] | None = None) -> list[str]:
    cells = [source, "10-90", "IH", copy, ""]
    for index, tick in enumerate(ticks):
        cells += ["True" if tick == "1" else "False", (weights or {}).get(index, "")]
    return cells


def test_a_domain_code_in_a_dedoose_export_gives_the_excerpt_its_domain_and_is_no_domain_column(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS_TWO, RECORDS)
    sheet = write_csv(
        tmp_path / "excerpts.csv",
        HEADER + _columns(),
        _row("Haugen 2017", "One nurse organised everything.", "111010"),
        _row("Moreau 2021", "The daughter was told on the day.", "101101"),
    )
    said = cmo("code", "import", str(sheet), code=1)
    statements = {s["source"]: s for s in cmo.json("code", "list")}
    assert statements[keys["discharge"]]["domain"] == "handover"
    assert statements[keys["home"]]["domain"] == "carers"
    assert statements[keys["home"]]["extra"]["Codes"] == (  # nothing lost: every code of the excerpt, one a line
        "Context: Named discharge nurse\nOutcome: Fewer delays\nDomain: Carers at home\nMemo: Good quote"
    )
    assert "(3 columns of codes" in said.stderr  # the parts' Weight columns are no codes
    assert "is not a domain" not in said.stderr
    assert not any("Weight" in name for s in statements.values() for name in s["extra"])  # blank weights: no column


def test_weights_a_coder_gave_are_kept_listed_by_code(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS_TWO, RECORDS)
    sheet = write_csv(
        tmp_path / "excerpts.csv",
        HEADER + _columns(),
        _row("Haugen 2017", "One nurse organised everything.", "111010", weights={1: "4", 2: "2"}),
    )
    cmo("code", "import", str(sheet), code=None)
    (statement,) = cmo.json("code", "list")
    assert statement["source"] == keys["discharge"]
    assert statement["extra"]["Code weights"] == "Mechanism\\Patients trust one person: 4\nOutcome\\Fewer delays: 2"
    assert statement["mechanism"] == "Patients trust one person"


def test_a_sheet_without_other_codes_is_read_as_before(cmo, tmp_path):
    """A code matrix of parts alone gets no 'Codes' column: the rule adds nothing where there is nothing to keep."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    header = HEADER + [f"Code: {code} Applied" for code in CODES[:3]]
    sheet = write_csv(tmp_path / "excerpts.csv", header, ["Haugen 2017", "1-9", "IH", "One nurse.", "", "True", "True", "True"])
    cmo("code", "import", str(sheet), code=0)
    (statement,) = cmo.json("code", "list")
    assert statement["source"] == keys["discharge"] and "Codes" not in statement["extra"]


def test_an_excerpt_ticking_only_a_code_of_no_domain_stops_no_other_excerpts_domain(cmo, tmp_path):
    """One excerpt with no domain code, only a memo code, left every excerpt without its domain: its cell of one line
    ('Memo: Good quote') read as a domain no label names, the whole column unread."""
    keys = review_of(cmo, tmp_path, DOMAINS_TWO, RECORDS)
    sheet = write_csv(
        tmp_path / "excerpts.csv",
        HEADER + _columns(),
        _row("Haugen 2017", "One nurse organised everything.", "111010"),
        _row("Moreau 2021", "A good passage to quote.", "011001"),
    )
    cmo("code", "import", str(sheet), code=None)
    statements = {s["source"]: s for s in cmo.json("code", "list")}
    assert statements[keys["discharge"]]["domain"] == "handover"
    assert statements[keys["home"]]["domain"] is None


def test_an_excerpt_ticking_one_part_code_alone_stops_no_other_excerpts_domain(cmo, tmp_path):
    """An outcome-only excerpt lists one code ('Outcome: Fewer delays'): a part's code names no domain, so the other
    excerpts keep theirs (the column was left unread, naming that line as no domain's label)."""
    keys = review_of(cmo, tmp_path, DOMAINS_TWO, RECORDS)
    sheet = write_csv(
        tmp_path / "excerpts.csv",
        HEADER + _columns(),
        _row("Haugen 2017", "One nurse organised everything.", "111010"),
        _row("Moreau 2021", "Fewer delays were recorded.", "001000"),
    )
    said = cmo("code", "import", str(sheet), code=None)
    statements = {s["source"]: s for s in cmo.json("code", "list")}
    assert statements[keys["discharge"]]["domain"] == "handover", said.stderr
    assert statements[keys["home"]]["domain"] is None
    assert "cmo domains alias" not in said.stderr
