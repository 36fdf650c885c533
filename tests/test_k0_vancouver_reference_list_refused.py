"""Trial K0: references copied by hand from African Journals Online, a site with no export, into a Vancouver-style list
(authors. title. journal. year;volume(issue):pages) were refused with 'no BibTeX, RIS, … records found' alone, which
neither said what the file is nor what to do. Refused, as before, saying it is formatted references and how to bring
them in (the site's RIS, or a CSV of their fields). Tested on immunisation papers, not the trial's topic."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "ajol"


def test_a_vancouver_reference_list_is_refused_saying_what_it_is_and_what_to_do(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    path = shutil.copy(DATA / "hand-copied-vancouver.txt", tmp_path / "ajol-list.txt")
    said = cmo("ingest", str(path), code=2).stderr
    assert "formatted references in the Vancouver style" in said and "nothing was ingested" in said
    assert "a CSV with 'Title', 'Authors', 'Year', 'Journal' and 'DOI' columns" in said
    assert cmo.json("sources", "list") == []


def test_notes_with_a_year_and_numbers_are_not_called_a_reference_list(cmo, tmp_path):
    """Must not fire: a note with a date and a count, no citation's year;volume:pages."""
    cmo("init", str(cmo.folder))
    path = tmp_path / "notes.txt"
    path.write_text("Search notes. 2019: 53 hits in AJOL, 12 kept.\nAsk the librarian on 3 March.\n", encoding="utf-8")
    said = cmo("ingest", str(path), code=2).stderr
    assert "Vancouver" not in said and "records found" in said
