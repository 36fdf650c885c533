"""Trials AA and AB, citations and records: a Google Scholar (Publish or Perish) row kept its DOI only in its address
and so stayed apart from the same paper PubMed gave (AA6); a lone "S Dorney-Smith" was keyed and cited whole (AA7);
one journal was named two ways in one reference list (AA12); "Ministry of Health, Kenya" lost its country (AB6); a
grey list's "Found via" column was never read (AB7); the Cochrane Library's page of a CENTRAL record stood as the
address of a journal article with a DOI (AB12). Each rule is tried here on records of other topics."""

from __future__ import annotations

from cmo.bib.citations import a_person, cited_authors, cited_container, citing, family_name, journal_names, reference
from cmo.bib.linking import citation_key, link_record, new_source
from cmo.models import Provenance, Record, Source
from cmo.sheets.records import read_records

# A Publish or Perish export on another topic (school meals and attainment): the DOI only in a publisher's address.
_POP = """Cites,Authors,Title,Year,Source,Publisher,ArticleURL,GSRank
40,"K Osei, L Brandt…",Free school meals and attainment: a cohort study,2019,Journal of child …,Wiley,https://onlinelibrary.wiley.com/doi/full/10.1111/jch.12931,1
12,L Brandt,Breakfast clubs in rural primary schools,2020,Education Review,tandfonline.com,https://www.tandfonline.com/doi/abs/10.1080/00131911.2020.1766420,2
9,"P Ruiz, T Okafor",Lunch queues and classroom behaviour,2018,School Health,sage,https://doi.org/10.1177/0022487118000001,3
"""

_PUBMED_COPY = """PMID- 31000001
TI  - Free school meals and attainment: a cohort study.
AU  - Osei K
AU  - Brandt L
AU  - Varga M
DP  - 2020 Jan
TA  - J Child Health
JT  - Journal of child health
VI  - 12
PG  - 44-52
AID - 10.1111/jch.12931 [doi]
SO  - J Child Health. 2020 Jan;12(1):44-52. Epub 2019 Jun 3.
"""


def test_a_scholar_row_takes_the_doi_its_publisher_address_names(tmp_path):
    dois = [record.doi for record in read_records(_POP, "pop.csv").records]
    assert dois == ["10.1111/jch.12931", "10.1080/00131911.2020.1766420", "10.1177/0022487118000001"]


def test_a_scholar_row_joins_the_database_record_of_its_doi_though_it_gives_the_online_first_year(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "pubmed.nbib").write_text(_PUBMED_COPY, encoding="utf-8")
    (tmp_path / "pop.csv").write_text(_POP, encoding="utf-8")
    cmo("ingest", str(tmp_path / "pubmed.nbib"), str(tmp_path / "pop.csv"), code=None)
    sources = {source["key"]: source for source in cmo.json("sources", "list")}
    meals = [key for key, source in sources.items() if "school meals" in source["title"]]
    assert len(meals) == 1 and sources[meals[0]]["year"] == 2020


def test_a_lone_author_written_initials_first_is_a_person_where_the_column_writes_names_so():
    breakfast = read_records(_POP, "pop.csv").records[1]
    assert breakfast.authors == ["Brandt, L."]
    assert citation_key(breakfast) == "brandt2020breakfast"
    source = new_source(breakfast, {}, "database search", [])
    assert cited_authors(source) == "Brandt"


def test_a_lone_initials_first_name_stays_whole_in_a_list_whose_other_rows_are_not_so_written():
    table = 'Title,Authors,Year\nReport on rail fares,HM Treasury,2019\nBus networks,"Smith, Jane; Okoro, Ada",2020\n'
    assert read_records(table, "grey.csv").records[0].authors == ["HM Treasury"]


