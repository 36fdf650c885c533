"""Google Scholar's BibTeX types a report it cannot type as `@article`, with no journal, volume or pages and only its
issuer as `publisher` (a university, a research centre). Trial E0 (social prescribing link workers): Scholar's record of
Sheffield Hallam University's evaluation of a social prescribing pilot was counted as a peer-reviewed article in the
evidence strength and the report's table of documents, and kept apart from the grey list's record of the same report
as "a journal work and a grey work". Tested on another topic: Housing First for homeless adults."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "google_scholar"


def test_a_scholar_article_with_only_a_university_as_publisher_is_a_grey_report(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "homelessness_scholar.bib"), code=None)
    sources = {s["key"]: s for s in cmo.json("sources", "list")}
    report = sources["watts2021housing"]
    assert (report["type"], report["grey"]) == ("report", True)


def test_the_scholar_report_is_linked_to_the_grey_lists_record_of_it(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "homelessness_scholar.bib"), code=None)
    cmo("ingest", str(DATA / "homelessness_grey_list.csv"), "--origin", "website", code=None)
    watts = [s for s in cmo.json("sources", "list") if s["title"].lower().startswith("housing first in scotland")]
    assert len(watts) == 1, watts
    assert cmo.json("sources", "show", watts[0]["key"])["records"][1]["file"].endswith("homelessness_grey_list.csv")


def test_scholar_articles_of_a_journal_or_a_publishing_house_keep_their_type(cmo):
    """Must not fire: an article naming its journal and pages, or one whose publisher is a press or a publishing house
    (Scholar gives Elsevier's review with no journal), is no report a body issued."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "homelessness_scholar.bib"), code=None)
    sources = {s["key"]: s for s in cmo.json("sources", "list")}
    for key in ("tsemberis2004housing", "pleace2016housing", "aubry2020effectiveness"):
        assert (sources[key]["type"], sources[key]["grey"]) == ("article", False), key
