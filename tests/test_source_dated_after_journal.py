"""A CSV's 'Source' that dates the issue after the journal's name with no comma, as NLM dates one and PEDro's export
writes it ("Age and Ageing 2005 Nov;34(6):636-639"), gives the year, volume, issue and pages, and the journal by its
name alone. Trial BO: PEDro's records came in with no year and the journal 'BMJ 2012 Aug 7'; a trial found in PEDro
alone was cited "Clemson et al. n.d.", its coding-sheet citation 'Clemson et al 2012' was refused as no source, and the
report's reference list read "BMJ 2012 Aug 7, 345(e4547)". Tested on low back pain; a year inside a journal's name,
words after it, is the name's."""

from __future__ import annotations

from cmo.sheets.records import journal_citation

PEDRO = (
    '"Title","Authors","Source","Method","Score (/10)"\r\n'
    '"Motor control exercise for chronic non-specific low back pain: a randomised trial","Macedo LG, Latimer J, '
    'Maher CG","Physical Therapy 2012 Mar;92(3):363-377","clinical trial","8/10"\r\n'
    '"Walking for chronic low back pain: a pragmatic trial","Pocovi NC, Lin CC, French SD","The Lancet 2024 Jul 6;'
    '404(10448):134-144","clinical trial","7/10"\r\n'
)


def test_a_source_dated_after_its_journal_gives_the_year_and_the_journal_alone(cmo, tmp_path):
    export = tmp_path / "PEDro_search_results.csv"
    export.write_bytes(PEDRO.encode("cp1252"))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export), code=None)
    read = {s["title"].split()[0]: (s["year"], s["container"]) for s in cmo.json("sources", "list")}
    assert read == {"Motor": (2012, "Physical Therapy"), "Walking": (2024, "The Lancet")}
    shown = cmo("sources", "show", "Pocovi et al. 2024").stdout
    assert "Pocovi et al. 2024" in shown and "n.d." not in shown


def test_a_year_inside_a_journals_name_stays_its_name():
    assert journal_citation("Health 2020 Monitor;4(2):1-9") == {
        "container": "Health 2020 Monitor",
        "volume": "4",
        "issue": "2",
        "pages": "1-9",
    }
    assert journal_citation("Spine 1998 Autumn;23(4):400-410")["container"] == "Spine"
