"""Screening, appraisal and origin files: generic spreadsheets and Rayyan / Covidence exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import CORPUS, need_shared
from openpyxl import Workbook

from cmo.errors import BadInput
from cmo.models import Source
from cmo.sheets.screening import parse_appraisal, parse_origins, parse_screening

SOURCES = {
    s.key: s
    for s in [
        Source(key="smith2020", title="Video consultations in crisis care", doi="10.1000/abc.1"),
        Source(key="lee2019", title="Peer support online", doi="10.1000/xyz.2"),
        Source(key="okafor2021", title="Digital exclusion in mental health services"),
        Source(key="nhs2022", title="Remote care guidance", type="report"),
    ]
}
KEY_BY_DOI = {s.doi: s.key for s in SOURCES.values() if s.doi}


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def screen(path: Path, **options):
    return parse_screening(path, SOURCES, KEY_BY_DOI, **options)


def decisions(parsed) -> list[tuple[str, str, str]]:
    return [(d.key, d.status, d.reason) for d in parsed]


def test_plain_sheet_with_key_doi_and_common_decision_words(tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        [
            ["Citation key", "DOI", "Include", "Exclusion reason"],
            ["smith2020", "", "yes", ""],
            ["", "https://doi.org/10.1000/XYZ.2", "Excluded", "wrong population"],
            ["okafor2021", "", "maybe", "ignored for a maybe"],
            ["NHS2022", "", "no", "not about remote care"],
        ],
    )

    assert decisions(screen(path)) == [
        ("smith2020", "included", ""),
        ("lee2019", "excluded", "wrong population"),
        ("okafor2021", "unscreened", ""),
        ("nhs2022", "excluded", "not about remote care"),
    ]


def test_screening_xlsx_is_read_too(tmp_path):
    workbook = Workbook()
    workbook.active.append(["key", "decision", "reason"])
    workbook.active.append(["lee2019", "include", None])
    workbook.save(tmp_path / "s.xlsx")

    assert decisions(screen(tmp_path / "s.xlsx")) == [("lee2019", "included", "")]


def test_rayyan_export_decisions_and_reasons_come_from_notes(tmp_path):
    path = write_csv(
        tmp_path / "articles.csv",
        [
            ["key", "title", "authors", "year", "doi", "notes"],
            [
                "1",
                "Video consultations in crisis care",
                "Smith A",
                "2020",
                "",
                'RAYYAN-INCLUSION: {"Ann"=>"Included", "Bo"=>"Included"} | RAYYAN-LABELS: crisis',
            ],
            [
                "2",
                "Something else",
                "Lee C",
                "2019",
                "10.1000/xyz.2",
                'RAYYAN-INCLUSION: {"Ann"=>"Excluded"} | RAYYAN-EXCLUSION-REASONS: wrong setting,foreign language',
            ],
            [
                "3",
                "Digital exclusion in mental health services",
                "Okafor D",
                "2021",
                "",
                'RAYYAN-INCLUSION: {"Ann"=>"Included", "Bo"=>"Excluded"}',
            ],
            ["4", "Remote care guidance", "", "2022", "", ""],
        ],
    )

    parsed = screen(path)

    assert decisions(parsed) == [
        ("smith2020", "included", ""),
        ("lee2019", "excluded", "wrong setting; foreign language"),
        ("okafor2021", "unscreened", ""),
        ("nhs2022", "unscreened", ""),
    ]
    assert parsed.warnings[0].endswith(
        "row 4, okafor2021: the screeners do not agree (Ann include; Bo exclude); now maybe (screened, not yet decided), "
        "for the team to decide"
    )
    by_key = {d.key: d for d in parsed.rows}
    assert (by_key["smith2020"].screened_by, by_key["smith2020"].screeners) == ("Ann; Bo", {"Ann": "include", "Bo": "include"})
    assert (by_key["okafor2021"].conflict, by_key["okafor2021"].screeners) == (True, {"Ann": "include", "Bo": "exclude"})
    assert by_key["lee2019"].screened_by == "Ann"


def test_covidence_export_of_excluded_studies_with_reasons_in_notes(tmp_path):
    path = write_csv(
        tmp_path / "covidence.csv",
        [
            ["Title", "Authors", "Published Year", "DOI", "Ref", "Covidence #", "Study", "Notes", "Tags"],
            [
                "Peer support online",
                "Lee C",
                "2019",
                "10.1000/xyz.2",
                "",
                "#12",
                "Lee 2019",
                "Exclusion reason: Wrong intervention; ",
                "",
            ],
            ["Remote care guidance", "", "2022", "", "", "#13", "NHS 2022", "", ""],
        ],
    )

    with pytest.raises(BadInput, match="row 3, column Notes: an excluded source needs a reason"):
        screen(path, default_status="excluded")
    parsed = screen(path, default_status="excluded", default_reason="full-text screening")

    assert decisions(parsed) == [("lee2019", "excluded", "Wrong intervention"), ("nhs2022", "excluded", "full-text screening")]


def test_file_without_any_decision_needs_a_default(tmp_path):
    path = write_csv(tmp_path / "s.csv", [["Title", "DOI"], ["Peer support online", ""]])
    with pytest.raises(BadInput, match="no 'decision' column"):
        screen(path)
    assert decisions(screen(path, default_status="included")) == [("lee2019", "included", "")]


def test_every_bad_row_is_reported_and_nothing_returned(tmp_path):
    path = write_csv(
        tmp_path / "s.csv",
        [
            ["key", "doi", "decision", "reason"],
            ["smith2020", "", "include", ""],
            ["lee2091", "", "include", ""],
            ["", "10.9999/none", "include", ""],
            ["okafor2021", "", "perhaps", ""],
            ["nhs2022", "", "exclude", ""],
            ["", "", "", ""],
            ["smith2020", "", "exclude", "duplicate"],
        ],
    )

    with pytest.raises(BadInput) as caught:
        screen(path)

    lines = caught.value.message.splitlines()
    assert lines[0] == f"{path} has 5 problems, so no decision was applied:"
    assert lines[1:] == [
        "row 3, column key: 'lee2091' is not a source in this review (did you mean 'lee2019'?)",
        "row 4, column doi: DOI '10.9999/none' is not a source in this review",
        "row 5, column decision: 'perhaps' is not a decision (use include, exclude or maybe)",
        "row 6, column reason: an excluded source needs a reason",
        "row 8, column key: smith2020 is also on row 2 with a different decision",
    ]


def test_sheet_without_any_way_to_match_sources_is_refused(tmp_path):
    path = write_csv(tmp_path / "s.csv", [["author", "decision"], ["Smith", "include"]])
    with pytest.raises(BadInput, match="no 'key', 'doi' or 'title' column"):
        screen(path)


def test_appraisal_levels_and_notes(tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        [
            ["key", "relevance", "rigor", "note"],
            ["smith2020", "High", "m", "small sample"],
            ["lee2019", "low", "", ""],
        ],
    )

    rows = parse_appraisal(path, SOURCES.keys())

    assert [(r.key, r.appraisal.relevance, r.appraisal.rigour, r.appraisal.note) for r in rows] == [
        ("smith2020", "high", "medium", "small sample"),
        ("lee2019", "low", None, ""),
    ]


def test_appraisal_problems_are_reported_by_row_and_column(tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [["key", "relevance", "rigour"], ["smith2020", "very high", "low"], ["smith2021", "low", "low"]]
    )
    with pytest.raises(BadInput) as caught:
        parse_appraisal(path, SOURCES.keys())
    assert "row 2, column relevance: 'very high' is not high, medium or low" in caught.value.message
    assert "row 3, column key: 'smith2021' is not a source in this review (did you mean 'smith2020'?)" in caught.value.message


def test_origins_accept_the_five_origins_and_common_words(tmp_path):
    path = write_csv(
        tmp_path / "o.csv",
        [
            ["key", "origin"],
            ["smith2020", "Database search"],
            ["lee2019", "snowballing"],
            ["nhs2022", "call-for-evidence"],
            ["okafor2021", "expert"],
        ],
    )

    rows = parse_origins(path, SOURCES.keys())

    assert [(r.key, r.origin) for r in rows] == [
        ("smith2020", "database search"),
        ("lee2019", "citation tracking"),
        ("nhs2022", "call for evidence"),
        ("okafor2021", "expert suggestion"),
    ]


def test_unknown_origin_lists_the_valid_ones(tmp_path):
    path = write_csv(tmp_path / "o.csv", [["key", "origin"], ["smith2020", "twitter"]])
    with pytest.raises(BadInput, match=r"row 2, column origin: 'twitter' is not an origin \(use database search,"):
        parse_origins(path, SOURCES.keys())


def test_a_teams_own_citation_keys_find_the_source_their_record_joined(cmo, tmp_path):
    """The PsycINFO export came first, so the source is keyed by its accession number; the team's
    Zotero key for the same paper still works in `sources show`, `code add` and sheets."""
    corpus = need_shared(CORPUS)
    cmo.json(
        "ingest", str(corpus / "ris" / "msm_ovid_psycinfo.ris"), str(corpus / "bibtex" / "msm_scoping_references.bib"), code=None
    )
    listing = cmo.json("sources", "list")
    joined = next(
        s
        for s in listing
        if len({r["key"] for r in s["records"]}) > 1
        and any(r["format"] == "bibtex" and r["key"] != s["key"] for r in s["records"])
    )
    team_key = next(r["key"] for r in joined["records"] if r["format"] == "bibtex")
    assert cmo.json("sources", "show", team_key)["key"] == joined["key"]
    cmo("select", "include", team_key)
    sheet = tmp_path / "appraisal.csv"
    sheet.write_text(f"key,relevance,rigour,note\n{team_key},high,medium,by our own key\n", encoding="utf-8")
    cmo("appraise", "--file", str(sheet))
    shown = cmo.json("sources", "show", joined["key"])
    assert shown["status"] == "included" and shown["appraisal"]["note"] == "by our own key"
    added = cmo.json(
        "code",
        "add",
        "--source",
        team_key,
        "--context",
        "Men who have sex with men",
        "--mechanism",
        "feel understood",
        "--outcome",
        "return",
    )
    assert added["source"] == joined["key"]


def test_a_doi_in_the_key_column_names_its_source(tmp_path):
    """README: a screening file's rows are matched by key or DOI, and teams paste DOIs where the key goes."""
    path = write_csv(
        tmp_path / "s.csv", [["key", "decision"], ["10.1000/ABC.1", "include"], ["https://doi.org/10.1000/xyz.2", "exclude"]]
    )
    assert [(d.key, d.status) for d in screen(path, default_reason="not relevant")] == [
        ("smith2020", "included"),
        ("lee2019", "excluded"),
    ]


