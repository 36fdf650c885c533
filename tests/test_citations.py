"""Citations a reader can follow back to one work: works that would be cited alike are lettered (2019a, 2019b)."""

from __future__ import annotations

import re

from conftest import REPO

from cmo.bib.citations import citing, reference, short_citation, short_cite, year_letters
from cmo.models import Source

SAME_TEAM = REPO / "tests" / "data" / "citations" / "same_team_same_year.bib"


def _source(key: str, title: str, authors: list[str], year: int | None = 2019) -> Source:
    return Source(key=key, type="article", title=title, authors=authors, year=year)


TEAM = ["Wildman, J.", "Moffatt, S.", "Penn, L."]


def test_works_cited_alike_are_lettered_in_title_order_and_others_are_not():
    sources = [
        _source("w2", "Service users' perspectives", TEAM),
        _source("w1", "Link workers' perspectives", TEAM),
        _source("w3", "A later paper", TEAM, 2021),
        _source("m1", "Alone", ["Moffatt, S."]),
    ]
    assert year_letters(sources) == year_letters([*sources, sources[0]]) == {"w1": "a", "w2": "b"}
    with citing(sources):
        assert [short_cite(s) for s in sources] == [
            "Wildman et al. 2019b",
            "Wildman et al. 2019a",
            "Wildman et al. 2021",
            "Moffatt 2019",
        ]
        assert short_citation(sources[1]) == "Wildman et al. (2019a)"
        assert "(2019b)." in reference(sources[0])
    assert short_cite(sources[0]) == "Wildman et al. 2019"  # outside a document, as before


def test_undated_works_and_a_team_with_many_works_in_one_year_are_lettered_too():
    undated = [_source(f"u{n}", f"Report {n}", ["Age UK"], None) for n in range(2)]
    many = [_source(f"k{n:02}", f"Paper {n:02}", TEAM) for n in range(28)]
    letters = year_letters([*undated, *many])
    assert (letters["u0"], letters["u1"]) == ("a", "b")
    with citing(undated):
        assert short_cite(undated[1]) == "Age UK n.d.-b"
    assert (letters["k00"], letters["k25"], letters["k26"], letters["k27"]) == ("a", "z", "aa", "ab")


def test_the_report_and_the_source_list_cite_two_papers_of_one_team_and_year_apart(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(SAME_TEAM))
    cmo("select", "include", "wildman2019service", "wildman2019works", "wildman2021")
    cited = {s["key"]: s["citation"] for s in cmo.json("sources", "list")}
    assert cited == {
        "wildman2019works": "Wildman et al. 2019a",  # "Link workers' …" before "Service-users' …"
        "wildman2019service": "Wildman et al. 2019b",
        "wildman2021": "Wildman & Moffatt 2021",
    }
    cmo("report", "-o", str(cmo.folder / "report.md"), "--format", "md", code=1)  # no question in review.yaml: said
    report = (cmo.folder / "report.md").read_text(encoding="utf-8")
    assert re.search(r"\(2019a\)\. Link workers", report) and re.search(r"\(2019b\)\. Service-users", report)
    assert "(2019)." not in report


def test_one_source_shown_alone_is_cited_with_its_letter(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(SAME_TEAM))
    assert cmo.json("sources", "show", "wildman2019works")["citation"] == "Wildman et al. 2019a"
    assert cmo.json("sources", "show", "wildman2019service")["citation"] == "Wildman et al. 2019b"
    assert cmo.json("sources", "show", "wildman2021")["citation"] == "Wildman & Moffatt 2021"


def test_a_body_whose_name_ends_in_capitals_is_found_by_its_citation(cmo, tmp_path):
    """Trial I: after `sources edit --authors "Age UK"`, cmo's own citation "Age UK 2018" was not a source ("UK" was
    read as a person's initials on the sheet's side only)."""
    export = tmp_path / "age.ris"
    export.write_text("TY  - RPRT\nAU  - Age UK,\nTI  - Loneliness in later life\nPY  - 2018\nER  - \n", encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export))
    shown = cmo.json("sources", "show", "Age UK 2018")
    assert (shown["authors"], shown["citation"]) == (["Age UK"], "Age UK 2018")


def test_the_screening_and_coding_sheets_cite_works_as_the_documents_do(cmo, tmp_path):
    import csv

    cmo("init", str(cmo.folder))
    cmo("ingest", str(SAME_TEAM))
    cmo("select", "template", "-o", str(tmp_path / "screening.csv"))
    with open(tmp_path / "screening.csv", encoding="utf-8-sig") as handle:
        cited = {row[0]: row[1] for row in csv.reader(handle)}
    assert (cited["wildman2019works"], cited["wildman2019service"]) == ("Wildman et al. 2019a", "Wildman et al. 2019b")
    cmo("select", "include", "wildman2019service", "wildman2019works")
    cmo("code", "template", "-o", str(tmp_path / "coding.csv"))
    sources = (tmp_path / "coding-sources.csv").read_text(encoding="utf-8-sig")
    assert "Wildman et al. 2019a" in sources and "Wildman et al. 2019b" in sources
