"""The readers on the exports of a user trial (tests/data/trial/): DOIs taken from links, author lists joined with
"and", and placeholders where a database names no author."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.bib.readers import bibtex, endnote, named_authors, ris, wos
from cmo.bib.readers.ris import split_author_value
from cmo.normalise import doi_in_url, is_citation_key
from cmo.sheets.records import read_records
from cmo.textio import decode_file

TRIAL = DATA / "trial"


def read(reader, name: str):
    return reader.read(decode_file(TRIAL / name).text, name)


# 1. A DOI from a link: only a resolver's link or a publisher's /doi/ landing page names one.


def test_a_cochrane_central_record_page_is_no_doi():
    """CENTRAL's `UR` was read as the DOI `10.1002/central/cn-01599999/full`, so the record was not linked to the paper."""
    (record,) = read(ris, "cochrane_central.ris").records
    assert record.doi is None
    assert record.url == "https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01599999/full"


@pytest.mark.parametrize(
    "url,doi",
    [
        ("https://doi.org/10.1186/1741-7015-11-21", "10.1186/1741-7015-11-21"),
        ("https://doi.org//10.1002/14651858.CD012345.pub2", "10.1002/14651858.CD012345.pub2"),  # Cochrane's own UR
        ("http://dx.doi.org/10.1016/S2215-0366(20)30200-1?via=ihub", "10.1016/S2215-0366(20)30200-1"),
        ("dx.doi.org/10.1111/jpm.12700", "10.1111/jpm.12700"),
        ("https://doi.org/10.1002/%28SICI%291097-4571%28199806%2949%3A8", "10.1002/(SICI)1097-4571(199806)49:8"),
        ("https://onlinelibrary.wiley.com/doi/full/10.1111/jpm.12700", "10.1111/jpm.12700"),
        ("https://onlinelibrary.wiley.com/doi/10.1111/j.1365-2923.2012.04231.x/abstract", "10.1111/j.1365-2923.2012.04231.x"),
        ("https://www.tandfonline.com/doi/abs/10.1080/09638237.2020.1844876?journalCode=ijmh20", "10.1080/09638237.2020.1844876"),
        ("https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01599999/full", None),
        ("https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD012345.pub2/full", "10.1002/14651858.CD012345.pub2"),
        ("https://example.org/search?q=https://doi.org/10.1186/1741-7015-11-21", None),  # doi.org only in the query
        ("https://doi.org.example.com/10.1186/1741-7015-11-21", None),
        ("https://link.springer.com/article/10.1007/s00127-020-01234-5", None),
        ("", None),
    ],
)
def test_a_doi_is_taken_from_a_link_only_where_the_link_names_one(url, doi):
    assert doi_in_url(url) == doi


def test_every_reader_takes_a_doi_from_a_link_by_the_one_rule():
    page = "https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01599999/full"
    bib = "@article{a, title={T}, author={Greenhalgh, T}, year={2018}, url={" + page + "}}\n"
    assert bibtex.read(bib, "a.bib").records[0].doi is None
    resolved = bib.replace(page, "https://doi.org/10.2196/jmir.8924")
    assert bibtex.read(resolved, "a.bib").records[0].doi == "10.2196/jmir.8924"
    enw = f"%0 Journal Article\n%A Greenhalgh, T\n%T T\n%D 2018\n%U {page}\n"
    assert endnote.read(enw, "a.enw").records[0].doi is None
    assert endnote.read(enw.replace(page, "https://doi.org/10.2196/jmir.8924"), "a.enw").records[0].doi == "10.2196/jmir.8924"


# 2. Author lists joined with "and".


def test_rayyan_authors_joined_with_and_are_each_an_author():
    """Rayyan's `Schlief, M. and Saunders, K. R. K. and Johnson, S.` was one author, cited "Schlief 2022"."""
    records = read_records(decode_file(TRIAL / "rayyan.csv").text, "rayyan.csv").records
    assert [r.authors for r in records] == [
        ["Schlief, M.", "Saunders, K. R. K.", "Johnson, S."],
        ["Wong, G.", "Greenhalgh, T.", "Westhorp, G.", "Buckingham, J.", "Pawson, R."],
        ["O'Brien, S.", "Ní Bhriain, Á."],
        ["Müller, J."],
    ]


