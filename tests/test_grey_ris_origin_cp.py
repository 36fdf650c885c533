"""Trial CP: a Zotero RIS export of grey literature saved by hand from web pages (WHO AFRO, ministries, a thesis),
ingested with no --origin, counted under 'database search' in the RAMESES document flow without a word, though a CSV
list of the same documents is said to be so. A RIS file whose every record is grey literature no database numbered is
said the same way; a database's RIS (numbered records, or published papers) is not."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_cp"
SAID = "no database numbered"


def test_a_reference_managers_grey_ris_is_said_to_count_as_a_database_search(cmo):
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "litterature-grise-zotero.ris"))
    assert f"litterature-grise-zotero.ris: every record is grey literature that {SAID}" in result.stderr
    assert "cmo select origins FILE" in result.stderr
    assert SAID not in cmo("ingest", str(DATA / "litterature-grise-zotero.ris"), "--origin", "website").stderr


def test_no_word_for_a_databases_numbered_grey_ris_nor_one_with_an_article(cmo, tmp_path):
    """Must not fire (another topic: housing reports from a repository that numbers its records; a search export)."""
    cmo("init", str(cmo.folder))
    numbered = tmp_path / "repository.ris"
    numbered.write_text(
        "TY  - RPRT\r\nTI  - Ending homelessness together: annual report\r\nAU  - Scottish Government\r\nPY  - 2022\r\n"
        "ID  - 10665-3321\r\nER  - \r\n",
        encoding="utf-8",
    )
    assert SAID not in cmo("ingest", str(numbered), code=None).stderr
    mixed = tmp_path / "search.ris"
    mixed.write_text(
        "TY  - RPRT\r\nTI  - Housing First in Wales: a guide for commissioners\r\nAU  - Cymorth Cymru\r\nPY  - 2021\r\nER  - \r\n"
        "TY  - JOUR\r\nTI  - Tenancy sustainment after homelessness\r\nAU  - Pleace, Nicholas\r\nJO  - Housing Studies\r\n"
        "VL  - 33\r\nSP  - 1\r\nEP  - 20\r\nPY  - 2018\r\nER  - \r\n",
        encoding="utf-8",
    )
    assert SAID not in cmo("ingest", str(mixed), code=None).stderr
