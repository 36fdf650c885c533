"""The Cochrane Library's plain-text export and Ovid's labelled export.

The fixtures in tests/data/plain_text_exports (its README says where their layout comes from) are written as the
exporters write them: `cochrane_library_central.txt` in the
Cochrane Library's layout (its `Record #N of M` numbering of the whole result list, the `Provider:`/`Content:` lines
its RIS carries too, CRLF line ends, U+2010 page dashes, "PUBMED …" ids), from the CENTRAL records of three real trials
and a real Cochrane review; `ovid_medline_labelled.txt` and `ovid_psycinfo_labelled.txt` in Ovid's own saved layout
(search history, `<1>`, each field's name above its indented value; MEDLINE's "Unique Identifier"/"Authors", PsycInfo's
"Accession Number"/"Author") for the same and related works. Other layouts are written here, from other topics.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from cmo.bib.readers import read_parts
from cmo.textio import decode_file, sniff_format, sniff_labelled

EXPORTS = DATA / "exports"
PLAIN = DATA / "plain_text_exports"
CENTRAL = PLAIN / "cochrane_library_central.txt"
OVID_MEDLINE = PLAIN / "ovid_medline_labelled.txt"
OVID_PSYCINFO = PLAIN / "ovid_psycinfo_labelled.txt"


def _read(text: str, name: str = "export.txt"):
    fmt = sniff_format(text)
    parts = list(read_parts(fmt, text, name))
    return fmt, [record for part in parts for record in part.records], [p for part in parts for p in part.problems]


def _read_file(path: Path):
    return _read(decode_file(path).text, path.name)


def test_cochrane_plain_text_gives_every_field_a_reviewer_cites():
    fmt, records, problems = _read_file(CENTRAL)
    assert (fmt, problems) == ("cochrane", [])
    assert [r.provenance.key for r in records] == ["CN-00778158", "CN-02677909", "CN-02575572", "CD004807"]
    assert [r.provenance.line for r in records] == [1, 25, 52, 74]
    kim = records[1]
    assert kim.authors[:2] == ["Kim, JS", "Gilbert, JB"] and len(kim.authors) == 7  # as the RIS reader reads "Kim, JS"
    assert (kim.year, kim.container, kim.volume, kim.issue, kim.pages) == (
        2024,
        "Developmental psychology",
        "60",
        "7",
        "1279-1297",
    )
    assert (kim.doi, kim.pmid, kim.type, kim.grey) == ("10.1037/dev0001710", "38407106", "article", False)
    assert kim.title.startswith("Time to transfer: long-term effects")
    assert kim.abstract.startswith("We investigated the effectiveness of a sustained and spiraled content literacy")
    assert kim.extra["other ids"] == "EMBASE 643589775" and kim.url.endswith("/CN-02677909/full")
    assert records[2].authors == ["Arruabarrena, I", "Rivas, GR", "Cañas, M", "Paúl, J"]
    review = records[3]
    assert (review.container, review.issue, review.pages, review.publisher) == (
        "Cochrane Database of Systematic Reviews",
        "3",
        "CD004807",
        "John Wiley & Sons, Ltd",
    )
    assert (review.doi, review.type, review.extra["Cochrane group"]) == (
        "10.1002/14651858.CD004807.pub2",
        "article",
        "Consumers and Communication",
    )


def test_cochrane_plain_text_without_provider_lines_reads_names_without_commas_and_registry_records():
    text = (
        "Record #1 of 2\nID: CN-01123456\nAU: Hernández-López MJ\nAU: van der Berg K\nTI: Text message reminders for "
        "insulin adherence in adolescents with type 1 diabetes\nSO: Pediatric diabetes\nYR: 2015\nVL: 16\nNO: 5\n"
        "PG: 331‐338\nPM: PUBMED 25123456\nPT: Journal Article; Randomized Controlled Trial\nDOI: 10.1111/pedi.12345\n"
        "US: https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01123456/full\n\n\n"
        "Record #2 of 2\nID: CN-02234567\nTI: Texting to improve insulin adherence\n"
        "SO: https://clinicaltrials.gov/show/NCT01234567\nYR: 2014\nPT: Trial registry record\n"
        "XR: CTG NCT01234567\n"
    )
    fmt, records, problems = _read(text)
    assert (fmt, problems) == ("cochrane", [])
    trial, registered = records
    assert trial.authors == ["Hernández-López, M. J.", "van der Berg, K."]
    assert (trial.pages, trial.pmid, trial.issue, trial.original_type) == (
        "331-338",
        "25123456",
        "5",
        "Journal Article; Randomized Controlled Trial",
    )
    assert (registered.container, registered.url, registered.grey) == ("", "https://clinicaltrials.gov/show/NCT01234567", True)


def test_a_cochrane_record_with_nothing_to_cite_and_a_stray_line_are_one_problem_each_the_rest_is_read():
    text = (
        "Exported from the Cochrane Library\nRecord #1 of 3\nID: CN-03012345\nAU: Okafor C\nTI: Community health workers "
        "for hypertension control in rural Nigeria\nSO: Lancet global health\nYR: 2021\n\n"
        "Record #2 of 3\nKY: Hypertension; Rural Population\n\n"
        "Record #3 of 3\nID: CN-03012399\nTI: Salt substitutes in rural villages\nYR: 2020\n"
    )
    fmt, records, problems = _read(text, "central.txt")
    assert [r.provenance.key for r in records] == ["CN-03012345", "CN-03012399"]
    assert [(p.file, p.line) for p in problems] == [("central.txt", 1), ("central.txt", 9)]
    assert "not a Cochrane Library field" in problems[0].message and "skipped" in problems[1].message


def test_ovid_medline_labelled_export_reads_the_pmid_full_names_and_every_publication_type():
    fmt, records, problems = _read_file(OVID_MEDLINE)
    assert (fmt, problems) == ("ovid", [])
    bywater, arruabarrena = records
    assert bywater.authors == ["Bywater, Tracey", "Hutchings, Judy", "Whitaker, Christopher", "Evans, Catrin", "Parry, Lindsay"]
    assert (bywater.pmid, bywater.provenance.key, bywater.provenance.line) == ("21314913", "21314913", 11)
    assert (bywater.doi, bywater.year, bywater.volume, bywater.pages) == ("10.1186/1745-6215-12-39", 2011, "12", "39")
    assert bywater.container == "Trials [Electronic Resource]"
    assert (
        bywater.original_type
        == "Clinical Trial Protocol; Journal Article; Randomized Controlled Trial; Research Support, Non-U.S. Gov't"
    )
    assert (arruabarrena.container, arruabarrena.volume, arruabarrena.issue, arruabarrena.pages) == (
        "Psychosocial Intervention",
        "31",
        "1",
        "43-58",
    )


def test_ovid_psycinfo_labelled_export_keeps_accession_numbers_apart_from_pmids():
    fmt, records, problems = _read_file(OVID_PSYCINFO)
    assert (fmt, problems) == ("ovid", [])
    kim = records[0]
    assert (kim.provenance.key, kim.pmid, kim.doi) == ("2024-56133-001", None, "10.1037/dev0001710")
    assert kim.authors[:2] == ["Kim, James S", "Gilbert, Joshua B"] and len(kim.authors) == 7
    assert (kim.container, kim.volume, kim.issue, kim.pages, kim.year, kim.type) == (
        "Developmental Psychology",
        "60",
        "7",
        "1279-1297",
        2024,
        "article",
    )
    assert kim.abstract.endswith("a treatment or control condition.")
    assert kim.extra["Language"] == "English"


def test_ovid_labelled_names_on_one_line_and_article_numbers():
    """Embase writes its authors on one line between semicolons; a list with '. ' between the names is split only
    where every piece is a name, so one person's initials stay with them."""
    text = (
        "<1>\nAccession Number\n  638123456\nAuthor\n  Greenhalgh T.; Shaw S.; Wherton J.\nTitle\n  Real-world "
        "implementation of video outpatient consultations at macro, meso, and micro levels: Mixed-method study.\n"
        "Source\n  Journal of Medical Internet Research. 20 (4) (no pagination), 2018. Article Number: e150.\n\n"
        "<2>\nAuthors\n  Moreau L. Dubois-Petit A. Nguyen TH.\nTitle\n  Night shifts and sleep in nurses\n\n"
        "<3>\nAuthor\n  Buxton, Jane A.\nTitle\n  Naloxone kits in pharmacies\n"
    )
    fmt, records, problems = _read(text)
    assert (fmt, problems) == ("ovid", [])
    assert records[0].authors == ["Greenhalgh, T.", "Shaw, S.", "Wherton, J."]
    assert (records[0].volume, records[0].issue, records[0].pages) == ("20", "4", "e150")
    assert records[1].authors == ["Moreau, L.", "Dubois-Petit, A.", "Nguyen, T. H."]
    assert records[2].authors == ["Buxton, Jane A."]