def test_an_appraisal_sheet_may_name_studies_as_a_coding_sheet_does(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Study", "Relevance", "Rigour"], ["smith2020", "High", "low"]])
    rows = parse_appraisal(path, SOURCES)
    assert [(a.key, a.appraisal.relevance, a.appraisal.rigour) for a in rows] == [("smith2020", "high", "low")]


def test_a_later_appraisal_file_keeps_what_its_empty_cells_do_not_say_and_the_history_keeps_what_it_replaced(demo, tmp_path):
    key = demo.json("sources", "list")[0]["key"]
    demo("appraise", key, "--relevance", "high", "--rigour", "low", "--note", "small sample")
    sheet = write_csv(tmp_path / "second.csv", [["key", "relevance", "rigour", "note"], [key, "medium", "", ""]])
    said = demo("appraise", "--file", str(sheet)).stdout
    assert said == "Changed the appraisal of 1 source (0 already so).\n"  # no screening counts for an appraisal
    shown = demo.json("sources", "show", key)["appraisal"]
    assert (shown["relevance"], shown["rigour"], shown["note"]) == ("medium", "low", "small sample")
    last = demo.json("history", key)[-1]
    assert last["before"][key]["appraisal"]["relevance"] == "high" and last["after"][key]["appraisal"]["relevance"] == "medium"


def test_a_maybe_that_takes_a_coded_source_out_of_the_included_ones_is_said(demo, tmp_path):
    coded = demo.json("code", "list")[0]["source"]
    sheet = write_csv(tmp_path / "screen.csv", [["key", "decision"], [coded, "Maybe"]])
    result = demo("select", "import", str(sheet), code=1)
    assert f"{coded} has" in result.output + result.stderr and "still count as evidence" in result.output + result.stderr
    assert demo.json("history", coded)[-1]["before"][coded]["status"] == "included"


def test_an_appraisal_file_that_appraises_a_source_twice_differently_is_refused_naming_both_rows(demo, tmp_path):
    """Trial C: two appraisers' rows for one source; the last won silently and the count said 2 sources for one."""
    key = demo.json("sources", "list")[0]["key"]
    header = ["key", "relevance", "rigour", "note"]
    same = write_csv(tmp_path / "same.csv", [header, [key, "high", "low", ""], [key, "High", "Low", ""]])
    assert demo("appraise", "--file", str(same)).stdout == "Changed the appraisal of 1 source (0 already so).\n"
    twice = write_csv(tmp_path / "twice.csv", [header, [key, "high", "low", "AB"], [key, "low", "low", "CD"]])
    db = (demo.folder / "review.db").read_bytes()
    refused = demo("appraise", "--file", str(twice), code=2).stderr
    assert "row 3" in refused and f"{key} is also on row 2 with another appraisal" in refused
    assert (demo.folder / "review.db").read_bytes() == db
