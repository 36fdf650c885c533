"""Helper L3 (fault found by trial helper K3): Publish or Perish gives Google Scholar's record of a charity's report with
the charity as its Source ("Centre for Mental Health") and no volume, pages nor DOI; it was typed a peer-reviewed
article. A Source whose head noun names a body (a centre, an institute, a department, a trust, a foundation) on a row
that names no volume, issue, pages nor DOI is a body's own work: grey literature. Journals stay peer-reviewed."""

from __future__ import annotations

from pathlib import Path

from cmo.normalise import headed_by_a_body

DATA = Path(__file__).parent / "data"


def test_a_scholar_row_whose_source_is_a_centre_is_grey_and_its_journals_are_not(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "k3_reentry" / "publish_or_perish_scholar.csv"), code=None)
    sources = {s["title"][:20]: s for s in cmo.json("sources", "list")}
    report = next(s for title, s in sources.items() if "Someone who gets it" in title)
    assert report["grey"] is True, report
    journal = next(s for title, s in sources.items() if title.startswith("Enhancing community"))  # Health & Justice
    assert journal["grey"] is False, journal


def test_journal_names_are_not_bodies():  # must not fire: a journal's head noun, or a body's word after it
    journals = ("Health & Justice", "Psychiatric Services", "Journal of Public Mental Health", "School Mental Health")
    for journal in (*journals, "Journal of the American College of Cardiology", "BMC Health Services Research"):
        assert not headed_by_a_body(journal), journal
    for body in ("Centre for Mental Health", "Nuffield Trust", "The Health Foundation", "Institute for Government",
                 "Department of Health and Social Care"):  # fmt: skip
        assert headed_by_a_body(body), body
