"""Session 39, readers: what the testers of two reviews found in the 'Source' column of CSV downloads and in Scopus's
titles of works in another language (fixtures in `tests/data/ebsco_cinahl`, `tests/data/bvs_lilacs` and
`tests/data/scopus_translated`, named by the database that writes the form; their topic is school and foot health).

AE 6. EBSCO's CINAHL CSV 'Source' ("Journal …, Jun2006; 7(5): 271-278. (3p)") was kept whole as the journal.
AF 9. The BVS's 'Source' ("Comun. soc;(12): 149-175, jul.-dic. 2009.") was dropped unread beside its 'Journal'.
AF 9. Scopus's "English title [original title]" was cited as it stands, where APA cites the original first.

Each rule is tested alone, then through `cmo ingest` as a user runs it. Every test fails on the code before.
"""

from __future__ import annotations

from conftest import DATA

from cmo.bib.readers import ReadResult, original_title_first, read_parts
from cmo.models import Provenance, Record
from cmo.sheets.records import SOURCE, journal_citation, read_records

CINAHL = DATA / "ebsco_cinahl"
BVS = DATA / "bvs_lilacs"
SCOPUS = DATA / "scopus_translated"


def _rows(path) -> dict[str, Record]:
    result = read_records(path.read_text(encoding="utf-8"), path.name)
    return {record.title.split()[0]: record for record in result.records}


def _cited(record: Record) -> tuple[str, str, str, str]:
    return record.container, record.volume, record.issue, record.pages


# --- AE 6, AF 9: a 'Source' that cites the journal issue ---------------------------------------------------------------


def test_a_source_citing_volume_issue_and_pages_is_read_in_each_database_s_form():
    assert journal_citation("Pediatric Nursing, Feb2015; 41(1): 9-14. (6p)") == {
        "container": "Pediatric Nursing",
        "volume": "41",
        "issue": "1",
        "pages": "9-14",
        "year": "2015",
    }
    assert journal_citation("Rev. bras. enferm;73(4): e20190012, 2020.") == {
        "container": "Rev. bras. enferm",
        "volume": "73",
        "issue": "4",
        "pages": "e20190012",
        "year": "2020",
    }
    assert journal_citation("Enferm. glob;(58): 1-12, abr. 2020.")["issue"] == "58"
    assert journal_citation("Social Work. Apr2018, Vol. 63 Issue 2, p101-110. 10p.") == {
        "container": "Social Work",
        "volume": "63",
        "issue": "2",
        "pages": "101-110",
        "year": "2018",
    }
    assert "pages" not in journal_citation("Nursing Open. 3/1/2021, Vol. 8 Issue 2, pN.PAG-N.PAG. 1p.")
    # no citation: a journal's name alone, a book's place and publisher, a thesis
    assert journal_citation("Trials") == {}
    assert journal_citation("Lima; Ministerio de Salud; 2017. 80 p.") == {}
    assert journal_citation("Porto Alegre; s.n; 2018. 120 p. tab.") == {}


def test_cinahl_s_source_gives_the_journal_volume_issue_and_pages():
    rows = _rows(CINAHL / "cinahl-foot-care.csv")
    assert _cited(rows["Podiatrist-led"]) == ("Journal of Advanced Nursing (John Wiley & Sons, Inc.)", "75", "3", "600-612")
    assert _cited(rows["Nurses'"]) == ("BMC Nursing", "21", "1", "")  # N.PAG: no pagination
    assert _cited(rows["Teaching"]) == ("Nursing Older People", "28", "7", "16-20")
    (other,) = read_records((CINAHL / "ebscohost-academic-search.csv").read_text(), "academic-search.csv").records
    assert _cited(other) == ("Journal of Clinical Nursing", "29", "1/2", "45-56")


def test_bvs_source_gives_volume_issue_and_pages_and_an_unread_one_is_kept_and_said():
    result = read_records((BVS / "bvs-school-health.csv").read_text(encoding="utf-8"), "bvs.csv")
    rows = {record.title.split()[0]: record for record in result.records}
    assert _cited(rows["Enfermería"]) == ("Rev. saúde pública", "54", "", "12")
    assert _cited(rows["Salud"]) == ("Rev. panam. salud pública", "", "44", "201-210")
    assert rows["Guía"].volume == rows["Guía"].pages == ""  # a book's place and publisher are no journal issue
    odd = rows["Asma"]  # a form not read: its text is kept, not lost, and the ingest says so
    assert odd.extra[SOURCE] == "Rev. méd. Chile;148(2)Feb. 2020." and odd.volume == ""
    (said,) = [warning for warning in result.warnings if "'Source'" in warning]
    assert "row 5" in said and "Rev. méd. Chile;148(2)Feb. 2020." in said and "row 4" not in said  # a book cites no issue
    assert SOURCE not in rows["Enfermería"].extra


