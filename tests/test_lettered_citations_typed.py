"""A lettered citation typed where a source is named finds the work the review's documents letter so (trial I:
"Wildman et al. 2019a", as the coding template and packs cite it, was refused as ambiguous). One lettering rule
(`citations.year_letters`) writes and reads; a citation that could still mean several works names each with its
lettered citation, and nothing is imported."""

from __future__ import annotations

import time

import pytest
from conftest import DATA

from cmo.normalise import author_year_handles

SAME_TEAM = DATA / "citations" / "same_team_same_year.bib"
"""Two papers by one team in 2019 (lettered a: 'Link workers' perspectives…', b: 'Service-users' perspectives…')."""


def test_a_lettered_citation_gives_its_lettered_handle_before_the_plain_one():
    assert author_year_handles("Wildman et al. (2019a)") == ["@wildman 2019a", "@wildman 2019"]
    assert author_year_handles("Wildman, 2019B") == ["@wildman 2019b", "@wildman 2019"]
    assert author_year_handles("Wildman et al. 2019") == ["@wildman 2019"]
    assert author_year_handles("not a citation") == []


@pytest.mark.parametrize(
    "typed",
    [
        "(Wildman et al., 2019a)",
        "Wildman, Moffatt & Steer (2019a)",
        "Wildman, J. et al. 2019a",
        "Wildman et al. [2019a]",
        "Wildman et al 2019 a",
        "Wildman et al. 2019a.",
        "WILDMAN J ET AL 2019A",
    ],
)
def test_a_citation_is_read_as_people_type_it(typed):
    assert author_year_handles(typed) == ["@wildman 2019a", "@wildman 2019"]


@pytest.mark.parametrize("cell", ["a, " * 2000, " ," * 3000 + "2019", "Smith, " * 500 + "et al", "(" * 1000 + "Smith 2019"])
def test_a_long_cell_is_not_read_as_a_citation_for_long(cell):
    """A sheet's cell is untrusted: no pattern may take time that grows faster than the cell (one nested pattern did)."""
    started = time.perf_counter()
    author_year_handles(cell)
    assert time.perf_counter() - started < 1


def _review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(SAME_TEAM))
    cmo("select", "include", "wildman2019service", "wildman2019works", "wildman2021")
    return cmo


def _sheet(path, *sources: str):
    rows = [f"{source},Older adults,They trust the link worker {n},They join groups" for n, source in enumerate(sources)]
    path.write_text("source,context,mechanism,outcome\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_coding_sheet_citing_works_by_their_letters_links_each_to_its_work(cmo, tmp_path):
    _review(cmo)
    cmo("code", "template", "-o", str(tmp_path / "template.csv"))
    offered = (tmp_path / "template-sources.csv").read_text(encoding="utf-8-sig")
    assert "Wildman et al. 2019a" in offered and "Wildman et al. 2019b" in offered
    cmo("code", "import", str(_sheet(tmp_path / "coded.csv", "Wildman et al. 2019a", "Wildman 2019b", "Wildman et al. (2019a)")))
    linked = [s["source"] for s in cmo.json("code", "list")]
    assert linked == ["wildman2019works", "wildman2019service", "wildman2019works"]


def test_an_unlettered_or_unknown_letter_is_refused_naming_each_work_by_its_letter(cmo, tmp_path):
    _review(cmo)
    refused = cmo("code", "import", str(_sheet(tmp_path / "coded.csv", "Wildman et al. 2019", "Wildman 2019c")), code=2)
    choices = "wildman2019works (Wildman et al. 2019a), wildman2019service (Wildman et al. 2019b)"
    assert f"row 2, column source: 'Wildman et al. 2019' could be any of {choices}" in refused.stderr
    assert f"row 3, column source: 'Wildman 2019c' could be any of {choices}" in refused.stderr
    assert cmo.json("code", "list") == []


def test_a_source_is_shown_by_its_lettered_citation(cmo):
    _review(cmo)
    assert cmo.json("sources", "show", "Wildman et al. 2019b")["key"] == "wildman2019service"
    assert cmo.json("sources", "show", "Wildman 2021")["key"] == "wildman2021"
    assert "could be any of" in cmo("sources", "show", "Wildman 2019", code=2).stderr


def test_screening_and_appraisal_sheets_read_lettered_citations_and_name_the_works_an_unlettered_one_could_be(cmo, tmp_path):
    """Every sheet that names sources reads them by one rule (`KeyIndex.refuse`): the screening sheet said only
    "not a source in this review" for a citation two works share."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(SAME_TEAM))
    screening = tmp_path / "screening.csv"
    screening.write_text("study,decision\nWildman et al. 2019b,include\nWildman 2019,exclude\n", encoding="utf-8")
    refused = cmo("select", "import", str(screening), code=2).stderr
    assert "row 3, column study: 'Wildman 2019' could be any of wildman2019works (Wildman et al. 2019a)" in refused
    assert not [s for s in cmo.json("sources", "list") if s["status"] != "unscreened"]
    screening.write_text("study,decision\nWildman et al. 2019b,include\n", encoding="utf-8")
    said = cmo("select", "import", str(screening), code=1).output  # the reading said, as a coding sheet says it
    assert "row 2: 'Wildman et al. 2019b' was read as wildman2019service" in said and "as its letter says" in said
    assert [s["key"] for s in cmo.json("sources", "list") if s["status"] == "included"] == ["wildman2019service"]
    appraisal = tmp_path / "appraisal.csv"
    appraisal.write_text("key,relevance,rigour\nWildman et al. 2019a,high,moderate\n", encoding="utf-8")
    cmo("appraise", "--file", str(appraisal), code=1)  # 'moderate' read as medium, and said
    assert cmo.json("sources", "show", "wildman2019works")["appraisal"]["relevance"] == "high"


def test_a_sheet_may_name_a_source_by_its_doi_as_screening_tools_key_them(cmo, tmp_path):
    """A coding sheet keyed by DOI (as Covidence and Rayyan exports are) was refused row by row."""
    _review(cmo)
    cmo("code", "import", str(_sheet(tmp_path / "coded.csv", "10.1186/s12889-018-6349-x", "https://doi.org/10.1111/HSC.12716")))
    assert [s["source"] for s in cmo.json("code", "list")] == ["wildman2019service", "wildman2019works"]
    assert cmo.json("sources", "show", "doi:10.1111/hsc.12716")["key"] == "wildman2019works"
    refused = cmo("code", "import", str(_sheet(tmp_path / "unknown.csv", "10.9999/not-here")), code=2).stderr
    assert "row 2, column source: '10.9999/not-here' is not a source in this review" in refused
