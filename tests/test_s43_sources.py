"""Sources read as their databases write them (session 43)."""

from __future__ import annotations

from sheet_reviews import write_csv

_POP = ["Cites", "Authors", "Title", "Year", "Source", "Publisher", "ArticleURL", "GSRank", "AuthorCount"]


def test_a_publish_or_perish_list_with_three_initials_is_people_and_its_lone_names_are_too(cmo, tmp_path):
    """Trial BE: "M Heath, AMF Hvass, CM Wejse" (three initials) was read as no list of people, so the column was not
    known to write names initials first and its lone "D Patel" was cited "D Patel 2022", never matching "Patel 2022"."""
    sheet = write_csv(
        tmp_path / "pop.csv",
        _POP,
        ["12", "M Heath, AMF Hvass, CM Wejse", "Cycle lanes and commuting in Aarhus", "2019", "J Transp H", "", "", "1", "3"],
        ["3", "K Osei, JB Mensah", "Protected cycle lanes and injuries in Accra", "2021", "Inj Prev", "", "", "2", "2"],
        ["0", "D Patel", "Cycle training for adults in Leicester: an evaluation", "2022", "", "", "https://x.org/1", "3", "1"],
        ["0", "NHS England", "Active travel and health: a briefing", "2020", "", "", "https://x.org/2", "4", "1"],
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(sheet), code=None)
    cited = {s["title"].split(":")[0]: s["authors"] for s in cmo.json("sources", "list")}
    assert cited["Cycle lanes and commuting in Aarhus"] == ["Heath, M.", "Hvass, A. M. F.", "Wejse, C. M."]
    assert cited["Cycle training for adults in Leicester"] == ["Patel, D."]
    assert cited["Active travel and health"] == ["NHS England"], "a body's initials and place alone stay a body"


_OVID = """TY  - JOUR
AU  - Hartley, Jane
AU  - Okafor, Chidi
AU  - Lindqvist, Maria
AU  - Brennan, Paul
TI  - Supported self-management for people with long-term conditions in deprived areas: a realist evaluation
JO  - Health and Social Care Delivery Research
VL  - 11
IS  - 4
SP  - 1
EP  - 142
PY  - 2023
DO  - 10.3310/HTQW7721
ER  -
"""

_SCHOLAR = """@techreport{hartley2023supported,
  title={Supported self-management for people with long-term conditions in deprived areas: a realist evaluation},
  author={Hartley, Jane and Okafor, Chidi and Lindqvist, Maria and Brennan, Paul},
  year={2023},
  institution={NIHR Journals Library}
}
"""


def _ingested(cmo, tmp_path, scholar: str) -> list[dict]:
    (tmp_path / "ovid.ris").write_text(_OVID, encoding="utf-8")
    (tmp_path / "scholar.bib").write_text(scholar, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "ovid.ris"), str(tmp_path / "scholar.bib"), code=None)
    return cmo.json("sources", "list")


def test_a_report_a_journals_library_publishes_is_one_work_with_its_report_record(cmo, tmp_path):
    """Trials BA and BG: an NIHR report typed JOUR by Ovid and @techreport by Google Scholar, same title, year and
    authors, became two sources cited "2023a/2023b", and `sources merge` asked for --force."""
    assert len(_ingested(cmo, tmp_path, _SCHOLAR)) == 1


def test_a_report_by_other_people_stays_another_work(cmo, tmp_path):
    other = _SCHOLAR.replace("Lindqvist, Maria and Brennan, Paul", "Murray, Ewan and Singh, Ravi")
    assert len(_ingested(cmo, tmp_path, other)) == 2
