"""Trials AE and AF (coding sheets): a header merged down beside a one-column group label, a column with no header,
a second coder's row of the same words coded otherwise, the team's own ids in an 'ID' column, a 'CMOC ID' beside a
'CMO' of sentences, one quote coded by two coders, a second coder's tab of one workbook, and a page a spreadsheet made
a date. Each rule is tested on another topic: stop-smoking support in community pharmacies."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl

RECORDS = """TY  - JOUR
TI  - Pharmacy stop-smoking services in deprived areas: a qualitative study
AU  - Okafor, Chidi
PY  - 2018
JO  - Tobacco Control
DO  - 10.1136/tc.2018.0001
ER  -

TY  - JOUR
TI  - Brief advice at the pharmacy counter and quit attempts
AU  - Lindgren, Maja
PY  - 2020
JO  - Addiction
DO  - 10.1111/add.2020.0002
ER  -
"""

DOMAINS = """domains:
  - slug: counter
    name: Counter advice
    description: What the pharmacist says at the counter.
  - slug: referral
    name: Referral
    description: Sending smokers on to specialist services.
groups:
  - slug: pharmacist
    name: Pharmacist
"""

CONTEXT = "Pharmacies in deprived areas with a private consultation room"
MECHANISM = "Smokers feel the pharmacist has time for them"
OUTCOME = "Smokers set a quit date"


def _review(cmo, tmp_path: Path, domains: str = DOMAINS, records: str = RECORDS) -> dict[str, str]:
    """A review of these domains and records, every source included: each source's key by its year."""
    (tmp_path / "domains.yaml").write_text(domains, encoding="utf-8")
    (tmp_path / "records.ris").write_text(records, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(tmp_path / "records.ris"))
    keys = {str(s["year"]): s["key"] for s in cmo.json("sources", "list")}
    for key in keys.values():
        cmo("select", "include", key)
    return keys


