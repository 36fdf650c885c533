"""The readers on small real exports kept in tests/data/exports/, so a clone without ../shared tests them too.

Each fixture is whole records cut byte for byte from a real export (see tests/data/README.md): the BOM,
CRLF line ends and legacy encoding are the exporter's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from cmo.bib.readers import bibtex, csl, medline, ovid, ris, wos
from cmo.sheets.records import read_records
from cmo.textio import decode_file, sniff_format

EXPORTS = DATA / "exports"
READERS = {"bibtex": bibtex, "ris": ris, "medline": medline, "wos": wos, "ovid": ovid, "csl": csl}
READERS["table"] = type("TableReader", (), {"read": staticmethod(read_records)})  # a CSV of records is read as a sheet

FIXTURES = {
    # name: (format, encoding, records, problems)
    "endnote.ris": ("ris", "utf-8", 8, 0),
    "pubmed.nbib": ("medline", "utf-8", 8, 0),
    "zotero_biblatex.bib": ("bibtex", "utf-8", 7, 0),
    "mendeley.bib": ("bibtex", "utf-8", 8, 2),
    "jabref.bib": ("bibtex", "utf-8", 5, 0),
    "endnote.bib": ("bibtex", "utf-8", 1, 0),
    "qiqqa.bib": ("bibtex", "utf-8", 2, 0),
    "gbk_encoded.bib": ("bibtex", "gb18030", 1, 0),
    "web_of_science.txt": ("wos", "utf-8", 3, 0),
    "embase.csv": ("table", "utf-8", 6, 0),
    "ovid_embase_citavi.ovd": ("ovid", "utf-8", 2, 0),
    "ovid_embase_endnote.cgi": ("ovid", "utf-8", 2, 0),
    "zotero_better_csl.json": ("csl", "utf-8", 6, 1),
    "zotero_csl_dates.json": ("csl", "utf-8", 15, 0),
    "cinahl_ebsco.ris": ("ris", "utf-8", 1, 0),
    "cmo_export_guidance.bib": ("bibtex", "utf-8", 1, 0),
    "lilacs_bvs.ris": ("ris", "utf-8", 1, 0),
    "lilacs_bvs_damaged_line.ris": ("ris", "utf-8", 1, 1),
    "psycinfo_ovid.ris": ("ris", "utf-8", 1, 0),
    "scielo.bib": ("bibtex", "utf-8", 1, 0),
}


def read(name: str):
    decoded = decode_file(EXPORTS / name)
    fmt = sniff_format(decoded.text) or "table"
    return decoded, fmt, READERS[fmt].read(decoded.text, name)


def records(name: str) -> dict:
    return {record.key or record.provenance.key: record for record in read(name)[2].records}


def test_every_fixture_has_an_expectation():
    assert {path.name for path in EXPORTS.iterdir()} == set(FIXTURES)


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_export_is_sniffed_decoded_and_read_whole(name):
    decoded, fmt, result = read(name)
    assert (fmt, decoded.encoding, len(result.records), len(result.problems)) == FIXTURES[name]
    for problem in result.problems:
        assert problem.file == name and problem.line >= 1 and problem.message


def test_the_fixtures_keep_the_exporters_bytes():
    """What the readers must cope with is in the files: a cleaned-up fixture would test nothing."""
    endnote, pubmed = (EXPORTS / "endnote.ris").read_bytes(), (EXPORTS / "pubmed.nbib").read_bytes()
    assert endnote.startswith(b"\xef\xbb\xbfTY  - JOUR\r\n") and b"\r\nER  - \r\n" in endnote
    assert pubmed.startswith(b"PMID- 29657938\r\n") and b"\n      " in pubmed  # wrapped lines, 6-space indent
    (EXPORTS / "gbk_encoded.bib").read_bytes().decode("gbk")
    with pytest.raises(UnicodeDecodeError):
        (EXPORTS / "gbk_encoded.bib").read_bytes().decode("utf-8")


def test_endnote_ris_fields():
    first = records("endnote.ris")["895"]
    assert first.doi == "10.4103/abr.abr_99_17" and first.year == 2018 and first.type == "article"
    assert first.authors[:2] == ["Shahtalebi, M. A.", "Asghari, G. R."]
    assert first.title.startswith("Formulation of Herbal Gel of Antirrhinum majus Extract")


def test_pubmed_medline_fields():
    found = records("pubmed.nbib")
    first = found["29657938"]
    assert first.pmid == "29657938" and first.doi == "10.4103/abr.abr_99_17"
    assert first.authors[:2] == ["Shahtalebi, Mohammad Ali", "Asghari, Gholam Reza"]
    assert first.title.endswith("Evaluation of its Anti-Propionibacterium acne Effects.")  # a wrapped line, joined
    assert "IADVL Task Force" in found["18688101"].authors  # a corporate author (CN)
    assert found["12817196"].authors == [] and found["12817196"].title.startswith("Blue light (clearlight)")


def test_zotero_biblatex_grey_literature():
    found = records("zotero_biblatex.bib")
    assert {key for key, record in found.items() if record.grey} == {
        "2013",
        "bargheer2015",
        "buddenbohm2016",
        "researchdatanetherlands2014",
    }
    assert found["buddenbohm2016"].type == "report" and found["2013"].type == "webpage"
    assert found["researchdatanetherlands2014"].authors == ["Research Data Netherlands"]
    assert found["altman2013"].authors[:2] == ["Altman, Micah", "Crosas, Mercè"]


def test_keyless_entries_are_named_and_reported():
    _, _, mendeley = read("mendeley.bib")
    keys = [record.key for record in mendeley.records]
    assert keys.count("Scales2015") == 1 and {"Scales2015-2", "Scales2015-3"} <= set(keys)
    # helper H6: keyed as any record with no key is (by ingest), said once for the file, never by a made-up key
    assert sum(record.key == "" and "-line" in record.provenance.key for record in mendeley.records) == 2
    assert sum("no citation key" in warning for warning in mendeley.warnings) == 1
    assert not any("no citation key" in problem.message for problem in mendeley.problems)
    _, _, endnote = read("endnote.bib")
    assert endnote.records[0].authors[:2] == ["Huang, Y.", "Mucke, L."] and endnote.records[0].key == ""
    assert any("no citation key" in warning for warning in endnote.warnings)


def test_jabref_qiqqa_and_gbk():
    jabref = records("jabref.bib")
    assert list(jabref) == ["Abu-Zeid_1986", "Adachi_1989", "Agekyan_1974", "Agekyan_1975", "Agekyan_1975_B"]
    assert jabref["Agekyan_1975"].authors[1] == "Kuz'mina, I. P."
    assert records("qiqqa.bib")["kuhne2006matters"].authors == ["Kühne, Thomas"]
    decoded, _, gbk = read("gbk_encoded.bib")
    assert gbk.records[0].authors == ["凯撒"] and decoded.warning and "not UTF-8" in decoded.warning


def test_one_search_in_two_formats_is_linked_not_added(cmo):
    """The EndNote RIS and the PubMed MEDLINE export share five records: ingesting both adds three sources."""
    cmo("init", str(cmo.folder))
    first = cmo.json("ingest", str(EXPORTS / "endnote.ris"))
    assert first["added"] == 8
    second = cmo.json("ingest", str(EXPORTS / "pubmed.nbib"), code=None)
    assert (second["read"], second["merged"], second["added"]) == (8, 5, 3)
    listing = cmo.json("sources", "list")
    linked = [s for s in listing if {Path(r["file"]).name for r in s["records"]} == {"endnote.ris", "pubmed.nbib"}]
    assert len(listing) == 11 and len(linked) == 5


def test_web_of_science_plain_text_fields():
    """Continuation lines are one more author (AU, AF) but the rest of a title (TI); full names (AF) win."""
    found = records("web_of_science.txt")
    first = found["WOS:000401190100002"]
    assert first.authors == ["Sun, Zhiwei", "Russell, Thomas P."]
    assert first.title == (
        "In situ grazing incidence small-angle X-ray scattering study of solvent vapor annealing in "
        "lamellae-forming block copolymer thin films: Trade-off of defects in deswelling"
    )
    assert (first.year, first.doi, first.volume, first.issue, first.pages) == (2017, "10.1002/polb.24346", "55", "13", "980-989")
    assert first.type == "article" and first.container == "JOURNAL OF POLYMER SCIENCE PART B-POLYMER PHYSICS"
    assert first.provenance.line == 3 and first.provenance.format == "wos"
    assert first.abstract.startswith("Solvent vapor annealing (SVA)")
    assert len(found["WOS:000397685000005"].authors) == 9
    assert (EXPORTS / "web_of_science.txt").read_bytes().startswith(b"\xef\xbb\xbfFN Thomson Reuters Web of Science")


def test_web_of_science_is_told_apart_from_medline_and_its_damage_is_named():
    assert sniff_format("PMID- 1\nPT  - Journal Article\n") == "medline"
    assert sniff_format("PT J\nAU Smith, J\nTI A title\nER\n") == "wos"
    damaged = "FN Clarivate Analytics Web of Science\nVR 1.0\nAU Orphan, A\nTI No PT line\nER\n\nPT J\nPY 2020\nER\nEF"
    result = wos.read(damaged, "cut.txt")
    assert [(p.line, p.message) for p in result.problems] == [
        (3, "tag lines with no 'PT' line before them (a damaged record); read as a record of their own."),
        (7, "Web of Science record has no title, author or identifier; skipped."),
    ]
    assert [r.title for r in result.records] == ["No PT line"]


def test_web_of_science_tab_delimited_export_is_read_like_the_plain_text_one(tmp_path):
    """The other text export Web of Science offers: a header row of the same tags, one row per record, names
    separated by '; ' (Windows users get it as UTF-16). Rows are the file's lines."""
    header = "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tPY\tVL\tIS\tBP\tEP\tDI\tUT"
    rows = [
        "J\tSmith, J; Jones, K\t\t\t\tSmith, Jane; Jones, Kim\t\t\tPeer support for new mothers\tBMC PREGNANCY CHILDB"
        "\t2021\t21\t3\t10\t20\t10.1186/s12884-021-00001-1\tWOS:000123456700001",
        "J\tLee, A\t\t\t\t\t\tWHO Collaborators\tCommunity health volunteers\tHEALTH POLICY PLAN\t2019\t\t\t\t\t\tWOS:000999",
    ]
    path = tmp_path / "savedrecs.txt"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("utf-16"))
    decoded = decode_file(path)
    assert sniff_format(decoded.text) == "wos"
    first, second = wos.read(decoded.text, path.name).records
    assert (first.title, first.authors, first.pages, first.provenance.line) == (
        "Peer support for new mothers",
        ["Smith, Jane", "Jones, Kim"],
        "10-20",
        2,
    )
    assert second.authors == ["Lee, A", "WHO Collaborators"] and second.provenance.key == "WOS:000999"


