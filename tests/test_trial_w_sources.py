"""Trials W and Y: what testers found in sources and citations (trial W's files in `tests/data/trial_w`, see its README).

W2. A grey list's "Age UK" was read as a person "Age, U. K.", cited "Age 2018".
W6. The BibTeX export wrote a UK spreadsheet's access date as written (`urldate = {15/11/2026}`); biblatex needs ISO.
W7. References and the RIS export gave Lens.org's page of its record as the work's address beside its DOI.
W8. Authors depended on which file was read first: OpenAlex's "Bogdan Chiva Giurca" made "Giurca, Bogdan Chiva".
Y.  The report's "Other documents cited" showed internal keys; a body's key was cut at 20 letters
    ("mentalhealthfoundati2019peer"); journals kept MEDLINE's sentence case ("BMC psychiatry"), even beside a linked
    record's "Canadian Journal of Psychiatry" (MEDLINE's "… . Revue canadienne de psychiatrie").
Y7. A coding sheet's "Walker 2000 (abbreviation)" was not found by the abbreviation the record itself gives.

Each rule is tested alone with inputs from other topics, then on the testers' files. Every test fails on the code before.
"""

from __future__ import annotations

import re

from conftest import DATA

from cmo.bib.citations import cited_container, reference
from cmo.bib.linking import citation_key, link_record, new_source
from cmo.bib.readers.ris import split_author_value
from cmo.models import Provenance, Record, Source
from cmo.normalise import better_written, given_first_name, iso_date, record_page, title_case_name
from cmo.outputs.export import access_dates, to_bibtex, to_ris, unread_access_dates
from cmo.sheets.records import read_records

HERE = DATA / "trial_w"


def _record(line: int = 1, file: str = "a.ris", **values) -> Record:
    return Record(key="", provenance=Provenance(file=file, line=line, key=f"r{line}", format="ris"), **values)


def _source(key: str, file: str = "log.csv", **values) -> Source:
    return Source(key=key, records=[Provenance(file=file, line=1, key=key, format="table")], **values)


# --- W2. a body's name that ends in capitals -------------------------------------------------------------------------


def test_w2_a_body_whose_name_ends_in_a_places_acronym_or_holds_a_joining_word_stays_whole():
    for body in ("Carers UK", "Mind UK", "Save the Children UK", "Friends of the Earth", "Healthwatch NHS"):
        assert split_author_value(body) == [body], body
        assert given_first_name(body) == body, body  # an OpenAlex or BibTeX name given first: never "UK, Carers"
    for body in ("Mind Cymru", "Alzheimer's Society", "NICE"):
        assert split_author_value(body) == [body]


def test_w2_people_written_family_first_with_capital_initials_are_still_people():
    assert split_author_value("Smith JA") == ["Smith, J. A."]
    assert split_author_value("Ng K") == ["Ng, K."]
    assert split_author_value("Lee, K. M.") == ["Lee, K. M."]
    assert split_author_value("Williams JW Jr") == ["Williams, J. W., Jr"]
    assert split_author_value("Okafor AC, Patel UK") == ["Okafor, A. C.", "Patel, U. K."]  # a list names people
    assert given_first_name("Ahmed al Mansouri") == "al Mansouri, Ahmed" or given_first_name("Ahmed al Mansouri").endswith(
        ", Ahmed al"
    )


def test_w2_the_testers_grey_list_cites_age_uk_whole(cmo):
    records = read_records((HERE / "grey-min.csv").read_text(encoding="utf-8"), "grey-min.csv").records
    assert [record.authors for record in records] == [["Age UK"], ["Mind UK"]]
    assert citation_key(records[0]) == "ageuk2018testing"
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "grey-min.csv"), "--origin", "website")
    assert cmo.json("sources", "show", "ageuk2018testing")["citation"] == "Age UK 2018"
    assert cmo.json("sources", "show", "Age UK 2018")["key"] == "ageuk2018testing"


# --- W6. access dates as ISO 8601 ------------------------------------------------------------------------------------


def test_w6_access_dates_in_the_forms_people_write_them_are_read_as_iso():
    for written in ("15/11/2026", "2026-11-15", "2026-11-15 10:13:00", "2026/11/15/", "15 November 2026", "Nov 15, 2026"):
        assert iso_date(written) == "2026-11-15", written
    assert iso_date("11/15/2026") == "2026-11-15"  # the US order, told by its 15
    assert iso_date("March 2024") == "2024-03"
    assert iso_date("03/04/2026") is None  # either way round
    assert (iso_date("03/04/2026", day_first=True), iso_date("03/04/2026", day_first=False)) == ("2026-04-03", "2026-03-04")
    assert iso_date("31/04/2026") is None and iso_date("last week") is None


