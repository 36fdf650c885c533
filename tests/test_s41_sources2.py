"""S41 (second part): sources you can trust, as trial AQ found them (a body's report filed as a book by Google Scholar,
journal names' capitals, a grey list's publisher, a body's name with its initials, a route with a note); each rule
tested alone with works of other topics (health inequalities, road safety, child nutrition, air quality)."""

from __future__ import annotations

from cmo.bib.citations import better_journal_name, journal_names, reference
from cmo.bib.dedupe import conflicts
from cmo.bib.linking import link_record
from cmo.models import Provenance, Record, Source
from cmo.sheets.records import read_records


def _record(key: str, file: str = "a.bib", **values) -> Record:
    return Record(key=key, provenance=Provenance(file=file, line=1, key=key, format="bibtex"), **values)


def _source(key: str, **values) -> Source:
    return Source(key=key, records=[Provenance(file="a.bib", line=1, key=key, format="bibtex")], **values)


# --- AQ 6: Google Scholar's @book of a body's report, beside a grey list's row of it ---------------------------------

SCHOLAR_BOOK = """@book{marmot2010fair,
  title={Fair society, healthy lives: the marmot review},
  author={Marmot, Michael and Allen, Jessica and Goldblatt, Peter},
  year={2010},
  publisher={Institute of Health Equity London, UK}
}
"""
GREY_ROW = (
    "Title,Author(s),Year,Organisation / publisher,Type\n"
    'Fair Society Healthy Lives: The Marmot Review,"Marmot, M.; Allen, J.; Goldblatt, P.",2010,Institute of Health Equity,'
    "Report\n"
)


def test_a_book_and_a_report_of_one_year_title_and_authors_are_one_work(cmo, tmp_path):
    (tmp_path / "scholar.bib").write_text(SCHOLAR_BOOK, encoding="utf-8")
    (tmp_path / "grey.csv").write_text(GREY_ROW, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "scholar.bib"))
    cmo("ingest", str(tmp_path / "grey.csv"))
    [source] = cmo.json("sources", "list")
    assert len(source["records"]) == 2
    assert source["type"] == "report" and source["grey"] is True  # the grey list's type, never Scholar's @book
    assert source["title"] == "Fair Society Healthy Lives: The Marmot Review"
    assert cmo.json("sources", "show", source["key"])["publisher"] == "Institute of Health Equity"


def test_a_book_and_a_report_of_other_years_stay_apart():
    book = _record("a", type="book", title="Road safety in rural areas", year=2015, authors=["Hale, Anne"])
    report = _record("b", type="report", title="Road safety in rural areas", year=2019, authors=["Hale, Anne"])
    assert any("book work" in reason for reason in conflicts(book, report))
    same_year = report.model_copy(update={"year": 2015})
    assert not any("book work" in reason for reason in conflicts(book, same_year))


def test_a_linked_report_makes_a_book_a_report():
    book = _source("b", type="book", title="Child nutrition in schools", year=2018)
    linked = link_record(book, _record("r", type="report", title="Child nutrition in schools", year=2018, grey=True))
    assert (linked.type, linked.grey) == ("report", True)
    a_book = link_record(book, _record("o", type="book", title="Child nutrition in schools", year=2018))
    assert a_book.type == "book" and not a_book.grey


def test_a_title_whose_names_lost_their_capitals_takes_them_from_a_linked_record():
    lowered = _source("s", type="report", title="Clean air for london: the mayor's air quality strategy")
    cased = "Clean Air for London: The Mayor's Air Quality Strategy"
    assert link_record(lowered, _record("r", title=cased)).title == cased
    first_cased = _source("t", type="report", title=cased)
    assert link_record(first_cased, _record("r", title="Clean air for london: the mayor's air quality strategy")).title == cased


def test_a_publisher_with_its_city_after_it_takes_the_name_alone():
    placed = _source("s", type="report", title="Road deaths", publisher="Transport Research Laboratory Crowthorne, UK")
    named = link_record(placed, _record("r", title="Road deaths", publisher="Transport Research Laboratory"))
    assert named.publisher == "Transport Research Laboratory"
    other = link_record(placed, _record("r", title="Road deaths", publisher="Transport Scotland"))
    assert other.publisher == "Transport Research Laboratory Crowthorne, UK"


# --- AQ 7: a journal's capitals ------------------------------------------------------------------------------------


def test_an_acronym_journal_keeps_its_capitals_whichever_record_came_first():
    assert better_journal_name("CMAJ", "Cmaj") == ""
    assert better_journal_name("Cmaj", "CMAJ") == "CMAJ"
    assert better_journal_name("Thorax", "THORAX") == ""  # a word in capitals says no more than the word
    ovid_first = _source("s", type="article", container="CMAJ")
    assert link_record(ovid_first, _record("r", container="Cmaj")).container == "CMAJ"
    scholar_first = _source("s", type="article", container="Cmaj")
    assert link_record(scholar_first, _record("r", container="CMAJ")).container == "CMAJ"


