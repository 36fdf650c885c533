"""Session 44, trial RD: reading what teams' tools really write (the faults trials BN, BM, BK, BO and BL met), each
tested on a topic of its own."""

from __future__ import annotations

import csv
from pathlib import Path


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


# 1. Inline formatting tags in titles and abstracts ---------------------------------------------------------------


def test_formatting_tags_in_any_readers_titles_and_abstracts_are_not_words(cmo, tmp_path):
    """Dimensions' CSV, a Crossref-fed RIS and a BibTeX entry each write `<i>`, `<sup>` or `<scp>` into a title: the
    words are kept, the tags never reach the source, its citation or the BibTeX export (trial BN 6, on antibiotics)."""
    header = ["Rank", "Publication ID", "DOI", "Title", "Abstract", "Source title", "Publication Date", "PubYear", "Authors"]
    dimensions = _write_csv(
        tmp_path / "Dimensions-Publication.csv",
        [
            header,
            [
                "1",
                "pub.1",
                "10.1000/abx.1",
                "Pharmacist review of <i>Clostridioides difficile</i> risk in care homes",
                "Levels of CO<sub>2</sub> and <i>C. difficile</i> were recorded.",
                "Journal of Antimicrobial Chemotherapy",
                "2019-03-01",
                "2019",
                "Ahmed, Sara",
            ],
        ],
    )
    ris = tmp_path / "crossref.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Evans, Kim\nTI  - Delayed prescribing and <i>Streptococcus pyogenes</i> per m<sup>2</sup>\n"
        "JO  - Family Practice\nPY  - 2020\nDO  - 10.1000/abx.3\nER  - \n",
        encoding="utf-8",
    )
    bib = tmp_path / "scholar.bib"
    bib.write_text(
        "@article{fox2022,\n title={Point-of-care <scp>CRP</scp> testing and <jats:italic>E. coli</jats:italic>},\n"
        " author={Fox, Lee},\n journal={BJGP},\n year={2022}\n}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(dimensions), str(ris), str(bib), code=None)
    titles = {s["key"]: s["title"] for s in cmo.json("sources", "list")}
    assert sorted(titles.values()) == [
        "Delayed prescribing and Streptococcus pyogenes per m2",
        "Pharmacist review of Clostridioides difficile risk in care homes",
        "Point-of-care CRP testing and E. coli",
    ]
    ahmed = next(key for key, title in titles.items() if title.startswith("Pharmacist"))
    assert "Levels of CO2 and C. difficile were recorded." in cmo("sources", "show", ahmed, "--json").stdout
    cmo("select", "include", *titles)
    out = tmp_path / "included.bib"
    cmo("export", "-o", str(out))
    exported = out.read_text(encoding="utf-8")
    assert "<i>" not in exported and "<sup>" not in exported and "<scp>" not in exported
    assert "Pharmacist review of {Clostridioides} difficile risk" in exported


def test_a_less_than_sign_or_any_other_tag_in_a_title_stays_as_written(cmo, tmp_path):
    """Only formatting tags go: a comparison ("p < 0.05", "<65 years") and a tag that is not formatting (`<script>`)
    are the title's text, kept whole (and escaped wherever shown)."""
    ris = tmp_path / "records.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Grant, Ann\nTI  - Urine tests in adults aged <65 years with p < 0.05\nPY  - 2021\nER  - \n\n"
        "TY  - JOUR\nAU  - Hale, Bo\nTI  - Stewardship <script>alert(1)</script> rounds\nPY  - 2021\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(ris), code=None)
    assert sorted(s["title"] for s in cmo.json("sources", "list")) == [
        "Stewardship <script>alert(1)</script> rounds",
        "Urine tests in adults aged <65 years with p < 0.05",
    ]


# 2. A feedback workbook of one sheet per meeting ----------------------------------------------------------------

_FEEDBACK_HEADER = ["Pseudonym", "Stakeholder group", "Configuration", "Rating", "What is missing or wrong?"]


def _meetings_workbook(path: Path, meetings: dict[str, list[list[str]]], other: dict[str, list[list[str]]] | None = None) -> Path:
    """An administrator's workbook: one sheet per meeting, each with a line above its header, and any `other` sheets."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in meetings.items():
        sheet = book.create_sheet(name)
        sheet.append([f"{name}: paper forms typed up"])
        sheet.append(_FEEDBACK_HEADER)
        for row in rows:
            sheet.append(row)
    for name, rows in (other or {}).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_every_sheet_of_a_feedback_workbook_laid_out_alike_is_read_each_row_named_by_its_sheet(demo, tmp_path):
    """A workbook of one sheet per meeting (trial BM 7, on telemental health): every sheet with the answers' columns is
    read as the file's answers, said; a sheet of other columns is not; a bad row names its sheet, and nothing is
    imported until it is put right."""
    meetings = {
        "Meeting 1 (3 March)": [
            ["Otter", "Children and young people", "C1", "Agree", "Parents sit out of view"],
            ["Badger", "Inpatient and crisis care", "C3", "Disagree", "Supervision is rare"],
        ],
        "Meeting 2 (10 March)": [
            ["Heron", "Digitally excluded people", "C1", "Agree", "No data at home"],
            ["Heron", "Digitally excluded people", "C99", "Agree", ""],
        ],
    }
    attendance = {"Attendance": [["Meeting", "Present"], ["1", "2"], ["2", "1"]]}
    bad = _meetings_workbook(tmp_path / "meetings.xlsx", meetings, attendance)
    refused = demo("feedback", "import", str(bad), code=2)
    assert "meetings.xlsx row 4 of tab 'Meeting 2 (10 March)', field configuration: 'C99'" in refused.stderr
    assert demo.json("feedback", "list") == []
    meetings["Meeting 2 (10 March)"][1][2] = "C2"
    good = _meetings_workbook(tmp_path / "meetings.xlsx", meetings, attendance)
    done = demo("feedback", "import", str(good), code=None)
    assert done.exit_code in (0, 1)
    said = " ".join(done.stderr.split())
    assert "its sheets 'Meeting 1 (3 March)' and 'Meeting 2 (10 March)' have the same columns, so every one was read" in said
    assert "only the sheet" not in said and "Attendance" not in said
    answers = demo.json("feedback", "list")
    assert [(a["respondent"], a["configuration"]) for a in answers] == [
        ("Otter", "C1"),
        ("Badger", "C3"),
        ("Heron", "C1"),
        ("Heron", "C2"),
    ]
    assert {a["file"] for a in answers} == {"meetings.xlsx"}  # one file: withdrawn, or imported again, as one


def test_a_feedback_workbook_whose_other_sheets_are_not_answers_reads_its_answers_sheet_alone(demo, tmp_path):
    """Must not fire: one sheet of answers beside sheets of other columns (a summary, instructions) is read alone, and
    nothing is said of reading several."""
    book = _meetings_workbook(
        tmp_path / "round1.xlsx",
        {"Answers": [["Kite", "Children and young people", "C2", "Partly", "Night staff only"]]},
        {"Summary": [["Configuration", "Agree", "Partly"], ["C2", "0", "1"]], "Read me": [["Type one row per answer"]]},
    )
    done = demo("feedback", "import", str(book), code=None)
    assert "every one was read" not in done.stderr and "of tab" not in done.stderr
    assert [(a["respondent"], a["configuration"]) for a in demo.json("feedback", "list")] == [("Kite", "C2")]
