"""Helper K2 (a rapid realist review of deprescribing in Nordic nursing homes): Cristin's CSV, headed in Norwegian
('Tittel', 'Forfattere', 'Årstall', 'Tidsskrift/Kanal', 'Side fra', 'Kategori'), was refused whole as having no title
column; DiVA's CSV gave its records no authors (its 'Name' column, 'Family, Given [id] (Affiliation)', was not read),
so they were keyed and cited by their titles and a coding sheet's 'Sjölund et al 2020' named no source; Nordic
publication types ('Doktorgradsavhandling', 'Studentuppsats', 'Vitenskapelig artikkel') were read as nothing."""

from __future__ import annotations

from pathlib import Path

from cmo.normalise import labelled_type
from cmo.sheets.records import read_records

DATA = Path(__file__).parent / "data"


def test_a_cristin_export_headed_in_norwegian_is_read():
    text = (DATA / "cristin" / "cristin-resultater.csv").read_text(encoding="utf-8-sig")
    result = read_records(text, "cristin-resultater.csv")
    assert not result.problems
    by_title = {record.title: record for record in result.records}
    fall = by_title["Factors influencing prescribing of fall-risk-increasing drugs to the elderly: A qualitative study"]
    assert fall.authors == ["Bell, Hege Therese", "Steinsbekk, Aslak", "Granas, Anne Gerd"]
    assert fall.year == 2015 and fall.pages == "107-114" and fall.doi == "10.3109/02813432.2015.1041829"
    assert fall.container == "Scandinavian Journal of Primary Health Care" and fall.type == "article"
    thesis = by_title["Seponering av legemidler hos eldre i sykehjem. Tilsynslegens rolle"]
    assert thesis.type == "thesis" and thesis.authors == ["Kjæstad, Tor-Erik"]


def test_a_cristin_export_links_to_the_same_paper_from_another_database(cmo):
    cmo("init", str(cmo.folder))
    ris = cmo.folder.parent / "embase.ris"
    ris.write_text(
        "TY  - JOUR\nT1  - Factors influencing prescribing of fall-risk-increasing drugs to the elderly: A qualitative "
        "study\nA1  - Bell H.T.\nA1  - Steinsbekk A.\nA1  - Granas A.G.\nY1  - 2015//\nJF  - Scandinavian Journal of "
        "Primary Health Care\nVL  - 33\nIS  - 2\nSP  - 107\nEP  - 114\nDO  - 10.3109/02813432.2015.1041829\nER  - \n",
        encoding="utf-8",
    )
    cmo("ingest", str(ris), "--review", str(cmo.folder))
    cmo("ingest", str(DATA / "cristin" / "cristin-resultater.csv"), "--review", str(cmo.folder))
    sources = cmo.json("sources", "list", "--review", str(cmo.folder))
    assert len(sources) == 5
    (bell,) = [s for s in sources if s["key"].startswith("bell2015")]
    assert [(r["file"], r.get("linked_by")) for r in bell["records"]] == [
        ("embase.ris", None),
        ("cristin-resultater.csv", "same DOI"),
    ]
    assert bell["authors"] == ["Bell, Hege Therese", "Steinsbekk, Aslak", "Granas, Anne Gerd"]


def test_divas_name_column_gives_the_authors_without_their_ids_and_affiliations():
    text = (DATA / "diva" / "diva-export.csv").read_text(encoding="utf-8")
    result = read_records(text, "diva-export.csv")
    assert not result.problems
    thesis, article = result.records
    assert thesis.authors == ["Gustafsson, Maria"] and thesis.type == "thesis"
    assert article.authors == ["Sjölund, Britt-Marie", "Nordström, Gun", "Gillespie, Ulrika"]
    assert article.container == "Scandinavian Journal of Primary Health Care" and article.pages == "301-310"


def test_a_name_column_of_another_list_is_no_author_list_and_is_kept():
    """A grey list's 'Name' of each document, or of the body that issued it, is not written as DiVA writes people:
    no authors are read from it, and its cells are kept as the team's own column (a housing charity's list, not
    deprescribing)."""
    text = (
        "Name,Title,Year,URL\n"
        "Shelter,Homelessness in rural England (annual briefing),2022,https://england.shelter.org.uk/briefing-2022\n"
        "Crisis (UK),The homelessness monitor: England 2023,2023,https://www.crisis.org.uk/monitor-2023\n"
    )
    result = read_records(text, "grey-list.csv")
    first, second = result.records
    assert first.authors == [] and second.authors == []
    assert first.extra.get("name") == "Shelter" and second.extra.get("name") == "Crisis (UK)"


def test_nordic_publication_types_are_read():
    assert labelled_type("Doktorgradsavhandling") == "thesis"
    assert labelled_type("Studentuppsats (Examensarbete)") == "thesis"
    assert labelled_type("Doktorsavhandling, sammanläggning") == "thesis"
    assert labelled_type("Vitenskapelig artikkel") == "article"
    assert labelled_type("Journal Article") == "article"  # not another language's word
    assert labelled_type("Working paper") == "report"