def test_embase_csv_fields():
    """Embase's CSV: authors as 'Liu R., Adler D.G.', journal, year, volume, issue and pages inside 'Source',
    the DOI only inside the OpenURL link."""
    first = read("embase.csv")[2].records[0]
    assert first.title == "Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound"
    assert first.authors == ["Liu, R.", "Adler, D. G."]
    assert (first.container, first.year, first.volume, first.issue, first.pages) == (
        "Endoscopic Ultrasound",
        2014,
        "3",
        "3",
        "152-160",
    )
    assert first.doi == "10.4103/2303-9027.138783" and first.type == "article" and first.provenance.line == 2
    assert first.abstract.startswith("Gastrointestinal tract duplication cysts are rare")


def test_a_scopus_csv_is_read_by_its_column_names_and_links_to_the_same_work_from_pubmed(cmo_factory, tmp_path):
    scopus = tmp_path / "scopus.csv"
    scopus.write_text(
        '"Authors","Author full names","Title","Year","Source title","Volume","Issue","Art. No.","Page start",'
        '"Page end","DOI","Link","Abstract","Document Type","EID"\n'
        '"Smith J.; Jones K.","Smith, John (57190000001); Jones, Kim (57190000002)","Peer support for new mothers",'
        '"2021","BMC Pregnancy and Childbirth","21","1","45","","","10.1186/s12884-021-00001-1","https://www.scopus.com/x",'
        '"Peer support works when...","Review","2-s2.0-85099999999"\n',
        encoding="utf-8",
    )
    pubmed = tmp_path / "pubmed.csv"
    pubmed.write_text(
        "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n"
        '33400000,Peer support for new mothers.,"Smith J, Jones K.",BMC Pregnancy Childbirth. 2021;21(1):45.,Smith J,'
        "BMC Pregnancy Childbirth,2021,2021/01/05,PMC7777777,,10.1186/s12884-021-00001-1\n",
        encoding="utf-8",
    )
    cmo = cmo_factory(tmp_path / "review")
    cmo("init", str(cmo.folder))
    summary = cmo.json("ingest", str(scopus), str(pubmed))
    assert (summary["added"], summary["merged"]) == (1, 1)
    [source] = cmo.json("sources", "list")
    shown = cmo.json("sources", "show", source["key"])
    assert shown["authors"] == ["Smith, John", "Jones, Kim"] and shown["pages"] == "45" and shown["pmid"] == "33400000"
    assert [r["format"] for r in shown["records"]] == ["table", "table"]
