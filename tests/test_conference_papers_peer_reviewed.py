"""Helper K4: a rapid realist review of SMS and apps for diabetes, where many sources are computing conference papers
(ACM CHI and COMPASS, IEEE HealthCom), counted every one of them as grey literature: the report's table of documents,
the pack ("Grey literature (conference)") and the evidence strength ("2 peer-reviewed" needed for strong) all read them
as unreviewed. A paper printed whole in a conference's proceedings (four pages or more, by its range or its record's
`numpages`) is peer-reviewed (`normalise.full_paper_in_proceedings`); a meeting abstract stays grey."""

from __future__ import annotations

import json
import shutil

from conftest import DATA

FILES = DATA / "conference_proceedings"


def _sources(cmo, tmp_path, *names: str) -> dict[str, dict]:
    for name in names:
        shutil.copy(FILES / name, tmp_path / name)
    cmo("init", str(cmo.folder))
    cmo("ingest", *(str(tmp_path / name) for name in names), code=None)
    return {source["title"][:30]: source for source in json.loads(cmo("sources", "list", "--json").stdout)}


def test_full_conference_papers_from_acm_and_ieee_are_peer_reviewed(cmo, tmp_path):
    """Fails on the old code: all three were grey."""
    sources = _sources(cmo, tmp_path, "acm_dl.bib", "ieee_xplore.csv")
    assert len(sources) == 3
    for source in sources.values():
        assert source["type"] == "conference", source
        assert source["grey"] is False, source["title"]


def test_meeting_abstracts_stay_grey(cmo, tmp_path):
    """Must not fire, on another topic: a nursing conference's one-page abstract, and one with no pages."""
    sources = _sources(cmo, tmp_path, "meeting_abstracts.ris")
    assert len(sources) == 2
    assert all(source["grey"] for source in sources.values()), sources
