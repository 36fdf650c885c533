"""A file ingested by mistake is taken back (`cmo sources withdraw FILE`), as a feedback import is: its records go, a
source left with none goes from the review and the document flow, a source that has records from another file stays,
made again from them; refused where a source that would go carries a person's work; recorded in the history; undone
by ingesting the file again (trial AF: a broken test export left its junk source in the flow for good)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "exports"

BROKEN_RIS = (  # a school-gardens search export cut short in its second record
    "TY  - JOUR\nTI  - School gardens and children's vegetable intake: a realist evaluation\nAU  - Ohly, Heather\n"
    "PY  - 2016\nJO  - BMC Public Health\nDO  - 10.1186/s12889-016-3003-7\nER  - \n\n"
    "TY  - JOUR\nTI  - Teachers' accounts of running a school\n"
)


def flow(cmo, tmp_path: Path) -> dict[str, int]:
    """The document flow as the Markdown report gives it: its table rows, `| name | n |`."""
    out = tmp_path / "report.md"
    cmo("report", "-o", str(out), code=None)
    rows = re.findall(r"^\| ([^|]+?) \| (\d+) \|", out.read_text(encoding="utf-8"), re.M)
    return {name: int(n) for name, n in rows}


def keys(cmo) -> list[str]:
    return sorted(s["key"] for s in cmo.json("sources", "list"))


def history_rows(cmo) -> int:
    with sqlite3.connect(cmo.folder / "review.db") as db:
        return db.execute("SELECT COUNT(*) FROM history").fetchone()[0]


def test_a_broken_export_is_withdrawn_from_the_review_and_the_flow_and_comes_back_when_ingested_again(cmo, tmp_path):
    broken = tmp_path / "gardens-cut.ris"
    broken.write_text(BROKEN_RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed.nbib"))
    before, numbers = keys(cmo), flow(cmo, tmp_path)
    added = cmo("ingest", str(broken), code=None)
    assert "cmo sources withdraw gardens-cut.ris" in added.stdout  # said where the broken file is read
    with_junk = keys(cmo)
    assert len(with_junk) == len(before) + 2

    result = cmo.json("sources", "withdraw", str(broken), "--note", "cut short while downloading")
    assert (result["file"], result["records"], result["kept"]) == ("gardens-cut.ris", 2, [])
    assert sorted(result["removed"]) == sorted(set(with_junk) - set(before))
    assert keys(cmo) == before
    assert flow(cmo, tmp_path) == numbers  # no record of it identified, no document of it excluded or unscreened
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Taken back and not counted: gardens-cut.ris (2 records: cut short while downloading)." in report
    said = cmo("history", "gardens-cut.ris").stdout
    assert "source-withdraw" in said and "cut short while downloading" in said
    gone = cmo("sources", "show", result["removed"][0], code=2)
    assert "gardens-cut.ris was withdrawn" in gone.stderr

    again = cmo.json("ingest", str(broken), code=None)  # undone by ingesting it again, and said
    assert again["added"] == 2 and any("was withdrawn on" in str(w) for w in again["warnings"])
    assert keys(cmo) == with_junk
    flow(cmo, tmp_path)
    assert "Taken back" not in (tmp_path / "report.md").read_text(encoding="utf-8")  # counted again: nothing to say


def test_sources_with_records_from_another_file_stay_made_again_from_them_with_their_screening(cmo, tmp_path):
    """endnote.ris and pubmed.nbib are one search of the blue-light literature in two formats, five works in both."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed.nbib"))
    only_pubmed = keys(cmo)
    cmo("ingest", str(DATA / "endnote.ris"), code=None)
    both = [s for s in cmo.json("sources", "list") if {r["file"] for r in s["records"]} == {"pubmed.nbib", "endnote.ris"}]
    assert len(both) == 5
    chosen = both[0]["key"]
    cmo("select", "include", chosen)

    result = cmo.json("sources", "withdraw", "endnote.ris", "--note", "the same search exported twice")
    assert sorted(result["kept"]) == sorted(s["key"] for s in both)
    assert keys(cmo) == only_pubmed
    kept = cmo.json("sources", "show", chosen)
    assert kept["status"] == "included"  # the team's decision on the work stays
    assert {r["file"] for r in kept["records"]} == {"pubmed.nbib"}
    numbers = flow(cmo, tmp_path)
    assert (numbers["Records identified"], numbers["Duplicate records linked"]) == (len(only_pubmed), 0)
    assert "endnote.ris" not in numbers


@pytest.mark.parametrize(
    "step, said",
    [
        (("select", "exclude", "{key}", "--reason", "not about sleep"), "was excluded"),
        (("select", "maybe", "{key}"), "was set aside as maybe"),
        (("appraise", "{key}", "--rigour", "low"), "was appraised"),
        (("code", "add", "--source", "{key}", "--context", "night-shift nurses", "--outcome", "sleep improves"), "statement S1"),
        (("sources", "edit", "{key}", "--year", "2019"), "was corrected by hand (year)"),
    ],
)
def test_refused_where_a_source_that_would_go_carries_a_persons_work_and_nothing_changes(cmo, step, said):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "pubmed.nbib"))
    cmo("ingest", str(DATA / "web_of_science.txt"))
    own = [s["key"] for s in cmo.json("sources", "list") if {r["file"] for r in s["records"]} == {"web_of_science.txt"}]
    key = own[0]
    cmo(*(part.format(key=key) for part in step), code=None)
    rows, listed = history_rows(cmo), keys(cmo)
    refused = cmo("sources", "withdraw", "web_of_science.txt", "--note", "wrong database", code=2)
    message = refused.stderr.strip()
    assert message.startswith("Error: web_of_science.txt was not withdrawn: ") and message.endswith("nothing was changed.")
    assert f"{key}, which only it gave, " in message and said in message and len(message.splitlines()) == 1, message
    assert (history_rows(cmo), keys(cmo)) == (rows, listed)
    if step[0] == "select":  # a screening decision is taken back first, by the command the sentence gives
        assert f"cmo select unscreen {key}" in message
        cmo("select", "unscreen", key)
        assert sorted(cmo.json("sources", "withdraw", "web_of_science.txt", "--note", "wrong database")["removed"]) == sorted(own)


def test_a_source_named_instead_of_its_file_is_told_which_file_to_name(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "web_of_science.txt"))
    key = keys(cmo)[0]
    refused = cmo("sources", "withdraw", key, "--note", "junk", code=2)
    assert f"'{key}' is a source, not a file" in refused.stderr and "cmo sources withdraw web_of_science.txt" in refused.stderr
    unknown = cmo("sources", "withdraw", "scopus.ris", "--note", "junk", code=2)
    assert "no file named 'scopus.ris' was ingested (the files ingested are web_of_science.txt)" in unknown.stderr
    assert "cmo sources withdraw" in cmo("ingest", "withdraw", "web_of_science.txt", code=2).stderr
