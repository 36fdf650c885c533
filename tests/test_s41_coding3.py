"""Session 41, coding sheets (third part): a row with no id that says what a statement says and only adds the quote or
page it lacked is that statement, updated, never a second one (trial AQ 1: 39 duplicates after a quote column was
renamed 'Quote'); a column of passages kept unread on a sheet read without quotes is named (AQ 1); an inferred column
of ticks (TRUE/FALSE, Yes/No, ✓) is read as the whole statement inferred or stated, never a per-row error (trial AR 3).
Each rule is tested on another topic: school-based smoking cessation."""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import review_of, write_csv

RECORDS = """TY  - JOUR
TI  - Peer-led smoking cessation in secondary schools: a cluster trial
AU  - Lindqvist, Maja
AU  - Osei, Kwame
PY  - 2019
JO  - Addiction
DO  - 10.1111/add.2019.0042
ER  -

TY  - RPRT
TI  - Quit clubs in further education colleges: a process evaluation
AU  - Youth Health Unit
PY  - 2023
ER  -
"""

DOMAINS = """domains:
  - slug: peers
    name: Peers
    description: Peer supporters and social norms among pupils.
groups:
  - slug: pupils
    name: Pupils
"""

CONTEXT = "Pupils aged 12 to 13 in schools where smoking is common"
MECHANISM = "Influential pupils trained as peer supporters make not smoking seem normal"
OUTCOME = "Fewer pupils take up smoking"
QUOTE = "Smoking uptake was lower in intervention schools two years after the peer-led programme ended"


def _review(cmo, tmp_path: Path) -> dict[str, str]:
    return review_of(cmo, tmp_path, DOMAINS, RECORDS)


def test_a_row_adding_the_quote_a_statement_lacked_updates_it_never_a_second(cmo, tmp_path):
    """The sheet imported once with its passages in a column not read, then again with the column headed 'Quote': each
    row fills in its statement's quote (an update, said), and a third import changes nothing."""
    key = _review(cmo, tmp_path)["peer-led"]
    first = write_csv(
        tmp_path / "first.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Coded passage", "Page"],
        [key, CONTEXT, MECHANISM, OUTCOME, QUOTE, "412"],
    )
    said = cmo("code", "import", str(first))
    assert "Imported 1 new statement" in said.stdout
    made = cmo.json("code", "list")[0]
    assert made["quote"] == "" and made["extra"] == {"Coded passage": QUOTE}
    again = write_csv(
        tmp_path / "again.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Quote", "Page"],
        [key, CONTEXT, MECHANISM, OUTCOME, QUOTE, "412"],
    )
    said = cmo("code", "import", str(again))
    assert "Imported 0 new statements and 1 update" in said.stdout
    assert f"row 2 repeats the words of {made['id']} with no id given, and fills in the quote where it had none" in said.stderr
    statements = cmo.json("code", "list")
    assert [s["id"] for s in statements] == [made["id"]]
    assert statements[0]["quote"] == QUOTE and statements[0]["page"] == "412"
    third = cmo("code", "import", str(again))
    assert "Imported 0 new statements and 0 updates (1 statement unchanged)" in third.stdout
    assert len(cmo.json("code", "list")) == 1


def test_a_row_adding_the_page_a_statement_lacked_updates_it(cmo, tmp_path):
    key = _review(cmo, tmp_path)["quit"]
    header = ["Source", "Context", "Mechanism", "Outcome", "Quote", "Page"]
    cmo("code", "import", str(write_csv(tmp_path / "a.csv", header, [key, CONTEXT, MECHANISM, OUTCOME, QUOTE, ""])))
    said = cmo("code", "import", str(write_csv(tmp_path / "b.csv", header, [key, CONTEXT, MECHANISM, OUTCOME, QUOTE, "p. 9"])))
    assert "Imported 0 new statements and 1 update" in said.stdout
    statements = cmo.json("code", "list")
    assert len(statements) == 1 and statements[0]["page"] == "p. 9"


def test_the_same_words_from_another_quote_stay_a_second_statement(cmo, tmp_path):
    """Only what the statement lacked is filled in: one CMO coded from two passages is two statements of evidence."""
    key = _review(cmo, tmp_path)["peer-led"]
    header = ["Source", "Context", "Mechanism", "Outcome", "Quote"]
    cmo("code", "import", str(write_csv(tmp_path / "a.csv", header, [key, CONTEXT, MECHANISM, OUTCOME, QUOTE])))
    other = "Pupils said the trained peers made refusing a cigarette feel ordinary"
    said = cmo("code", "import", str(write_csv(tmp_path / "b.csv", header, [key, CONTEXT, MECHANISM, OUTCOME, other])))
    assert "Imported 1 new statement" in said.stdout
    assert sorted(s["quote"] for s in cmo.json("code", "list")) == sorted([QUOTE, other])


