"""Trial CQ: an Ovid export carries its database, coverage dates and full search strategy, yet the report's RAMESES
item 8 asked the team to 'add databases, dates and search strategies'. `cmo ingest` keeps an Ovid export's search
history in the review's folder searches/, where a team puts the strategies other databases give them (an EBSCO search
string, a PubMed query), and the report shows each. Tested on reading comprehension (APA PsycInfo via Ovid)."""

from __future__ import annotations

from pathlib import Path

from cmo.bib.readers.ovid_labelled import search_history

DATA = Path(__file__).parent / "data" / "plain_text_exports"

RIS = """TY  - JOUR
AU  - Moreau, Claire
TI  - Telephone physiotherapy for chronic low back pain in rural clinics
PY  - 2019
JO  - Physiotherapy
ER  -
"""


def test_an_ovid_search_history_and_a_team_s_search_string_are_shown_in_the_report(cmo):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "ovid_psycinfo_labelled.txt"))
    kept = (cmo.folder / "searches" / "ovid_psycinfo_labelled.txt").read_text(encoding="utf-8")
    assert kept.startswith("Database: APA PsycInfo <1806 to November Week 4 2026>\nSearch Strategy:\n1     exp Reading")
    assert kept.rstrip().endswith("3     1 and 2 (96)") and "<1>" not in kept and "----" not in kept
    (cmo.folder / "searches" / "eric-ebsco.txt").write_text(
        'ERIC via EBSCOhost, 3 December 2026\nS1 DE "Reading Comprehension"\nS2 TX "spiral curriculum"\nS3 S1 AND S2\n',
        encoding="utf-8",
    )
    cmo("report", "-o", str(cmo.folder / "report.md"), code=1)  # warned: no title nor question
    text = (cmo.folder / "report.md").read_text(encoding="utf-8")
    shown = text.split("### Search strategies", 1)[1].split("\n## ", 1)[0]
    assert "eric-ebsco.txt:" in shown and '> S1 DE "Reading Comprehension"' in shown
    assert "> Database: APA PsycInfo \\<1806 to November Week 4 2026\\>" in shown
    assert "| 8 | Searching processes | covered by this report |" in text
    cmo("report", "-o", str(cmo.folder / "report.html"), code=1)
    html = (cmo.folder / "report.html").read_text(encoding="utf-8")
    assert '<h3 id="searches">Search strategies</h3>' in html
    assert "Database: APA PsycInfo &lt;1806 to November Week 4 2026&gt;" in html  # escaped, never markup


def test_an_export_with_no_search_history_keeps_none(cmo, tmp_path):
    """Must not fire: a RIS export (back pain) carries no search; the report asks for the strategies as before."""
    (tmp_path / "back.ris").write_text(RIS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "back.ris"))
    assert not (cmo.folder / "searches").exists()
    cmo("report", "-o", str(cmo.folder / "report.md"), code=1)
    text = (cmo.folder / "report.md").read_text(encoding="utf-8")
    assert "### Search strategies" not in text
    assert "add databases, dates and search strategies" in text
    assert search_history("Database: notes\nno asterisks, no history\n<1>\n") == ""
