"""Trial L (a self-trial: shared medical appointments, a team new to cmo): a coding sheet naming its studies by the
reference pasted whole, or by title, as teams copy them from their reference list; a citation typed without its year;
a Covidence export of the included studies given to `cmo select import` without saying they are the included ones."""

from __future__ import annotations

import sqlite3
import time

import pytest
from conftest import DATA

from cmo.normalise import title_aliases
from cmo.sheets.tables import SourceNames

SMA = DATA / "trial_j" / "sma-included.bib"
"""Thirteen real references of Kirsh et al.'s realist review, as Zotero exports them."""

KIRSH = (
    "Kirsh S, Watts S, Pascuzzi K, et al. Shared medical appointments based on the chronic care model: a quality "
    "improvement project to address the challenges of patients with diabetes with high cardiovascular risk. Qual Saf "
    "Health Care. 2007;16(5):349-353."
)


@pytest.fixture
def review(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(SMA))
    return cmo


def _sheet(path, *sources: str):
    lines = ["Study,Context,Mechanism,Outcome"] + [
        f'"{source}",Veterans,Peers support each other,Better control' for source in sources
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _statement_sources(cmo) -> list[str]:
    with sqlite3.connect(cmo.folder / "review.db") as db:
        return [row[0] for row in db.execute("SELECT json_extract(data, '$.source') FROM statements ORDER BY rowid")]


def test_a_title_names_its_source_whole_or_its_main_title_of_four_words_or_more():
    assert title_aliases("Group visits for Hmong adults: a pre-post analysis") == {
        "group visits for hmong adults a pre post analysis",
        "group visits for hmong adults",
    }
    assert title_aliases("Group visits: a pilot") == {"group visits a pilot"}
    assert title_aliases("Editorial") == set()


def test_a_long_cell_is_searched_for_titles_in_time_that_grows_with_its_words():
    titles = {f"title number {n} of many words": f"key{n}" for n in range(20_000)}
    names = SourceNames({}, lambda: titles)
    assert names.by_title("Smith J. Title number 17 of many words. J Med. 2020") == "key17"
    started = time.perf_counter()
    assert names.by_title("title number " * 5_000) is None
    assert time.perf_counter() - started < 1


def test_a_reference_pasted_whole_or_a_title_names_its_source(review, tmp_path):
    sheet = _sheet(
        tmp_path / "coded.csv",
        KIRSH,
        "Group visits for Hmong adults with type 2 diabetes mellitus",
        "Miller D, et al. (2004). Group medical visits for low-income women with chronic disease: a feasibility study. "
        "J Am Board Fam Pract, 17(4), 277-283.",
    )
    review("code", "import", str(sheet))
    assert _statement_sources(review) == ["kirsh2007shared", "culhane-pera2005group", "miller2004group"]
    shown = review("sources", "show", "Willingness to attend group visits for hypertension treatment").stdout
    assert shown.startswith("key        kawasaki2007willingness")


def test_a_short_phrase_names_no_source(review, tmp_path):
    cell = "Group medical visits"  # three words: a phrase many titles share, not one work's title
    result = review("code", "import", str(_sheet(tmp_path / "coded.csv", cell)), code=2)
    assert "is not a source in this review" in result.stderr
    assert _statement_sources(review) == []


def test_a_cell_holding_two_titles_is_a_list_of_two_sources(review, tmp_path):
    """Trial M: a row may cite every study behind it; two titles, each naming one source, are two statements."""
    cell = "Group visits for Hmong adults with type 2 diabetes mellitus; Group visits for rheumatoid arthritis patients"
    result = review("code", "import", str(_sheet(tmp_path / "coded.csv", cell)))
    assert "names 2 sources (culhane-pera2005group, shojania2010group)" in result.stderr
    assert _statement_sources(review) == ["culhane-pera2005group", "shojania2010group"]


def _ingested(cmo, export, text: str):
    """A new review of one export, written as the exporter writes it."""
    export.write_text(text, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export))
    return cmo


def test_a_title_two_sources_share_names_neither(cmo, tmp_path):
    _ingested(
        cmo,
        tmp_path / "two.bib",
        "@article{a2019, title={Peer support in diabetes care}, author={Ames, A}, year={2019}}\n"
        "@article{b2020, title={Peer support in diabetes care}, author={Bloggs, B}, year={2020}}\n",
    )
    cmo("code", "import", str(_sheet(tmp_path / "coded.csv", "Peer support in diabetes care")), code=2)
    assert _statement_sources(cmo) == []


