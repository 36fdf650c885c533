"""Helper L1 (fault found by helper K2): one DiVA search saved as CSV (for the screening sheet) and as BibTeX (for the
reference manager) counted each record twice in the report's flow (7 records identified and 3 duplicates, where the
search found 4). DiVA numbers each record (its PID, diva2:1091234): its CSV gives it in the 'PID' column beside the
'NBN' DiVA gives every record (urn:nbn:se:…), its BibTeX in the entry's key, the first author's family name then the
PID ('Gustafsson1091234'). The same PID is one DiVA record exported twice. A reference manager's key with a year
('Gustafsson2017'), a key whose letters are not the first author's name, and a 'PID' column with no DiVA NBN (a
housing survey's list) are no DiVA number."""

from __future__ import annotations

import re
from pathlib import Path

from cmo.bib.linking import database_accession
from cmo.bib.readers import bibtex
from cmo.sheets.records import read_records

DATA = Path(__file__).parent / "data" / "diva"


def _identified(cmo) -> tuple[str, str]:
    cmo("report", "-o", str(cmo.folder / "report.md"), code=None)
    text = (cmo.folder / "report.md").read_text(encoding="utf-8")
    return (
        re.search(r"\| Records identified \| (\d+) \|", text)[1],
        re.search(r"\| Duplicate records linked \| (\d+) \|", text)[1],
    )


def test_one_diva_search_exported_as_csv_and_bibtex_counts_once_in_the_flow(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "diva-export.csv"), code=None)
    result = cmo("ingest", str(DATA / "diva-export.bib"), code=None)
    assert "diva-export.bib gives again 2 records of diva-export.csv under the database's same record number" in result.stderr
    assert _identified(cmo) == ("2", "0")


def test_the_pid_is_read_from_both_exports():
    csv_records = read_records((DATA / "diva-export.csv").read_text(encoding="utf-8-sig"), "diva-export.csv").records
    bib_records = bibtex.read((DATA / "diva-export.bib").read_text(encoding="utf-8"), "diva-export.bib").records
    assert sorted(database_accession(r) for r in csv_records) == ["DiVA 1091234", "DiVA 1567890"]
    assert sorted(database_accession(r) for r in bib_records) == ["DiVA 1091234", "DiVA 1567890"]


def test_other_keys_and_pid_columns_are_no_diva_number():
    """Must not fire (another topic, housing): a reference manager's keys and a list with a 'PID' column but no NBN."""
    text = (
        "@article{Smith2019,\n author = {Smith, Jane},\n title = {Damp in social housing},\n journal = {Housing Studies},\n"
        " year = {2019}\n}\n\n@article{Lee123456,\n author = {Okafor, Ada},\n title = {Rent arrears and eviction},\n"
        " journal = {Urban Studies},\n year = {2021}\n}\n"
    )
    assert [database_accession(r) for r in bibtex.read(text, "housing.bib").records] == ["", ""]
    table = 'PID,Title,Authors,Year\n101234,Damp in social housing,"Smith, Jane",2019\n'
    assert [database_accession(r) for r in read_records(table, "housing-list.csv").records] == [""]


def test_a_diva_bibtex_key_is_its_record_number_not_a_citation_key(cmo, tmp_path):
    """Fails on the old code: DiVA's BibTeX ingested first keyed its sources 'Gustafsson1091234' (its PID), where the
    same records from its CSV are 'gustafsson2017drugrelated'. Must not fire: a reference manager's 'Smith2019'."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "diva-export.bib"), code=None)
    housing = tmp_path / "housing.bib"
    housing.write_text(
        "@article{Smith2019,\n author = {Smith, Jane},\n title = {Damp in social housing},\n journal = {Housing Studies},\n"
        " volume = {34},\n pages = {1--20},\n year = {2019}\n}\n",
        encoding="utf-8",
    )
    cmo("ingest", str(housing), code=None)
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert "gustafsson2017drugrelated" in keys and "Gustafsson1091234" not in keys, keys
    assert "Smith2019" in keys, keys
