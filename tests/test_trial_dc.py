"""Trial DC: a police mental-health liaison officer and her supervisor run a rapid realist review of street triage and
police–mental health co-response (ProQuest Criminal Justice Database RIS, PubMed XML and .nbib, a RefWorks folder
exported as RIS and as BibTeX, Dedoose's excerpt export coded by two coders, Microsoft Forms feedback). Each test fails
on the code before the trial, or is the case where the rule must not fire, on another topic."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_dc"


def _flow(cmo) -> dict[str, int]:
    report = cmo.folder / "report.md"
    cmo("report", "--format", "md", "-o", str(report), code=None)
    rows = re.findall(r"^\| (Records identified|Duplicate records linked) \| (\d+) \|$", report.read_text(), re.M)
    return {step: int(number) for step, number in rows}


def test_one_refworks_folder_exported_as_ris_and_as_bibtex_is_counted_once(cmo):
    """Fails on the old code: RefWorks' RIS and BibTeX exports of one folder (the same record numbers, `ID  -
    RefID:1040-…` and `@article{RefWorks:RefID:1040-…,`) made 6 records identified of 3, and 3 duplicate records
    linked, in the report's document flow: one library counted as two searches."""
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "street_triage_folder.ris"), str(DATA / "street_triage_folder.bib"))
    assert "street_triage_folder.bib gives again 3 records of street_triage_folder.ris under the same record numbers" in (
        result.stderr
    )
    assert _flow(cmo) == {"Records identified": 3, "Duplicate records linked": 0}
    assert len(cmo.json("sources", "list")) == 3


def test_two_reviewers_refworks_folders_of_another_topic_keep_their_duplicates(cmo):
    """Must not fire: two reviewers' RefWorks folders of a school physical-activity review number their records each
    their own way. The SPARK paper under two numbers (210, 877) is a duplicate the searches found twice; number 211 of
    one folder and 211 of the other are two papers, never linked."""
    cmo("init", str(cmo.folder))
    result = cmo("ingest", str(DATA / "physical_activity_AB.ris"), str(DATA / "physical_activity_KT.bib"))
    assert "gives again" not in result.stderr
    assert _flow(cmo) == {"Records identified": 4, "Duplicate records linked": 1}
    assert len(cmo.json("sources", "list")) == 3