def test_a_citation_without_its_year_suggests_the_one_source_by_that_author(review, tmp_path):
    result = review("code", "import", str(_sheet(tmp_path / "coded.csv", "Kirsh et al.")), code=2)
    assert "'Kirsh et al.' is not a source in this review (did you mean 'kirsh2007shared'?)" in result.stderr


def test_a_covidence_export_of_one_decision_is_told_to_say_which(review, tmp_path):
    export = tmp_path / "review_1234_included_csv_20261205.csv"
    export.write_text(
        '"Title","Authors","Published Year","DOI","Covidence #","Study","Notes"\n'
        '"Group visits for Hmong adults with type 2 diabetes mellitus: a pre-post analysis","Culhane-Pera, K.",'
        '"2005","","#12","Culhane-Pera 2005",""\n',
        encoding="utf-8",
    )
    result = review("select", "import", str(export), code=2)
    assert "has no 'decision' column; for a file of one decision, as Covidence exports them, give --as included" in (
        result.stderr
    )
    review("select", "import", str(export), "--as", "included")
    assert review.json("sources", "show", "culhane-pera2005group")["status"] == "included"


def test_a_configuration_is_found_by_its_table_number_in_every_command(demo):
    """The report and exports number configurations "CMO 1.1 (C8)": a reviewer reading one types the number."""
    config = demo.json("configs", "show", "CMO 1.1")["id"]
    assert demo.json("configs", "show", "1.1")["id"] == config
    assert demo("trace", "CMO 1.1").stdout.startswith(f"configuration {config}\n")
    assert demo("history", "cmo 1.1").stdout == demo("history", config).stdout


def test_a_pmid_labelled_in_any_note_tag_is_the_records_pmid(cmo, tmp_path):
    """EBSCO's PsycINFO writes "C2  - PMID: 32123456"; an accession number of digits beside it is no PMID."""
    _ingested(
        cmo,
        tmp_path / "ebsco.ris",
        "TY  - JOUR\nTI  - Cognitive load and decision automation\nAU  - Novák, Jiří\nPY  - 2020\nDB  - PsycINFO\n"
        "DP  - EBSCOhost\nAN  - 2020-45678-001\nC2  - PMID: 32123456\nER  - \n",
    )
    assert cmo.json("sources", "show", "novak2020cognitive")["pmid"] == "32123456"


def test_a_coding_sheet_may_head_its_source_column_paper(review, tmp_path):
    sheet = tmp_path / "coded.csv"
    sheet.write_text("Paper,CMOC\nkirsh2007shared,Veterans (C) support each other (M) better control (O)\n", encoding="utf-8")
    review("code", "import", str(sheet))
    assert _statement_sources(review) == ["kirsh2007shared"]


def test_export_takes_its_format_from_the_file_named(demo, tmp_path):
    demo("export", "-o", str(tmp_path / "table.xlsx"))
    assert (tmp_path / "table.xlsx").read_bytes().startswith(b"PK")
    said = demo("export", "-o", str(tmp_path / "table.txt"), code=2).stderr
    assert "say which format: --format csv/xlsx/docx/bib/ris/graphml/json/svg, or -o FILE" in said
    assert not (tmp_path / "table.txt").exists()


def test_a_workbook_of_marked_sentences_under_a_title_with_its_source_headed_ref(review, tmp_path):
    """As trial L wrote it: a title row, a blank row, 'Ref (author, year)', 'Overarching CMO', line breaks in cells."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Realist review of shared medical appointments: CMOC extraction v3"])
    sheet.append([])
    sheet.append(["Ref (author, year)", "Overarching CMO", "Confidence"])
    sheet.append(
        ["Geller et al. 2011", "Latino patients in Spanish-speaking groups (C),\nfeel understood (M)\nso live better (O)", "high"]
    )
    book.save(tmp_path / "cmocs.xlsx")
    review("code", "import", str(tmp_path / "cmocs.xlsx"))
    [statement] = review.json("code", "list")
    assert (statement["source"], statement["mechanism"], statement["extra"]["Confidence"]) == (
        "geller2011impact",
        "feel understood",
        "high",
    )
