"""Helper H6: Mendeley and EndNote write BibTeX entries with no key (`@article{,`); cmo kept a key made up of the line
('article-line26') as the source's. Each is now keyed as cmo keys any record without one (first author, year, a word
of its title), said once for the file in ingest's summary, and a second ingest of the file adds nothing. An entry with
a key of its own keeps it."""

from __future__ import annotations

from conftest import DATA

MENDELEY = DATA / "exports" / "mendeley.bib"


def test_keyless_entries_get_cmos_key_said_once_and_a_second_ingest_adds_nothing(cmo):
    cmo("init", str(cmo.folder))
    first = cmo("ingest", str(MENDELEY), code=None)
    assert first.stderr.count("no citation key") == 1 and "lines 26, 50" in first.stderr, first.stderr
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert not any("-line" in key for key in keys), keys
    assert {"Black2020", "Mills2010", "Callahan2011"} <= keys  # keys of their own are kept
    again = cmo.json("ingest", str(MENDELEY), code=None)
    assert again["added"] == 0 and again["merged"] == 0
    assert {source["key"] for source in cmo.json("sources", "list")} == keys