def test_ovid_labelled_stray_lines_and_a_record_with_nothing_to_cite_are_one_problem_each():
    text = (
        "Saved from Ovid on Tuesday\n<1>\nTitle\n  Green space and mood in older adults\nNotes from the team\n"
        "Author\n  Larsen, Karin\n\n<2>\nLanguage\n  Danish\n\n<3>\nTitle\n  Park prescriptions\n"
    )
    fmt, records, problems = _read(text, "ovid.txt")
    assert [r.title for r in records] == ["Green space and mood in older adults", "Park prescriptions"]
    assert records[0].authors == ["Larsen, Karin"]
    assert sorted((p.file, p.line) for p in problems) == [("ovid.txt", 1), ("ovid.txt", 5), ("ovid.txt", 9)]


_EVERY_EXPORT = sorted(p for folder in (EXPORTS, PLAIN, DATA / "endnote_xml") for p in folder.iterdir() if p.suffix != ".md")


@pytest.mark.parametrize("path", _EVERY_EXPORT, ids=lambda path: path.name)
def test_no_other_export_is_taken_for_cochrane_or_ovid_labelled(path):
    text = decode_file(path).text
    expected = {CENTRAL.name: "cochrane", OVID_MEDLINE.name: "ovid", OVID_PSYCINFO.name: "ovid"}.get(path.name)
    assert sniff_labelled(text) == expected