@pytest.mark.parametrize(
    "value,names",
    [
        ("Smith J and Jones K", ["Smith, J.", "Jones, K."]),
        ("Achterbergh R, van der Helm JJ and Wu E", ["Achterbergh, R.", "van der Helm, J. J.", "Wu, E."]),
        ("Smith, J. AND Jones, K.", ["Smith, J.", "Jones, K."]),
        # an organisation's name holds "and": not every piece is a person's name, so it stays whole
        ("Centre for Reviews and Dissemination", ["Centre for Reviews and Dissemination"]),
        ("Department of Health and Social Care, UK", ["Department of Health and Social Care, UK"]),
        ("Johnson and Johnson, Inc.", ["Johnson and Johnson, Inc."]),
        ("Smith, J. and World Health Organization", ["Smith, J. and World Health Organization"]),
        ("Anderson, Andrew", ["Anderson, Andrew"]),
    ],
)
def test_a_list_joined_with_and_is_split_only_into_names_of_people(value, names):
    assert split_author_value(value) == names


# 3. Placeholders where a database names no author.


def test_scopus_no_author_name_available_is_no_author():
    """The erratum got the key `noauthornameavailabl2022erratum` and the reference "[No author name available] (2022)"."""
    records = read_records(decode_file(TRIAL / "scopus.csv").text, "scopus.csv").records
    erratum = next(r for r in records if r.title.startswith("Erratum"))
    assert erratum.authors == []
    assert all(not a.startswith("[") for r in records for a in r.authors)


def test_web_of_science_anonymous_is_no_author_and_a_group_author_is_kept():
    first, anonymous, _ = read(wos, "web_of_science.txt").records
    assert anonymous.authors == []
    assert first.authors == ["Smith, J", "Jones, K", "COVID-19 Mental Health Study Group"]


def test_bibtex_and_others_stays_the_one_mark_that_the_list_goes_on():
    """`and others` is kept as "others", which citations render "et al." (cmo.bib.citations._is_others); "et al."
    written as a name becomes the same mark, once."""
    (record,) = read(bibtex, "google_scholar.bib").records
    assert record.authors == ["Smith, John", "others"]
    assert named_authors(["Smith, J", "et al.", "others", "[Anonymous]", "Anonymous", "No authorship indicated", " "]) == [
        "Smith, J",
        "others",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "TY  - JOUR\nAU  - [No author name available]\nTI  - Erratum\nPY  - 2022\nER  - \n",
        "TY  - JOUR\nAU  - Anonymous\nTI  - Erratum\nPY  - 2022\nER  - \n",
    ],
)
def test_ris_placeholders_are_no_author(text):
    (record,) = ris.read(text, "a.ris").records
    assert record.authors == []


def test_bibtex_placeholders_are_no_author():
    bib = "@article{a, title={Erratum}, author={{[No author name available]}}, year={2022}}\n"
    assert bibtex.read(bib, "a.bib").records[0].authors == []


# 4. PubMed ids where a database puts them, and database numbers that are no citation keys.


def _tag_of_each_record(text: str, tag: str) -> list[str | None]:
    values = []
    for block in text.split("\nER  -")[:-1]:
        found = [line[6:].strip() for line in block.splitlines() if line.startswith(f"{tag}  - ")]
        values.append(found[0] if found else None)
    return values


def test_scopus_ris_gives_its_pubmed_id_in_c2_and_its_article_number_in_c7(corpus):
    """The real Scopus export: C2 is the PubMed id (168 of 213 records), C7 an article number where there are no pages."""
    text = decode_file(corpus / "ris" / "msm_scopus.ris").text
    records = ris.read(text, "msm_scopus.ris").records
    c2, c7, sp = (_tag_of_each_record(text, tag) for tag in ("C2", "C7", "SP"))
    assert [record.pmid for record in records] == c2 and sum(map(bool, c2)) == 168
    without_pages = [(record.pages, number) for record, number, start in zip(records, c7, sp) if number and not start]
    assert without_pages and all(pages == number for pages, number in without_pages)


@pytest.mark.parametrize(
    "lines, pmid",
    [
        ("DB  - Embase\nDB  - Medline\nU2  - L621234567\nC5  - 29625956\n", "29625956"),  # embase.com
        ("N1  - Accession Number: 157123456. Language: English. NLM UID: 101598421. PMID: NLM35767691.\n", "35767691"),
        ("U2  - PMID: NLM35767691.\n", "35767691"),  # EBSCO (CINAHL)
        ("C2  - PMC5678901\n", None),  # EndNote: C2 is the PMCID
        ("C2  - 30855670\n", None),  # C2 without Scopus named: a custom field, maybe anything
        ("C5  - 29625956\n", None),
        ("N1  - PMCID: 5678901\n", None),
    ],
)
def test_a_pmid_is_taken_only_where_the_record_says_it_is_one(lines, pmid):
    text = f"TY  - JOUR\nTI  - Real-world implementation of video outpatient consultations\nPY  - 2018\n{lines}ER  - \n"
    assert ris.read(text, "t.ris").records[0].pmid == pmid


