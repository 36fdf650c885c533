"""Helper K6: an editor's expression of concern is no retraction. PubMed types it "Expression of Concern" (beside
"Retraction of Publication"); a journal titles it "Expression of Concern: <the paper's title>". It is a notice about
another work, excluded at screening like an erratum, but the work it is about is not retracted: it stays usable and the
team is told, on the notice and on the paper (`cmo sources show`). And the report's flow counts a notice by the type its
records' export gave it, as ingest names it (a MEDLINE "PT  - Published Erratum" titled as its paper was counted a study)."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.dedupe import corrected_title, notice_kind

FOLDER = DATA / "k6_notices"


def test_an_expression_of_concern_is_named_so_by_its_type_or_its_title():
    assert notice_kind("A cluster trial of community health workers", "Expression of Concern") == "expression of concern"
    assert notice_kind("A cluster trial of community health workers", "Retraction of Publication") == "retraction"
    assert notice_kind("Expression of Concern: A cluster trial of community health workers") == "expression of concern"
    assert notice_kind("Editorial Expression of Concern") == "expression of concern"
    assert notice_kind('"A cluster trial of community health workers": Expression of concern.') == "expression of concern"
    assert corrected_title("Expression of Concern: A cluster trial of community health workers") == (
        "A cluster trial of community health workers"
    )
    assert notice_kind("Retraction: A cluster trial of community health workers") == "retraction"


def test_a_study_of_people_expressing_concern_is_no_notice():
    assert notice_kind("Parents' expression of concern about speech delay in toddlers") == ""
    assert notice_kind("Expression of concern by nurses about workload: a survey of acute wards") == ""


def test_sources_show_names_the_concern_on_the_notice_and_on_the_paper(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FOLDER / "pubmed_expression_of_concern.nbib"), code=None)
    keys = {s["pmid"]: s["key"] for s in cmo.json("sources", "list")}
    notice, paper = keys["31000002"], keys["31000001"]
    detail = cmo.json("sources", "show", notice)
    assert detail["notice"] == "expression of concern" and detail["corrects"] == [paper]
    text = cmo("sources", "show", notice).stdout
    assert "an expression of concern (typed 'Expression of Concern'" in text and "retraction:" not in text.split("(an")[0]
    assert "not a retraction: the work stays usable" in text
    shown = cmo.json("sources", "show", paper)
    assert shown["notice"] == "" and shown["notices"] == [f"{notice} (an expression of concern)"]
    assert "is about this work: tell the team" in cmo("sources", "show", paper).stdout


def test_the_flow_counts_a_medline_erratum_typed_only_by_its_publication_type(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "embase_errata" / "pubmed_erratum.nbib"), code=None)  # titled as its paper
    report = cmo.folder / "report.md"
    cmo("report", "-o", str(report), "--format", "md", code=None)
    assert "| Of them, notices about another work not excluded (errata, retractions, expressions of concern) | 1 |" in (
        report.read_text()
    )


def test_a_paper_is_told_of_an_erratum_about_it_and_a_study_of_another_title_of_none(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "embase_errata" / "pubmed_erratum.nbib"), code=None)
    other = cmo.folder / "studies.ris"
    other.write_text("TY  - JOUR\nTI  - Community health workers and stress at work\nPY  - 2020\nM3  - Article\nER  - \n")
    cmo("ingest", str(other), code=None)
    keys = {s.get("pmid") or "ris": s["key"] for s in cmo.json("sources", "list")}
    assert cmo.json("sources", "show", keys["31111111"])["notices"] == [f"{keys['31222222']} (an erratum)"]
    assert cmo.json("sources", "show", keys["ris"])["notices"] == []


def test_a_paper_pubmed_tags_with_a_concern_says_so_with_no_notice_ingested(cmo):
    """PubMed writes on the paper the notice about it ('ECI  - …', 'RIN  - …'): the team is told from the paper alone."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FOLDER / "pubmed_paper_under_concern.nbib"), code=None)
    (paper,) = cmo.json("sources", "list")
    assert cmo.json("sources", "show", paper["key"])["notices"] == [
        "an expression of concern in BMC Health Serv Res. 2020;20(1):55. PMID: 31000002 (PubMed's ECI)"
    ]
