"""Readers on the exports of trials R and S: accession numbers are no citation keys (BVS/LILACS ids, SciELO PIDs), a
damaged RIS line is said, database copyright notices leave abstracts, cmo's own BibTeX `type` reads back, and EBSCO's
labelled accession number is the record's id. Fixtures are in tests/data/exports, named by exporter."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.bib.readers import bibtex, ris
from cmo.normalise import is_citation_key
from cmo.textio import decode_file

EXPORTS = DATA / "exports"


def read(reader, name: str):
    return reader.read(decode_file(EXPORTS / name).text, name)


def ingest(cmo, *names: str, code: int = 0) -> list[str]:
    """`cmo ingest` as a user types it; the keys `cmo sources list` then shows."""
    cmo("init", str(cmo.folder))
    cmo("ingest", *(str(EXPORTS / name) for name in names), code=code)
    return [source["key"] for source in cmo.json("sources", "list")]


# 1. Accession numbers are no citation keys.


@pytest.mark.parametrize(
    "value, is_key",
    [
        ("biblio-869567", False),  # the Virtual Health Library's LILACS id
        ("lil-771136", False),  # an older LILACS id
        ("mdl-20345678", False),  # BVS's copy of a MEDLINE record
        ("S0102-311X2013001100015", False),  # SciELO's PID, its BibTeX key
        ("castro2014anos", True),
        ("trento20045year", True),  # a key an older cmo made
        ("Roberts20191869", True),  # Scopus' author, year and page
    ],
)
def test_a_bvs_id_or_a_scielo_pid_is_no_citation_key(value, is_key):
    assert is_citation_key(value) is is_key


def test_a_lilacs_record_from_bvs_gets_an_author_year_key_and_keeps_its_id(cmo):
    assert ingest(cmo, "lilacs_bvs.ris") == ["castro2014anos"]
    (record,) = read(ris, "lilacs_bvs.ris").records
    assert record.provenance.key == "biblio-869567"


def test_a_scielo_bibtex_pid_key_is_the_records_number_not_the_sources_key(cmo):
    (record,) = read(bibtex, "scielo.bib").records
    assert record.key == "" and record.provenance.key == "S0102-311X2013001100015"
    assert ingest(cmo, "scielo.bib") == ["aguiar2013violencia"]


# 3. A line in a RIS record that is no tag line is said, by file and line.


def test_a_damaged_ris_line_is_a_problem_named_by_line(cmo):
    result = read(ris, "lilacs_bvs_damaged_line.ris")
    assert [(problem.line, problem.message) for problem in result.problems] == [
        (6, "'XX garbage line here' is no RIS tag line ('XX  - value'); it was not read.")
    ]
    assert result.records[0].year == 2014 and result.records[0].volume == "19"
    ingest(cmo, "lilacs_bvs_damaged_line.ris", code=1)


def test_wrapped_issns_in_an_endnote_ris_are_still_read_as_the_value_above():
    assert read(ris, "endnote.ris").problems == []


# 4. A database's copyright notice is not part of the abstract.


def test_psycinfo_copyright_notice_leaves_the_abstract():
    record = read(ris, "psycinfo_ovid.ris").records[0]
    assert record.abstract.endswith("Peer roles need clear definition, training and supervision.")
    assert "rights reserved" not in record.abstract


def test_a_bracketed_copyright_notice_with_a_full_stop_after_it_leaves_the_abstract_too():
    """The Cochrane Library writes PsycInfo's notice with a full stop after the bracket."""
    from cmo.bib.readers import without_copyright

    said = "Peer workers felt valued when supervised."
    assert without_copyright(f"{said} (PsycInfo Database Record (c) 2024 APA, all rights reserved).") == said
    assert without_copyright(f"{said} (PsycInfo Database Record (c) 2024 APA, all rights reserved)") == said
    assert without_copyright("Women (aged 30-40) were asked (n = 12).") == "Women (aged 30-40) were asked (n = 12)."


def test_a_copyright_notice_that_is_the_whole_abstract_stays():
    text = "TY  - JOUR\nTI  - A title\nPY  - 2019\nAB  - Copyright © 2019 Elsevier Ltd. All rights reserved.\nER  - \n"
    (record,) = ris.read(text, "elsevier.ris").records
    assert record.abstract == "Copyright © 2019 Elsevier Ltd. All rights reserved."
    with_text = text.replace("AB  - ", "AB  - Women valued respect. ")
    (record,) = ris.read(with_text, "elsevier.ris").records
    assert record.abstract == "Women valued respect."


# 5. cmo's own BibTeX export reads back as the type it wrote.


def test_cmo_bibtex_export_of_guidance_reads_back_as_guidance():
    (record,) = read(bibtex, "cmo_export_guidance.bib").records
    assert record.type == "guidance"
    assert "type" not in record.extra


# 6. EBSCO's accession number, written in a note, is the record's id.


def test_ebsco_labelled_accession_number_is_the_records_id():
    records = read(ris, "cinahl_ebsco.ris").records
    assert [record.provenance.key for record in records] == ["123139121"]


def test_a_person_s_key_of_a_name_a_year_and_numbers_stays_a_key():
    """JabRef's `Franke_2005_LB_10757413_12` (the corpus's bbt_jabref_groups_97.bib) is a person's key, not a number."""
    from cmo.normalise import is_accession_number

    assert not is_accession_number("Franke_2005_LB_10757413_12")
    assert is_accession_number("mdl-20345") and is_accession_number("CN-02103847")
