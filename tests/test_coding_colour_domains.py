"""Trial AX: a coding sheet where some rows give their domain as a fill colour, with a 'Key' tab naming each colour's
domain, lost those domains without a word (and refine then joined statements across domains). A row that writes no
domain and is filled with a colour the workbook's key pairs with a domain gets that domain, said; a colour no key names
is said, with its rows, as read as no domain. Tested on another topic: community pharmacy stop-smoking services."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import PatternFill
from sheet_reviews import review_of

RECORDS = """TY  - JOUR
TI  - Pharmacy stop-smoking services in deprived areas: a qualitative study
AU  - Akhtar, Samina
AU  - Rowe, Daniel
PY  - 2018
JO  - Tobacco Control
DO  - 10.1136/tc.2018.0001
ER  -

TY  - RPRT
TI  - Varenicline supply by community pharmacists: service evaluation
AU  - Public Health Wales
PY  - 2020
ER  -
"""

DOMAINS = """domains:
  - slug: reach
    name: Reaching smokers
    description: Who hears of and walks into the service.
  - slug: quitting
    name: Staying quit
    description: Support, medicines and relapse.
groups:
  - slug: smokers
    name: Smokers
"""

PINK, GREEN, GREY = "FFC7CE", "C6EFCE", "D9D9D9"


def _sheet(path: Path, keys: dict[str, str], rows: list[tuple[str, str, str]], *, key_tab: bool = True) -> Path:
    """rows: (source word, domain cell, fill colour or '')."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Extraction"
    sheet.append(["Study", "Context", "Mechanism", "Outcome", "Domain"])
    for index, (word, domain, colour) in enumerate(rows):
        context, mechanism = f"Smokers in setting {index}", f"they trust the pharmacist {index}"
        sheet.append([keys[word], context, mechanism, "they set a quit date", domain])
        for cell in sheet[sheet.max_row] if colour else ():
            cell.fill = PatternFill("solid", fgColor=colour)
    if key_tab:
        legend = book.create_sheet("Key")
        legend.append(["Colour", "Domain"])
        for colour, name in ((PINK, "Reaching smokers"), (GREEN, "Staying quit")):
            legend.append(["", name])
            legend.cell(row=legend.max_row, column=1).fill = PatternFill("solid", fgColor=colour)
    book.save(path)
    return path


def _domains(cmo) -> list[str | None]:
    return [s["domain"] for s in cmo.json("code", "list")]


def test_a_row_coloured_as_the_key_colours_a_domain_gets_that_domain_and_a_written_domain_wins(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [("pharmacy", "", PINK), ("varenicline", "", GREEN), ("pharmacy", "Staying quit", PINK), ("pharmacy", "", "")]
    said = cmo("code", "import", str(_sheet(tmp_path / "coding.xlsx", keys, rows)), code=0).stderr
    assert _domains(cmo) == ["reach", "quitting", "quitting", None]  # a written domain is never overridden by colour
    assert "row 2: no domain is written, and the row is coloured #FFC7CE as the key ('Reaching smokers')" in said
    assert "row 3:" in said and "colours the domain quitting, so it was read as quitting" in said
    assert "row 4" not in said and "row 5" not in said


def test_a_colour_no_key_names_is_said_with_its_rows_and_gives_no_domain(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [("pharmacy", "", GREY), ("varenicline", "", PINK), ("pharmacy", "", "")]
    said = cmo("code", "import", str(_sheet(tmp_path / "coding.xlsx", keys, rows, key_tab=False)), code=1).stderr
    assert _domains(cmo) == [None, None, None]
    assert "row 2: no domain is written and the row is coloured #D9D9D9, which no key in the workbook pairs" in said
    assert "row 3: no domain is written and the row is coloured #FFC7CE" in said and "row 4" not in said


def test_one_highlighted_cell_is_no_rows_colour(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    path = _sheet(tmp_path / "coding.xlsx", keys, [("pharmacy", "", "")])
    book = openpyxl.load_workbook(path)
    book["Extraction"]["C2"].fill = PatternFill("solid", fgColor=PINK)  # a coder's "check this" on the mechanism alone
    book.save(path)
    said = cmo("code", "import", str(path), code=None).stderr
    assert _domains(cmo) == [None] and "coloured" not in said


def test_a_sheet_without_colours_says_nothing_of_them(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    said = cmo("code", "import", str(_sheet(tmp_path / "coding.xlsx", keys, [("pharmacy", "Reaching smokers", "")])), code=None)
    assert _domains(cmo) == ["reach"] and "coloured" not in said.stderr


def test_a_colour_on_a_row_that_writes_its_domain_is_said_as_not_kept(cmo, tmp_path):
    """Trial BV: a team's rows filled green for "agreed at the consensus meeting", each with its domain written, came in
    with nothing said and the agreement lost. A colour no key pairs with a domain is the team's own mark: said with its
    rows (exit 1), the written domains kept. Fails on the old code: the import said nothing and exited 0."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [("pharmacy", "Reaching smokers", GREEN), ("varenicline", "Staying quit", ""), ("pharmacy", "Staying quit", GREEN)]
    said = cmo("code", "import", str(_sheet(tmp_path / "coding.xlsx", keys, rows, key_tab=False)), code=1).stderr
    assert _domains(cmo) == ["reach", "quitting", "quitting"]
    assert "rows 2, 4: the row is coloured #C6EFCE, which cmo does not keep" in said, said
    assert "write it in a column of its own" in said and "row 3" not in said


def test_a_white_row_or_a_keyed_domain_colour_beside_its_written_domain_says_nothing(cmo, tmp_path):
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    rows = [("pharmacy", "Reaching smokers", "FFFFFF"), ("varenicline", "Staying quit", GREEN)]
    said = cmo("code", "import", str(_sheet(tmp_path / "coding.xlsx", keys, rows)), code=0).stderr
    assert _domains(cmo) == ["reach", "quitting"] and "coloured" not in said
