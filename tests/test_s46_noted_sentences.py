"""A coder's note in brackets opening a marked statement ('[inferred] C: … M: … O: …'): trial BW's ATLAS.ti quotation
whose comment so opened was left out as marking no part. The note is about the whole statement and no part of it; where
it says 'inferred', the statement is inferred in each part, as a ticked 'Inferred' column says. Sentences are about
hospital discharge, not the trial's topic."""

from __future__ import annotations

import csv

from sheet_reviews import review_of
from test_s39c_coding import DOMAINS, RECORDS  # a hospital discharge review
from test_s45_bw import CODES, _quotations

STATED = ("context_stated", "mechanism_stated", "outcome_stated")


def _sheet(tmp_path, *rows):
    path = tmp_path / "coding.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Source", "CMOC", "Domain"])
        writer.writerows(rows)
    return path


def test_a_comment_opening_inferred_is_read_and_the_statement_inferred(cmo, tmp_path):
    """Fails on the old code: the quotation was left out ('no statements and were left out')."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    comment = "[inferred] C: carers told the date late; M: carers feel unprepared; O: carers decline to take the person home"
    sheet = _quotations(
        tmp_path,
        ["1:1", "The nurse…", "Haugen 2017.pdf", "The nurse was the one person.", CODES, "", "p.4", "Ann Lee"],
        ["2:1", "Nobody rang…", "Moreau 2021.pdf", "Nobody rang us.", "Family carers", "", comment, "Bo Yu"],
    )
    said = cmo("code", "import", str(sheet), code=0)
    coded, statement = cmo.json("code", "list")
    assert [coded[flag] for flag in STATED] == [True, True, True]
    assert (statement["source"], statement["context"], statement["outcome"]) == (
        keys["home"],
        "carers told the date late",
        "carers decline to take the person home",
    )
    assert [statement[flag] for flag in STATED] == [False, False, False]
    assert statement["note"] == comment
    assert "left out" not in said.stderr


def test_a_cmoc_sentence_opening_inferred_is_inferred_and_another_note_leaves_it_stated(cmo, tmp_path):
    """Fails on the old code: both rows refused as marking no part."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _sheet(
        tmp_path,
        ["Haugen 2017", "(Inferred) C: wards with a named nurse M: patients trust one person O: fewer delays", "handover"],
        ["Moreau 2021", "[p. 7] C: carers told the date late M: carers feel unprepared O: carers decline", "handover"],
    )
    cmo("code", "import", str(sheet), code=0)
    statements = cmo.json("code", "list")
    assert [s["mechanism"] for s in statements] == ["patients trust one person", "carers feel unprepared"]
    assert [[s[flag] for flag in STATED] for s in statements] == [[False, False, False], [True, True, True]]


def test_a_bracketed_word_opening_an_unmarked_sentence_is_still_refused(cmo, tmp_path):
    """Must not fire: a bracket opening words that mark no part is no note before a statement."""
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = _sheet(tmp_path, ["Haugen 2017", "(Nurses) feel unsupported when the ward is busy", "handover"])
    said = cmo("code", "import", str(sheet), code=2)
    assert "it marks no part" in said.stderr
    assert cmo.json("code", "list") == []