def _csv(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _statements(cmo) -> list[dict]:
    return cmo.json("code", "list")


# --- AF 1: a header merged down beside a group label over one column; a column with no header ---------------------------


def _two_row_header_workbook(path: Path, source: str, *, merged: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Study details", None, "Coding", None, None, "Evidence", "Domain", "Coder", "Comments"])
    sheet.append(["Source", "Page", "Context", "Mechanism", "Outcome", "Quote", None, None, None])
    sheet.append([source, "4", CONTEXT, MECHANISM, OUTCOME, "they took time with me", "Counter advice", "PK", "check"])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:E1")
    if merged:
        for column in "GHI":
            sheet.merge_cells(f"{column}1:{column}2")
    else:
        for column in "GHI":
            sheet[f"{column}1"] = None
    book.save(path)
    return path


def test_header_cells_merged_down_beside_a_label_over_one_column_are_read(cmo, tmp_path):
    """Trial AF: 'Evidence' over one column made the two rows no header, and Domain/Coder/Comments, merged down over
    both, were read as blank: domain, coder and note lost, exit 0."""
    keys = _review(cmo, tmp_path)
    sheet = _two_row_header_workbook(tmp_path / "coding.xlsx", keys["2018"], merged=True)
    cmo("code", "import", str(sheet))
    (made,) = _statements(cmo)
    shown = cmo.json("code", "show", made["id"])
    assert (shown["domain"], shown["coder"], shown["note"]) == ("counter", "PK", "check")
    assert shown["quote"] == "they took time with me" and shown["page"] == "4"


def test_a_column_with_no_header_that_holds_text_is_named_not_dropped(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _two_row_header_workbook(tmp_path / "coding.xlsx", keys["2018"], merged=False)
    said = cmo("code", "import", str(sheet), code=1)
    for column in "GHI":
        assert f"{sheet}: column {column} has no header, so what it holds (row 3) was not imported" in said.stderr


# --- AF 8: a second coder's row of the same words coded otherwise -----------------------------------------------------

HEADER = ["Study", "Context", "Mechanism", "Outcome", "Domain", "Coder"]


def test_another_coders_row_of_the_same_words_to_another_domain_is_imported_and_said(cmo, tmp_path):
    """Trial AF: JM's row, the words of CD's S46 coded to another domain, was dropped as 'repeats S46 word for word'."""
    keys = _review(cmo, tmp_path)
    row = [keys["2020"], CONTEXT, MECHANISM, OUTCOME]
    sheet = _csv(tmp_path / "double.csv", HEADER, [*row, "Counter advice", "PK"], [*row, "Referral", "LW"])
    said = cmo("code", "import", str(sheet), code=1)
    first, second = _statements(cmo)
    assert (first["domain"], second["domain"]) == ("counter", "referral")
    assert (
        f"row 3: LW coded what {first['id']} says word for word, as PK did, but to the domain 'referral' "
        f"({first['id']}: 'counter'): a coding disagreement, imported as {second['id']}"
    ) in said.stderr
    again = cmo("code", "import", str(sheet))  # nothing new the second time
    assert "Imported 0 new statements" in again.stdout and len(_statements(cmo)) == 2


def test_the_same_coders_row_of_the_same_words_to_another_domain_is_said_with_the_command(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    row = [keys["2020"], CONTEXT, MECHANISM, OUTCOME]
    cmo("code", "import", str(_csv(tmp_path / "v1.csv", HEADER, [*row, "Counter advice", "PK"])))
    (made,) = _statements(cmo)
    said = cmo("code", "import", str(_csv(tmp_path / "v2.csv", HEADER, [*row, "Referral", "PK"])), code=1)
    assert f"row 2 repeats {made['id']} word for word (no id given) but codes it to the domain 'referral'" in said.stderr
    assert f"'cmo code edit {made['id']} --domain referral --note …'" in said.stderr
    assert [s["domain"] for s in _statements(cmo)] == ["counter"]


def test_another_coders_row_of_the_same_coding_is_said_as_agreement_not_imported(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    row = [keys["2020"], CONTEXT, MECHANISM, OUTCOME, "Counter advice"]
    said = cmo("code", "import", str(_csv(tmp_path / "agree.csv", HEADER, [*row, "PK"], [*row, "LW"])))
    (made,) = _statements(cmo)
    # helper LU (trials CJ/LJ): the statement names both coders, the second's name no longer dropped
    assert f"row 3: LW's coding says {made['id']} (PK's) word for word: the coders agree, and {made['id']} now names both" in (
        said.stderr
    )
    assert made["coder"] == "PK; LW"


# --- AF 12: the team's ids in an 'ID' column; a 'CMOC ID' beside a 'CMO' of sentences ---------------------------------


def test_a_column_headed_id_of_the_teams_own_ids_is_kept_as_theirs_and_matches_rows_later(cmo, tmp_path):
    """Trial AF: 'AF-01' … under 'ID' gave one identical error a row, and nothing was imported."""
    keys = _review(cmo, tmp_path)
    header = ["ID", "Study", "Context", "Mechanism", "Outcome"]
    rows = [
        ["PH-1", keys["2018"], CONTEXT, MECHANISM, OUTCOME],
        ["PH-2", keys["2020"], "Busy city pharmacies", "No time", "No advice"],
    ]
    sheet = _csv(tmp_path / "team.csv", header, *rows)
    said = cmo("code", "import", str(sheet))
    assert "the column 'ID' holds the team's own ids ('PH-1' …), not cmo's statement ids (S12)" in said.stderr
    assert [s["extra"] for s in map(lambda s: cmo.json("code", "show", s["id"]), _statements(cmo))] == [
        {"ID": "PH-1"},
        {"ID": "PH-2"},
    ]
    rows[1][4] = "No advice is given"
    again = cmo("code", "import", str(_csv(tmp_path / "team-v2.csv", header, *rows)))
    assert "Imported 0 new statements and 1 update" in again.stdout and len(_statements(cmo)) == 2


def test_an_id_column_of_mistyped_statement_ids_is_still_refused(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    header = ["ID", "Study", "Context", "Mechanism", "Outcome"]
    refused = cmo("code", "import", str(_csv(tmp_path / "typo.csv", header, ["X7", keys["2018"], "c", "m", "o"])), code=2)
    assert "'X7' is not a statement id" in refused.stderr


def test_a_cmoc_id_column_does_not_hide_a_cmo_column_of_sentences(cmo, tmp_path):
    """Trial AF: 'CMOC ID' was taken for the sentences, 'CMO' left unread, and the rows coded only as a sentence were
    refused as having no context, mechanism or outcome."""
    keys = _review(cmo, tmp_path)
    header = ["CMOC ID", "Study", "Context", "Mechanism", "Outcome", "CMO"]
    sentence = "In pharmacies open late (C), smokers drop in after work (M), so more start a quit attempt (O)"
    sheet = _csv(
        tmp_path / "mixed.csv",
        header,
        ["PH-1", keys["2018"], CONTEXT, MECHANISM, OUTCOME, ""],
        ["PH-2", keys["2020"], "", "", "", sentence],
    )
    cmo("code", "import", str(sheet))
    shown = cmo.json("code", "show", _statements(cmo)[1]["id"])
    assert shown["context"].endswith("pharmacies open late") and shown["outcome"] == "more start a quit attempt"
    assert shown["extra"]["CMOC ID"] == "PH-2"


# --- AE 10: one quote coded by two coders as two statements -------------------------------------------------------------


def test_one_quote_coded_by_two_coders_as_two_statements_is_said_naming_both(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    quote = "the pharmacist sat down with me and we picked a date"
    header = ["Study", "Context", "Mechanism", "Outcome", "Quote", "Page", "Coder"]
    first = _csv(tmp_path / "pk.csv", header, [keys["2018"], CONTEXT, MECHANISM, OUTCOME, quote, "7", "PK"])
    cmo("code", "import", str(first))
    (theirs,) = _statements(cmo)
    second = _csv(
        tmp_path / "lw.csv",
        header,
        [keys["2018"], "Smokers seen in a private room", "They are listened to", "They commit to quitting", quote, "7", "LW"],
    )
    said = cmo("code", "import", str(second), code=1)
    ours = _statements(cmo)[-1]["id"]
    assert f"{ours} (row 2, LW) with {theirs['id']} (PK)" in said.stderr
    assert "All were kept, and each counts as evidence" in said.stderr and len(_statements(cmo)) == 2


# --- AE (B): a second coder's tab of one workbook ------------------------------------------------------------------------


def _two_tabs(path: Path, keys: dict[str, str], typo: str = "") -> Path:
    book = openpyxl.Workbook()
    header = ["CMOC ID", "Study", "Context", "Mechanism", "Outcome"]
    first = book.active
    first.title = "PK coding"
    first.append(header)
    first.append(["PK-1", keys["2018"], CONTEXT, MECHANISM, OUTCOME])
    second = book.create_sheet("LW coding")
    second.append(header)
    second.append(["LW-1", typo or keys["2018"], "Rural pharmacies", "Smokers know the pharmacist", "They return for support"])
    book.save(path)
    return path


def test_a_tab_of_a_workbook_with_another_coders_tab_is_named_in_its_errors(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _two_tabs(tmp_path / "coding.xlsx", keys, typo="Lindgrn 2020")
    refused = cmo("code", "import", str(sheet), "--sheet", "LW coding", code=2)
    assert f"{sheet} (tab 'LW coding') has 1 problem, so nothing was imported:\nrow 2, column Study" in refused.stderr


def test_importing_one_coders_tab_does_not_call_the_other_tabs_statements_missing(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    sheet = _two_tabs(tmp_path / "coding.xlsx", keys)
    cmo("code", "import", str(sheet), code=1)  # the other tab is said, unread
    cmo("code", "import", str(sheet), "--sheet", "LW coding")
    said = cmo("code", "import", str(sheet), "--sheet", "LW coding")
    assert "no row on it" not in said.stderr and "PK-1" not in said.stderr


# --- AE 12 / AF 16: a page a spreadsheet made a date ---------------------------------------------------------------------


def test_a_page_made_a_date_is_named_as_the_sheet_shows_it_with_its_likely_pages_and_said_once(cmo, tmp_path):
    keys = _review(cmo, tmp_path)
    book = openpyxl.Workbook()
    book.active.append(["CMOC ID", "Study", "Context", "Mechanism", "Outcome", "Page"])
    book.active.append(["PH-1", keys["2020"], CONTEXT, MECHANISM, OUTCOME, datetime(2026, 5, 9)])
    book.active["F2"].number_format = "dd-mmm"
    sheet = tmp_path / "dated.xlsx"
    book.save(sheet)
    said = cmo("code", "import", str(sheet), code=1)
    assert f"{sheet}: row 2, column 'Page': the page '09-May' is a date, as a spreadsheet makes one of the page range 5-9" in (
        said.stderr
    )
    assert "read back and stored as the pages '5-9'" in said.stderr and "('5-9)" in said.stderr  # session 41: read back
    (made,) = _statements(cmo)
    assert cmo.json("code", "show", made["id"])["page"] == "5-9"
    again = cmo("code", "import", str(sheet))  # said when it came in, not on every import after
    assert "is a date" not in again.stderr and "1 statement unchanged" in again.stdout
