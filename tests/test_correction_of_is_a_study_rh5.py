"""A study whose title opens "Correction of …" is a study, not an erratum (helper RH5, re-checking H6's notices on the
integrated code): the title rule took any title opening with the word "correction" for a notice, so "Correction of
anaemia before elective surgery: a realist review" was shown as an erratum to exclude at screening, and counted in the
report's flow among the notices not excluded, though its export typed it an Article. Publishers title a notice
"Correction: …", "Correction to: …", "Correction for …"; "correction of" a thing is English for correcting it."""

from __future__ import annotations

from conftest import DATA

from cmo.bib.dedupe import notice_kind

FLOW_NOTICES = "| Of them, notices about another work not excluded (errata, retractions, expressions of concern)"

FILE = DATA / "notices_by_title" / "embase_style.ris"


def test_correction_of_a_thing_names_no_notice():
    """Fails on the old code: both were errata."""
    assert notice_kind("Correction of anaemia before elective surgery: a realist review") == ""
    assert notice_kind("Correction of vitamin D deficiency in care home residents") == ""


def test_notices_titled_so_are_still_notices():
    """Must still fire: the titles publishers give their errata."""
    assert notice_kind("Correction: Pre-operative anaemia clinics: a realist review") == "erratum"
    assert notice_kind("Correction to: Care home programmes for vitamin D") == "erratum"
    assert notice_kind("Correction for Smith et al., Peer support in prisons") == "erratum"
    assert notice_kind("Correction") == "erratum"
    assert notice_kind("Correction of: Peer support in prisons") == "erratum"


def test_sources_show_and_the_report_count_the_studies_as_studies(cmo):
    """Fails on the old code: the studies were shown as errata and the flow counted 4 notices."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(FILE), code=None)
    shown = {s["title"]: s["key"] for s in cmo.json("sources", "list")}
    assert len(shown) == 4
    for title, key in shown.items():
        expected = "erratum" if title.startswith(("Correction:", "Correction to:")) else ""
        assert cmo.json("sources", "show", key)["notice"] == expected, title
    report = cmo.folder / "report.md"
    cmo("report", "-o", str(report), "--format", "md", code=None)
    assert FLOW_NOTICES + " | 2 |" in report.read_text()
