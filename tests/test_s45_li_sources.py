"""Session 45, helper LI: sources a grey-literature list names that cmo could not keep or cite as written (trials BV 6,
BY 9, BT 7), each a general rule, tested on a topic of its own (housing first) with a case where it must not fire."""

from __future__ import annotations

from pathlib import Path

from cmo.bib.citations import citing, reference, short_cite
from cmo.models import Provenance, Source
from tests.sheet_reviews import write_csv

DOMAINS = "domains:\n  - slug: tenancy\n    name: Keeping a tenancy\n"


def _ingested(cmo, tmp_path: Path, header: list[str], *rows: list[str]) -> dict[str, dict]:
    (tmp_path / "domains.yaml").write_text(DOMAINS, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(write_csv(tmp_path / "grey.csv", header, *rows)))
    return {source["title"]: source for source in cmo.json("sources", "list")}


def test_by9_a_name_of_whole_words_ending_in_a_body_noun_is_a_body_in_a_column_of_people(cmo, tmp_path: Path):
    """A column of people ("Okafor C; Lund T") holding a body's name alone: a name ending in a word only bodies end in
    ("Group", "Team") is a body, and one ending in "Board" or "Trust" after two whole words; "Robert W. Service" and
    "Ann Trust" stay people (a family name some bodies' names end in)."""
    header = ["Title", "Author(s)", "Organisation", "Year", "Type", "URL"]
    sources = _ingested(
        cmo,
        tmp_path,
        header,
        ["Housing first in small towns", "Okafor C; Lund T", "Shelter", "2021", "Report", "https://example.org/1"],
        ["Tenants speak: peer research", "Tenant Advisory Board", "Crisis", "2022", "Report", "https://example.org/2"],
        ["Support workers on caseloads", "Housing First Practice Group", "Homeless Link", "2020", "Report", ""],
        ["Rent arrears and eviction", "Robert W. Service", "", "2019", "Report", ""],
        ["Landlords and tenancy sustainment", "Ann Trust", "", "2018", "Report", ""],
    )
    assert sources["Tenants speak: peer research"]["authors"] == ["Tenant Advisory Board"]
    assert sources["Support workers on caseloads"]["authors"] == ["Housing First Practice Group"]
    assert sources["Rent arrears and eviction"]["authors"] == ["Service, Robert W."]
    assert sources["Landlords and tenancy sustainment"]["authors"] == ["Trust, Ann"]
    assert sources["Housing first in small towns"]["authors"] == ["Okafor, C.", "Lund, T."]


