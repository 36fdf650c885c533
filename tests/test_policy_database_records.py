"""A policy database's export (Overton's CSV): its "Source title" is the body that issued each document, its
"Published_on" the date and its "Document URL" the link; a journal database's "Source title" stays the journal."""

from __future__ import annotations

from tests.sheet_reviews import write_csv

OVERTON_HEADER = [
    *("Policy_document_id", "Title", "Translated title", "Document type", "Source title", "Source country"),
    *("Source state", "Source type", "Source subtype", "Published_on", "Policy citations"),
    *("Policy citations (inc self)", "Document URL", "Overton URL", "Source specific tags", "Your tags", "Top topics"),
]


def _overton_row(doc_id: str, title: str, kind: str, body: str, country: str, body_type: str, date: str, url: str):
    return [doc_id, title, "", kind, body, country, "", body_type, "", date, "3", "3", url, f"https://app.overton.io/{doc_id}"]


def test_an_overton_export_reads_the_issuing_body_date_and_link(cmo, tmp_path):
    path = write_csv(
        tmp_path / "policies-export-2026-11-02.csv",
        OVERTON_HEADER,
        _overton_row(
            "gbrmhclg-01ab",
            "Housing First pilots: second process evaluation report",
            "publication",
            "Ministry of Housing, Communities and Local Government",
            "United Kingdom",
            "government",
            "2021-05-27",
            "https://www.gov.uk/government/publications/housing-first-pilots-second-process-evaluation",
        )
        + ["", "", "Homelessness"],
        _overton_row(
            "canhomehub-77",
            "Coordinated access for rough sleepers in mid-sized cities",
            "working paper",
            "Canadian Observatory on Homelessness",
            "Canada",
            "think tank",
            "2019",
            "https://www.homelesshub.ca/resource/coordinated-access",
        )
        + ["", "", ""],
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path))
    sources = {s["title"].split()[0]: s for s in cmo.json("sources", "list")}
    housing, access = sources["Housing"], sources["Coordinated"]
    assert housing["year"] == 2021 and access["year"] == 2019
    assert housing["citation"] == "Ministry of Housing, Communities and Local Government 2021"
    assert housing["container"] == "" and housing["type"] != "article" and housing["grey"] is True
    assert housing["url"].startswith("https://www.gov.uk/government/publications/housing-first")
    shown = cmo.json("sources", "show", access["key"])
    assert shown["publisher"] == "Canadian Observatory on Homelessness" and shown["container"] == ""
    assert shown["extra"]["source type"] == "think tank"  # kept as written beside the record


def test_a_journal_databases_source_title_beside_its_source_country_stays_the_journal(cmo, tmp_path):
    """Lens.org's scholarly export names the journal in "Source Title" beside its "Source Country": no body issued it."""
    path = write_csv(
        tmp_path / "lens-export.csv",
        ["Lens ID", "Title", "Date Published", "Publication Year", "Publication Type", "Source Title", "Source Country"]
        + ["Author/s", "DOI"],
        [
            "000-111-222-333-444",
            "Tenancy sustainment after Housing First: a cohort study",
            "2020-03-01",
            "2020",
            "journal article",
            "Housing Studies",
            "United Kingdom",
            "Okafor, N.; Brandt, L.",
            "10.1080/02673037.2020.1234567",
        ],
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(path))
    (source,) = cmo.json("sources", "list")
    assert source["container"] == "Housing Studies" and source["type"] == "article" and source["grey"] is False