@pytest.mark.parametrize(
    "value, is_key",
    [
        ("Smith2020", True),
        ("greenhalgh2018real", True),
        ("impactsecurecare", True),
        ("friends:leia:dvd", True),
        ("895", False),  # EndNote's record number
        ("CN-02103847", False),  # Cochrane CENTRAL
        ("L621234567", False),  # Embase
        ("2020-32669-001", False),  # PsycINFO
        ("WOS:000654321000012", False),
        ("ITEM-1", False),
        ("http://zotero.org/users/1/items/ABCD", False),
        ("", False),
    ],
)
def test_a_citation_key_is_told_from_a_database_number(value, is_key):
    assert is_citation_key(value) is is_key


def test_two_endnote_files_numbering_their_records_from_1_do_not_clash(tmp_path, cmo):
    """EndNote writes `ID - 1, 2, 3…` in every file: those became citation keys, and the second file's records were
    all renamed '1-2', '2-2' with a problem each. Now each source gets an author-year key; the record keeps its number."""
    first = "TY  - JOUR\nID  - 1\nAU  - Greenhalgh, Trisha\nTI  - Real-world implementation of video consultations\n"
    second = "TY  - JOUR\nID  - 1\nAU  - Saul, Jessie E.\nTI  - A time-responsive tool for informing policy making\n"
    first, second = first + "PY  - 2018\nER  - \n", second + "PY  - 2013\nER  - \n"
    (tmp_path / "a.ris").write_text(first, encoding="utf-8")
    (tmp_path / "b.ris").write_text(second, encoding="utf-8")
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(tmp_path / "a.ris"), str(tmp_path / "b.ris"))
    assert "already names" not in result.output
    listed = cmo("sources", "list").output
    assert "greenhalgh2018real" in listed and "saul2013time" in listed
    assert "\t1\t" not in listed and "1-2" not in listed


@pytest.mark.parametrize("pages, kind", [("BP 11\nEP 22\n", "article"), ("AR e38239\n", "article"), ("", "book")])
def test_web_of_science_book_series_with_pages_is_a_paper_in_it(pages, kind):
    """`PT S` is a book series: a record with pages is one paper of a volume (cited as an article), not the book."""
    text = "FN Clarivate Analytics Web of Science\nVR 1.0\nPT S\nAU Greenhalgh, T\nTI Realist methods\nSO MEDICAL EDUCATION\n"
    text += f"SE Medical Education Series\nVL 52\n{pages}PY 2018\nER\n\nEF\n"
    assert wos.read(text, "savedrecs.txt").records[0].type == kind


def test_google_scholar_howpublished_url_is_the_link_not_the_container():
    text = (
        "@misc{nhs2021remote,\n  title={Remote mental health care during COVID-19},\n  author={{NHS Confederation}},\n"
        "  year={2021},\n  howpublished={\\url{https://www.nhsconfed.org/publications/remote-mental-health}}\n}\n"
        "@misc{who2020,\n  title={Guidance},\n  author={{WHO}},\n  year={2020},\n  howpublished={World Health Organization}\n}\n"
    )
    web, report = bibtex.read(text, "scholar.bib").records
    assert (web.url, web.container) == ("https://www.nhsconfed.org/publications/remote-mental-health", "")
    assert (report.url, report.container) == (None, "World Health Organization")


def test_a_table_of_records_reads_date_medline_pmid_and_first_and_last_page_columns():
    """Trial A: embase.com's Excel ('Medline PMID', 'First Page') and a grey-literature sheet ('Date') lost them."""
    text = (
        "Title,Authors,Date,Medline PMID,First Page,Last Page\n"
        "Real-world implementation of video outpatient consultations,Greenhalgh T.,29/06/2018,29625956,e150,e160\n"
    )
    (record,) = read_records(text, "embase.csv").records
    assert (record.year, record.pmid, record.pages) == (2018, "29625956", "e150-e160")
