"""Trial H7 (a new user's rapid realist review of school-based HPV vaccination): Europe PMC's and ClinicalTrials.gov's
CSV downloads as the team brought them (`tests/data/trial_h7`)."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.readers.ris import split_author_value

EXPORTS = DATA / "trial_h7"


def test_a_group_author_closing_a_vancouver_list_is_one_author_after_the_people(cmo):
    """Europe PMC writes a collective author after the people with the same comma ("…, Skinner SR, HPV.edu Study
    Group."): the whole list was read as one author, cited by all twelve names and keyed by them."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "europepmc_group_author.csv"))
    keys = {source["key"] for source in cmo.json("sources", "list")}
    assert "davies2021schoolbased" in keys
    shown = cmo.json("sources", "show", "davies2021schoolbased")
    assert shown["authors"][:2] == ["Davies, C.", "Stoney, T."]
    assert shown["authors"][-2:] == ["Skinner, S. R.", "HPV.edu Study Group"]


def test_a_list_that_is_no_list_of_people_before_its_group_stays_as_written(cmo):
    """Another topic: a name of no person's shape ("Brown") before the group leaves the list unread, as before."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "europepmc_group_author.csv"))
    [nursing] = [s for s in cmo.json("sources", "list") if s["title"].startswith("Protected learning time")]
    assert cmo.json("sources", "show", nursing["key"])["authors"] == ["Okafor C, Lindqvist A, Brown, Working Group."]


def test_a_group_is_read_after_people_only_where_it_closes_the_list():
    assert split_author_value("Smith J, Jones K, ALSPAC Study Team") == ["Smith, J.", "Jones, K.", "ALSPAC Study Team"]
    assert split_author_value("Centre for Reviews and Dissemination") == ["Centre for Reviews and Dissemination"]
    assert split_author_value("Age UK") == ["Age UK"]
    assert split_author_value("Smith J, ALSPAC Study Team, Jones K") == ["Smith J, ALSPAC Study Team, Jones K"]


def test_clinicaltrials_gov_csv_download_is_read_as_registry_records(cmo):
    """ClinicalTrials.gov's CSV of study records was refused whole ('no column is read as a title'): its 'Study
    Title', 'Sponsor', 'First Posted', 'Study URL', 'Brief Summary' and 'NCT Number' are read."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / "clinicaltrials_gov_ctg-studies.csv"))
    listed = {source["key"]: source for source in cmo.json("sources", "list")}
    assert len(listed) == 3
    shown = cmo.json("sources", "show", "uppsalauniversity2014schoolbased")
    assert shown["title"] == "School-based Intervention for the Prevention of HPV Among Adolescents"
    assert shown["authors"] == ["Uppsala University"] and shown["year"] == 2014 and shown["grey"]
    assert shown["url"] == "https://clinicaltrials.gov/study/NCT02280967"
    assert shown["abstract"].startswith("The aim is to evaluate")
    assert [record["key"] for record in shown["records"]] == ["NCT02280967"]
    assert cmo.json("sources", "show", "universityofcoloradodenver2018text")["authors"] == ["University of Colorado, Denver"]
