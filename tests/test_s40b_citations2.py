"""S40b: how works are cited, as trials AI, AK, AL and AM found it; each rule tested alone with works of other topics
(road safety, childhood asthma, air quality, cycling)."""

from __future__ import annotations

from cmo.bib.citations import citing, journal_names, reference, short_citation, short_cite
from cmo.models import Provenance, Source
from cmo.outputs.export import to_bibtex, to_ris


def _source(key: str, **values) -> Source:
    return Source(key=key, records=[Provenance(file="a.ris", line=1, key=key, format="ris")], **values)


# --- AL 15: a body's name typed in BibTeX's braces ------------------------------------------------------------------


def test_a_body_typed_in_braces_is_cited_without_them_everywhere():
    work = _source(
        "asthmauk2019", title="Fighting for breath", year=2019, type="report",
        authors=["{Asthma UK}", "{British Lung Foundation}"],
    )  # fmt: skip
    assert short_cite(work) == "Asthma UK & British Lung Foundation 2019"
    assert reference(work).startswith("Asthma UK; British Lung Foundation (2019). Fighting for breath.")
    assert "AU  - Asthma UK," in to_ris([work]).splitlines()
    assert "author = {{Asthma UK} and {British Lung Foundation}}" in to_bibtex([work])


def test_authors_typed_in_braces_through_sources_edit_are_cited_without_them(cmo, tmp_path):
    (tmp_path / "grey.csv").write_text(
        "Title,Author / organisation,Year,Document type,URL\n"
        "Reported road casualties 2021,Department for Transport,2022,Report,https://www.gov.uk/road-casualties\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "grey.csv"))
    [source] = cmo.json("sources", "list")
    said = cmo("sources", "edit", source["key"], "--authors", "{Department for Transport}; {Office for National Statistics}")
    assert "Department for Transport & Office for National Statistics 2022" in said.output
    assert "{" not in said.output


# --- AM 14: a body's initials in brackets, then the year --------------------------------------------------------------


def test_a_body_ending_with_its_initials_gets_no_second_bracket():
    work = _source(
        "pacts2020", title="Safer roads for older drivers", year=2020, type="report",
        authors=["Parliamentary Advisory Council for Transport Safety (PACTS)"],
    )  # fmt: skip
    assert short_citation(work) == "Parliamentary Advisory Council for Transport Safety (PACTS, 2020)"
    assert reference(work).startswith("Parliamentary Advisory Council for Transport Safety (2020). Safer roads")
    assert short_cite(work) == "Parliamentary Advisory Council for Transport Safety (PACTS) 2020"


def test_a_body_ending_with_a_place_in_brackets_is_followed_by_a_full_stop_before_the_year():
    ireland = ["Department of Transport (Ireland)"]
    work = _source("dot2021", title="Road safety strategy", year=2021, type="report", authors=ireland)
    assert reference(work).startswith("Department of Transport (Ireland). (2021). Road safety strategy.")
    assert short_citation(work) == "Department of Transport (Ireland, 2021)"


# --- AM 5: Google Scholar's cut journal names --------------------------------------------------------------------------


def test_a_journal_name_scholar_cut_short_is_the_one_name_in_full_the_document_gives():
    cut = _source("a", title="Cycle lanes", year=2018, type="article", container="Journal of transport …", volume="9")
    whole = _source("b", title="Bike share", year=2019, type="article", container="Journal of Transport Geography")
    with citing([cut, whole]):
        assert "Journal of Transport Geography, 9." in reference(cut)
    two = ["Journal of transport …", "Journal of Transport Geography", "Journal of Transport and Health"]
    assert "Journal of transport …" not in journal_names(two)  # two names it could be: as Scholar gave it


def test_a_web_site_s_address_given_as_its_container_is_not_printed_as_a_name():
    page = _source(
        "ras2022", title="Child pedestrian casualties", year=2022, type="article", authors=["Road Safety Observatory"],
        container="roadsafetyobservatory.org.uk", url="https://www.roadsafetyobservatory.org.uk/child-pedestrians",
    )  # fmt: skip
    assert reference(page) == (
        "Road Safety Observatory (2022). Child pedestrian casualties. https://www.roadsafetyobservatory.org.uk/child-pedestrians"
    )


# --- AK: a title translated into English, beside the original --------------------------------------------------------


def test_a_translated_title_follows_the_original_title_the_record_gives():
    work = _source(
        "weber2017", title="[Air pollution and asthma in children].", year=2017, type="article",
        authors=["Weber, Anna"], container="Pneumologie", extra={"TT": "Luftverschmutzung und Asthma bei Kindern.", "LA": "ger"},
    )  # fmt: skip
    assert "(2017). Luftverschmutzung und Asthma bei Kindern [Air pollution and asthma in children]. Pneumologie." in (
        reference(work)
    )
    plain = work.model_copy(update={"extra": {}})
    assert "(2017). [Air pollution and asthma in children]. Pneumologie." in reference(plain)


# --- AI 11: an export names each journal as the document does ---------------------------------------------------------


def test_bibtex_and_ris_name_a_journal_as_the_document_names_it():
    short = _source("a", title="Wheeze and traffic", year=2015, type="article", container="Pediatr Pulmonol")
    full = _source("b", title="Indoor mould", year=2016, type="article", container="Pediatric Pulmonology")
    with citing([short, full]):
        ris = to_ris([short, full])
        bib = to_bibtex([short, full])
    assert [line for line in ris.splitlines() if line.startswith("T2")] == ["T2  - Pediatric Pulmonology"] * 2
    assert "Pediatr Pulmonol" not in bib
    assert to_ris([short]).count("T2  - Pediatr Pulmonol") == 1  # alone, the name as read
