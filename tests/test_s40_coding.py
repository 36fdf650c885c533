"""Trials AH, AI, AJ, AK and probe 40 (coding sheets and statement ids): a workbook laid out one tab per domain, a
'Programme theory (if-then-because)' column, a whole 'C: … M: … O: …' pasted in one cell, two headers read as one
column, sources cited by a body's abbreviation, a study's name then its citation, a name's first word or a note after
the citation, an excluded source's statements before any refine, a 'Stakeholder' column, the row of a deleted
statement, and ids typed as people type them. Each rule is tested on another topic: active travel to primary school."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Walking buses and the school run: a mixed-methods evaluation
AU  - Tanaka, Hiro
AU  - Moss, Ellen
AU  - Ward, Peter
PY  - 2019
JO  - Journal of Transport and Health
DO  - 10.1016/jth.2019.0001
ER  -

TY  - RPRT
TI  - Active travel to school: a rapid evidence summary
AU  - NIPH – Norwegian Institute of Public Health
PY  - 2021
ER  -

TY  - RPRT
TI  - Spending on cycling infrastructure near schools
AU  - HM Treasury
PY  - 2018
ER  -

TY  - RPRT
TI  - School streets: closing roads at the school gate
AU  - Living Streets Research Unit
PY  - 2020
ER  -

TY  - THES
TI  - Children's independent mobility in Norwegian towns
AU  - Berg, Ingrid
PY  - 2016
ER  -

TY  - JOUR
TI  - Parental fear of traffic and walking to school
AU  - Berg, Ingrid
AU  - Lund, Kari
AU  - Dahl, Ola
PY  - 2016
JO  - Preventive Medicine
DO  - 10.1016/pm.2016.0002
ER  -

TY  - JOUR
TI  - Distance to school and cycling in Norwegian children
AU  - Berg, Ingrid
AU  - Holm, Siri
AU  - Aas, Tor
PY  - 2016
JO  - Journal of Physical Activity and Health
DO  - 10.1123/jpah.2016.0003
ER  -
"""

DOMAINS = """domains:
  - slug: routes
    name: Safe routes
    description: Crossings, school streets and traffic near the school.
  - slug: parents
    name: Parents' choices
    description: How parents decide how their children travel.
groups:
  - slug: parents
    name: Parents
  - slug: teachers
    name: Teachers
"""

CONTEXT = "Primary schools on quiet residential streets"
MECHANISM = "Parents trust that an adult walks with the children"
OUTCOME = "More children walk to school"


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


_csv = write_csv


def _statements(cmo) -> list[dict]:
    return cmo.json("code", "list")


# --- AI 3: one tab per domain -------------------------------------------------------------------------------------------