def test_a_document_names_a_journal_by_its_form_with_more_capitals():
    names = journal_names(["Cmaj", "CMAJ", "Thorax", "THORAX"])
    assert names.get("Cmaj") == "CMAJ"
    assert names.get("THORAX", "Thorax") in ("Thorax", "THORAX") and "Thorax" not in names


def test_an_acronym_journal_a_database_gave_is_cited_and_exported_in_capitals(cmo, tmp_path):
    (tmp_path / "ovid.ris").write_text(
        "TY  - JOUR\nTI  - Speed cameras and road deaths in Ontario\nAU  - Chen, Wei\nPY  - 2016\nJF  - CMAJ\n"
        "VL  - 188\nIS  - 4\nSP  - 251\nEP  - 258\nER  - \n",
        encoding="utf-8",
    )
    (tmp_path / "scholar.bib").write_text(
        "@article{chen2016speed,\n  title={Speed cameras and road deaths in Ontario},\n  author={Chen, Wei},\n"
        "  journal={Cmaj},\n  volume={188},\n  number={4},\n  pages={251--258},\n  year={2016}\n}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "ovid.ris"), str(tmp_path / "scholar.bib"))
    [source] = cmo.json("sources", "list")
    cmo("select", "include", source["key"])
    cmo("export", "-o", str(tmp_path / "out.bib"))
    assert "journal = {CMAJ}" in (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert cmo.json("sources", "show", source["key"])["container"] == "CMAJ"


# --- AQ 8: a grey list's publisher column ----------------------------------------------------------------------------


def test_a_grey_lists_organisation_publisher_column_is_the_publisher():
    text = (
        "Title,Authors,Year,Organisation / publisher,Type\n"
        'Twenty mph zones and casualties,"Grundy, C.; Steinbach, R.",2008,London School of Hygiene,Report\n'
    )
    [record] = read_records(text, "grey.csv").records
    assert record.publisher == "London School of Hygiene"
    assert "organisation publisher" not in record.extra


def test_an_organisation_beside_the_authors_is_the_publisher():
    text = 'Title,Author,Organisation,Year\nWalking to school,"Hart, P.",Living Streets,2016\n'
    [record] = read_records(text, "grey.csv").records
    assert record.authors == ["Hart, P."] and record.publisher == "Living Streets"


def test_an_article_a_body_published_with_no_journal_is_grey():
    text = (
        "Title,Authors,Year,Publisher,Type\n"
        'Breakfast clubs in practice,"Ross, K.",2019,Magic Breakfast,Article\n'
        'Breakfast and attainment,"Ross, K.",2019,,Article\n'
    )
    issued, typed = read_records(text, "grey.csv").records
    assert issued.grey is True
    assert typed.grey is False  # no publisher either: as typed
    text_journal = 'Title,Authors,Year,Publisher,Type,Journal\nBreakfast clubs,"Ross, K.",2019,Wiley,Article,Child Care\n'
    [printed] = read_records(text_journal, "j.csv").records
    assert printed.grey is False


def test_a_report_number_in_the_type_column_is_cited():
    text = 'Title,Authors,Year,Publisher,Type\nDiesel and health,"Ng, T.",2017,Air Quality Expert Group,Research Report No. 12\n'
    [record] = read_records(text, "grey.csv").records
    work = _source("ng2017", **record.model_dump(exclude={"key", "provenance", "original_type"}))
    assert record.type == "report"
    assert "(Research Report No. 12)" in reference(work)


# --- AQ 9: a body's name with its initials in a display-name column ---------------------------------------------------


def test_a_body_with_its_initials_in_brackets_is_one_author_never_reversed():
    text = (
        "Title,Author(s),Year,Type\n"
        "Asthma guideline,Scottish Intercollegiate Guidelines Network (SIGN),2019,Guideline\n"
        "Asthma in children,Maria Lopez,2020,Report\n"
    )
    body, person = read_records(text, "grey.csv").records
    assert body.authors == ["Scottish Intercollegiate Guidelines Network (SIGN)"]
    assert person.authors == ["Lopez, Maria"]


# --- AQ 12: a route with a note after it -------------------------------------------------------------------------------


def test_a_route_with_a_note_after_it_is_that_route(cmo, tmp_path):
    (tmp_path / "grey.csv").write_text(
        "Title,Authors,Year,Type,Found via\n"
        'Cycle lanes and injuries,"Park, J.",2021,Report,Expert suggestion (steering group member)\n'
        'Cycle lanes and traffic,"Park, J.",2022,Report,Citation tracking - Park 2021\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "grey.csv"), "--origin", "website")
    assert "names no route" not in said.output
    origins = {source["year"]: source["origin"] for source in cmo.json("sources", "list")}
    assert origins == {2021: "expert suggestion", 2022: "citation tracking"}
