"""The readers on the exports of a user trial (tests/data/trial/): DOIs taken from links, author lists joined with
"and", and placeholders where a database names no author."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.bib.readers import bibtex, endnote, named_authors, ris, wos
from cmo.bib.readers.ris import split_author_value
from cmo.normalise import doi_in_url
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
        ("https://doi.org//10.1002/14651858.CD012345.pub2", "10.1002/14651858.cd012345.pub2"),  # Cochrane's own UR
        ("http://dx.doi.org/10.1016/S2215-0366(20)30200-1?via=ihub", "10.1016/s2215-0366(20)30200-1"),
        ("dx.doi.org/10.1111/jpm.12700", "10.1111/jpm.12700"),
        ("https://doi.org/10.1002/%28SICI%291097-4571%28199806%2949%3A8", "10.1002/(sici)1097-4571(199806)49:8"),
        ("https://onlinelibrary.wiley.com/doi/full/10.1111/jpm.12700", "10.1111/jpm.12700"),
        ("https://onlinelibrary.wiley.com/doi/10.1111/j.1365-2923.2012.04231.x/abstract", "10.1111/j.1365-2923.2012.04231.x"),
        ("https://www.tandfonline.com/doi/abs/10.1080/09638237.2020.1844876?journalCode=ijmh20", "10.1080/09638237.2020.1844876"),
        ("https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01599999/full", None),
        ("https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD012345.pub2/full", None),  # not at the path's start
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
