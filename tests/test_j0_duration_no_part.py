"""Helper J0 (fault found by helper H1): a length of time in a title is no part number.

A conference abstract of the TASSH trial ("… Ghana: 12-month results of the TASSH cluster randomised trial", EBSCO's
Africa-Wide Information) and its paper in PLoS Medicine (PubMed), whose title gives no length of time: `cmo sources
merge` refused them as "parts of a series", which they are not (the real reasons to ask for --force: a conference work
and a journal work, two DOIs). Two abstracts of 12-month and 24-month results are still two reports."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "j0_abstract_and_paper"


def _keys(cmo) -> dict[str, str]:
    return {s["title"][:40]: s["key"] for s in cmo.json("sources", "list")}


def test_an_abstract_with_its_follow_up_and_its_paper_are_no_parts_of_a_series(cmo):
    """Fails on the old code: the refusal said "their titles carry different numbers (parts of a series)"."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "ebsco-africa-wide-abstract.ris"), str(DATA / "pubmed-paper.nbib"))
    keys = _keys(cmo)
    abstract = next(k for t, k in keys.items() if t.startswith("Task shifting strategy"))
    paper = next(k for t, k in keys.items() if t.startswith("Health insurance coverage"))
    refused = cmo("sources", "merge", paper, abstract, code=2)
    assert "parts of a series" not in refused.stderr
    assert "conference work" in refused.stderr  # the real reason, and --force to override it
    cmo("sources", "merge", paper, abstract, "--force", "--note", "the ISH 2016 abstract of the TASSH trial")
    assert len(cmo.json("sources", "list")) == 1


def test_two_reports_of_other_follow_ups_are_still_two_parts(cmo, tmp_path):
    """Must not fire: "12-month results" and "24-month results" of one trial are two reports, told apart as before."""
    record = (DATA / "ebsco-africa-wide-abstract.ris").read_text(encoding="utf-8")
    later = record.replace("12-month results", "24-month results").replace("1388204", "1388999")
    later = later.replace("0500032.47289.1c", "0500099.47289.2d").replace("SP  - e45", "SP  - e112")
    (tmp_path / "later.ris").write_text(later, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "ebsco-africa-wide-abstract.ris"), str(tmp_path / "later.ris"))
    first, second = sorted(s["key"] for s in cmo.json("sources", "list"))
    refused = cmo("sources", "merge", first, second, code=2)
    assert "parts of a series" in refused.stderr
