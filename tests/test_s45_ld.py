"""Trial BW's findings 9, 10, 7 and 6, each as a general rule tested on another topic (falls in care homes, hydration,
discharge planning): a title's own year is no part number; a grey list's "Given Family" authors are people; a line of a
multi-line codes cell names a domain; two outcomes that each say care failed go the same way."""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import write_csv

GREY = ["Title", "Author/Organisation", "Year", "URL", "Type"]


def _sources(cmo, tmp_path: Path, *rows: list[str]) -> list[dict]:
    cmo("init", str(cmo.folder))
    cmo("ingest", str(write_csv(tmp_path / "grey.csv", GREY, *rows)), code=None)
    return cmo.json("sources", "list")


def test_a_title_writing_its_own_year_is_the_same_work_as_the_title_without_it(cmo, tmp_path):
    address = "https://www.example.org/publications/safer-walking-care-homes.pdf"
    sources = _sources(
        cmo,
        tmp_path,
        ["Safer Walking in Care Homes", "Care Quality Commission", "2019", address, "Report"],
        ["Safer walking in care homes report (March 2019)", "Care Quality Commission", "2019", address, "Report"],
    )
    assert len(sources) == 1, [s["title"] for s in sources]


def test_a_part_or_another_year_in_a_title_still_tells_works_of_one_address_apart(cmo, tmp_path):
    parts = "https://www.example.org/falls-series.pdf"
    waves = "https://www.example.org/falls-survey.pdf"
    annual = "https://www.example.org/falls-annual.pdf"
    sources = _sources(
        cmo,
        tmp_path,
        ["Falls in care homes: Part 2", "Falls Network", "2019", parts, "Report"],
        ["Falls in care homes: Part 3", "Falls Network", "2019", parts, "Report"],
        ["Falls survey wave 1 report 2019", "Falls Network", "2019", waves, "Report"],
        ["Falls survey wave 2 report 2019", "Falls Network", "2019", waves, "Report"],
        ["Care home falls annual report 2018", "Falls Network", "2019", annual, "Report"],
        ["Care home falls annual report 2019", "Falls Network", "2019", annual, "Report"],
    )
    assert len(sources) == 6, [s["title"] for s in sources]


def test_a_grey_list_naming_people_given_name_first_splits_them_as_a_ris_file_does(cmo, tmp_path):
    cell = "Marta Lewis; Owen Price"
    sources = _sources(cmo, tmp_path, ["Hydration rounds in care homes", cell, "2020", "https://example.org/hydration", "Report"])
    assert [(s["key"], s["authors"]) for s in sources] == [("lewis2020hydration", ["Lewis, Marta", "Price, Owen"])]
    ris = tmp_path / "same.ris"
    ris.write_text("TY  - RPRT\nTI  - Oral care rounds\nAU  - Marta Lewis\nAU  - Owen Price\nPY  - 2021\nER  - \n", "utf-8")
    cmo("ingest", str(ris))
    assert {s["key"]: s["authors"] for s in cmo.json("sources", "list")}["lewis2021oral"] == ["Lewis, Marta", "Price, Owen"]
    cmo("select", "include", "lewis2020hydration", code=None)
    sheet = write_csv(
        tmp_path / "coding.csv",
        ["source", "context", "mechanism", "outcome", "quote", "coder"],
        ["Lewis & Price 2020", "In homes with set drink rounds", "staff notice who drinks little", "fewer falls", "q", "RT"],
    )
    said = cmo("code", "import", str(sheet), "--by", "RT", code=None)
    assert [s["source"] for s in cmo.json("code", "list")] == ["lewis2020hydration"], said.output


def test_bodies_in_a_grey_list_stay_whole(cmo, tmp_path):
    cell = "World Health Organization; NHS England"
    sources = _sources(cmo, tmp_path, ["Hydration rounds in care homes", cell, "2020", "https://example.org/hydration", "Report"])
    assert sources[0]["authors"] == ["World Health Organization", "NHS England"]
