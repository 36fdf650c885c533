"""A body's initials are read against its long name by one rule (`normalise.initials_of`), whether a sheet cites the
body ("OMS 2019"), a record's site or publisher gives its initials, or de-duplication compares two records' authors."""

from __future__ import annotations

import pytest

from cmo.bib.dedupe import group_records
from cmo.models import Provenance, Record
from cmo.normalise import initials_of
from cmo.sheets.tables import same_body


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("OMS", "Organisation mondiale de la Santé"),  # French articles left out
        ("OPS", "Organización Panamericana de la Salud"),
        ("INSPQ", "Institut national de santé publique du Québec"),
        ("INSP", "Instituto Nacional de Salud Pública"),
        ("HAS", "Haute Autorité de Santé"),
        ("IQWiG", "Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen"),
        ("RKI", "Robert Koch-Institut"),  # a hyphened name's words
        ("MIUR", "Ministero dell'Istruzione, dell'Università e della Ricerca"),  # elided articles
        ("UKHSA", "UK Health Security Agency"),  # a word that is itself initials, given whole
        ("HMG", "HM Government"),
        ("CDC", "Centers for Disease Control and Prevention"),  # the name grew a word after its initials were given
        ("NIHR", "National Institute for Health and Care Research"),
        ("AHRQ", "Agency for Healthcare Research and Quality"),
        ("PHE", "Public Health England"),
        ("DfE", "Department for Education"),
        ("U.S.", "United States"),
        ("NHS England", "National Health Service England"),
    ],
)
def test_initials_of_bodies_of_several_countries(short, long):
    assert initials_of(short, long)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("PHE", "Public Health Wales"),  # another body of the same opening
        ("PE", "Public Health England"),  # two letters leave out no word
        ("NAS", "National Academies of Sciences, Engineering, and Medicine"),  # two words left out: NASEM
        ("UNICEF", "United Nations Children's Fund"),
        ("health", "Health Canada"),  # a word of the name is no initials of it
        ("CDC", "Disease Control Centers"),  # the first word is never left out
    ],
)
def test_what_are_no_initials_of_a_body(short, long):
    assert not initials_of(short, long)


def test_a_sheets_citation_reads_initials_of_a_body_named_in_french_or_german():
    """The sheet's reading (`same_body`) once refused "OMS" for "Organisation mondiale de la Santé" and "RKI" for
    "Robert Koch-Institut", which citations and de-duplication read as the body's."""
    assert same_body("OMS", "Organisation mondiale de la Santé")
    assert same_body("RKI", "Robert Koch-Institut")
    assert same_body("INSPQ", "Institut national de santé publique du Québec")
    assert not same_body("PHE", "Public Health Wales")


def _record(key: str, author: str, line: int) -> Record:
    return Record(
        key=key,
        type="report",
        title="Interim guidance on measles outbreak response in schools",
        authors=[author],
        year=2019,
        provenance=Provenance(file="grey.ris", line=line, key=key, format="ris"),
    )


@pytest.mark.parametrize(
    "long",
    [
        "Centers for Disease Control and Prevention",
        "UK Health Security Agency",
        "National Institute for Health and Care Research",
    ],
)
def test_one_report_under_a_bodys_initials_and_its_grown_name_is_one_work(long):
    """De-duplication once read no body whose initials leave out a word its name grew ("CDC") or give a word of
    initials whole ("UKHSA"): the same report under both was two works."""
    short = {"Centers": "CDC", "UK": "UKHSA", "National": "NIHR"}[long.split()[0]]
    groups = group_records([_record("a", short, 1), _record("b", long, 9)])
    assert any(len(group) == 2 for group in groups)


def test_reports_of_two_bodies_of_one_opening_stay_two():
    groups = group_records([_record("a", "PHE", 1), _record("b", "Public Health Wales", 9)])
    assert not any(len(group) == 2 for group in groups)


RIS = """TY  - RPRT
AU  - Organisation mondiale de la Santé
TI  - Lignes directrices sur la vaccination contre la rougeole en milieu scolaire
PY  - 2019
ER  -
TY  - RPRT
AU  - Robert Koch-Institut
TI  - Masernausbrüche in Gemeinschaftseinrichtungen: Empfehlungen
PY  - 2020
ER  -
TY  - RPRT
AU  - Institut national de santé publique du Québec
TI  - Couverture vaccinale des enfants en service de garde
PY  - 2021
ER  -
TY  - RPRT
AU  - Public Health Wales
TI  - Measles catch-up campaign in secondary schools
PY  - 2021
ER  -
""".replace("ER  -\n", "ER  - \n")  # RIS ends a record "ER  - "
ROW = "{cited},In schools with an outbreak,parents trust the school nurse,more children are vaccinated\n"


def _coded(cmo, tmp_path, *cited: str, code: int | None = None):
    cmo("init", str(cmo.folder))
    (tmp_path / "grey.ris").write_text(RIS, encoding="utf-8")
    cmo("ingest", str(tmp_path / "grey.ris"))
    sheet = tmp_path / "coding.csv"
    sheet.write_text("Source,Context,Mechanism,Outcome\n" + "".join(ROW.format(cited=c) for c in cited), encoding="utf-8")
    return cmo("code", "import", str(sheet), code=code)


def test_a_sheet_cites_french_german_and_quebec_bodies_by_their_initials(cmo, tmp_path):
    """Failed before: 'OMS 2019', 'RKI 2020' and 'INSPQ 2021' were no source of the review, though the records name
    the bodies in full."""
    result = _coded(cmo, tmp_path, "OMS 2019", "RKI 2020", "INSPQ 2021")
    assert result.exit_code in (0, 1), result.output + result.stderr
    keys = {item["title"][:10]: item["key"] for item in cmo.json("sources", "list")}
    assert {item["source"] for item in cmo.json("code", "list")} == {keys["Lignes dir"], keys["Masernausb"], keys["Couverture"]}


def test_a_sheet_citing_phe_reads_no_report_of_public_health_wales(cmo, tmp_path):
    refused = _coded(cmo, tmp_path, "PHE 2021", code=2)
    assert cmo.json("code", "list") == [] and "PHE 2021" in refused.stderr


def test_a_units_report_under_its_parents_initials_and_its_parents_name_is_one_work():
    """The unit's name after both ("Bureau régional de l'Afrique") is set aside before the initials are read."""
    short, long = "OMS Bureau régional de l'Afrique", "Organisation mondiale de la Santé. Bureau régional de l'Afrique"
    assert any(len(group) == 2 for group in group_records([_record("a", short, 1), _record("b", long, 9)]))
    other = "Organisation mondiale de la Santé. Bureau régional de l'Europe"
    assert not any(len(group) == 2 for group in group_records([_record("a", short, 1), _record("b", other, 9)]))
