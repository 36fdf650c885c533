"""Helper K6: BibTeX entries that take fields by crossref from a parent in another file (a group's papers.bib and its
proceedings.bib). An entry with no key (Mendeley's `@inproceedings{,`) is keyed with the year its parent gives, where
cmo keyed it in the same ingest; withdrawing the parent's file takes back the fields it gave (year, proceedings' title,
publisher), named, never a field a reviewer corrected, and ingesting it again gives them back."""

from __future__ import annotations

from conftest import DATA

FOLDER = DATA / "k6_crossref"
PAPERS, PROCEEDINGS = FOLDER / "papers.bib", FOLDER / "procs.bib"


def _sources(cmo) -> dict[str, dict]:
    return {s["key"]: cmo.json("sources", "show", s["key"]) for s in cmo.json("sources", "list")}


def test_a_keyless_child_is_keyed_with_the_year_its_parent_in_another_file_gives(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(PAPERS), str(PROCEEDINGS), code=None)
    sources = _sources(cmo)
    assert sorted(sources) == ["hic2019", "ngata2019nurseled", "walker2019telehealth"]
    assert sources["ngata2019nurseled"]["year"] == 2019 and sources["ngata2019nurseled"]["records"][0]["line"] == 1
    shown = cmo("sources", "show", "ngata2019nurseled").stdout
    assert "container, year, publisher taken from its parent in procs.bib" in shown


def test_the_parent_first_gives_the_year_to_the_key_too(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(PROCEEDINGS), code=None)
    cmo("ingest", str(PAPERS), code=None)
    assert "ngata2019nurseled" in _sources(cmo)


def test_a_key_an_earlier_ingest_made_is_kept_and_named(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(PAPERS), code=None)
    done = cmo("ingest", str(PROCEEDINGS), code=None)
    assert _sources(cmo)["ngatanurseled"]["year"] == 2019  # the team may have written the key: kept
    assert "ngatanurseled keeps its key" in done.stderr


def test_withdrawing_the_parents_file_takes_back_what_the_children_took_from_it(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(PAPERS), str(PROCEEDINGS), code=None)
    cmo("sources", "edit", "walker2019telehealth", "--year", "2020", "--note", "the paper says 2020")
    done = cmo("sources", "withdraw", "procs.bib", "--note", "the wrong proceedings")
    assert "ngata2019nurseled" in done.stdout and "by crossref" in done.stdout
    sources = _sources(cmo)
    assert "hic2019" not in sources
    child, corrected = sources["ngata2019nurseled"], sources["walker2019telehealth"]
    assert child["year"] is None and child["container"] == "" and child["publisher"] == ""
    assert corrected["year"] == 2020 and corrected["container"] == ""  # the reviewer's year stays
    assert child["title"].startswith("Nurse-led") and child["pages"] == "45-52"  # the entry's own fields stay
    cmo("ingest", str(PROCEEDINGS), code=None)
    again = _sources(cmo)["ngata2019nurseled"]
    assert again["year"] == 2019 and again["container"] == "Proceedings of the Health Informatics Conference 2019"


def test_withdrawing_another_file_leaves_what_children_took_by_crossref(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(PAPERS), str(PROCEEDINGS), code=None)
    other = cmo.folder / "other.ris"
    other.write_text("TY  - JOUR\nTI  - Cardiac rehabilitation attendance in rural towns\nAU  - Lee, Min\nPY  - 2018\nER  - \n")
    cmo("ingest", str(other), code=None)
    done = cmo("sources", "withdraw", "other.ris", "--note", "not ours")
    assert "by crossref" not in done.stdout
    assert _sources(cmo)["ngata2019nurseled"]["container"] == "Proceedings of the Health Informatics Conference 2019"
