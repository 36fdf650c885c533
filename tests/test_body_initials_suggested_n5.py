"""A body named by its initials and the start of its next word ('RCPsych 2019' for the Royal College of Psychiatrists,
keyed rcp2019national) is suggested by `cmo sources show` (helper N5, trial DB 8: no "did you mean")."""

from __future__ import annotations

from pathlib import Path

RIS = Path(__file__).parent / "data" / "college_reports" / "zotero-college-reports.ris"


def _review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(RIS))


def test_a_bodys_initials_and_the_start_of_its_next_word_are_suggested(cmo):
    _review(cmo)
    said = cmo("sources", "show", "RCPsych 2019", code=2).stderr
    assert "did you mean 'rcp2019national'?" in said, said
    said = cmo("sources", "show", "RCPhys 2019", code=2).stderr
    assert "did you mean 'rcp2019national-2'?" in said, said


def test_a_word_start_no_body_of_that_year_has_suggests_none(cmo):
    """Must not fire: 'RCPaed' (paediatrics) is neither college of 2019; 'RCPsych' of a year no source has."""
    _review(cmo)
    for name in ("RCPaed 2019", "RCPsych 2017"):
        said = cmo("sources", "show", name, code=2).stderr
        assert "did you mean" not in said, said
