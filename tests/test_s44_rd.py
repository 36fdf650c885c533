"""Session 44, trial RD: reading what teams' tools really write (the faults trials BN, BM, BK, BO and BL met), each
tested on a topic of its own."""

from __future__ import annotations

import csv
import json
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
    assert "meetings.xlsx row 4 of tab 'Meeting 2 (10 March)', column 'Configuration': 'C99'" in refused.stderr
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


# 3. A Word extraction form: a blank study cell continuing the row above; bullets inside a cell --------------------


_FORM_HEADER = ["Study", "Context", "Mechanism", "Outcome", "Notes"]


def _form(path: Path, rows: list[list[str | list[str]]]) -> Path:
    """A Word extraction form of one table: a cell given as a list is a bulleted list, one item a paragraph."""
    import docx

    document = docx.Document()
    document.add_heading("Community pharmacy extraction form", 1)
    table = document.add_table(rows=0, cols=len(_FORM_HEADER))
    for row in [_FORM_HEADER, *rows]:
        for cell, value in zip(table.add_row().cells, row):
            if isinstance(value, str):
                cell.text = value
                continue
            for index, item in enumerate(value):
                paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                paragraph.text = item
                paragraph.style = document.styles["List Bullet"]
    document.save(path)
    return path


def _pharmacy_review(tmp_path: Path) -> Path:
    from tests.sheet_reviews import review_from_rows

    return review_from_rows(tmp_path, [("ojo", "Pharmacies in towns", "Staff know patients", "Patients return")])


def test_a_blank_study_cell_below_a_named_one_in_a_word_form_continues_that_study_and_is_said(tmp_path):
    """Trial BM 9, on community pharmacy: the form's second row for a study leaves its Study cell blank (not merged);
    it was refused whole ('row 3, column Study: no source key'). It continues the study above, said by row."""
    from tests.sheet_reviews import cmo_run

    review = _pharmacy_review(tmp_path)
    form = _form(
        tmp_path / "form.docx",
        [
            ["ojo", "Pharmacies open late", "Carers can collect after work", "More repeat prescriptions collected", "p.3"],
            ["", "Pharmacies with a private room", "Patients speak openly", "More medicine reviews", "p.5"],
        ],
    )
    done = cmo_run("code", "import", str(form), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = " ".join(done.stderr.split())
    assert "row 3: the 'Study' cell is blank below a row naming its study, so each was read as continuing" in said
    statements = json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)
    assert [(s["source"], s["context"]) for s in statements[1:]] == [
        ("ojo", "Pharmacies open late"),
        ("ojo", "Pharmacies with a private room"),
    ]


def test_a_blank_study_cell_with_no_study_above_it_is_still_refused(tmp_path):
    """Must not fire: a blank Study cell on the table's first row has no study to continue; refused, naming the row."""
    from tests.sheet_reviews import cmo_run

    review = _pharmacy_review(tmp_path)
    form = _form(tmp_path / "form.docx", [["", "Pharmacies open late", "Carers can collect", "More collected", ""]])
    done = cmo_run("code", "import", str(form), cwd=review)
    assert done.returncode == 2 and "row 2, column Study: no source key" in done.stderr


def test_bulleted_items_in_a_word_cell_are_one_part_joined_with_semicolons(tmp_path):
    """Trial BM 8, on community pharmacy: two bullets in a cell were joined with a bare space ('help with forms
    benefits'), and a row with two bullets in each part was split into two statements. Bullets are the points of one
    part, joined with '; '; two CMOCs as plain lines in one row are still two statements."""
    from tests.sheet_reviews import cmo_run

    review = _pharmacy_review(tmp_path)
    form = _form(
        tmp_path / "form.docx",
        [
            [
                "ojo",
                ["Older patients on five or more medicines", "living alone"],
                ["feel listened to", "trust the pharmacist"],
                ["take medicines as prescribed", "fewer hospital admissions"],
                "",
            ],
            ["ojo", "Busy pharmacies\nQuiet village pharmacies", "Staff rush\nStaff take time", "Errors\nFewer errors"],
        ],
    )
    done = cmo_run("code", "import", str(form), cwd=review)
    assert done.returncode in (0, 1), done.stderr
    statements = json.loads(cmo_run("code", "list", "--json", cwd=review).stdout)[1:]
    assert [(s["context"], s["mechanism"], s["outcome"]) for s in statements] == [
        (
            "Older patients on five or more medicines; living alone",
            "feel listened to; trust the pharmacist",
            "take medicines as prescribed; fewer hospital admissions",
        ),
        ("Busy pharmacies", "Staff rush", "Errors"),
        ("Quiet village pharmacies", "Staff take time", "Fewer errors"),
    ]