def test_a_journal_written_two_ways_is_named_one_way_in_a_document():
    one = Source(key="a2020x", type="article", title="X one", year=2020, container="Journal of Crime & Justice")
    other = Source(key="b2021y", type="article", title="Y two", year=2021, container="Journal of Crime and Justice")
    assert journal_names([one.container, other.container]) == {"Journal of Crime & Justice": "Journal of Crime and Justice"}
    with citing([one, other]):
        assert cited_container(one.container) == cited_container(other.container) == "Journal of Crime and Justice"
        assert "Journal of Crime and Justice" in reference(one)
    assert cited_container(one.container) == "Journal of Crime & Justice"  # outside a document, as the source has it


def test_journals_with_other_names_are_left_alone():
    assert journal_names(["Addiction", "Addiction Research & Theory", "Addiction Research and Theory"]) == {
        "Addiction Research & Theory": "Addiction Research and Theory"
    }


def test_a_body_named_with_a_comma_is_cited_and_keyed_whole():
    assert not a_person("Department of Transport, Ireland")
    assert not a_person("Heriot-Watt University, Institute for Social Policy")
    assert a_person("van der Berg, Anna") and a_person("al Mansouri, Ahmed") and a_person("Okafor, C.")
    assert family_name("Department of Transport, Ireland") == "Department of Transport, Ireland"
    assert family_name("van der Berg, Anna") == "van der Berg"
    row = 'Title,Author / Organisation,Year\nRoad safety strategy 2021-2030,"Department of Transport, Ireland",2021\n'
    record = read_records(row, "grey.csv").records[0]
    assert record.authors == ["Department of Transport, Ireland"]
    assert citation_key(record) == "dotireland2021road"  # the name past 20 letters by its initials ("of" too), the country whole
    source = new_source(record, {}, "website", [])
    assert cited_authors(source) == "Department of Transport, Ireland"


def test_bodies_a_semicolon_lists_are_each_an_author():
    row = 'Title,Author / Organisation,Year\nFlood plan,"Ministry of Water, Ghana; Water Research Institute, Accra",2022\n'
    assert read_records(row, "grey.csv").records[0].authors == ["Ministry of Water, Ghana", "Water Research Institute, Accra"]


_GREY = """Title,Author / Organisation,Year,Type,URL,Found via
Library opening hours review,Arts Council,2019,report,,Expert suggestion
Reading for pleasure in prisons,Prison Reading Trust,2021,report,https://www.example.org/reading-prisons-2021,call for evidence
Mobile libraries in rural areas,Rural Libraries Network,2020,report,,a colleague's email
"""


def test_a_grey_list_found_via_column_gives_each_new_work_its_origin(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    (tmp_path / "grey.csv").write_text(_GREY, encoding="utf-8")
    done = cmo("ingest", str(tmp_path / "grey.csv"), "--origin", "website")
    said = done.stdout + done.stderr
    assert "'Found via'" in said and "row 4: 'a colleague's email'" in said and "cmo select origins" in said
    origins = {source["title"]: source["origin"] for source in cmo.json("sources", "list")}
    assert origins == {
        "Library opening hours review": "expert suggestion",
        "Reading for pleasure in prisons": "call for evidence",
        "Mobile libraries in rural areas": "website",
    }


def _record(line: int, **fields) -> Record:
    return Record(key="", type="article", provenance=Provenance(file="x.ris", line=line, key="", format="ris"), **fields)


def test_a_database_page_named_by_another_doi_is_not_the_address_of_an_article_with_a_doi():
    wos = _record(1, title="Cycling lanes and injuries", authors=["Ng, K."], year=2018, doi="10.1016/j.aap.2018.01.002")
    registry = _record(
        9,
        title="Cycling lanes and injuries",
        authors=["Ng, K."],
        year=2018,
        doi="10.1016/j.aap.2018.01.002",
        url="https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01555555/full",
    )
    source = link_record(new_source(wos, {}, "database search", []), registry)
    assert source.url is None
    assert new_source(registry, {}, "database search", []).url is None
    publisher = registry.model_copy(update={"url": "https://www.sciencedirect.com/doi/full/10.1016/j.aap.2018.01.002"})
    assert new_source(publisher, {}, "database search", []).url == publisher.url
    no_doi = registry.model_copy(update={"doi": None})
    assert new_source(no_doi, {}, "database search", []).url == registry.url  # nothing else to open it with
