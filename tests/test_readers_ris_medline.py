"""RIS and MEDLINE readers and the decoding layer, against the real exports in shared/corpus."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from cmo.bib.readers import medline, ris
from cmo.errors import BadInput, CmoError
from cmo.textio import decode_file, sniff_format

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"

# Counted by hand with grep ("^TY  -", "^PMID-"); the BOM'd first line of the EndNote file too.
RIS_COUNTS = {
    "iebh_bluelight_sr.ris": 102,
    "msm_cochrane_central.ris": 15,
    "msm_included_fulltext.ris": 108,
    "msm_ovid_medline.ris": 190,
    "msm_ovid_psycinfo.ris": 157,
    "msm_proquest.ris": 66,
    "msm_scopus.ris": 213,
}
MEDLINE_COUNTS = {"iebh_bluelight_sr.nbib": 80}


def corpus_file(*parts: str) -> Path:
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"corpus file {path} is not present")
    return path


def read_ris(name: str) -> tuple[str, ris.ReadResult]:
    decoded = decode_file(corpus_file("ris", name))
    return decoded.text, ris.read(decoded.text, name)


def read_medline(name: str) -> tuple[str, medline.ReadResult]:
    decoded = decode_file(corpus_file("medline", name))
    return decoded.text, medline.read(decoded.text, name)


def by_key(records, key):
    return next(record for record in records if (record.key or record.provenance.key) == key)


# --- every corpus file: no record lost -------------------------------------------------------


def test_every_corpus_ris_file_has_an_expected_count():
    present = {path.name for path in (CORPUS / "ris").glob("*.ris")} if CORPUS.exists() else set()
    assert present <= set(RIS_COUNTS), f"add counts for {sorted(present - set(RIS_COUNTS))}"


NOTICES = {"msm_scopus.ris": 1}
"""The records each corpus file types as a notice about another work, named by line as the reader reads them."""


@pytest.mark.parametrize("name, expected", sorted(RIS_COUNTS.items()))
def test_ris_file_reads_one_record_per_ty_line(name, expected):
    text, result = read_ris(name)
    lines = text.split("\n")
    assert len(re.findall(r"^TY  -", text, re.MULTILINE)) == expected
    assert len(result.records) == expected
    notices = [problem for problem in result.problems if "a notice about another work" in problem.message]
    assert len(notices) == NOTICES.get(name, 0)  # Scopus types Hart 2018's "Correction: …" 'M3  - Erratum' (helper H6)
    assert [problem for problem in result.problems if problem not in notices] == []
    assert result.warnings == []
    assert sniff_format(text) == "ris"
    for record in result.records:
        assert lines[record.provenance.line - 1].startswith("TY  -")
        assert record.provenance.format == "ris" and record.provenance.file == name
        assert record.title
        assert all(len(value) <= ris.EXTRA_LIMIT for value in record.extra.values())
    assert len({record.provenance.line for record in result.records}) == expected
    assert sum(1 for record in result.records if record.year) >= expected - 1


@pytest.mark.parametrize("name, expected", sorted(MEDLINE_COUNTS.items()))
def test_medline_file_reads_one_record_per_pmid_line(name, expected):
    text, result = read_medline(name)
    lines = text.split("\n")
    assert len(re.findall(r"^PMID- ", text, re.MULTILINE)) == expected
    assert len(result.records) == expected
    assert result.problems == [] and result.warnings == []
    assert sniff_format(text) == "medline"
    for record in result.records:
        assert lines[record.provenance.line - 1] == f"PMID- {record.pmid}"
        assert record.key == "" and record.provenance.key == record.pmid  # ingest makes a citation key
        assert record.title and record.year and record.container


# --- known records -----------------------------------------------------------------------------


def test_ovid_medline_numbering_lines_and_legacy_tags():
    text, result = read_ris("msm_ovid_medline.ris")
    assert text.startswith("1. \nTY  - JOUR")
    first = result.records[0]
    assert first.provenance.line == 2
    assert first.provenance.key == first.pmid == "32487818" and first.key == ""
    assert first.title == "Syndemic theory, structural violence and HIV among African-Americans."
    assert first.authors == ["Godley, Bria A", "Adimora, Adaora A"]
    assert first.year == 2020
    assert first.doi == "10.1097/COH.0000000000000634"
    assert first.container == "Current opinion in HIV and AIDS"
    assert first.abstract.startswith("PURPOSE: of review")
    assert first.extra["JA"] == "Curr Opin HIV AIDS"
    assert all(record.pmid for record in result.records)


def test_psycinfo_doi_url_and_tag_after_er():
    _, result = read_ris("msm_ovid_psycinfo.ris")
    first = by_key(result.records, "2020-32669-001")
    assert first.doi == "10.1007/s10461-020-02917-y"
    assert first.pmid is None
    assert first.extra["NL"] == "AIDS Behav"
    assert len(first.extra["M1"]) == ris.EXTRA_LIMIT
    assert first.pages != "No-Specified"


def test_endnote_bom_first_record_and_short_page_range():
    _, result = read_ris("iebh_bluelight_sr.ris")
    first = result.records[0]
    assert first.provenance.key == "895" and first.key == "" and first.original_type == "JOUR"
    assert first.pmid == "29657938"
    assert first.doi == "10.4103/abr.abr_99_17"
    assert first.extra["KW"] == "Acne; Antirrhinum majus; Propionibacterium acnes; blue light"
    charakida = next(record for record in result.records if record.pmid == "15301568")
    assert charakida.pages == "211-216"
    assert charakida.authors[0] == "Charakida, A."


def test_cochrane_trial_records_are_grey_with_registry_ids_set_apart():
    _, result = read_ris("msm_cochrane_central.ris")
    registrations = [r for r in result.records if r.url and "clinicaltrials.gov" in r.url]
    assert registrations and all(record.type == "webpage" and record.grey for record in registrations)
    trial = by_key(result.records, "CN-02103847")
    assert trial.authors == []
    assert trial.extra["registration"] == "NCT04381559"
    assert trial.url == "https://clinicaltrials.gov/show/NCT04381559"
    listed = next(r for r in result.records if "Van Der Helm, J. J." in r.authors)
    assert listed.authors == [
        "Achterbergh, R.",
        "Van Der Helm, J. J.",
        "Van De Brink, W.",
        "Matser, A. A.",
        "De Vries, H. J. C.",
    ]


def test_cochrane_journal_articles_exported_as_elec_are_peer_reviewed_articles():
    """CENTRAL exports journal articles as `TY  - ELEC`: a journal name with a volume or pages
    makes them articles, so they are not counted as grey literature."""
    _, result = read_ris("msm_cochrane_central.ris")
    article = by_key(result.records, "CN-01958679")
    assert (article.original_type, article.container, article.volume) == ("ELEC", "BMC public health", "18")
    assert article.type == "article" and not article.grey
    in_journals = [r for r in result.records if r.original_type == "ELEC" and r.container and (r.volume or r.pages)]
    assert len(in_journals) > 1 and all(r.type == "article" and not r.grey for r in in_journals)


def test_psycinfo_dissertations_are_theses_and_grey():
    """PsycINFO lists dissertations as `TY  - JOUR` in Dissertation Abstracts International."""
    _, result = read_ris("msm_ovid_psycinfo.ris")
    thesis = by_key(result.records, "2018-21183-018")
    assert thesis.original_type == "JOUR"
    assert thesis.type == "thesis" and thesis.grey
    assert all(r.type == "thesis" for r in result.records if "Dissertation Abstracts" in r.container)


def test_scopus_types_and_huge_notes_are_kept_compact():
    _, result = read_ris("msm_scopus.ris")
    kinds = {(record.original_type, record.type) for record in result.records}
    assert {("JOUR", "article"), ("CHAP", "chapter"), ("SER", "book"), ("BOOK", "book")} <= kinds
    assert result.records[0].doi == "10.1080/09540121.2020.1739218"
    assert result.records[0].pages == "57-64"
    assert result.records[0].key == "" and result.records[0].provenance.key == "ris1"
    assert max(len(record.extra.get("N1", "")) for record in result.records) == ris.EXTRA_LIMIT


def test_proquest_accession_is_the_record_key_but_neither_citation_key_nor_pmid():
    _, result = read_ris("msm_proquest.ris")
    first = result.records[0]
    assert first.provenance.key == "2385861734" and first.key == ""
    assert first.pmid is None
    assert first.container == "Journal of Homosexuality"


def test_medline_fau_names_cn_corporate_author_and_doi():
    _, result = read_medline("iebh_bluelight_sr.nbib")
    first = by_key(result.records, "29657938")
    assert first.authors[0] == "Shahtalebi, Mohammad Ali"
    assert first.doi == "10.4103/abr.abr_99_17"
    assert first.container == "Advanced biomedical research"
    assert first.type == "article" and not first.grey
    assert first.url == "https://pubmed.ncbi.nlm.nih.gov/29657938/"
    assert first.abstract.endswith("must be performed.")
    task_force = by_key(result.records, "18688101")
    assert task_force.authors == ["Khunger, Niti", "IADVL Task Force"]


def test_medline_and_ris_exports_of_one_review_share_identifiers():
    _, from_ris = read_ris("iebh_bluelight_sr.ris")
    _, from_medline = read_medline("iebh_bluelight_sr.nbib")
    ris_dois = {record.doi for record in from_ris.records if record.doi}
    medline_dois = {record.doi for record in from_medline.records if record.doi}
    shared_dois = ris_dois & medline_dois
    shared_pmids = {r.pmid for r in from_ris.records} & {r.pmid for r in from_medline.records}
    assert len(shared_dois) >= 50, f"only {len(shared_dois)} shared DOIs"
    assert len(shared_pmids) == 80, f"only {len(shared_pmids)} shared PMIDs"


def test_medline_publication_types_set_type_and_grey():
    text = (
        "PMID- 1\nTI  - A meeting abstract\nPT  - Congress\nJT  - Some Journal\nDP  - 2019\n\n"
        "PMID- 2\nTI  - A preprint\nPT  - Preprint\nDP  - 2021 Jan\nAU  - Smith JA\n"
    )
    first, second = medline.read(text, "t.nbib").records
    assert (first.type, first.grey, first.container) == ("conference", True, "Some Journal")
    assert (second.type, second.grey, second.year) == ("unpublished", True, 2021)
    assert second.authors == ["Smith, J. A."]


# --- sniffing ----------------------------------------------------------------------------------


def test_medline_saved_as_ris_or_txt_is_sniffed_as_medline(tmp_path):
    source = corpus_file("medline", "iebh_bluelight_sr.nbib").read_bytes()
    for name in ("export.ris", "export.txt"):
        path = tmp_path / name
        path.write_bytes(source)
        assert sniff_format(decode_file(path).text) == "medline"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1. \nTY  - JOUR\nTI  - x\nER  -\n", "ris"),
        ("Provider: JSTOR\n\nTY  -  JOUR\nER  - \n", "ris"),
        ("% a comment\n@article{key,\n title = {TY  - no}}\n", "bibtex"),
        ("  @Book (key,\n)\n", "bibtex"),
        ("PMID- 123\nTI  - A title\n", "medline"),
        ("OWN - NLM\nSTAT- MEDLINE\n", "medline"),
        ("just some notes\nnothing bibliographic\n", None),
        ("", None),
    ],
)
def test_sniff_format(text, expected):
    assert sniff_format(text) == expected


def test_corpus_bibtex_is_sniffed_as_bibtex():
    decoded = decode_file(corpus_file("bibtex", "wos_export_borealis_1.bib"))
    assert sniff_format(decoded.text) == "bibtex"


# --- decoding ----------------------------------------------------------------------------------


def test_utf8_bom_and_crlf_are_removed(tmp_path):
    path = tmp_path / "bom.ris"
    path.write_bytes(b"\xef\xbb\xbfTY  - JOUR\r\nTI  - Caf\xc3\xa9\r\nER  - \r\n")
    decoded = decode_file(path)
    assert decoded.text == "TY  - JOUR\nTI  - Café\nER  - \n"
    assert (decoded.encoding, decoded.warning) == ("utf-8", None)
    assert ris.read(decoded.text, "bom.ris").records[0].title == "Café"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(tmp_path, encoding):
    path = tmp_path / "wide.ris"
    path.write_bytes("TY  - JOUR\r\nTI  - Café in Łódź\r\nER  - \r\n".encode(encoding))
    decoded = decode_file(path)
    assert decoded.encoding == encoding and "UTF-16" in decoded.warning
    assert ris.read(decoded.text, "wide.ris").records[0].title == "Café in Łódź"


def test_bare_cr_line_ends_become_newlines(tmp_path):
    path = tmp_path / "mac.ris"
    path.write_bytes(b"TY  - JOUR\rTI  - Old Mac\rER  - \r")
    assert decode_file(path).text == "TY  - JOUR\nTI  - Old Mac\nER  - \n"


def test_windows_1252_is_detected_with_a_warning(tmp_path):
    path = tmp_path / "legacy.ris"
    text = "TY  - JOUR\r\nTI  - Café – naïve “résumé” at 5 µg\r\nAU  - Müller, Jürgen\r\nER  - \r\n"
    path.write_bytes(text.encode("cp1252"))
    decoded = decode_file(path)
    assert decoded.encoding == "cp1252"
    assert "Windows-1252" in decoded.warning and str(path) in decoded.warning
    record = ris.read(decoded.text, path.name).records[0]
    assert record.title == "Café – naïve “résumé” at 5 µg"
    assert record.authors == ["Müller, Jürgen"]


def test_exports_joined_from_utf8_and_windows_1252_keep_every_name(tmp_path):
    """`cat` of a UTF-8 export and an older Windows-1252 one: read line by line, not wholly in one guessed code page
    (which had turned "Siobhán" into "Siobh谩n" by reading it all as GB18030)."""
    utf8 = "TY  - JOUR\nTI  - Nurses' experiences\nAU  - O'Brien, Siobhán\nAU  - Ní Bhriain, Áine\nPY  - 2021\nER  - \n\n"
    legacy = "TY  - JOUR\nTI  - Ergebnisse der Videotherapie für Menschen\nAU  - Müller, Jürgen\nPY  - 2020\nER  - \n"
    path = tmp_path / "joined.ris"
    path.write_bytes(utf8.encode("utf-8") + legacy.encode("cp1252"))
    decoded = decode_file(path)
    assert decoded.text == utf8 + legacy
    assert decoded.encoding == "utf-8+cp1252"
    assert "except for 2 lines (the first is 9)" in decoded.warning and "Windows-1252" in decoded.warning
    authors = [record.authors for record in ris.read(decoded.text, path.name).records]
    assert authors == [["O'Brien, Siobhán", "Ní Bhriain, Áine"], ["Müller, Jürgen"]]


def test_gbk_corpus_file_is_read_as_chinese():
    path = corpus_file("bibtex", "bibtexparser_gbk_encoded.bib")
    decoded = decode_file(path)
    assert decoded.encoding == "gb18030"
    assert "凯撒" in decoded.text and "测试期刊" in decoded.text
    assert decoded.warning and "bibtexparser_gbk_encoded.bib" in decoded.warning


def test_gzip_is_recognised_by_its_bytes_not_its_name(tmp_path):
    source = corpus_file("medline", "iebh_bluelight_sr.nbib").read_bytes()
    for name in ("pubmed.nbib", "pubmed.nbib.gz"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(source))
        decoded = decode_file(path)
        assert sniff_format(decoded.text) == "medline"
        assert len(medline.read(decoded.text, name).records) == 80


def test_broken_gzip_names_the_file(tmp_path):
    path = tmp_path / "broken.ris.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    with pytest.raises(BadInput, match="broken.ris.gz"):
        decode_file(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "picture.ris"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xd8")
    with pytest.raises(BadInput, match="picture.ris"):
        decode_file(path)


def test_missing_file_and_directory_name_the_path(tmp_path):
    with pytest.raises(CmoError, match="nowhere.ris"):
        decode_file(tmp_path / "nowhere.ris")
    with pytest.raises(CmoError, match="directory"):
        decode_file(tmp_path)


# --- bad input: reported with its line, the rest read -----------------------------------------

GOOD = "TY  - JOUR\nTI  - Good {n}\nAU  - Doe, Jane\nPY  - 2020\nER  - \n\n"


def test_ris_tag_lines_without_ty_are_a_problem_with_their_line():
    text = GOOD.format(n=1) + "TI  - Lost its TY line\nAU  - Roe, R\nER  - \n\n" + GOOD.format(n=2)
    result = ris.read(text, "damaged.ris")
    assert [r.title for r in result.records] == ["Good 1", "Good 2"]
    assert [(p.file, p.line) for p in result.problems] == [("damaged.ris", 7)]


def test_ris_garbage_between_records_is_a_problem_but_ovid_furniture_is_not():
    text = (
        "Search history: peer support\n\n1. \n"
        + GOOD.format(n=1)
        + "Link to the Ovid Full Text or citation: http://example\n\n"
        + "%%% garbage \x07 block\nmore garbage\n\n2. \n"
        + GOOD.format(n=2)
    )
    result = ris.read(text, "junk.ris")
    assert len(result.records) == 2
    assert [p.line for p in result.problems] == [12]
    assert result.warnings == ["junk.ris line 1: text before the first RIS record was skipped."]


def test_ris_empty_record_is_a_problem_and_missing_er_is_a_warning():
    text = "TY  - JOUR\nER  - \n\n" + GOOD.format(n=1).replace("ER  - \n", "") + GOOD.format(n=2)
    text = text.rstrip("\n").removesuffix("ER  - ")
    result = ris.read(text, "t.ris")
    assert [r.title for r in result.records] == ["Good 1", "Good 2"]
    assert [p.line for p in result.problems] == [1]
    assert len(result.warnings) == 2 and "line 4" in result.warnings[0]


def test_ris_repeated_tag_after_er_is_not_glued_to_the_record():
    text = GOOD.format(n=1).replace("ER  - \n\n", "ER  - \nTI  - Stray\n\n") + GOOD.format(n=2)
    result = ris.read(text, "t.ris")
    assert [r.title for r in result.records] == ["Good 1", "Good 2"]
    assert [p.line for p in result.problems] == [6]


def test_ris_type_mapping_keeps_the_original_type():
    kinds = ["JOUR", "CHAP", "CONF", "CPAPER", "RPRT", "THES", "ELEC", "WEB", "GEN", "SER", "ODD"]
    text = "".join(f"TY  - {kind}\nTI  - T\nER  - \n" for kind in kinds)
    records = ris.read(text, "t.ris").records
    assert [(r.original_type, r.type) for r in records] == list(
        zip(
            kinds,
            [
                "article",
                "chapter",
                "conference",
                "conference",
                "report",
                "thesis",
                "webpage",
                "webpage",
                "misc",
                "book",
                "misc",
            ],
        )
    )
    assert [r.grey for r in records] == [False, False, True, True, True, True, True, True, True, False, True]
    assert [r.provenance.key for r in records][:2] == ["ris1", "ris2"] and not records[0].key


def test_ris_doi_from_url_pmid_from_pubmed_link_and_corporate_author():
    text = (
        "TY  - RPRT\nTI  - Guidance\nAU  - World Health Organization\nAU  - Wu E\n"
        "UR  - https://www.tandfonline.com/doi/full/10.1080/ABC.2019.1?af=R\n"
        "L2  - https://pubmed.ncbi.nlm.nih.gov/31234567/\nER  - \n"
    )
    record = ris.read(text, "t.ris").records[0]
    assert record.authors == ["World Health Organization", "Wu, E."]
    assert record.doi == "10.1080/ABC.2019.1"
    assert record.pmid == "31234567"
    assert record.grey


def test_medline_garbage_block_is_a_problem_with_its_line():
    text = "PMID- 1\nTI  - First\n\nthis is not medline\nneither is this\n\nPMID- 2\nTI  - Second\nstray line inside\n"
    result = medline.read(text, "p.nbib")
    assert [r.title for r in result.records] == ["First", "Second"]
    assert [(p.file, p.line) for p in result.problems] == [("p.nbib", 4)]
    assert "line 9" in result.warnings[0]


@pytest.mark.parametrize(
    "database, accession, pmid",
    [
        ("Ovid MEDLINE(R) <2018 to Present>", "32345678", "32345678"),
        ("Embase", "632345678", None),
        ("ProQuest Central", "2385861734", None),
    ],
)
def test_ris_accession_number_is_a_pmid_only_from_medline(database, accession, pmid):
    text = f"TY  - JOUR\nTI  - T\nDB  - {database}\nAN  - {accession}\nER  - \n"
    record = ris.read(text, "t.ris").records[0]
    assert record.pmid == pmid
    assert record.provenance.key == accession and record.key == ""  # an accession number is no citation key


LINE_FORMAT_FILES = [
    *(f"ris/{p.name}" for p in sorted((CORPUS / "ris").glob("*.ris"))),
    *(f"medline/{p.name}" for p in sorted((CORPUS / "medline").glob("*"))),
]


@pytest.mark.parametrize("name", LINE_FORMAT_FILES or ["(no corpus)"])
def test_a_large_line_based_export_read_in_two_processes_gives_what_one_gives(monkeypatch, name):
    """RIS and MEDLINE files over a few MB are read in parts by two processes: every record, its line and
    its number (fallback keys are made from it), and every problem, as when the file is read whole."""
    from cmo.bib.readers import parallel, read_parts

    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    text = decode_file(path).text
    fmt = sniff_format(text)
    whole = list(read_parts(fmt, text, path.name))
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    parts = list(read_parts(fmt, text, path.name))
    assert len(parts) > 1 or len(whole[0].records) < 2
    records = [r.model_dump() for part in parts for r in part.records]
    assert records == [r.model_dump() for part in whole for r in part.records]
    problems = sorted((p.line, p.message) for part in parts for p in part.problems)
    assert problems == sorted((p.line, p.message) for part in whole for p in part.problems)


def test_web_of_science_in_two_processes_gives_what_one_gives(monkeypatch):
    from cmo.bib.readers import parallel, read_parts

    text = decode_file(Path(__file__).parent / "data" / "exports" / "web_of_science.txt").text * 3  # nine records
    whole = [r.model_dump() for part in read_parts("wos", text, "wos.txt") for r in part.records]
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    parts = list(read_parts("wos", text, "wos.txt"))
    assert len(parts) > 1 and [r.model_dump() for part in parts for r in part.records] == whole
    assert [r["provenance"]["line"] for r in whole][:4] == [3, 101, 180, 304]  # lines of the whole file


@pytest.mark.parametrize(
    ("start", "end", "pages"),
    [
        ("N.PAG", "N.PAG", ""),  # EBSCO (CINAHL, SPORTDiscus, Academic Search) for an article with no pages
        ("n.pag.", "", ""),
        ("e0231", "N.PAG", "e0231"),
        ("112", "119", "112-119"),  # must not fire: real pages
        ("PAG1", "", "PAG1"),
    ],
)
def test_ebsco_no_pagination_in_ris_is_no_page(start, end, pages):
    """EBSCOhost's RIS writes 'SP  - N.PAG' / 'EP  - N.PAG' for an online-only article; the reference list printed
    'N.PAG-N.PAG' as its pages (trial CE, a SPORTDiscus export). Tested on a CINAHL record about nurse handover."""
    lines = ["TY  - JOUR", "T1  - Bedside handover and patient involvement on acute wards.", "AU  - Okafor, Ada"]
    lines += [f"SP  - {start}"] + ([f"EP  - {end}"] if end else [])
    lines += ["JF  - Journal of Clinical Nursing", "DB  - CINAHL Complete", "ER  - ", ""]
    record = ris.read("\n".join(lines), "cinahl.ris").records[0]
    assert record.pages == pages
