"""Session 40b, readers: what the testers of trials AL and AM and the re-check of AJ found in the records they ingested.

AL 4. A grey CSV row with an unquoted comma was read with shifted columns, silently.
AL 5. CINAHL's 'Page Count' was not read beside its 'First Page'.
AL 7. An Ovid label written with its abbreviation in brackets ("Digital Object Identifier (DOI)") was kept unread.
AM 4, AM 5. Publish or Perish: StartPage/EndPage unread; a web site as a CITATION's journal; a journal's name cut "…".
R1. "Body (Person N)" in a grey list's author column: the body is the author, the person noted.
R3. A report number in brackets at the end of a title was read as a part of a series.
AM 14. Scopus's BibTeX issue with its month ("10 October").

Each rule is tested alone on another topic (housing, walking groups, dental care, school meals), then through
`cmo ingest` where a user meets it. Every test fails on the code before.
"""

from __future__ import annotations

from contextlib import closing

from cmo.bib.dedupe import PEOPLE_NAMED, Deduplicator, conflicts
from cmo.bib.readers import ReadResult, read_parts
from cmo.sheets.records import CUT_JOURNAL, HOST, read_records


def _sources(cmo):
    from cmo.commands.review import open_review

    with closing(open_review(cmo.folder).store) as store:
        return {source.key: source for source in store.sources()}


# --- AL 4: a row with more cells than its header ---------------------------------------------------------------------


def test_a_row_with_more_cells_than_its_header_is_read_where_one_join_fits_and_said():
    text = "Title,Year,Author,URL\nRough sleeping in winter, a count,2019,Shelter,https://example.org/count\n"
    result = read_records(text, "grey.csv")
    (record,) = result.records
    assert (record.title, record.year, record.authors) == ("Rough sleeping in winter, a count", 2019, ["Shelter"])
    assert any("grey.csv: line 2" in warning and "'Title'" in warning for warning in result.warnings)


def test_a_row_with_more_cells_than_its_header_that_two_joins_fit_is_a_problem_naming_its_line(cmo, tmp_path):
    path = tmp_path / "grey.csv"
    path.write_text(
        "Title,Author,Year,Type,URL\n"
        "Dental care in care homes, a survey,Healthwatch England,2021,Report,https://example.org/dental\n"
        "School meals and attainment,Education Policy Institute,2020,Report,https://example.org/meals\n",
        encoding="utf-8",
    )
    result = read_records(path.read_text(encoding="utf-8"), "grey.csv")
    assert [record.title for record in result.records] == ["School meals and attainment"]
    (problem,) = result.problems
    assert problem.line == 2 and "'Title' or 'Author'" in problem.message
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(path), code=1)
    assert "grey.csv" in said.output + said.stderr
    assert [source.title for source in _sources(cmo).values()] == ["School meals and attainment"]


def test_empty_cells_after_the_last_column_are_no_more_cells():
    text = "Title,Author,Year\nWalking groups for older people,Age UK,2018,,\n"
    result = read_records(text, "walk.csv")
    assert [record.authors for record in result.records] == [["Age UK"]] and not result.problems


# --- AL 5: a first page and a count of pages --------------------------------------------------------------------------


def test_a_first_page_and_a_page_count_give_the_range():
    text = "Article Title,Authors,Journal Title,Publication Date,First Page,Page Count\n"
    text += 'Fluoride varnish in nursery schools,"Ng, Lin",Community Dental Health,2016,211,7\n'
    text += 'A one-page note on dental care,"Ng, Lin",Community Dental Health,2016,9,1\n'
    assert [record.pages for record in read_records(text, "cinahl.csv").records] == ["211-217", "9"]


# --- AL 7: an Ovid label with its abbreviation in brackets ----------------------------------------------------------


def _ovid(label: str) -> str:
    return (
        "<1>\nUnique Identifier\n  30111111\nAuthors\n  Ahmed S\nTitle\n  Walking groups and loneliness in later life.\n"
        f"Year of Publication\n  2018\n{label}\n  https://dx.doi.org/10.1000/walk.2018.1\n"
    )


def test_an_ovid_label_with_its_abbreviation_in_brackets_is_the_field_it_names():
    (record,) = ReadResult.joined(read_parts("ovid", _ovid("Digital Object Identifier (DOI)"), "ovid.txt")).records
    assert record.doi == "10.1000/walk.2018.1"


def test_an_unknown_ovid_label_holding_a_doi_is_said_with_its_line():
    result = ReadResult.joined(read_parts("ovid", _ovid("Object Ident"), "ovid.txt"))
    assert result.records[0].doi is None and result.records[0].extra["Object Ident"]
    assert any("ovid.txt: line 10" in warning and "Object Ident" in warning for warning in result.warnings)