# 4. Airtable's linked-record column beside its lookup column -----------------------------------------------------

_CHURCH_RECORDS = (
    "TY  - JOUR\nAU  - Osei, Kofi\nTI  - Group education for type 2 diabetes in Ghanaian churches\nJO  - Diabetic Medicine\n"
    "PY  - 2018\nER  - \n\n"
    "TY  - JOUR\nAU  - Mensah, Ama\nAU  - Boateng, Kwame\nTI  - Lay health workers and blood pressure in Accra\n"
    "JO  - BMC Public Health\nPY  - 2020\nER  - \n"
)


def _church_review(cmo, tmp_path: Path) -> dict[str, str]:
    (tmp_path / "refs.ris").write_text(_CHURCH_RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.ris"))
    keys = {s["key"][:4]: s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    return keys


_AIRTABLE_HEADER = ["CMO ID", "Sources", "Source (from Sources)", "Context", "Mechanism", "Outcome"]


def test_a_linked_record_and_its_lookup_naming_the_same_sources_read_one_and_keep_the_other(cmo, tmp_path):
    """Trial BN 7, on church-based diabetes education: Airtable exports a linked record ('Sources') beside its lookup
    ('Source (from Sources)'); both name the same source on every row, so the one naming sources is read, the other
    kept as the team's column, and said. Refused before ('2 columns read as one (source) … keep one')."""
    keys = _church_review(cmo, tmp_path)
    sheet = _write_csv(
        tmp_path / "CMO coding-Grid view.csv",
        [
            _AIRTABLE_HEADER,
            ["CMO-001", "Osei 2018 (church trial)", "Osei et al. (2018)", "Churchgoers", "Trust the pastor", "Attend"],
            ["CMO-002", "Mensah 2020", "Mensah & Boateng (2020)", "Market traders", "Feel checked on", "Lower blood pressure"],
        ],
    )
    done = cmo("code", "import", str(sheet), code=None)
    assert done.exit_code in (0, 1), done.stderr
    said = " ".join(done.stderr.split())
    assert "the columns 'Sources' and 'Source (from Sources)' are both read as the source and no row's cells differ" in said
    assert "so 'Source (from Sources)' was read and 'Sources' kept as the team's own column" in said
    statements = cmo.json("code", "list")
    assert [(s["source"], s["extra"].get("Sources")) for s in statements] == [
        (keys["osei"], "Osei 2018 (church trial)"),
        (keys["mens"], "Mensah 2020"),
    ]


def test_a_linked_record_and_its_lookup_naming_different_sources_are_refused_at_the_first_row_that_differs(cmo, tmp_path):
    """Must not fire: where the two columns name different sources on a row, neither can be read for the other; the
    import names that row and imports nothing."""
    _church_review(cmo, tmp_path)
    sheet = _write_csv(
        tmp_path / "grid.csv",
        [
            _AIRTABLE_HEADER,
            ["CMO-001", "Osei 2018", "Osei et al. (2018)", "Churchgoers", "Trust the pastor", "Attend"],
            ["CMO-002", "Mensah 2020", "Osei et al. (2018)", "Market traders", "Feel checked on", "Lower blood pressure"],
        ],
    )
    refused = cmo("code", "import", str(sheet), code=2)
    said = " ".join(refused.stderr.split())
    assert "'Sources' and 'Source (from Sources)', and row 3 differs ('Mensah 2020' and 'Osei et al. (2018)'); keep one" in said
    assert cmo.json("code", "list") == []


# 5. What a citation names, and the source a suggestion offers -----------------------------------------------------


def test_a_citation_with_a_note_after_it_suggests_the_source_of_its_author_and_year_and_a_digit_in_a_name_is_read(cmo, tmp_path):
    """Trials BK 6, BM 9, BO 8 and BL 7, on stroke rehabilitation and speech support: 'Osei et al 2018 (DREAM)' had no
    suggestion; 'Farrow 2014 (HOMESTEP)' was offered the 2008 protocol whose title holds the acronym rather than the one
    Farrow 2014; 'Kids2Talk 2023' (a digit in a body's name) was not found."""
    records = _CHURCH_RECORDS + (
        "\nTY  - JOUR\nAU  - Farrow, Ann\nTI  - The HOMESTEP trial protocol: home exercise for stroke survivors\nJO  - Trials\n"
        "PY  - 2008\nER  - \n\n"
        "TY  - RPRT\nAU  - Farrow, Ann\nTI  - Home exercise after stroke: a randomised trial\nPB  - NIHR\nPY  - 2014\nER  - \n\n"
        "TY  - RPRT\nAU  - Kids2Talk\nTI  - Speech and language support in nurseries\nPY  - 2023\nER  - \n\n"
        "TY  - RPRT\nAU  - Royal College of Nursing\nTI  - Home visits after stroke: guidance\nPY  - 2019\nER  - \n"
    )
    (tmp_path / "refs.ris").write_text(records, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.ris"))
    keys = {s["key"]: s for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys)
    header = ["source", "context", "mechanism", "outcome"]
    sheet = _write_csv(
        tmp_path / "coding.csv",
        [
            header,
            ["Osei et al 2018 (DREAM)", "Churchgoers", "Trust the pastor", "Attend"],
            ["Farrow 2014 (HOMESTEP)", "Stroke survivors at home", "Feel watched over", "Keep exercising"],
            ["Kids2Talk 2023", "Nursery staff", "Feel skilled", "Children talk more"],
            ["RCN 2019 (G42)", "District nurses", "Feel confident", "More home visits"],
        ],
    )
    read = cmo("code", "import", str(sheet), code=None)  # each is now the one source of its author and year (trial BU 7)
    said = read.stderr
    osei = next(key for key in keys if key.startswith("osei"))
    farrow = next(key for key in keys if key.startswith("farrow2014"))
    assert f"row 2: 'Osei et al 2018 (DREAM)' was read as {osei}, the one source cited 'Osei 2018'" in said
    assert f"row 3: 'Farrow 2014 (HOMESTEP)' was read as {farrow}," in said  # not the 2008 protocol naming HOMESTEP
    rcn = next(key for key, source in keys.items() if source["title"].startswith("Home visits"))
    assert f"'RCN 2019 (G42)' was read as {rcn}" in said  # a body by its initials
    assert "Kids2Talk" not in said  # read as the one Kids2Talk 2023
    assert sorted(s["source"] for s in cmo.json("code", "list")) == sorted([osei, farrow, rcn, "kids2talk2023speech"])
    shown = cmo("sources", "show", "Kids2Talk 2023")
    assert "Speech and language support in nurseries" in shown.stdout


# 6. A journal's name in an export ---------------------------------------------------------------------------------


def test_an_exported_journal_name_leaves_out_the_place_the_nlm_adds_and_keeps_a_bracket_of_its_own(cmo, tmp_path):
    """Trial BK 7, on asthma: the Cochrane Library's 'Lancet (london, england)', a place lower-cased as no catalogue
    writes it, was written so in the BibTeX export, while the report cites 'Lancet'. Must not fire: a journal whose
    brackets are its name's keeps them, and a place as the NLM writes it is written as read (a file read back says
    what it said)."""
    ris = tmp_path / "central.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Quayle, Ruth\nTI  - School nurses and inhaler technique\nJO  - Lancet (london, england)\n"
        "PY  - 2017\nVL  - 389\nSP  - 100\nEP  - 108\nER  - \n\n"
        "TY  - JOUR\nAU  - Rowe, Sam\nTI  - Air pollution models for school routes\n"
        "JO  - Journal of Physics A (Mathematical and General)\nPY  - 2015\nVL  - 48\nSP  - 1\nEP  - 9\nER  - \n\n"
        "TY  - JOUR\nAU  - Sethi, Neha\nTI  - Inhaled steroids in children with HIV\nJO  - AIDS (London, England)\nPY  - 2016\n"
        "VL  - 30\nSP  - 5\nEP  - 12\nER  - \n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(ris))
    cmo("select", "include", *(s["key"] for s in cmo.json("sources", "list")))
    out = tmp_path / "included.bib"
    cmo("export", "-o", str(out))
    exported = out.read_text(encoding="utf-8")
    assert "journal = {Lancet}" in exported and "london" not in exported
    assert "journal = {Journal of Physics A (Mathematical and General)}" in exported
    assert "journal = {{AIDS} (London, England)}" in exported or "journal = {AIDS (London, England)}" in exported
