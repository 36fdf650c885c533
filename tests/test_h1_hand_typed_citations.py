"""Helper H1: a team copying citations by hand from African Journals Online typed the volume and issue in one
'Vol(Issue)' column ('51(3)') and pages as a reference list prints them ('pp. 120-127'); the whole cell was read as the
issue and the label as part of the pages, so the report cited 'Ghana Medical Journal, (51(3)): pp. 120-127' and the RIS
export wrote 'SP  - pp. 120-127'."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.normalise import normalise_pages
from cmo.sheets.records import read_records

LIST = DATA / "ajol" / "hand-copied-citations.csv"


def test_a_vol_issue_column_gives_the_volume_and_the_issue():
    """Fails on the old code: volume '' and issue '51(3)'."""
    records = {r.title.split()[0]: r for r in read_records(LIST.read_text(encoding="utf-8"), LIST.name).records}
    assert (records["Diabetes"].volume, records["Diabetes"].issue, records["Diabetes"].pages) == ("51", "3", "120-127")
    assert (records["Why"].volume, records["Why"].issue, records["Why"].pages) == ("15", "1", "34")
    assert (records["Women's"].volume, records["Women's"].issue) == ("23", "")  # a volume alone
    assert records["Women's"].pages == "P1-P10"  # pages numbered with a letter keep it


@pytest.mark.parametrize(
    ("typed", "pages"),
    [("pp. 120-127", "120-127"), ("p. 34", "34"), ("pp 12-19", "12-19"), ("Pages 5-9", "5-9"), ("pp.1381--95", "1381-1395")],
)
def test_a_label_typed_before_the_pages_is_no_part_of_them(typed, pages):
    assert normalise_pages(typed) == pages


@pytest.mark.parametrize("typed", ["P1-P10", "e1-e8", "S12-S19", "page"])
def test_pages_that_open_with_a_letter_of_their_own_are_kept(typed):
    assert normalise_pages(typed) == typed
