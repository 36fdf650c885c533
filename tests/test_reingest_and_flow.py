"""A record read again is not a record found again: a corrected file ingested once more (under its name or another)
updates what it gave and counts once, and the document flow counts the records each search route identified."""

from __future__ import annotations

import re
from pathlib import Path

GREY = (
    "Title,{who},Year,Type,Publisher,URL\n"
    "Peer support in homelessness services: a guide for providers,Homeless Link,2018,Report,Homeless Link,"
    "https://homeless.org.uk/peer-guide\n"
    "Staying alive in Scotland: strategies to combat drug related deaths,Scottish Drugs Forum,2021,Report,"
    "Scottish Drugs Forum,https://sdf.org.uk/staying-alive\n"
    'Housing First evaluation: final report,"Johnsen, Sarah",2013,Report,Heriot-Watt University,'
    "https://example.org/hf-final\n"
)

ENTRY = (
    "@article{{{key},\n  title = {{{title}}},\n  author = {{{author}}},\n  journal = {{{journal}}},\n"
    "  year = {{{year}}}{doi}\n}}\n\n"
)
WORKS = [
    ("birt2025developing", "Developing a strategy for pharmacist-led deprescribing", "Birt, Linda", "Pharmacy", 2025),
    ("alrasheed2018knowledge", "Physicians' willingness about deprescribing", "Alrasheed, Maha", "CIA", 2018),
    ("elshazly2025predictors", "Predictors of pharmacists' readiness", "Elshazly, Marwa", "PLOS ONE", 2025),
]
STEPS = ("Records identified", "Duplicate records linked", "Documents after linking duplicates")


def entry(key: str, title: str, author: str, journal: str, year: int, doi: str = "") -> str:
    doi = f",\n  doi = {{{doi}}}" if doi else ""
    return ENTRY.format(key=key, title=title, author=author, journal=journal, year=year, doi=doi)


def flow(cmo, tmp_path: Path) -> dict[str, int]:
    """The document flow's numbers as the Markdown report gives them: its table rows, `| name | n |`."""
    out = tmp_path / "report.md"
    cmo("report", "-o", str(out), code=None)
    rows = re.findall(r"^\| ([^|]+?) \| (\d+) \|", out.read_text(encoding="utf-8"), re.M)
    return {name: int(n) for name, n in rows}


def test_a_corrected_csv_read_again_updates_its_sources_and_counts_once(cmo, tmp_path):
    """Trial R: the grey-literature CSV's author column was not read; renamed 'Author' and ingested again, each row is
    the same record: its source gets the authors, no second source is made, and the flow counts 3 records, not 6."""
    sheet = tmp_path / "grey-literature.csv"
    sheet.write_text(GREY.format(who="Who wrote it"), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(sheet), "--origin", "website", code=None)
    before = cmo.json("sources", "list")
    assert len(before) == 3 and not any(s["authors"] for s in before)
    sheet.write_text(GREY.format(who="Author"), encoding="utf-8")
    again = cmo.json("ingest", str(sheet), "--origin", "website", code=None)
    assert again["added"] == 0
    assert any("read again from the same file and row" in str(w) for w in again["warnings"])
    after = cmo.json("sources", "list")
    assert sorted(s["key"] for s in after) == sorted(s["key"] for s in before)
    assert all(s["authors"] for s in after)
    numbers = flow(cmo, tmp_path)
    assert (numbers["Records identified"], numbers["Duplicate records linked"], numbers["grey-literature.csv"]) == (3, 0, 3)


def test_a_corrected_export_saved_under_another_name_counts_its_repeated_records_once(cmo, tmp_path):
    """Trial T: 'unbalanced2.bib' cut at its second entry, fixed and saved as 'good.bib': the two entries it repeats,
    same key and fields, are re-reads, said at ingest; the flow shows the 3 records the search found, not 5."""
    broken = tmp_path / "unbalanced2.bib"
    bad = entry(*WORKS[1]).replace("deprescribing}", "deprescribing")
    broken.write_text(entry(*WORKS[0]) + bad + entry(*WORKS[2]), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(broken), code=1)
    good = tmp_path / "good.bib"
    good.write_text("".join(entry(*work) for work in WORKS), encoding="utf-8")
    summary = cmo.json("ingest", str(good), code=None)
    assert any(f"good.bib repeats {summary['merged']} records of unbalanced2.bib" in str(w) for w in summary["warnings"])
    assert len(cmo.json("sources", "list")) == 3
    numbers = flow(cmo, tmp_path)
    assert [numbers[name] for name in STEPS] == [3, 0, 3]
    # Only the same key and fields make a re-read: another search's record of one of the works is a duplicate.
    other = tmp_path / "embase.bib"
    other.write_text(entry("embase123", *WORKS[0][1:]), encoding="utf-8")
    cmo("ingest", str(other), code=None)
    numbers = flow(cmo, tmp_path)
    assert [numbers[name] for name in STEPS] == [4, 1, 3]


def test_each_route_counts_the_records_it_identified(cmo, tmp_path):
    """Trial R: the citation-tracking file's duplicates of database records were counted as database records. Each
    route counts what it found (database 2, citation tracking 2), then 1 duplicate is removed: 3 documents."""
    search, tracked = tmp_path / "search.bib", tmp_path / "tracked.bib"
    search.write_text(entry(*WORKS[0], doi="10.1/a") + entry(*WORKS[1], doi="10.1/b"), encoding="utf-8")
    tracked.write_text(entry("birt2025", *WORKS[0][1:], doi="10.1/a") + entry(*WORKS[2]), encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(search), "--origin", "database search")
    cmo("ingest", str(tracked), "--origin", "citation tracking")
    out = tmp_path / "report.md"
    cmo("report", "-o", str(out), code=None)
    routes = dict(re.findall(r"^\| (database search|citation tracking) \| (\d+) \|", out.read_text(encoding="utf-8"), re.M))
    assert routes == {"database search": "2", "citation tracking": "2"}
    numbers = flow(cmo, tmp_path)
    assert [numbers[name] for name in STEPS] == [4, 1, 3]