def test_w6_an_ambiguous_date_is_read_by_its_files_other_dates_else_kept_as_written_and_said():
    uk = [
        _source("a", "uk-log.csv", title="A", urldate="03/04/2026"),
        _source("b", "uk-log.csv", title="B", urldate="21/03/2026"),
    ]
    us = [_source("c", "us-log.csv", title="C", urldate="03/04/2026"), _source("d", "us-log.csv", title="D", urldate="3/21/2026")]
    alone = [_source("e", "other.csv", title="E", urldate="03/04/2026")]
    dates = access_dates(uk + us + alone)
    assert (dates["a"], dates["b"], dates["c"], dates["d"]) == ("2026-04-03", "2026-03-21", "2026-03-04", "2026-03-21")
    assert dates["e"] == "03/04/2026"
    said = unread_access_dates(uk + us + alone)
    assert len(said) == 1 and said[0].startswith("e: the access date '03/04/2026' is kept as written")


def test_w6_the_testers_uk_log_is_exported_with_iso_access_dates(cmo):
    records = read_records((HERE / "grey-log-min.csv").read_text(encoding="utf-8-sig"), "grey-log-min.csv").records
    assert records[0].urldate == "14/11/2026"  # the record keeps what was written
    sources = [
        _source(f"s{n}", "grey-log-min.csv", title=r.title, type="report", urldate=r.urldate) for n, r in enumerate(records)
    ]
    assert "urldate = {2026-11-14}," in to_bibtex(sources)
    assert "Y2  - 2026/11/14/" in to_ris(sources)
    assert "15/11/2026" not in to_bibtex(sources)


# --- W7. a database's page of its record is no address of the work ---------------------------------------------------


def test_w7_database_record_pages_are_told_from_the_works_own_pages():
    for page in (
        "https://www.lens.org/lens/scholar/article/001-234-567-890-123",
        "https://app.dimensions.ai/details/publication/pub.1100000001",
        "https://openalex.org/W2741809807",
        "https://europepmc.org/article/MED/31234567",
        "https://europepmc.org/abstract/MED/31234567",
        "https://pubmed.ncbi.nlm.nih.gov/31234567/",
        "https://www.embase.com/search/results?subaction=viewrecord&id=L605537210",
    ):
        assert record_page(page), page
    for work in (
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6543210/",
        "https://europepmc.org/article/PMC/PMC6543210",
        "https://www.gov.uk/government/publications/active-travel-strategy",
        "https://doi.org/10.1016/j.jth.2019.100784",
    ):
        assert not record_page(work), work


def test_w7_a_record_page_gives_way_to_the_doi_and_to_a_linked_records_own_page_and_stays_only_alone():
    lens = "https://lens.org/105-111-222-333-444"
    with_doi = new_source(
        _record(title="Cycling to school", doi="10.1016/j.jth.2019.100784", url=lens), {}, "database search", []
    )
    assert with_doi.url is None and "doi:10.1016/j.jth.2019.100784" in reference(with_doi)
    alone = new_source(_record(title="Cycling to school: a survey", url=lens), {}, "database search", [])
    assert alone.url == lens  # nothing else gives the work an address
    publisher = "https://www.sciencedirect.com/science/article/pii/S2214140519300784"
    linked = link_record(alone, _record(2, "b.csv", title="Cycling to school: a survey", url=publisher))
    assert linked.url == publisher
    doi_later = link_record(alone, _record(3, "c.csv", title="Cycling to school: a survey", doi="10.1/cyc"))
    assert doi_later.url is None and doi_later.doi == "10.1/cyc"


def test_w7_the_testers_lens_record_is_cited_and_exported_by_its_doi(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(HERE / "lens-min.ris"))
    shown = cmo.json("sources", "show", "husk2020approaches")
    assert shown["doi"] == "10.1111/hsc.12839" and shown["url"] is None
    source = Source.model_validate({k: v for k, v in shown.items() if k in Source.model_fields})
    assert "lens.org" not in to_ris([source]) and "lens.org" not in reference(source)


# --- W8. one person's name split as a record in Family, Given form splits it -----------------------------------------


def _linked(first: list[str], second: list[str]) -> list[str]:
    source = new_source(_record(title="Walking groups", authors=first), {}, "database search", [])
    return link_record(source, _record(2, "b.csv", title="Walking groups", authors=second)).authors


def test_w8_the_family_given_split_wins_over_a_display_names_whichever_came_first():
    display = [given_first_name(name) for name in ("Ana Lucía Pérez Gómez", "Tom Vander Berg", "Kim Lee")]
    structured = ["Pérez Gómez, Ana Lucía", "Vander Berg, Tom", "Lee, Kim"]
    assert display[0] == "Gómez, Ana Lucía Pérez"  # what a display name alone gives
    assert _linked(display, structured) == structured
    assert _linked(structured, display) == structured
    other = ["Pérez Gómez, Ana Lucía", "Brown, Tom", "Lee, Kim"]  # another name in one place: that one stays
    assert _linked(display, other) == ["Pérez Gómez, Ana Lucía", "Berg, Tom Vander", "Lee, Kim"]
    assert _linked(display, other[:2]) == display  # lists of different lengths are not lined up


