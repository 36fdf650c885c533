"""Trial BW's findings 9, 10, 7 and 6, each as a general rule tested on another topic (falls in care homes, hydration,
discharge planning): a title's own year is no part number; a grey list's "Given Family" authors are people; a line of a
multi-line codes cell names a domain; two outcomes that each say care failed go the same way."""

from __future__ import annotations

import json
from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows, write_csv

GREY = ["Title", "Author/Organisation", "Year", "URL", "Type"]


def _sources(cmo, tmp_path: Path, *rows: list[str]) -> list[dict]:
    cmo("init", str(cmo.folder))
    cmo("ingest", str(write_csv(tmp_path / "grey.csv", GREY, *rows)), code=None)
    return cmo.json("sources", "list")


def test_a_title_writing_its_own_year_or_date_is_the_same_work_as_the_title_without_it(cmo, tmp_path):
    address = "https://www.example.org/publications/safer-walking-care-homes.pdf"
    sources = _sources(
        cmo,
        tmp_path,
        ["Safer Walking in Care Homes", "Care Quality Commission", "2019", address, "Report"],
        ["Safer walking in care homes report (March 2019)", "Care Quality Commission", "2019", address, "Report"],
        ["Safer walking in care homes (12 March 2019)", "Care Quality Commission", "2019", address, "Report"],
    )
    assert len(sources) == 1, [s["title"] for s in sources]


def test_a_part_another_year_or_another_day_in_a_title_still_tells_works_of_one_address_apart(cmo, tmp_path):
    parts = "https://www.example.org/falls-series.pdf"
    waves = "https://www.example.org/falls-survey.pdf"
    annual = "https://www.example.org/falls-annual.pdf"
    bulletin = "https://www.example.org/falls-bulletin.pdf"
    sources = _sources(
        cmo,
        tmp_path,
        ["Falls in care homes: Part 2", "Falls Network", "2019", parts, "Report"],
        ["Falls in care homes: Part 3", "Falls Network", "2019", parts, "Report"],
        ["Falls survey wave 1 report 2019", "Falls Network", "2019", waves, "Report"],
        ["Falls survey wave 2 report 2019", "Falls Network", "2019", waves, "Report"],
        ["Care home falls annual report 2018", "Falls Network", "2019", annual, "Report"],
        ["Care home falls annual report 2019", "Falls Network", "2019", annual, "Report"],
        ["Falls bulletin 3 March 2019", "Falls Network", "2019", bulletin, "Report"],
        ["Falls bulletin 10 March 2019", "Falls Network", "2019", bulletin, "Report"],
    )
    assert len(sources) == 8, [s["title"] for s in sources]


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


DISCHARGE_DOMAINS = """domains:
  - slug: family
    name: Family involvement
  - slug: staffing
    name: Staffing
  - slug: transport
    name: Transport home
"""
DISCHARGE_RECORDS = """TY  - JOUR
TI  - Discharge planning with families on medical wards
AU  - Okoro, Ada
PY  - 2018
JO  - J Hosp Med
ER  -
TY  - JOUR
TI  - Waiting for transport after discharge
AU  - Lind, Per
PY  - 2020
JO  - J Hosp Med
ER  -
"""
QUOTATIONS = ["Document", "Quotation Content", "Codes", "Comment", "Created by"]


def _quotations(cmo, tmp_path: Path, *codes: str):
    """A discharge review's ATLAS.ti quotations, one a cell of `codes` (one code a line), imported: its statements."""
    (tmp_path / "domains.yaml").write_text(DISCHARGE_DOMAINS, encoding="utf-8")
    (tmp_path / "records.ris").write_text(DISCHARGE_RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(tmp_path / "records.ris"))
    cmo("select", "include", "okoro2018discharge", "lind2020waiting", code=None)
    documents = ["Okoro 2018.pdf", "Lind 2020.pdf"]
    rows = [[documents[n % 2], f"Quote {n}", cell, "p.4", "AB"] for n, cell in enumerate(codes)]
    said = cmo("code", "import", str(write_csv(tmp_path / "quotations.csv", QUOTATIONS, *rows)), "--by", "AB", code=None)
    return cmo.json("code", "list"), said.output


def test_the_line_of_a_quotations_codes_that_names_a_domain_is_its_domain(cmo, tmp_path):
    statements, said = _quotations(
        cmo,
        tmp_path,
        "C: family told of the date early\nM: family plan the day\nO: discharge on time\nFamily involvement",
        "C: ward short of nurses\nM: nobody phones the family\nO: discharge delayed\nStaffing",
        "C: patient transport booked late\nM: patient waits in the lounge\nO: late discharge\nDomain: Transport home",
        "C: pharmacy closes at five\nM: nurses wait for medicines\nO: late discharge\nMedicines",  # no domain's code
    )
    assert [s["domain"] for s in statements] == ["family", "staffing", "transport", None], said
    assert statements[1]["extra"]["Codes"].endswith("O: discharge delayed\nStaffing")  # the codes kept whole
    assert "names none of the review's domains" not in said


def test_a_quotation_coded_to_two_domains_gives_the_codes_no_domain(cmo, tmp_path):
    statements, said = _quotations(
        cmo,
        tmp_path,
        "C: family told of the date early\nM: family plan the day\nO: discharge on time\nFamily involvement\nStaffing",
        "C: ward short of nurses\nM: nobody phones the family\nO: discharge delayed\nStaffing",
        "C: patient transport booked late\nM: patient waits in the lounge\nO: late discharge\nWaiting",
    )
    assert [s["domain"] for s in statements] == [None, None, None], said
    assert all(s["extra"]["Codes"] for s in statements)


MEALTIMES = ("Wards where protected mealtimes are not enforced", "nurses are pulled away to other tasks at meals")


def _configuration(tmp_path: Path, first_outcome: str) -> dict:
    """A configuration of two members of one context and mechanism, the second saying a plan was not followed."""
    rows = [("okafor2019", *MEALTIMES, first_outcome), ("lindahl2022", *MEALTIMES, "the feeding plan is not followed")]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--json", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    return json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)[-1]


def test_a_denial_beside_a_need_written_as_unmet_counts_as_support(tmp_path):
    config = _configuration(tmp_path, "nutritional needs unmet")
    assert config["statements"] == ["S1", "S2"], config
    assert config["contradicting"] == [] and "not yet decided" not in json.dumps(config), config


def test_a_denial_beside_an_adjective_or_a_harm_spared_in_un_is_still_asked_about(tmp_path):
    for outcome in ("relatives unhappy with the meals", "patients unhurt"):
        (folder := tmp_path / outcome.split()[0]).mkdir()
        config = _configuration(folder, outcome)
        assert "not yet decided" in json.dumps(config) or config["contradicting"] == ["S2"], (outcome, config)
