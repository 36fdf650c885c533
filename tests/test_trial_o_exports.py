"""Trial O: what a tester found importing real search-database exports (files in `tests/data/trial_o`, each named in
its README by the tool that wrote it). One test per finding, most harmful first; each checks the general rule the
exporter's layout calls for, through `cmo ingest` and `cmo sources show` as a user runs them."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.bib.linking import citation_key
from cmo.bib.readers.ris import split_author_value
from cmo.models import Provenance, Record
from cmo.normalise import fold, is_citation_key, labelled_pmid, page_count, web_addresses

EXPORTS = DATA / "trial_o"


def _ingested(cmo, *names: str) -> dict[str, dict]:
    """Every source the files make in a fresh review, by key, as `sources show --json` gives it."""
    cmo("init", str(cmo.folder))
    for name in names:
        cmo("ingest", str(EXPORTS / name))
    return {source["key"]: cmo.json("sources", "show", source["key"]) for source in cmo.json("sources", "list")}


def _one(cmo, tmp_path, name: str, text: str) -> dict:
    (tmp_path / name).write_text(text, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / name), code=None)
    [source] = cmo.json("sources", "list")
    return cmo.json("sources", "show", source["key"])


def test_1_the_cochrane_librarys_csv_source_column_is_the_journal(cmo):
    """CENTRAL's CSV writes the journal alone in 'Source' (volume, issue and pages have their own columns): it was read
    as an Embase citation ('Journal (2014) 3:3 (152-160)'), which it is not, and the journal was left empty."""
    shown = _ingested(cmo, "cochrane_central.csv")
    bywater = shown["bywater2011incredible"]
    assert (bywater["container"], bywater["volume"], bywater["pages"], bywater["pmid"]) == ("Trials", "12", "39", "21314913")
    assert shown["kim2024time"]["container"] == "Developmental psychology"
    assert (shown["kim2024time"]["volume"], shown["kim2024time"]["issue"]) == ("60", "7")


def test_1_embases_source_is_still_read_as_a_citation(cmo, tmp_path):
    shown = _one(
        cmo,
        tmp_path,
        "embase.csv",
        "Title,Author Names,Source,Publication Year\n"
        'Peer support,"Kirsh S.",Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 2014,2014\n',
    )
    assert (shown["container"], shown["volume"], shown["issue"], shown["pages"]) == ("Endoscopic Ultrasound", "3", "3", "152-160")


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Brownstein C D", ["Brownstein, C. D."]),  # EPPI-Reviewer: surname, then initials apart
        ("Brownstein CD", ["Brownstein, C. D."]),
        ("Adler D.G.", ["Adler, D. G."]),
        ("Van Der Helm J J", ["Van Der Helm, J. J."]),
        ("Achterbergh R, van der Helm JJ", ["Achterbergh, R.", "van der Helm, J. J."]),
        ("World Health Organization", ["World Health Organization"]),
    ],
)
def test_2_a_surname_and_initials_apart_are_one_author(value, names):
    assert split_author_value(value) == names


def test_2_eppi_reviewers_authors_are_read_whole(cmo):
    """EPPI-Reviewer's RIS writes 'Brownstein C D' (read as 'Brownstein C, D.') and cuts 'Dos Santos, H. B.' into two
    A1 lines ('Dos Santos', 'H B')."""
    shown = _ingested(cmo, "eppireviewer.ris")
    assert shown["brownstein2024juvenile"]["authors"] == ["Brownstein, C. D."]
    [troiano] = [source for key, source in shown.items() if key.startswith("troiano")]
    assert troiano["authors"] == ["Troiano, L. P.", "Dos Santos, H. B.", "Aureliano, T.", "Ghilardi, A. M."]


def test_3_a_pmid_in_ovids_cited_references_is_not_the_records(cmo):
    """Ovid's PsycINFO RIS writes each cited reference on an M1 line, some with 'PMID: …': the first one was taken as
    the record's own PMID (the Kapitany paper got the 1994 Santa Claus paper's 7842832)."""
    [shown] = _ingested(cmo, "psycinfo_ovid.ris").values()
    assert shown["pmid"] is None and shown["doi"] == "10.1371/journal.pone.0234142"


@pytest.mark.parametrize(
    ("notes", "pmid"),
    [
        (["PMID: 17913775\nPMCID: PMC2464970"], "17913775"),  # Zotero's Extra
        (["Accession Number: 157123456. Language: English. PMID: NLM35767691."], "35767691"),  # EBSCO
        (["Anderson, C. J., & Prentice, N. M. (1994). Encounter with reality. pp. 67-84. PMID: 7842832 1995-13011-001."], None),
        (["PMID: 6831859", "PMID: 23106843"], None),  # two works' PMIDs: neither is the record's
        (["PMID: 17913775", "PMID: 17913775"], "17913775"),
    ],
)
def test_3_only_a_note_naming_the_records_own_pmid_gives_it(notes, pmid):
    assert labelled_pmid(*notes) == pmid


def test_4_m3s_type_of_work_and_a_registry_id_in_c7(cmo):
    """Embase and the Cochrane Library write every record 'TY  - JOUR' and its kind in M3 ('Conference Abstract',
    'Trial registry record'): both were journal articles; CENTRAL's C7 registry id 'NCT00812345' became pages."""
    shown = _ingested(cmo, "embase.ris", "cochrane_library.ris")
    conference = shown["fortuna2020peer"]
    assert (conference["type"], conference["grey"]) == ("conference", True)
    registry = shown["kirsh2009shared"]
    assert (registry["type"], registry["grey"], registry["pages"]) == ("misc", True, "")
    assert registry["extra"]["registration"] == "NCT00812345" and "C7" not in registry["extra"]
    assert (shown["kirsh2007shared"]["type"], shown["trento2004randomized"]["type"]) == ("article", "article")  # M3 "Article"


