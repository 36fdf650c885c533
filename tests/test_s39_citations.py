"""S39: citations and screening reasons as new users found them (trials AE and AF), each rule tested with records of
other topics (falls prevention, school nutrition, housing, vaccination)."""

from __future__ import annotations

from cmo.bib.citations import cited_container, citing, reference
from cmo.bib.dedupe import Deduplicator
from cmo.bib.linking import citation_key, link_record, new_source
from cmo.models import Provenance, Record, Source
from cmo.normalise import better_written, title_case_name, without_qualifier


def _record(line: int = 1, file: str = "a.ris", **values) -> Record:
    return Record(key="", provenance=Provenance(file=file, line=line, key=f"r{line}", format="ris"), **values)


def _source(key: str, **values) -> Source:
    return Source(key=key, records=[Provenance(file="a.ris", line=1, key=key, format="ris")], **values)


# --- AE 4: an exclusion reason keeps the brackets its words open ----------------------------------------------------

_FALLS_RIS = """TY  - JOUR
AU  - Okafor, A. C.
TI  - Home hazard modification to prevent falls in older adults
PY  - 2019
JO  - Age and Ageing
ER  - {blank}

TY  - JOUR
AU  - Lindqvist, M.
TI  - Tai chi classes and falls among community-dwelling older people
PY  - 2020
JO  - Gerontology
ER  - {blank}

TY  - JOUR
AU  - Barros, P.
TI  - Vitamin D supplements and fall risk in nursing homes
PY  - 2018
JO  - Osteoporosis International
ER  - {blank}
""".format(blank=" ")


