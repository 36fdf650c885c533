"""A Covidence quality-assessment or decision row finds its study by Covidence's own number ('Covidence #': "#2204"),
kept from Covidence's export of the records, before Covidence's own citation of it ('Study ID': "Wildman 2019a"),
whose letters need not be cmo's (trial CS: Covidence's 'Wildman 2019a' was the service users' paper; cmo letters works
cited alike by their titles' order, so read it as the link workers' paper)."""

from __future__ import annotations

from conftest import DATA

FILES = DATA / "n2_covidence"
TRIAL_CS = DATA / "trial_cs"
SERVICE_USERS = "10.1186/s12889-018-6349-x"
LINK_WORKERS = "10.1111/hsc.12716"


def _by_doi(cmo) -> dict[str, dict]:
    return {s["doi"]: cmo.json("sources", "show", s["key"]) for s in cmo.json("sources", "list") if s.get("doi")}


def _covidence_review(cmo) -> None:
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILES / "wildman_endnote.txt"), str(FILES / "review_417233_fulltext_csv.csv"))


def test_a_covidence_quality_row_finds_its_study_by_covidence_s_number(cmo):
    _covidence_review(cmo)
    said = cmo("appraise", "--file", str(FILES / "review_417233_quality_assessment.csv"), code=None)
    sources = _by_doi(cmo)
    assert sources[SERVICE_USERS]["appraisal"]["relevance"] == "high", said.stderr
    assert sources[SERVICE_USERS]["appraisal"]["rigour"] == "high"
    assert sources[LINK_WORKERS]["appraisal"]["relevance"] == "low"
    assert "as its letter says" not in said.stderr  # nothing was read by a letter


def test_a_covidence_decision_row_finds_its_study_by_covidence_s_number(cmo):
    _covidence_review(cmo)
    cmo("select", "import", str(FILES / "review_417233_excluded_csv.csv"), "--as", "excluded", code=None)
    sources = _by_doi(cmo)
    assert sources[SERVICE_USERS]["status"] == "excluded"
    assert sources[LINK_WORKERS]["status"] == "unscreened"


def test_numbers_no_record_carries_leave_rows_to_their_study_id(cmo):
    """Another review's Covidence export, whose records were never ingested from Covidence: read by 'Study ID'."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(TRIAL_CS / "telehealth_JM.txt"))
    cmo("appraise", "--file", str(FILES / "telehealth_quality_assessment.csv"), code=None)
    found = {s["key"]: cmo.json("sources", "show", s["key"])["appraisal"] for s in cmo.json("sources", "list")}
    levels = sorted((a["relevance"], a["rigour"]) for a in found.values())
    assert levels == [("high", "medium"), ("low", "low")], found
