"""Trial E1 (a rapid realist review searched through Informit and A+ Education beside ERIC and a JabRef library): a
paper Informit and the team's BibTeX both gave, merged as `cmo ingest` advised, kept Informit's DOI of its own record
(`10.3316/informit.…`), so the report cited the paper by the database's DOI and the journal's was lost. A linked record's
publisher DOI takes the place of Informit's. Tested on another topic: hospital pharmacy (tests/data/informit/)."""

from __future__ import annotations

import shutil

from conftest import DATA

from cmo.normalise import database_doi


def _ingested(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    for name in ("informit_export.ris", "zotero_publisher_doi.bib"):
        shutil.copy(DATA / "informit" / name, tmp_path / name)
        cmo("ingest", str(tmp_path / name), code=None)
    return {s["key"]: s for s in cmo.json("sources", "list")}


def test_a_merged_record_s_publisher_doi_replaces_informit_s(cmo, tmp_path):
    sources = _ingested(cmo, tmp_path)
    # Informit's own DOI is no conflict (helper G3): the two records are linked at ingest, no --force merge needed.
    merged = next(s for s in sources.values() if s["title"].startswith("Ward rounds led by pharmacists"))
    assert len(merged["records"]) == 2
    assert merged["doi"] == "10.1071/AH18112"
    assert "informit.org" not in (merged.get("url") or "")


def test_a_work_only_informit_gave_a_doi_keeps_it(cmo, tmp_path):
    """Must not fire: Informit's DOI is the only one the rural handover paper has; and a publisher's DOI is none."""
    sources = _ingested(cmo, tmp_path)
    assert any(s["doi"] == "10.3316/informit.104928376610293" for s in sources.values())
    assert database_doi("https://doi.org/10.3316/aeipt.171032")
    assert not database_doi("10.1071/AH18112") and not database_doi("10.33160/x.1")