def test_bv6_a_row_naming_only_a_web_address_is_kept_as_that_page_titled_by_it_and_said(cmo, tmp_path: Path):
    """A grey list's row with no title or author but a web address is the page at that address: kept, titled by the
    address (its scheme and "www." aside), the row named in what ingest says; a row with only a note is still skipped."""
    header = ["Title", "Author / organisation", "Year", "URL", "Notes"]
    rows = [
        ["Housing first fidelity review", "Homeless Link", "2019", "https://example.org/fidelity", ""],
        ["", "", "", "https://www.camden.gov.uk/documents/housing-first-evaluation.pdf", "title not captured"],
        ["", "", "", "", "ask the commissioner for this one"],
    ]
    (tmp_path / "domains.yaml").write_text(DOMAINS, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    said = cmo("ingest", str(write_csv(tmp_path / "grey.csv", header, *rows)), code=None)
    sources = {source["title"]: source for source in cmo.json("sources", "list")}
    page = sources["camden.gov.uk/documents/housing-first-evaluation.pdf"]
    assert page["url"] == "https://www.camden.gov.uk/documents/housing-first-evaluation.pdf"
    assert "grey.csv:3: row has no title or author, only the web address" in said.stderr
    assert "grey.csv:4: row has no title, author or identifier; it was skipped." in said.stderr
    assert len(sources) == 2
    cmo("sources", "edit", page["key"], "--title", "Housing First in Camden: evaluation")
    assert "Housing First in Camden: evaluation" in {source["title"] for source in cmo.json("sources", "list")}


def _work(key: str, author: str, year: int, title: str) -> Source:
    return Source(
        key=key, title=title, year=year, type="article", authors=[author, "Ng, Wei"], container="Housing Studies",
        records=[Provenance(file="a.ris", line=1, key=key, format="ris")],
    )  # fmt: skip


def test_bt7_one_author_typeset_two_ways_is_written_the_way_most_works_write_it_and_lettered_as_one():
    """ "D’Souza" (curly, as SAGE sets it) in two works and "D'Souza" (straight, as PubMed) in one: every citation and
    reference writes the form most works give, and two works of one year are lettered apart as one author's; a name
    differing in its letters ("D'Sousa") is another author, and on a tie the straight apostrophe is written."""
    curly = [_work("a", "D’Souza, Priya", 2020, "Tenancy sustainment"), _work("b", "D’Souza, P.", 2021, "Rent arrears")]
    straight = _work("c", "D'Souza, Priya", 2020, "Housing first fidelity")
    other = _work("d", "D'Sousa, Mark", 2020, "Eviction")
    with citing([*curly, straight, other]):
        assert [short_cite(work) for work in [*curly, straight]] == [
            "D’Souza & Ng 2020b", "D’Souza & Ng 2021", "D’Souza & Ng 2020a",
        ]  # fmt: skip
        assert reference(straight).startswith("D’Souza, P.; Ng, W. (2020a). Housing first fidelity.")
        assert short_cite(other) == "D'Sousa & Ng 2020"
    with citing([curly[0], straight]):
        assert short_cite(curly[0]) == "D'Souza & Ng 2020b"
    assert short_cite(curly[0]) == "D’Souza & Ng 2020"  # outside a document: as its record writes it


GREY_BODIES = [
    ["Housing First in Camden: local evaluation", "Camden Borough Council", "n.d.", "Report"],
    ["Rough sleeping count", "Camden Borough Council", "2019", "Report"],
    ["Tenancy support: first report", "Leeds City Council", "n.d.", "Report"],
    ["Tenancy support: second report", "Leeds City Council", "n.d.", "Report"],
    ["Housing First: a toolkit for commissioners", "Public Health England", "2016", "Toolkit"],
    ["Homeless health: an action plan", "Public Health England", "2016", "Policy"],
    ["Housing First pilots: national evaluation report", "Crisis Evaluation Team", "2020", "Report"],
]


def _coded(cmo, tmp_path: Path, cited: str):
    """A review of the bodies' works above, each included, and a one-row coding sheet citing `cited`."""
    if not (cmo.folder / "review.yaml").exists():
        _ingested(cmo, tmp_path, ["Title", "Author / organisation", "Year", "Type"], *GREY_BODIES)
        for source in cmo.json("sources", "list"):
            cmo("select", "include", source["key"])
    sheet = write_csv(tmp_path / "coding.csv", ["Study", "Context", "Mechanism", "Outcome"], [cited, "Tenants", "Trust", "Stay"])
    result = cmo("code", "import", str(sheet), code=None)
    statements = cmo.json("code", "list")
    return result, {source["key"]: source["title"] for source in cmo.json("sources", "list")}, statements


def test_bv5_a_body_cited_by_its_name_alone_is_its_one_work_that_gives_no_year_said_by_row(cmo, tmp_path: Path):
    """ "Camden Borough Council" with no year is its work cited "Camden Borough Council n.d.", said with the row; where
    the body has two works with no year ("Leeds City Council"), the sheet is refused, neither chosen."""
    result, titles, statements = _coded(cmo, tmp_path, "Camden Borough Council")
    assert [titles[s["source"]] for s in statements] == ["Housing First in Camden: local evaluation"]
    assert "row 2: 'Camden Borough Council' gives no year; it was read as" in result.stderr
    result, _, statements = _coded(cmo, tmp_path, "Leeds City Council")
    assert result.exit_code == 2 and len(statements) == 1


def test_bv5_a_body_cited_by_its_initials_year_and_a_word_of_its_title_is_that_work(cmo, tmp_path: Path):
    """ "PHE 2016 toolkit": of Public Health England's two works of 2016, the one whose title has that word; a word of
    neither title ("PHE 2016 guidance") is refused, neither chosen."""
    result, titles, statements = _coded(cmo, tmp_path, "PHE 2016 toolkit")
    assert [titles[s["source"]] for s in statements] == ["Housing First: a toolkit for commissioners"]
    result, _, statements = _coded(cmo, tmp_path, "PHE 2016 guidance")
    assert result.exit_code == 2 and len(statements) == 1


def test_bv5_a_body_cited_with_no_year_and_words_of_its_title_is_that_undated_work(cmo, tmp_path: Path):
    """ "Leeds City Council second": of the body's two works with no year, the one whose title has "second", said with
    the row; "Leeds City Council tenancy" (a word of both titles) is refused, neither chosen."""
    result, titles, statements = _coded(cmo, tmp_path, "Leeds City Council second")
    assert [titles[s["source"]] for s in statements] == ["Tenancy support: second report"]
    assert "row 2: 'Leeds City Council second' gives no year; it was read as" in result.stderr
    result, _, statements = _coded(cmo, tmp_path, "Leeds City Council tenancy")
    assert result.exit_code == 2 and len(statements) == 1


def test_bv5_a_body_of_three_words_is_cited_by_its_first_words(cmo, tmp_path: Path):
    """ "Crisis evaluation 2020" for the Crisis Evaluation Team's work of 2020: a body's name of three words is cited by
    its opening words, as one of four or more is."""
    result, titles, statements = _coded(cmo, tmp_path, "Crisis evaluation 2020")
    assert [titles[s["source"]] for s in statements] == ["Housing First pilots: national evaluation report"]