def test_ingest_of_cinahl_and_bvs_downloads_cites_volume_issue_and_pages(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(CINAHL / "cinahl-foot-care.csv"), str(BVS / "bvs-school-health.csv"))
    listed = {source["title"].split()[0]: source["key"] for source in cmo.json("sources", "list")}
    shown = cmo.json("sources", "show", listed["Podiatrist-led"])
    assert (shown["volume"], shown["issue"], shown["pages"]) == ("75", "3", "600-612")
    salud = cmo.json("sources", "show", listed["Salud"])
    assert (salud["container"], salud["issue"], salud["pages"]) == ("Rev. panam. salud pública", "44", "201-210")


# --- AF 9: a work in another language cited by its original title -----------------------------------------------------


def _record(title: str, **extra: str) -> Record:
    return Record(key="", title=title, extra=extra, provenance=Provenance(file="f", line=1, key="k", format="ris"))


def test_the_original_title_comes_first_with_its_translation_in_brackets():
    french = "Home visits by school nurses [Visites à domicile par les infirmières scolaires]"
    turned = original_title_first(_record(french, LA="French"))
    assert turned == "Visites à domicile par les infirmières scolaires [Home visits by school nurses]"
    assert original_title_first(_record("Asthma plans in schools [Review]", LA="Spanish")) == ""  # a note, not a title
    assert original_title_first(_record("Home visits by school nurses [Visites à domicile par les …]", LA="French")) == ""
    assert original_title_first(_record("Peer education in schools [version 2; peer review: 2 approved]", LA="English")) == ""
    assert original_title_first(_record("Home visits by school nurses [Visites à domicile par les infirmières]")) == ""
    both = _record("School nurses at home [Schulpflege zu Hause im Alltag]", language="German; English")
    assert original_title_first(both) == ""  # written in English too: the first title may be the work's own


def test_scopus_ris_titles_are_turned_and_said_with_the_command_that_sets_another(cmo):
    result = ReadResult.joined(read_parts("ris", (SCOPUS / "scopus-school-health.ris").read_text(encoding="utf-8"), "scopus.ris"))
    titles = [record.title for record in result.records]
    assert titles[0] == (
        "Enfermería escolar y asma en adolescentes: un estudio cualitativo "
        "[School nursing and asthma in adolescents: a qualitative study]"
    )
    assert titles[1:] == [
        "Asthma action plans in primary schools [Review]",
        "Peer education for inhaler technique in schools [version 2; peer review: 2 approved]",
        "School health services in rural districts: a survey [Schulgesundheitsdienste in ländlichen Bezirken: eine Umfrage]",
    ]
    cmo("init", str(cmo.folder))
    said = cmo("ingest", str(SCOPUS / "scopus-school-health.ris"), str(BVS / "bvs-school-health.csv")).stderr
    assert "1 title of works in another language" in said and "cmo sources edit KEY --title" in said
    sources = cmo.json("sources", "list")
    (enfermeria,) = [source for source in sources if source["title"].startswith("Enfermería escolar")]
    assert len(enfermeria["records"]) == 2  # the BVS record of the original title is the same work


def test_ae7_an_embase_author_with_four_initials_is_a_family_name_and_initials():
    """Embase writes 'Doncker S.M.M.M.' and 'Essink R.T.G.M.': more initials than three were left unread as one name."""
    text = (
        "TY  - JOUR\nA1  - Okafor A.B.C.D.\nA1  - Lindqvist P.K.\nA1  - Moreau J.P.E.M.\n"
        "T1  - Foot checks by podiatry assistants in care homes\nY1  - 2021\nER  - \n"
    )
    (record,) = ReadResult.joined(read_parts("ris", text, "embase.ris")).records
    assert record.authors == ["Okafor, A. B. C. D.", "Lindqvist, P. K.", "Moreau, J. P. E. M."]
