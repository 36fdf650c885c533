"""Trial E1 (a rapid realist review of peer mentoring in secondary schools): a coder with no passage to copy from a
government report wrote its page in the quote ('p. 7', 'pg 9'); cmo kept "p. 7" as the quote and the statement had no
page, so `cmo trace` showed `"p. 7" (page not given)`. A quote that is only a page reference, with no page given, is the
page. Tested on another topic: midwifery staffing (tests/data/coding_sheets/)."""

from __future__ import annotations

import shutil

from conftest import DATA
from sheet_reviews import review_of

RECORDS = """TY  - JOUR
TI  - Night shifts and senior cover in midwife-led units: an ethnography
AU  - Ahmed, Rukhsana
PY  - 2021
JO  - Midwifery
ER  -
"""

DOMAINS = """domains:
  - slug: staffing
    name: Staffing and support
    description: How cover and support shape midwives' decisions.
"""


def test_a_quote_that_is_only_a_page_is_the_statement_s_page(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = shutil.copy(DATA / "coding_sheets" / "quote_column_holding_pages.csv", tmp_path / "coding.csv")
    result = cmo("code", "import", str(sheet), code=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "rows 2, 3: the quote held only a page" in result.stderr
    statements = {s["context"]: s for s in cmo.json("code", "list")}
    night = statements["midwives on night shifts with no senior cover"]
    assert (night["quote"] or "", night["page"]) == ("", "12")
    named = statements["midwives with a named senior on call"]
    assert (named["quote"] or "", named["page"]) == ("", "14-15")


def test_a_quote_with_words_or_a_page_given_beside_it_stays_the_quote(cmo, tmp_path):
    """Must not fire: a quote that says more than a page ('p < 0.05 …') is words; one beside a page given is left as
    the coder wrote it."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = shutil.copy(DATA / "coding_sheets" / "quote_column_holding_pages.csv", tmp_path / "coding.csv")
    cmo("code", "import", str(sheet), code=None)
    statements = {s["context"]: s for s in cmo.json("code", "list")}
    assert statements["newly qualified midwives"]["quote"] == "p < 0.05 for transfers at night"
    debriefed = statements["midwives given debriefs"]
    assert (debriefed["quote"], debriefed["page"]) == ("p. 20", "21")