def _tabs(path: Path, tabs: dict[str, list[str]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, row in tabs.items():
        sheet = book.create_sheet(name)
        sheet.append(["Source", "Context", "Mechanism", "Outcome"])
        sheet.append(row)
    book.save(path)
    return path


def test_a_tab_named_by_a_domain_gives_its_rows_that_domain_and_says_so(cmo, tmp_path):
    """Trial AI: tabs 'Staff' and 'Families' were the review's domains; every statement imported had none, unsaid."""
    keys = _review(cmo, tmp_path)
    book = _tabs(
        tmp_path / "by-domain.xlsx",
        {"Safe routes": [keys["walking"], CONTEXT, MECHANISM, OUTCOME], "Parents": [keys["walking"], "a", "b", "c"]},
    )
    said = cmo("code", "import", str(book), "--sheet", "Safe routes", code=None)
    (made,) = _statements(cmo)
    assert made["domain"] == "routes"
    assert "the tab's name 'Safe routes' names the review's domain routes" in said.stderr
    cmo("code", "import", str(book), "--sheet", "Parents", code=None)
    assert [s["domain"] for s in _statements(cmo)] == ["routes", "parents"]


def test_a_tab_named_otherwise_gives_no_domain(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    book = _tabs(tmp_path / "coders.xlsx", {"HT coding": [keys["walking"], CONTEXT, MECHANISM, OUTCOME], "Notes": ["x"]})
    said = cmo("code", "import", str(book), "--sheet", "HT coding", code=None)
    assert [s["domain"] for s in _statements(cmo)] == [None]
    assert "tab's name" not in said.stderr


# --- AI 9: a 'Programme theory (if-then-because)' column -----------------------------------------------------------------


def test_a_programme_theory_column_of_sentences_is_read(cmo, tmp_path):
    """Trial AI: the row whose statement was only in 'Programme theory (if-then-because)' was refused as having no
    context, mechanism or outcome, with no word of that column."""
    keys = _review(cmo, tmp_path)
    sentence = "If the school closes the road at drop-off, then more children walk, because parents feel the street is safe"
    sheet = _csv(
        tmp_path / "pt.csv",
        ["Source", "Context", "Mechanism", "Outcome", "Programme theory (if-then-because)"],
        [keys["school"], "", "", "", sentence],
    )
    cmo("code", "import", str(sheet), code=None)
    (made,) = _statements(cmo)
    shown = cmo.json("code", "show", made["id"])
    assert shown["context"].startswith("the school closes the road")
    assert shown["mechanism"] == "parents feel the street is safe"


def test_a_row_refused_for_no_parts_names_the_column_holding_its_sentence(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "own.csv",
        ["Source", "Context", "Mechanism", "Outcome", "Reviewer wording"],
        [keys["school"], "", "", "", "Streets closed at the gate (C) parents feel safe (M) more walking (O)"],
    )
    said = cmo("code", "import", str(sheet), code=2)
    assert "though its 'Reviewer wording' holds a sentence marking them: head that column 'CMOC' to read it" in said.stderr


# --- AK 3: a whole CMO pasted in one cell --------------------------------------------------------------------------------


def test_a_whole_cmo_in_the_context_cell_is_read_by_its_marks(cmo, tmp_path):
    """Trial AK: 'C: … M: … O: …' in the Context cell, M and O empty, became a context with no mechanism or outcome."""
    keys = _review(cmo, tmp_path)
    cell = "C: schools with a lollipop crossing patrol M: parents trust the crossing O: more children walk alone"
    sheet = _csv(tmp_path / "pasted.csv", ["Source", "Context", "Mechanism", "Outcome"], [keys["walking"], cell, "", ""])
    said = cmo("code", "import", str(sheet))
    shown = cmo.json("code", "show", _statements(cmo)[0]["id"])
    assert (shown["context"], shown["mechanism"], shown["outcome"]) == (
        "schools with a lollipop crossing patrol",
        "parents trust the crossing",
        "more children walk alone",
    )
    assert "row 2: the cell in 'Context' marks several parts" in said.stderr


def test_a_marked_cell_beside_filled_cells_is_read_as_written(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "cells.csv",
        ["Source", "Context", "Mechanism", "Outcome"],
        [keys["walking"], "C: towns with school streets M: parents feel safe", MECHANISM, OUTCOME],
    )
    cmo("code", "import", str(sheet))
    shown = cmo.json("code", "show", _statements(cmo)[0]["id"])
    assert shown["context"] == "C: towns with school streets M: parents feel safe" and shown["mechanism"] == MECHANISM


# --- AK 11: two headers read as one column -------------------------------------------------------------------------------


def test_two_headers_read_as_one_column_are_both_named(cmo, tmp_path):
    """Trial AK: 'CMOC-ID' and 'CMOC (if one cell)' were said as 'two columns named 'CMOC-ID''."""
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "two.csv",
        ["Source", "Context", "Mechanism", "Outcomes", "Outcome(s) - intended"],
        [keys["walking"], CONTEXT, MECHANISM, OUTCOME, "Fewer falls"],
    )
    said = cmo("code", "import", str(sheet), code=2)  # the same words in both are one column (trial BN 7, test_s44_rd)
    assert "columns read as one (outcome): 'Outcomes' and 'Outcome(s) - intended', and row 2 differs" in said.stderr


def test_an_id_column_named_after_the_sentences_is_not_read_as_them(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "ids.csv",
        ["CMOC no.", "Source", "Context", "Mechanism", "Outcome", "CMOC (if one cell)"],
        ["7", keys["walking"], CONTEXT, MECHANISM, OUTCOME, ""],
    )
    cmo("code", "import", str(sheet))
    shown = cmo.json("code", "show", _statements(cmo)[0]["id"])
    assert shown["context"] == CONTEXT and shown["extra"].get("CMOC no.") == "7"


# --- AH 11, AJ 11: sources named as teams name them ----------------------------------------------------------------------


def _import_source(cmo, tmp_path: Path, cell: str, code: int | None = None):
    sheet = _csv(tmp_path / "sources.csv", ["Source", "Context", "Mechanism", "Outcome"], [cell, CONTEXT, MECHANISM, OUTCOME])
    return cmo("code", "import", str(sheet), code=code)


def test_a_body_signing_with_its_abbreviation_and_a_dash_is_cited_by_the_abbreviation(cmo, tmp_path):
    """Trial AH: 'SBU 2023' for 'SBU – Statens beredning … 2023' was refused, with no key suggested."""
    keys = _review(cmo, tmp_path)
    _import_source(cmo, tmp_path, "NIPH 2021", code=0)
    assert [s["source"] for s in _statements(cmo)] == [keys["active"]]


def test_initials_that_hold_an_initialism_name_the_body(cmo, tmp_path):
    """Trial AJ: 'HMG' for HM Government."""
    keys = _review(cmo, tmp_path)
    _import_source(cmo, tmp_path, "HMT 2018", code=0)
    assert [s["source"] for s in _statements(cmo)] == [keys["spending"]]


def test_a_study_named_then_cited_in_brackets_is_its_source(cmo, tmp_path):
    """Trial AJ: 'Grandmentors (O'Leary et al 2017)', 'Keep on Caring (HMG 2016)' refused, no key suggested."""
    keys = _review(cmo, tmp_path)
    _import_source(cmo, tmp_path, "Walking buses (Tanaka et al 2019)", code=0)
    assert [s["source"] for s in _statements(cmo)] == [keys["walking"]]


def test_a_name_not_the_works_before_a_citation_is_refused_with_the_citations_key(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    said = _import_source(cmo, tmp_path, "Cycle trains (Tanaka et al 2019)", code=2)
    assert f"'Cycle trains (Tanaka et al 2019)' is not a source in this review (did you mean '{keys['walking']}'?)" in said.stderr


def test_a_bodys_first_word_and_year_suggests_its_source(cmo, tmp_path):
    """Trial AJ: 'Foundations 2024' for 'Foundations – What Works Centre … 2024' had no key suggested."""
    keys = _review(cmo, tmp_path)
    said = _import_source(cmo, tmp_path, "Living 2020", code=2)
    assert f"'Living 2020' is not a source in this review (did you mean '{keys['school']}'?)" in said.stderr


def test_a_citation_written_as_one_work_is_cited_names_it_with_a_note_after_it(cmo, tmp_path):
    """Trial AH: 'Skarpaas 2019 (thesis)' was called ambiguous though 'Skarpaas 2019' is the thesis's citation and
    the others are 'Skarpaas et al. 2019a' and '2019b'."""
    keys = _review(cmo, tmp_path)
    said = _import_source(cmo, tmp_path, "Berg 2016 (thesis)", code=0)
    thesis = keys["children's"]
    assert [s["source"] for s in _statements(cmo)] == [thesis]
    assert f"it was read as {thesis}, the one cited exactly so" in said.stderr


def test_a_citation_several_works_are_cited_as_stays_ambiguous(cmo, tmp_path):
    _review(cmo, tmp_path)
    said = _import_source(cmo, tmp_path, "Berg et al. 2016", code=2)
    assert "'Berg et al. 2016' could be any of" in said.stderr


# --- AH 13: an excluded source's statements before any refine ------------------------------------------------------------


def test_an_excluded_sources_statement_is_not_said_to_stay_in_a_configuration_before_refine(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    cmo("select", "exclude", keys["spending"], "--reason", "wrong population")
    said = _import_source(cmo, tmp_path, keys["spending"], code=1)
    assert "stays in its configuration" not in said.stderr
    assert "is kept, and refine will place it as any other, but does not count towards the strength" in said.stderr


# --- AK: a 'Stakeholder' column ------------------------------------------------------------------------------------------


def test_a_stakeholder_column_not_read_as_groups_is_said(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    header = ["Source", "Context", "Mechanism", "Outcome", "Key stakeholders"]
    sheet = _csv(tmp_path / "stake.csv", header, [keys["walking"], CONTEXT, MECHANISM, OUTCOME, "Parents"])
    said = cmo("code", "import", str(sheet))
    assert "the column 'Key stakeholders' was kept as the team's own column, not read as the statements'" in said.stderr
    header[-1] = "Stakeholder group"
    sheet = _csv(tmp_path / "groups.csv", header, [keys["school"], CONTEXT, MECHANISM, OUTCOME, "Parents"])
    said = cmo("code", "import", str(sheet))
    assert "not read as the statements'" not in said.stderr


# --- probe 7: the row of a deleted statement -----------------------------------------------------------------------------


def test_the_row_of_a_deleted_statement_is_said_and_exits_1(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _csv(
        tmp_path / "again.csv", ["Source", "Context", "Mechanism", "Outcome"], [keys["walking"], CONTEXT, MECHANISM, OUTCOME]
    )
    cmo("code", "import", str(sheet))
    (made,) = _statements(cmo)
    cmo("code", "delete", made["id"], "--note", "coded twice")
    said = cmo("code", "import", str(sheet), code=1)
    assert f"row 2 repeats {made['id']} word for word (no id given), a statement deleted" in said.stderr
    assert _statements(cmo) == []


# --- probe 8: ids as people type them ------------------------------------------------------------------------------------


def test_configs_commands_take_statement_ids_as_sheets_read_them_and_a_configuration_as_the_report_prints_it(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    rows = [[keys["walking"], CONTEXT, MECHANISM, OUTCOME, "Safe routes"], [keys["school"], "a", "b", "c", "Safe routes"]]
    cmo("code", "import", str(_csv(tmp_path / "two.csv", ["Source", "Context", "Mechanism", "Outcome", "Domain"], *rows)))
    cmo("configs", "new", "--statements", "S01,S002")
    (config,) = cmo.json("configs", "list")
    assert config["statements"] == ["S1", "S2"]
    shown = cmo.json("configs", "show", f"CMO 1.1 ({config['id']})")
    assert shown["id"] == config["id"]
    assert cmo.json("code", "show", "S01")["id"] == "S1"