def test_4_an_ovid_classification_in_m3_is_no_type_and_c7_an_article_number(cmo, tmp_path):
    shown = _one(
        cmo,
        tmp_path,
        "psyc.ris",
        "TY  - JOUR\nTI  - Peer support\nAU  - Kirsh, S\nPY  - 2020\nJF  - PLoS ONE\nVL  - 15\nC7  - e0234142\n"
        "M3  - Legal Processes & Legislation [4230]\nER  - \n",
    )
    assert (shown["type"], shown["pages"]) == ("article", "e0234142")


def test_5_refworks_record_ids_are_not_citation_keys(cmo):
    """RefWorks writes 'ID  - RefID:879-yang2024cellular', its own record number: it became the citation key."""
    assert list(_ingested(cmo, "refworks.ris")) == ["yang2024cellular"]
    assert not is_citation_key("RefID:879-yang2024cellular")
    assert is_citation_key("Smith2020") and is_citation_key("smith:review") and is_citation_key("Greenhalgh2020VideoCF")


def test_6_a_statpearls_chapter_from_pubmeds_csv_is_a_chapter(cmo):
    """PubMed's CSV gives a Bookshelf chapter's Citation as NLM writes one ('In: StatPearls [Internet]. Treasure Island
    (FL): StatPearls Publishing; …'): it was a journal article in the journal 'StatPearls'."""
    shown = _ingested(cmo, "pubmed.csv")
    chapter = shown["mechanic2025telehealth"]
    assert (chapter["type"], chapter["container"], chapter["publisher"]) == ("chapter", "StatPearls", "StatPearls Publishing")
    assert shown["schlief2022synthesis"]["type"] == "article"


def test_7_several_urls_in_one_bibtex_field_are_each_kept(cmo):
    """Mendeley writes every link of a record in one `url`, apart by a space: it was one broken address."""
    shown = _ingested(cmo, "mendeley.bib")["Kirsh2007"]
    assert shown["url"] is None  # a PubMed page is a database's record of the work, which its DOI addresses (trial W)
    assert shown["extra"]["urls"] == "http://www.pubmedcentral.nih.gov/articlerender.fcgi?artid=PMC2464970"
    assert web_addresses("https://a.org/x, http://b.org/y; https://a.org/x") == ["https://a.org/x", "http://b.org/y"]


def test_8_google_scholars_inproceedings_in_a_journal_is_an_article(cmo):
    """Google Scholar writes some journal papers as @inproceedings{booktitle={Psychiatric Services}, volume={70}}."""
    shown = _ingested(cmo, "google_scholar.bib")
    assert (shown["fortuna2019peer"]["type"], shown["fortuna2019peer"]["grey"]) == ("article", False)


@pytest.mark.parametrize(
    "booktitle",
    ["Proceedings of the 2021 CHI Conference", "Advances in Neural Information Processing Systems", "Lecture Notes in AI"],
)
def test_8_a_meetings_inproceedings_stays_a_conference_paper(cmo, tmp_path, booktitle):
    text = f"@inproceedings{{smith2021peer,\n  title={{Peer support}},\n  author={{Smith, Jane}},\n  booktitle={{{booktitle}}},\n"
    shown = _one(cmo, tmp_path, "gs.bib", text + "  volume={33},\n  pages={1--9},\n  year={2021}\n}\n")
    assert (shown["type"], shown["grey"]) == ("conference", False)  # nine pages: a full paper, peer-reviewed (K4)