def test_ae4_an_exclusion_reason_in_the_decision_cell_keeps_its_own_closing_brackets(cmo, tmp_path):
    (tmp_path / "falls.ris").write_text(_FALLS_RIS, encoding="utf-8")
    (tmp_path / "screening.csv").write_text(
        "Key,Decision\n"
        'okafor2019home,"Exclude: wrong country (Canada)"\n'
        "lindqvist2020tai,Excluded (wrong design (cohort))\n"
        "barros2018vitamin,Excluded (no falls outcome)\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "falls.ris"))
    cmo("select", "import", str(tmp_path / "screening.csv"), code=1)  # warned: the reasons were read from the cells
    reasons = {key: cmo.json("sources", "show", key)["exclusion_reason"] for key in ("okafor2019home", "lindqvist2020tai")}
    assert reasons == {"okafor2019home": "wrong country (Canada)", "lindqvist2020tai": "wrong design (cohort)"}
    assert cmo.json("sources", "show", "barros2018vitamin")["exclusion_reason"] == "no falls outcome"


# --- AE 5: a journal's name in lower case --------------------------------------------------------------------------


def test_ae5_a_linked_records_lower_case_journal_never_replaces_one_in_capitals_nor_its_proper_case():
    assert better_written("JAMA", "jama") == ""
    assert better_written("Public Health Nutrition", "public health nutrition") == ""
    source = new_source(_record(title="School meals and obesity", container="JAMA", year=2016, doi="10.1/x"), {}, "search", [])
    linked = link_record(source, _record(2, "central.ris", title="School meals and obesity", container="jama", doi="10.1/x"))
    assert linked.container == "JAMA"
    # the other way round, the capitals win as before
    source = new_source(_record(title="School meals and obesity", container="jama", year=2016), {}, "search", [])
    assert link_record(source, _record(2, "b.ris", title="School meals and obesity", container="JAMA")).container == "JAMA"


def test_ae5_a_journal_named_in_lower_case_throughout_is_cited_in_title_case():
    assert cited_container("american journal of public health") == "American Journal of Public Health"
    assert title_case_name("the journal of school health") == "The Journal of School Health"
    assert title_case_name("npj science of food") == "npj Science of Food"  # a first word without a vowel stays
    assert title_case_name("Public health nutrition") == "Public Health Nutrition"


# --- AE 7: many initials, and the fuller name of the same person ---------------------------------------------------


def test_ae7_a_linked_records_full_given_name_replaces_four_initials_whichever_came_first():
    initials = ["de Vries, J. W. M. A.", "Bakker, H."]
    full = ["de Vries, Johanna W. M. A.", "Bakker, Hendrik"]
    title = "Housing first and tenancy sustainment"
    source = new_source(_record(title=title, authors=initials, year=2017, doi="10.2/h"), {}, "search", [])
    assert link_record(source, _record(2, "wos.txt", title=title, authors=full, doi="10.2/h")).authors == full
    source = new_source(_record(title=title, authors=full, year=2017, doi="10.2/h"), {}, "search", [])
    assert link_record(source, _record(2, "embase.ris", title=title, authors=initials, doi="10.2/h")).authors == full


# --- AE 9: one web address and year, titles that differ: said, not decided --------------------------------------------


def test_ae9_two_records_of_one_address_and_year_with_other_titles_are_held_apart_and_named():
    url = "https://www.example.gov/publications/measles-vaccination-catch-up-guidance"
    first = _record(title="Measles vaccination: catch-up guidance for schools", year=2022, url=url, type="report")
    second = _record(2, title="MMR catch-up leaflet for parents", year=2022, url=url, type="report")
    dedupe = Deduplicator()
    assert dedupe.match(first) is None and dedupe.apart == ""
    dedupe.add("ukhsa2022measles", first)
    assert dedupe.match(second) is None
    assert dedupe.apart == "ukhsa2022measles"
    later = _record(3, title="Measles vaccination: catch-up guidance for schools", year=2022, url=url, type="report")
    assert dedupe.match(later) == "ukhsa2022measles" and dedupe.apart == ""
    other_year = _record(4, title="MMR catch-up leaflet for parents", year=2019, url=url, type="report")
    dedupe.match(other_year)
    assert dedupe.apart == ""


# --- AF 9: the NLM's year after a journal's name; a body's initials as publisher -----------------------------------


def test_af9_the_year_the_nlm_adds_to_a_journals_name_is_not_cited_and_one_journal_is_named_one_way():
    assert without_qualifier("Journal of advanced nursing (1976)") == "Journal of advanced nursing"
    assert cited_container("Journal of advanced nursing (1976)") == "Journal of Advanced Nursing"
    assert without_qualifier("Annals of Medicine (Helsinki)") == "Annals of Medicine (Helsinki)"  # a word, not a year
    a = _source("a2019", title="Green space and wellbeing", container="Health & place (1995)", type="article", year=2019)
    b = _source("b2020", title="Walkability and loneliness", container="Health and Place", type="article", year=2020)
    with citing([a, b]):
        assert cited_container(a.container) == cited_container(b.container)


def test_af9_a_publisher_in_capitals_that_is_its_authoring_bodys_initials_stays_in_capitals():
    report = _source(
        "inspq2018",
        type="report",
        title="Vaccination en milieu scolaire",
        authors=["Institut national de santé publique du Québec"],
        publisher="INSPQ",
        year=2018,
    )
    assert "INSPQ." in reference(report) and "Inspq" not in reference(report)
    book = _source("smith2010", type="book", title="Housing", authors=["Smith, J."], publisher="ROUTLEDGE", year=2010)
    assert "Routledge." in reference(book)  # a publisher's name in capitals is still shown in proper case


# --- AF 14 / AE (B): citation keys ---------------------------------------------------------------------------------


def test_af14_a_key_passes_over_articles_of_other_languages_and_elided_ones():
    def key(title: str, authors=("Dupont, M.",)) -> str:
        return citation_key(_record(title=title, authors=list(authors), year=2019))

    assert key("Le rôle des infirmières scolaires") == "dupont2019role"
    assert key("L'évaluation des programmes de vaccination") == "dupont2019evaluation"
    assert key("Una revisión de la vivienda social") == "dupont2019revision"
    assert key("Dell'assistenza domiciliare agli anziani") == "dupont2019assistenza"
    assert key("Die Obdachlosen in Berlin") == "dupont2019obdachlosen"
    assert key("UN peacekeeping and health") == "dupont2019un"  # an acronym in capitals is a word


def test_ae_b_a_bodys_key_keeps_an_acronym_in_its_name_whole_and_the_initials_its_web_site_gives():
    fda = _record(title="Guidance on food labelling", authors=["US Food and Drug Administration"], year=2021)
    assert citation_key(fda) == "usfda2021guidance"
    ons = _record(
        title="Census of housing",
        authors=["Office for National Statistics and Census Bureau"],
        year=2021,
        url="https://www.ons.example.org/census",
    )
    assert citation_key(ons) == "ons2021census"


def test_af14_keys_of_a_review_made_before_stay(cmo, tmp_path):
    """Keys are ids: reading the same file again keeps each source's key, whatever rule made it."""
    (tmp_path / "falls.ris").write_text(_FALLS_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "falls.ris"))
    before = sorted(s["key"] for s in cmo.json("sources", "list"))
    cmo("ingest", str(tmp_path / "falls.ris"))
    assert sorted(s["key"] for s in cmo.json("sources", "list")) == before
