"""S41: sources a review can trust, as trials AN, AO and AP found them; each rule tested alone with records of other
topics (school meals, falls prevention, youth sport, oral health, air quality, hand hygiene)."""

from __future__ import annotations

import re

from cmo.bib.citations import reference
from cmo.bib.linking import link_record, new_source
from cmo.bib.readers import ovid
from cmo.models import Provenance, Record, Source
from cmo.outputs.export import to_bibtex


def _record(line: int = 1, file: str = "a.ris", key: str = "", **values) -> Record:
    return Record(key=key, provenance=Provenance(file=file, line=line, key=key or f"r{line}", format="ris"), **values)


def _source(key: str, **values) -> Source:
    return Source(key=key, records=[Provenance(file="a.ris", line=1, key=key, format="ris")], **values)


# --- AO 6: one web address and year, one title written with other punctuation, a body's name two ways -----------------


def test_ao6_one_address_year_and_title_is_one_work_though_the_body_is_written_by_its_initials(cmo, tmp_path):
    """A government page's RIS record and a team's grey list row: straight vs curly apostrophes, " : " vs " — ", and the
    agency by its full name and a unit of it vs its acronym and the same unit. One address, year and title: one work."""
    (tmp_path / "gov.ris").write_text(
        "TY  - RPRT\nAU  - UK Health Security Agency. Air Quality Unit\n"
        "TI  - Air pollution near schools : children's exposure : advice for head teachers\nPY  - 2023\n"
        "UR  - https://www.gov.uk/government/publications/air-pollution-near-schools\nER  - \n",
        encoding="utf-8",
    )
    (tmp_path / "grey.csv").write_text(
        "Title,Author / organisation,Year,Type,URL\n"
        "Air pollution near schools — children’s exposure — advice for head teachers,UKHSA Air Quality Unit,"
        "2023,Report,https://www.gov.uk/government/publications/air-pollution-near-schools\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "gov.ris"))
    said = cmo("ingest", str(tmp_path / "grey.csv"))
    assert "kept as its own source" not in said.stderr
    [source] = cmo.json("sources", "list")
    assert len(source["records"]) == 2


def test_ao6_a_record_held_apart_at_one_address_says_why_in_its_own_words(cmo, tmp_path):
    """Two documents on one publication page, year alike: held apart for their titles, and said so (not "another title"
    when something else held them apart)."""
    (tmp_path / "a.ris").write_text(
        "TY  - RPRT\nAU  - Public Health Wales\nTI  - Falls prevention in care homes: a practice guide\nPY  - 2021\n"
        "UR  - https://phw.nhs.wales/publications/falls-care-homes\nER  - \n"
        "TY  - RPRT\nAU  - Public Health Wales\nTI  - Strength and balance classes for older people: an evaluation\n"
        "PY  - 2021\nUR  - https://phw.nhs.wales/publications/falls-care-homes\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "a.ris"), code=1)
    assert "the same web address and year as 'publichealthwales2021falls', but their titles differ: kept" in said.stderr


# --- AO 7: a linked record's fuller author list ---------------------------------------------------------------------


def test_ao7_a_linked_record_naming_more_of_the_same_authors_gives_the_work_its_fuller_list():
    first = _record(
        title="Whole-school oral health promotion: a cluster trial",
        year=2018,
        doi="10.1186/s12903-018-0001-1",
        authors=["Mensah, K.", "Okafor, C.", "Lindqvist, A."],
    )
    fuller = _record(
        line=9,
        file="library.bib",
        title=first.title,
        year=2018,
        doi=first.doi,
        authors=["Mensah, Kwame", "Okafor, C.", "Lindqvist, A.", "Haddad, R.", "Nguyen, T. T."],
    )
    source = link_record(new_source(first, {}, "database search", []), fuller)
    assert source.authors == ["Mensah, Kwame", "Okafor, C.", "Lindqvist, A.", "Haddad, R.", "Nguyen, T. T."]
    assert "author = {Mensah, Kwame and Okafor, C. and Lindqvist, A. and Haddad, R. and Nguyen, T. T.}" in to_bibtex([source])


def test_ao7_a_list_cut_with_others_takes_the_names_and_other_people_are_never_taken():
    cut = _record(title="Air quality near schools", year=2020, authors=["Rossi, M.", "others"])
    named = _record(line=5, title=cut.title, year=2020, authors=["Rossi, Marta", "Bauer, J.", "Costa, L."])
    assert link_record(new_source(cut, {}, "database search", []), named).authors == ["Rossi, Marta", "Bauer, J.", "Costa, L."]
    others = _record(line=7, title=cut.title, year=2020, authors=["Rossi, M.", "Weber, K.", "Costa, L.", "Ito, Y."])
    two = _record(line=8, title=cut.title, year=2020, authors=["Rossi, M.", "Bauer, J."])
    assert link_record(new_source(two, {}, "database search", []), others).authors == ["Rossi, M.", "Bauer, J."]


# --- AO 8: a library's record numbers and a journal system's article numbers are no citation keys --------------------


def test_ao8_endnote_record_numbers_and_ojs_keys_give_way_to_author_year_keys_and_are_said(cmo, tmp_path):
    (tmp_path / "library.bib").write_text(
        "@article{RN7,\n   author = {Achterberg, Wilco and Lamb, Sarah},\n   title = {Hip protectors in nursing homes},\n"
        "   journal = {Age and Ageing},\n   year = {2016},\n   type = {Journal Article}\n}\n\n"
        "@article{KE0412,\n   author = {Wanjiru, Grace},\n   title = {Handwashing stations in Nairobi primary schools},\n"
        "   journal = {East African Medical Journal},\n   year = {2021}\n}\n\n"
        "@article{WHO2020,\n   author = {{World Health Organization}},\n   title = {Hand hygiene for all},\n"
        "   year = {2020}\n}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(tmp_path / "library.bib"))
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert keys == {"achterberg2016hip", "wanjiru2021handwashing", "WHO2020"}
    assert "RN7 → achterberg2016hip" in said.stderr and "KE0412 → wanjiru2021handwashing" in said.stderr
    assert cmo.json("sources", "show", "RN7")["key"] == "achterberg2016hip"  # the file's key still names it


def test_ao8_a_key_of_capitals_and_a_year_or_the_author_s_initials_is_a_person_s():
    from cmo.bib.linking import record_number_key

    def key(value: str, authors: list[str]) -> bool:
        return record_number_key(_record(key=value, authors=authors, title="t", year=2012))

    assert key("RN22", ["Abrahams-Gessel, S."]) and key("GH1301", ["Ojji, D."])
    assert not key("WHO2020", ["World Health Organization"]) and not key("WHO12", ["World Health Organization"])
    assert not key("smith2012", ["Smith, J."]) and not key("Smith12", ["Smith, J."])


# --- AO 16: a BibTeX export without EndNote's reference type -------------------------------------------------------


def test_ao16_bibtex_export_leaves_out_a_type_that_only_names_the_entry_type():
    article = _source(
        "baker2019sport",
        type="article",
        title="Youth sport participation and wellbeing",
        year=2019,
        container="BMC Public Health",
        extra={"type": "Journal Article"},
    )
    thesis = _source("lee2018coaching", type="thesis", title="Coaching girls' football", year=2018, extra={"type": "PhD thesis"})
    written = to_bibtex([article, thesis])
    assert "type = {Journal Article}" not in written
    assert "type = {PhD thesis}" in written  # a type that says more is the work's own


# --- AN 6: people with the body they wrote for in brackets ----------------------------------------------------------


def test_an6_a_grey_list_cell_of_people_and_their_body_in_brackets_is_the_people_and_the_publisher(cmo, tmp_path):
    (tmp_path / "grey.csv").write_text(
        "Title,Organisation / author,Year,Type,Link\n"
        'Evaluating breakfast clubs in primary schools,"Okafor C, Mensah K (Education Endowment Foundation)",2019,Report,'
        "https://example.org/breakfast-clubs\n",
        encoding="utf-8",
    )
    (tmp_path / "screening.csv").write_text("Study,Decision\nOkafor 2019,include\n", encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"))
    [source] = cmo.json("sources", "list")
    assert source["authors"] == ["Okafor, C.", "Mensah, K."]
    assert cmo.json("sources", "show", source["key"])["publisher"] == "Education Endowment Foundation"
    cmo("select", "import", str(tmp_path / "screening.csv"))
    assert cmo.json("sources", "list")[0]["status"] == "included"


def test_an6_brackets_saying_an_editor_or_a_year_are_no_body():
    from cmo.sheets.records import _people_for_body

    assert _people_for_body("Nguyen T, Haddad R (Ed.)") is None
    assert _people_for_body("Nguyen T (2019)") is None
    assert _people_for_body("Sport Wales (Jones A, Evans B)") is None  # a body naming its people: the other rule


# --- AP 3: Embase's volume with pages in brackets and no issue --------------------------------------------------------


def test_ap3_embase_pages_in_brackets_after_a_volume_are_no_issue():
    text = (
        "<1>\nVN  - Ovid Technologies\nDB  - Embase\nUI  - 611111111\nST  - ARTICLE\n"
        "TI  - Hand hygiene compliance in neonatal units\nSO  - Journal of Hospital Infection. 88 (pp 112), 2014.\n"
        "AU  - Rossi M.\n"
    )
    [record] = ovid.read(text, "embase.cgi").records
    assert (record.volume, record.issue, record.pages) == ("88", "", "112")


# --- AP 6: a screening tool's export of records already in the review ------------------------------------------------


def test_ap6_a_rayyan_export_of_records_already_read_links_them_without_counting_them_again(cmo, tmp_path):
    (tmp_path / "search.ris").write_text(
        "TY  - JOUR\nAU  - Haddad, R.\nTI  - Falls clinics for older people: a qualitative study\nPY  - 2017\n"
        "DO  - 10.1000/falls.2017.1\nER  - \n"
        "TY  - JOUR\nAU  - Ito, Y.\nTI  - Home hazard assessment and falls\nPY  - 2019\nDO  - 10.1000/falls.2019.2\nER  - \n",
        encoding="utf-8",
    )
    (tmp_path / "rayyan.csv").write_text(
        "key,title,authors,journal,year,doi,notes\n"
        '1,Falls clinics for older people: a qualitative study,"Haddad, R.",Age Ageing,2017,10.1000/falls.2017.1,'
        '"RAYYAN-INCLUSION: {""Ana""=>""Included""}"\n'
        '2,Home hazard assessment and falls,"Ito, Y.",Injury Prevention,2019,10.1000/falls.2019.2,'
        '"RAYYAN-INCLUSION: {""Ana""=>""Excluded""}"\n',
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "search.ris"))
    said = cmo("ingest", str(tmp_path / "rayyan.csv"))
    assert "rayyan.csv is Rayyan's export of the records screened there: 2 records are Rayyan's copy" in said.stderr
    cmo("report", "-o", str(tmp_path / "report.md"), code=1)  # exit 1: the review has no title yet
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert re.search(r"\| Records identified \| 2 \|", report)
    assert re.search(r"\| Duplicate records linked \| 0 \|", report)


# --- AP: a DOI written one way -------------------------------------------------------------------------------------


def test_ap_a_doi_an_index_lower_cased_takes_the_publisher_s_capitals_from_a_linked_record():
    lowered = _record(title="Dental sealants in school programmes", year=2020, doi="10.3399/bdjopen20x101234")
    cased = _record(line=4, title=lowered.title, year=2020, doi="10.3399/bdjopen20X101234")
    source = link_record(new_source(lowered, {}, "database search", []), cased)
    assert source.doi == "10.3399/bdjopen20X101234"
    assert reference(source).endswith("doi:10.3399/bdjopen20X101234")
    kept = link_record(new_source(cased, {}, "database search", []), lowered)
    assert kept.doi == "10.3399/bdjopen20X101234"


# --- AN 15/16: a thesis's degree and a report's number ------------------------------------------------------------


def test_an15_16_a_thesis_cites_its_degree_and_a_command_paper_its_number():
    thesis = _source(
        "okoro2015school",
        type="thesis",
        title="School nurses and asthma plans",
        year=2015,
        authors=["Okoro, Ada"],
        publisher="University of Leeds",
        extra={"M3": "Ed.D."},
    )
    assert "School nurses and asthma plans [Ed.D. thesis]. University of Leeds." in reference(thesis)
    white = _source(
        "dh2010healthy",
        type="report",
        title="Healthy lives, healthy people",
        year=2010,
        authors=["Department of Health"],
        publisher="HM Government",
        extra={"number": "Cm 7985", "type": "White Paper"},
    )
    assert "Healthy lives, healthy people (Cm 7985). HM Government." in reference(white)
    plain = _source("x2010y", type="report", title="Clean air for schools", year=2010, extra={"number": "draft"})
    assert "(draft)" not in reference(plain)