def test_a_column_of_passages_unread_on_a_sheet_without_quotes_is_named(cmo, tmp_path):
    """Named with the header that reads it; a short column of the team's own ('Country') is not; nor is a column of
    passages where the sheet's quotes are read."""
    key = _review(cmo, tmp_path)["peer-led"]
    sheet = write_csv(
        tmp_path / "eppi.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Highlighted text", "Country"],
        [key, CONTEXT, MECHANISM, OUTCOME, QUOTE, "Sweden"],
        [key, "Schools in towns", MECHANISM, OUTCOME, '"refusing felt normal"', "Sweden"],
    )
    said = cmo("code", "import", str(sheet))
    assert "the column 'Highlighted text' (2 rows) holds passages of text and was kept as the team's own column" in said.stderr
    assert "head it 'Quote' and import the sheet again" in said.stderr
    assert "'Country'" not in said.stderr
    quoted = write_csv(
        tmp_path / "quoted.csv",
        ["Study", "Context", "Mechanism", "Outcome", "Quote", "Reviewer remarks"],
        [key, "Rural schools", MECHANISM, OUTCOME, QUOTE, "We were unsure whether this outcome was measured at two years"],
    )
    assert "holds passages of text" not in cmo("code", "import", str(quoted)).stderr


def test_an_inferred_column_of_ticks_reads_a_tick_as_the_whole_statement_inferred(cmo, tmp_path):
    """TRUE/FALSE as a checkbox exports them, Yes/No and ✓: no row refused; a tick is each part inferred, said once; an
    empty or unticked cell is stated; the parts listed (c, m) still read as before."""
    key = _review(cmo, tmp_path)["peer-led"]
    rows = [
        [key, f"{CONTEXT} {n}", MECHANISM, OUTCOME, f"passage {n}", tick]
        for n, tick in enumerate(["TRUE", "FALSE", "Yes", "No", "✓", "", "c, m"])
    ]
    sheet = write_csv(tmp_path / "ticks.csv", ["Source", "Context", "Mechanism", "Outcome", "Quote", "Inferred?"], *rows)
    said = cmo("code", "import", str(sheet))
    assert "Imported 7 new statements" in said.stdout
    assert "rows 2, 4, 6: the tick in 'Inferred?' was read as the whole statement inferred" in said.stderr
    stated = {s["quote"]: (s["context_stated"], s["mechanism_stated"], s["outcome_stated"]) for s in cmo.json("code", "list")}
    for n in (0, 2, 4):
        assert stated[f"passage {n}"] == (False, False, False)
    for n in (1, 3, 5):
        assert stated[f"passage {n}"] == (True, True, True)
    assert stated["passage 6"] == (False, False, True)


def test_a_workbooks_checkbox_column_of_booleans_is_read_as_ticks(cmo, tmp_path):
    """A workbook's real booleans (a Google Sheets checkbox downloaded as .xlsx), as the team's sheet holds them."""
    from openpyxl import Workbook

    key = _review(cmo, tmp_path)["quit"]
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Source", "Context", "Mechanism", "Outcome", "Quote", "Inferred?"])
    sheet.append([key, CONTEXT, MECHANISM, OUTCOME, "passage one", True])
    sheet.append([key, "Colleges with a quit club", MECHANISM, OUTCOME, "passage two", False])
    workbook.save(tmp_path / "ticks.xlsx")
    said = cmo("code", "import", str(tmp_path / "ticks.xlsx"))
    assert "Imported 2 new statements" in said.stdout
    stated = {s["quote"]: s["mechanism_stated"] for s in cmo.json("code", "list")}
    assert stated == {"passage one": False, "passage two": True}


def test_two_rows_filling_one_statement_with_two_quotes_fill_it_once(cmo, tmp_path):
    """The first row fills the quote in; the second, another passage, is then another statement, as it would be had the
    statement come with the first quote."""
    key = _review(cmo, tmp_path)["peer-led"]
    first = write_csv(tmp_path / "a.csv", ["Source", "Context", "Mechanism", "Outcome"], [key, CONTEXT, MECHANISM, OUTCOME])
    cmo("code", "import", str(first))
    other = "Pupils said the trained peers made refusing a cigarette feel ordinary"
    header = ["Source", "Context", "Mechanism", "Outcome", "Quote"]
    rows = ([key, CONTEXT, MECHANISM, OUTCOME, QUOTE], [key, CONTEXT, MECHANISM, OUTCOME, other])
    said = cmo("code", "import", str(write_csv(tmp_path / "b.csv", header, *rows)))
    assert "Imported 1 new statement and 1 update" in said.stdout
    assert sorted(s["quote"] for s in cmo.json("code", "list")) == sorted([QUOTE, other])
