"""Helper H6: a BibTeX crossref parent in another file. A group's papers.bib names `crossref = {chi2019}`, whose
@proceedings sits in proceedings.bib: the children had no booktitle, year or publisher, said but never resolved.
Ingested in either order, the children now take what they lack from the parent, as biber does across files, never a
field they have; a record of another format with that id is no parent."""

from __future__ import annotations

from conftest import DATA

FILES = DATA / "crossref_files"
CHI = "Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems"


def _fields(cmo, key: str) -> tuple:
    shown = cmo.json("sources", "show", key)
    return shown["container"], shown["year"], shown["publisher"]


def test_children_take_the_parents_fields_in_either_order_never_over_their_own(cmo_factory, tmp_path):
    for order in (("papers.bib", "proceedings.bib"), ("proceedings.bib", "papers.bib")):
        cmo = cmo_factory(tmp_path / "-".join(order))
        cmo("init", str(cmo.folder))
        cmo("ingest", str(FILES / order[0]), code=None)
        last = cmo("ingest", str(FILES / order[1]), code=None)
        assert "took what they lacked by crossref" in last.stderr and "from chi2019 (proceedings.bib)" in last.stderr
        assert _fields(cmo, "lee2019voice") == (CHI, 2019, "ACM")
        assert _fields(cmo, "ortiz2019caregivers") == (CHI, 2018, "ACM")  # its own year stays
        again = cmo("ingest", str(FILES / "papers.bib"), code=None)
        assert "took what" not in again.stderr  # nothing left to fill: said once


def test_a_record_of_another_format_with_the_parents_id_is_no_parent(cmo, tmp_path):
    ris = tmp_path / "other.ris"
    ris.write_text("TY  - JOUR\nID  - chi2019\nTI  - School meals and attendance\nPY  - 2015\nPB  - Elsevier\nER  - \n")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(ris), code=None)
    cmo("ingest", str(FILES / "papers.bib"), code=None)
    assert _fields(cmo, "ortiz2019caregivers") == ("", 2018, "")
