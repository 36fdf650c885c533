"""Where records of one work are linked, the title in English (the review's language) is shown and cited, and the
other kept as the work's original title, whichever file came first, and ingest says so (trial CT: Hegewisch-Taylor
2020 was cited by its Spanish LILACS title, as LILACS's file was ingested before PubMed's)."""

from __future__ import annotations

from conftest import DATA

FILES = DATA / "m2_titles"


def _source(cmo, doi: str) -> dict:
    found = [s for s in cmo.json("sources", "list") if (s.get("doi") or "").lower() == doi.lower()]
    assert len(found) == 1, found
    return cmo.json("sources", "show", found[0]["key"])


def test_a_linked_english_title_is_shown_and_the_first_kept_as_the_original(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "lilacs.ris"))
    said = cmo("ingest", str(FILES / "pubmed.txt"))
    source = _source(cmo, "10.4067/S0716-10182021000200211")
    assert source["title"].startswith("Hand hygiene adherence in adult intensive care units")
    original = (
        "Adherencia a la higiene de manos en unidades de cuidados intensivos de adultos de la región andina: "
        "estudio observacional"
    )
    assert source["extra"]["original title"] == original
    assert "is titled in English as" in said.stderr and "kept as its original title" in said.stderr
    shown = cmo("sources", "show", source["key"]).stdout
    assert f"original   {original} (the title in its own language)" in shown


def test_an_english_title_first_stays_and_nothing_is_said(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "pubmed-en.txt"))
    said = cmo("ingest", str(FILES / "scielo.ris"))
    source = _source(cmo, "10.1590/1413-81232021263.20001")
    assert source["title"].startswith("Community health workers and the care of families")
    assert "is titled in English" not in said.stderr


def test_the_other_language_title_is_kept_whichever_file_came_first(cmo):
    """File order decides nothing: the Portuguese title read after the English one is kept as the original too."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "pubmed-en.txt"))
    cmo("ingest", str(FILES / "scielo.ris"))
    source = _source(cmo, "10.1590/1413-81232021263.20001")
    assert source["extra"]["original title"].startswith("Os agentes comunitários de saúde")


def test_a_work_titled_only_in_spanish_keeps_it_and_an_english_one_is_unchanged(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "lilacs.ris"))
    source = _source(cmo, "10.4067/S0716-10182021000200211")
    assert source["title"].startswith("Adherencia a la higiene de manos")
    assert "original title" not in source["extra"]
    cmo("ingest", str(FILES / "pubmed-en.txt"))
    source = _source(cmo, "10.1590/1413-81232021263.20001")
    assert source["title"].startswith("Community health workers") and "original title" not in source["extra"]