def test_the_other_layouts_that_open_the_same_way_keep_their_formats():
    endnote_web_ris = (
        'Record #1 of 2\nProvider: Provider\nContent: text/plain; charset="UTF-8"\n1.\nTY  - JOUR\nTI  - A\nER  - \n'
    )
    assert sniff_format(endnote_web_ris) == "ris"
    assert sniff_format((EXPORTS / "ovid_embase_endnote.cgi").read_text()) == "ovid"
    _, records, _ = _read((EXPORTS / "ovid_embase_citavi.ovd").read_text())
    assert records and all(r.title for r in records)  # Ovid's tagged export is still read as tagged


def test_cochrane_and_ovid_labelled_exports_link_to_the_same_studies_from_ris(cmo, tmp_path):
    """A team's CENTRAL plain text, the same records as RIS, and Ovid MEDLINE's labelled export: one source per work."""
    ris = tmp_path / "central.ris"
    ris.write_text(
        "TY  - JOUR\nAN  - CN-00778158\nA1  - Bywater, T\nA1  - Hutchings, J\nT1  - The Incredible Years Therapeutic "
        "Dinosaur Programme to build social and emotional competence in Welsh primary schools: study protocol for a "
        "randomised controlled trial\nJA  - Trials\nPY  - 2011\nVL  - 12\nSP  - 39\nC3  - PUBMED 21314913\n"
        "DO  - 10.1186/1745-6215-12-39\nER  - \n\nTY  - JOUR\nAN  - CN-02677909\nA1  - Kim, JS\nT1  - Time to transfer: "
        "long-term effects of a sustained and spiraled content literacy intervention in the elementary grades\n"
        "JA  - Developmental psychology\nPY  - 2024\nVL  - 60\nIS  - 7\nSP  - 1279‐1297\nDO  - 10.1037/dev0001710\nER  - \n",
        encoding="utf-8",
    )
    cmo("ingest", str(CENTRAL), str(ris), str(OVID_MEDLINE), str(OVID_PSYCINFO))
    sources = cmo.json("sources", "list")
    assert len(sources) == 5  # 4 CENTRAL/CDSR works, and PsycInfo's Hutchings 2017 that no other export holds
    linked = {len(cmo.json("sources", "show", s["key"])["records"]) for s in sources}
    assert linked == {1, 2, 3}
    formats = {r["format"] for s in sources for r in cmo.json("sources", "show", s["key"])["records"]}
    assert {"cochrane", "ovid", "ris"} <= formats


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "embase.cgi",
            "<1>\nAccession Number\n  638123456\nAuthor\n  Greenhalgh T.; Shaw S.; Wherton J.\nTitle\n  Real-world "
            "implementation of video outpatient consultations at macro, meso, and micro levels: Mixed-method study.\n"
            "Source\n  Journal of Medical Internet Research. 20 (4) (no pagination), 2018. Article Number: e150.\n",
        ),
        (
            "central.txt",
            "Record #1 of 2\nID: CN-02012345\nAU: Núñez J\nTI: Patients' experiences of video consultations in "
            "psychiatry\nSO: Nordic journal of psychiatry\nYR: 2021\nVL: 75\nNO: 4\nPG: 245-253\n",
        ),
    ],
)
def test_the_exports_cmo_refused_before_are_ingested(cmo, tmp_path, name, content):
    """The two layouts test_readers_endnote_xml once refused ('cmo does not read') are read now."""
    cmo("init", str(cmo.folder))
    (tmp_path / name).write_text(content, encoding="utf-8")
    cmo("ingest", str(tmp_path / name))
    assert len(cmo.json("sources", "list")) == 1
