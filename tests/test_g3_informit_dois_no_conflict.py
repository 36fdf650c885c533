"""Helper G3, fault 4: Informit and A+ Education register DOIs of their own (`10.3316/informit.…`, `10.3316/aeipt.…`)
for their records of journal articles whose publisher's DOI another export gives. De-duplication counted the two DOIs as
a conflict and kept one paper as two sources until `cmo sources merge --force`. A database's own DOI is no conflict
(`dedupe._dois_differ`); two articles that each carry one are still told apart by what they say. Topic: hospital
pharmacy and rural nursing (tests/data/informit/)."""

from __future__ import annotations

import shutil

from conftest import DATA


def _ingest(cmo, tmp_path, *names: str) -> list[str]:
    said = []
    for name in names:
        shutil.copy(DATA / "informit" / name, tmp_path / name)
        said.append(cmo("ingest", str(tmp_path / name), code=None).stderr)
    return said


def test_informit_s_record_and_the_publisher_s_bibtex_of_one_paper_are_one_source(cmo, tmp_path):
    """Fails on the old code: two sources, 'their DOIs differ', and a --force merge advised."""
    cmo("init", str(cmo.folder))
    said = _ingest(cmo, tmp_path, "informit_export.ris", "zotero_publisher_doi.bib")
    assert "--force" not in "".join(said)
    sources = {s["key"]: s for s in cmo.json("sources", "list")}
    ward = [s for s in sources.values() if s["title"].startswith("Ward rounds led by pharmacists")]
    assert len(ward) == 1 and len(ward[0]["records"]) == 2
    assert ward[0]["doi"] == "10.1071/AH18112"


def test_two_articles_each_with_an_informit_doi_stay_apart(cmo, tmp_path):
    """Must not fire: two papers of one first author in one journal volume, each with Informit's DOI, are two works."""
    cmo("init", str(cmo.folder))
    other = """TY  - JOUR
T1  - Pharmacist-led medication reconciliation at discharge from regional hospitals: a cohort study
AU  - Kowalczyk, Anna
PY  - 2019
DO  - 10.3316/informit.771203948899999
JF  - Australian Health Review
SP  - 601
EP  - 609
VL  - 43
IS  - 6
ER  -
"""
    (tmp_path / "informit_second.ris").write_text(other, encoding="utf-8")
    _ingest(cmo, tmp_path, "informit_export.ris")
    cmo("ingest", str(tmp_path / "informit_second.ris"), code=None)
    titles = sorted(s["title"] for s in cmo.json("sources", "list"))
    assert len(titles) == 3
    assert any(t.startswith("Pharmacist-led medication reconciliation") for t in titles)


def test_two_publisher_dois_still_conflict():
    """Must not fire: two publishers' DOIs that differ still keep two records apart, said with both DOIs."""
    from cmo.bib.dedupe import conflicts
    from cmo.models import Provenance, Record

    def record(doi: str) -> Record:
        return Record(
            key="k",
            type="article",
            title="Ward rounds led by pharmacists in regional hospitals",
            authors=["Kowalczyk, Anna"],
            year=2019,
            doi=doi,
            container="Australian Health Review",
            provenance=Provenance(file="f.ris", line=1, key="k", format="ris"),
        )

    assert any("DOIs differ" in why for why in conflicts(record("10.1071/AH18112"), record("10.1071/AH18999")))
    assert not any("DOIs differ" in why for why in conflicts(record("10.1071/AH18112"), record("10.3316/aeipt.171032")))
