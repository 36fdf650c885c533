"""Trial CK: a team comes back to its review of school-based mental health support teams a year later, with a newer cmo,
and runs an update search (exports as Scopus and PubMed, via EndNote, write them)."""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_ck"

SHEET = ["source", "context", "mechanism", "outcome", "quote", "page", "coder"]


def _round_one(cmo):
    """Round 1: both exports, and the Lancet Psychiatry paper MEDLINE titles as part 1 of a series merged by hand."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "scopus.bib"), code=None)
    cmo("ingest", str(DATA / "medline.ris"), code=None)
    cmo("sources", "merge", "fazel2014mental", "fazel2014mental-2", "--force", "--note", "one paper")


def test_an_update_search_gives_no_new_source_the_key_a_merge_sent_into_another(cmo, tmp_path):
    """Fails on the old code: the update search's record became a new source 'fazel2014mental-2', the key the team had
    merged into 'fazel2014mental', so the round-1 coding sheet's rows naming it went to an unscreened source."""
    _round_one(cmo)
    cmo("ingest", str(DATA / "scopus-2025.bib"), code=None)
    keys = [s["key"] for s in cmo.json("sources", "list")]
    assert "fazel2014mental-2" not in keys
    assert "fazel2014mental" in keys
    sheet = tmp_path / "coding.csv"
    with sheet.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(
            [
                SHEET,
                [
                    "fazel2014mental-2",
                    "Schools that nearly all children attend",
                    "Help is offered where children are",
                    "More children reached early",
                    "schools are a natural setting",
                    "377",
                    "JH",
                ],
            ]
        )
    cmo("select", "include", "fazel2014mental")
    cmo("code", "import", str(sheet), code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == ["fazel2014mental"]


def test_a_key_no_merge_took_is_given_as_before(cmo):
    """Must not fire: with no merge, a second record of another work under the same first author, year and title word
    still takes the next free key, and a new work its own plain key."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "scopus.bib"), code=None)
    cmo("ingest", str(DATA / "medline.ris"), code=None)
    cmo("ingest", str(DATA / "scopus-2025.bib"), code=None)
    keys = [s["key"] for s in cmo.json("sources", "list")]
    assert "fazel2014mental-2" in keys
    assert "mansfield2025educational" in keys and "ellins2024implementing" in keys
