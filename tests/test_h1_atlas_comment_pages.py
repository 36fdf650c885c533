"""Helper H1: an ATLAS.ti Quotation Manager export has no page column; the coders wrote each quotation's page in its
'Comment' ('p.6', 'pp. 61-62'), which was kept as the statement's note, so 39 statements came in with no page (no quote
could be checked against the full text on its page, and the report cited none). A note that is only a page reference
is the page, as a quote cell that is only one is; a note that says more stays a note."""

from __future__ import annotations

from conftest import DATA

SHEET = DATA / "atlas_ti" / "quotation-manager-comment-pages.xlsx"
GIM = DATA / "global_index_medicus" / "gim-french-titles.ris"


def test_a_comment_holding_only_a_page_is_the_statement_s_page(cmo):
    """Fails on the old code: every page stayed in the note."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(GIM))
    said = cmo("code", "import", str(SHEET), code=None)
    assert said.exit_code in (0, 1)
    assert "the note held only a page ('p.6')" in said.stderr and "rows 2, 3:" in said.stderr
    statements = {s["source"]: s for s in cmo.json("code", "list")}
    assert (statements["ndiaye2019observance"]["page"], statements["ndiaye2019observance"]["note"]) == ("6", "")
    assert statements["ba2020role"]["page"] == "17-18"
    kept = statements["sow2021suivi"]  # words beside the page: a note of its own, not a page
    assert (kept["page"], kept["note"]) == ("", "check p 7 against the French original")