def test_9_lens_and_zotero_csv_links_and_access_dates(cmo):
    """Lens.org's 'Source URLs' ('a; b') and 'External URL', Zotero's 'Access Date': none was read."""
    lens = _ingested(cmo, "lens.csv")
    assert lens["edelman2015shared"]["url"] == "https://link.springer.com/article/10.1007/s11606-014-2978-7"
    assert "europepmc.org/article/MED/25107290" in lens["edelman2015shared"]["extra"]["source urls"]
    assert lens["nguyen2021peer"]["url"] == "https://escholarship.org/uc/item/abc123"


def test_9_zoteros_access_date_is_the_urldate(cmo):
    zotero = _ingested(cmo, "zotero.csv")
    assert zotero["nhsengland2020using"]["urldate"] == "2024-02-28"
    assert zotero["kirsh2007shared"]["urldate"] is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Ødegaard", "odegaard"), ("Łukasz Østergaard", "lukasz ostergaard"), ("Straße", "strasse"), ("Æther", "aether")],
)
def test_10_letters_unicode_does_not_decompose_are_spelled_not_dropped(text, folded):
    assert fold(text) == folded


def test_10_a_key_from_a_name_with_o_slash(cmo):
    """Rayyan's 'Ødegaard, Å.' gave the key 'degaard2021stigma'."""
    assert "odegaard2021stigma" in _ingested(cmo, "rayyan.csv")


def test_11_a_theses_page_count_is_not_pages(cmo):
    """ProQuest's RIS gives a dissertation's number of pages in SP ('SP  - 212', as the RIS spec has it for THES)."""
    thesis = _ingested(cmo, "proquest.ris")["nguyen2021peer"]
    assert (thesis["pages"], thesis["extra"]["pagetotal"]) == ("", "212")


@pytest.mark.parametrize(("value", "count"), [("245 p.", "245"), ("xii, 245 p.", "245"), ("212", "212"), ("1-20", "")])
def test_11_a_page_count_as_catalogues_write_it(value, count):
    assert page_count(value) == count


def test_11_a_chapters_pages_stay_pages(cmo, tmp_path):
    shown = _one(cmo, tmp_path, "ch.ris", "TY  - CHAP\nTI  - Peer support\nAU  - Kirsh, S\nPY  - 2020\nSP  - 97\nER  - \n")
    assert shown["pages"] == "97" and "pagetotal" not in shown["extra"]


def test_12_rayyans_and_list_with_a_suffix_after_a_comma(cmo):
    """Rayyan joins authors with ' and ', writing 'Williams, J. W., Jr.': the whole list was one author."""
    shown = _ingested(cmo, "rayyan.csv")["edelman2015shared"]
    assert shown["authors"] == ["Edelman, D.", "Gierisch, J. M.", "McDuffie, J. R.", "Oddone, E.", "Williams, J. W., Jr."]


def test_13_a_generated_key_never_starts_with_the_year(cmo):
    """With no author, a key started with the year ('2020telehealth', '2008shared'): it now starts with the body that
    published the work, or with its title's word where nothing names one."""
    keys = set(_ingested(cmo, "scopus.csv", "cochrane_central_registry.ris"))
    assert {"nhsengland2020telehealth", "nct00812345", "isrctn12345678"} <= keys  # registry records by number (K6)
    assert all(key[0].isalpha() for key in keys)


def test_13_a_key_starts_with_the_body_that_published_or_the_title():
    record = Record(
        key="", title="The NHS long term plan", year=2019, provenance=Provenance(file="f", line=1, key="", format="ris")
    )
    assert citation_key(record) == "nhs2019"
    assert citation_key(record.model_copy(update={"publisher": "NHS England"})) == "nhsengland2019nhs"


def test_14_covidences_accession_number_is_not_read_as_a_pmid(cmo):
    """Covidence documents 'Accession Number' as the number the source database gave (Embase's are digits too), not as
    a PMID: it stays the record's own number."""
    shown = _ingested(cmo, "covidence.csv")["kirsh2007shared"]
    assert shown["pmid"] is None and shown["records"][0]["key"] == "17913775"