def test_w8_the_testers_openalex_and_dimensions_files_give_the_same_names_in_either_order(cmo_factory, tmp_path):
    wanted = ["Morse, Daniel F.", "Chiva Giurca, Bogdan", "Østergaard Nielsen, Ruth"]
    for order, files in enumerate((("works-min.csv", "dimensions-min.csv"), ("dimensions-min.csv", "works-min.csv"))):
        cmo = cmo_factory(tmp_path / f"review{order}")
        cmo("init", str(cmo.folder))
        cmo("ingest", *(str(HERE / name) for name in files))
        (shown,) = cmo.json("sources", "list")
        assert shown["authors"] == wanted, files


# --- Y. keys, journal names, abbreviations ---------------------------------------------------------------------------


def test_y_a_long_bodys_key_uses_its_initials_never_a_cut_word():
    def key(author: str = "", publisher: str = "") -> str:
        return citation_key(
            _record(title="Peer support in schools", year=2019, authors=[author] if author else [], publisher=publisher)
        )

    assert key("Mental Health Foundation") == "mhf2019peer"
    assert key("Department of Health and Social Care") == "dhsc2019peer"
    assert key(publisher="WORLD HEALTH ORGANIZATION") == "who2019peer"
    assert key("NHS England") == "nhsengland2019peer"  # 20 letters or fewer: whole
    assert key("Gonzalez de la Fuente Martinez, Juan") == "gonzalezdelafuentema2019peer"  # a person's family name is cut


def test_y_journal_names_in_the_nlms_sentence_case_are_cited_in_title_case():
    assert title_case_name("Child and adolescent mental health") == "Child and Adolescent Mental Health"
    assert title_case_name("BMJ open") == "BMJ Open"
    assert title_case_name("npj digital medicine") == "npj Digital Medicine"
    assert title_case_name("Journal of the American Academy of Child and Adolescent Psychiatry").endswith(
        "of Child and Adolescent Psychiatry"
    )
    assert cited_container("Community mental health journal") == "Community Mental Health Journal"
    assert cited_container("News item", journal=False) == "News item"  # a web site's or a series' name is as written
    article = Source(key="k", title="Mentoring", type="article", container="Early intervention in psychiatry", year=2013)
    assert "Early Intervention in Psychiatry." in reference(article)


def test_y_a_publishers_name_is_preferred_to_the_nlms_with_its_translation_after_it():
    bilingual = "Journal of psychiatry & neuroscience. Revue de psychiatrie et de neuroscience"
    assert better_written(bilingual, "Journal of Psychiatry & Neuroscience") == "Journal of Psychiatry & Neuroscience"
    assert better_written("Journal of Psychiatry & Neuroscience", bilingual) == ""
    assert better_written("Journal of physics. Condensed matter", "Journal of Physics") == ""  # a section is no translation
    assert better_written("Acta crystallographica. Section D, Biological crystallography", "Acta Crystallographica") == ""


def test_y_the_report_lists_other_documents_cited_without_their_keys(demo, tmp_path):
    demo("select", "exclude", "aldersey2021training", "--reason", "training, not service delivery", code=1)
    for fmt in ("md", "html"):
        demo("report", "--format", fmt, "-o", str(tmp_path / f"report.{fmt}"))
    md = (tmp_path / "report.md").read_text(encoding="utf-8").split("## Other documents cited (not included)", 1)[1]
    section = md.split("\n## ", 1)[0]
    assert "Aldersey" in section and "aldersey2021training" not in section
    html = (tmp_path / "report.html").read_text(encoding="utf-8").split('<section id="other-references">', 1)[1]
    shown = re.sub(r"<[^>]*>", "", html.split("</section>", 1)[0])  # the words a reader sees, not the markup
    assert "Aldersey" in shown and "aldersey2021training" not in shown


def test_y7_a_citation_followed_by_the_records_own_journal_abbreviation_names_the_work(cmo, tmp_path):
    ris = tmp_path / "walker.ris"
    ris.write_text(
        "TY  - JOUR\nTI  - Influenza surveillance in long-term care\nAU  - Walker, Anne\nPY  - 2000\n"
        "T2  - Morbidity and Mortality Weekly Report\nJ2  - MMWR Morb Mortal Wkly Rep\nER  - \n\n"
        "TY  - JOUR\nTI  - Water fluoridation and caries\nAU  - Walker, Brian\nPY  - 2000\n"
        "T2  - American Journal of Public Health\nJ2  - Am J Public Health\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(ris))
    assert cmo.json("sources", "show", "Walker 2000 (Morb Mortal Wkly Rep)")["key"] == "walker2000influenza"
