"""Trial CO: a care-home pharmacist and a geriatrician run a rapid realist review of medication review and deprescribing
in care homes (Scopus, Web of Science, Google Scholar, Paperpile, JabRef, Cochrane exports; a coding sheet in Excel)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "trial_co"


def _sources(cmo, *files):
    cmo("init", str(cmo.folder))
    for file in files:
        cmo("ingest", str(DATA / file), code=None)
    return {s["key"]: s for s in cmo.json("sources", "list")}


def test_scholars_report_and_nices_own_guidance_are_grey(cmo):
    """Fails on the old code: Scholar's report to the Department of Health (`@article`, the body in `journal`, no volume
    nor pages) and NICE's guidance (`@book`, publisher "NICE") were counted as peer-reviewed: the report's document
    table read "33 peer-reviewed, 0 grey literature"."""
    sources = _sources(cmo, "scholar.bib")
    assert (sources["alldred2009care"]["type"], sources["alldred2009care"]["grey"]) == ("report", True)
    assert sources["nice2014managing"]["grey"] is True


def test_journals_named_reports_and_other_publishers_stay_as_they_were(cmo):
    """Must not fire: a journal whose name says "Reports", a body's book from a press of another name ("BMJ" for the
    British Medical Association) and a person's book whose publisher's letters happen to be their initials."""
    sources = _sources(cmo, "scholar-other-topics.bib")
    assert {key: (s["type"], s["grey"]) for key, s in sources.items()} == {
        "smith2021soil": ("article", False),
        "lee2019vaccination": ("article", False),
        "bma2011ethics": ("book", False),
        "ward2018river": ("book", False),
    }
