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


def test_a_masters_thesis_is_exported_as_one_and_a_doctoral_thesis_as_one(cmo, tmp_path):
    """Re-check RE: a @mastersthesis was exported as @phdthesis (cmo keeps one type, thesis, and lost the degree)."""
    import bibtexparser

    (tmp_path / "theses.bib").write_text(
        "@mastersthesis{lee2020walking, title={Walking to school and attention in class}, author={Lee, Anna},"
        " school={University of Leeds}, year={2020}}\n"
        "@phdthesis{kaur2019active, title={Active travel in primary schools}, author={Kaur, Priya},"
        " school={University of Bristol}, year={2019}}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "theses.bib"))
    for key in ("lee2020walking", "kaur2019active"):
        cmo("select", "include", key)
    cmo("export", "-o", str(tmp_path / "out.bib"))
    entries = {e.key: e for e in bibtexparser.parse_string((tmp_path / "out.bib").read_text(encoding="utf-8")).entries}
    assert entries["lee2020walking"].entry_type == "mastersthesis"
    assert entries["lee2020walking"].fields_dict["school"].value == "University of Leeds"
    assert entries["kaur2019active"].entry_type == "phdthesis"


def _coded_by_cells(cmo, tmp_path, records: str, cells: list[str], code: int = 0):
    """A review of these RIS records, each included, coded with one row per source cell as the sheet writes it."""
    (tmp_path / "records.ris").write_text(records, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "records.ris"))
    keys = {s["title"].split()[0].lower(): s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    rows = [[cell, f"context {n}", f"mechanism {n}", f"outcome {n}"] for n, cell in enumerate(cells)]
    write_csv(tmp_path / "coding.csv", ["source", "context", "mechanism", "outcome"], *rows)
    return keys, cmo("code", "import", str(tmp_path / "coding.csv"), code=code)


_WALKING = (
    "TY  - JOUR\nAU  - Okafor, Ada\nTI  - Walking buses and punctuality\nJO  - Journal of Transport and Health\n"
    "PY  - 2021\nER  -\n\nTY  - JOUR\nAU  - van Dijk, Pim\nTI  - Cycle training in Utrecht\nJO  - Injury Prevention\n"
    "PY  - 2020\nER  -\n"
)


def test_a_document_named_by_a_file_name_with_underscores_names_its_source(cmo, tmp_path):
    """Trial BD: MAXQDA's documents named by their files ("Morris_2019_PSE", "deJonge_2020_IJERPH") were refused as no
    source; with spaces they cite the source and its journal's initials."""
    keys, _ = _coded_by_cells(cmo, tmp_path, _WALKING, ["Okafor_2021_JTH", "vanDijk_2020_IP"])
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["walking"], keys["cycle"]]


def test_a_file_name_citing_no_source_is_still_refused(cmo, tmp_path):
    _, said = _coded_by_cells(cmo, tmp_path, _WALKING, ["Mensah_2019_BMJ"], code=2)
    assert "'Mensah_2019_BMJ' is not a source in this review" in said.stderr