# --- AM 4, AM 5: Publish or Perish ------------------------------------------------------------------------------------

_POP = (
    "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,Type,Volume,Issue,StartPage,EndPage,AuthorCount\n"
    '12,"K Osei, M Lund…",School meals and attainment in primary schools,2019,Journal of school …,Wiley,'
    "https://example.org/meals,PDF,41,2,120,131,6\n"
    "0,Education Policy Institute,Free school meals: an evidence review,2020,epi.org.uk,,"
    "https://epi.org.uk/fsm-review,CITATION,,,,,1\n"
)


def test_publish_or_perish_pages_cut_journal_names_and_web_sites_are_read_for_what_they_are():
    article, page = read_records(_POP, "pop.csv").records
    assert article.pages == "120-131" and article.container == "" and article.extra[CUT_JOURNAL] == "Journal of school …"
    assert article.type == "article" and article.authors == ["Osei, K.", "Lund, M.", "others"]
    assert page.container == "" and page.extra[HOST] == "epi.org.uk" and page.type != "article"


def test_a_publish_or_perish_citation_of_a_web_page_links_with_the_grey_list_row_of_the_same_report(cmo, tmp_path):
    (tmp_path / "pop.csv").write_text(_POP, encoding="utf-8")
    (tmp_path / "grey.csv").write_text(
        "Title,Author / Organisation,Year,Document type,URL\n"
        "Free school meals: an evidence review,Education Policy Institute,2020,Evidence review,https://epi.org.uk/fsm-review\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "pop.csv"))
    assert "cut short" in said.stderr and "Journal of school …" in said.stderr
    cmo("ingest", str(tmp_path / "grey.csv"))
    sources = _sources(cmo)
    assert len(sources) == 2
    (review,) = [source for source in sources.values() if source.title.startswith("Free")]
    assert len(review.records) == 2 and review.grey


# --- R1: a body with the people who wrote for it in brackets ----------------------------------------------------------


def test_a_body_with_a_person_in_brackets_is_the_author_and_the_person_is_noted():
    text = "Organisation / author,Year,Title\nShelter (Reeve K),2019,Sofa surfing among young people\n"
    text += "National Institute for Health and Care Excellence (NICE),2015,Older people in care homes\n"
    sofa, care = read_records(text, "grey.csv").records
    assert sofa.authors == ["Shelter"] and sofa.extra[PEOPLE_NAMED] == "Reeve, K."
    assert care.authors == ["National Institute for Health and Care Excellence (NICE)"]


def test_a_bodys_record_naming_a_person_and_the_persons_record_of_the_same_report_link(cmo, tmp_path):
    (tmp_path / "grey.csv").write_text(
        "Organisation / author,Year,Title,URL\n"
        "Shelter (Reeve K),2019,Sofa surfing among young people,https://example.org/files/sofa-surfing.pdf\n",
        encoding="utf-8",
    )
    (tmp_path / "zotero.bib").write_text(
        "@techreport{reeve_sofa_2019,\n title = {Sofa surfing among young people},\n author = {Reeve, Kesia},\n"
        " institution = {Shelter},\n year = {2019},\n url = {https://example.org/files/sofa-surfing.pdf},\n}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"))
    cmo("ingest", str(tmp_path / "zotero.bib"))
    (source,) = _sources(cmo).values()
    assert source.authors == ["Shelter"] and len(source.records) == 2


# --- R3: a report number in brackets is no part of a series -----------------------------------------------------------


def _titled(title: str):
    return read_records(f'Title,Author,Year\n"{title}","Osei, Kofi",2015\n', "grey.csv").records[0]


def test_a_report_number_in_brackets_is_no_part_number():
    title = "Free school meals in infant schools: evaluation of the universal offer, final report"
    numbered, plain, part = _titled(f"{title} (DFE-RR420)"), _titled(title), _titled(f"{title} (part 2)")
    assert conflicts(numbered, plain) == []
    dedupe = Deduplicator()
    dedupe.add("osei2015", plain)
    assert dedupe.match(numbered) == "osei2015"
    assert conflicts(part, plain)


# --- AM 14: Scopus's issue with its month -----------------------------------------------------------------------------


def test_an_issue_written_with_its_month_is_the_issue_alone():
    text = "@ARTICLE{Ng2023,\n author={Ng, L.},\n title={Fluoride varnish},\n journal={Caries Research},\n"
    text += " year={2023},\n volume={57},\n number={3 March},\n pages={1-9}\n}\n"
    (record,) = ReadResult.joined(read_parts("bibtex", text, "scopus.bib")).records
    assert record.issue == "3" and record.extra["month"] == "3"
