"""A report a tool writes for people to read (NVivo's Coding Summary by Code), brought to `cmo code import`, is refused
naming what it is and what to export instead, not as a sheet missing columns (trial BS 7). Tested on hospital
discharge of older people, not the trial's topic."""

from __future__ import annotations

import openpyxl
from sheet_reviews import review_of, write_csv
from test_s39c_coding import DOMAINS, RECORDS

SUMMARY_HEADER = ["Node", "File", "Reference", "Coverage", "Coded text", "Coded By Initials", "Modified On"]
PASSAGES = [
    ["Nodes\\\\Context\\\\Named discharge nurse", "Files\\\\Haugen 2017", "Reference 1", "0.31%", "Each ward had one nurse"],
    ["Nodes\\\\Mechanism\\\\Trust in one person", "Files\\\\Moreau 2021", "Reference 1", "0.12%", "She knew who to ask"],
    ["Nodes\\\\Outcome\\\\Fewer delays", "Files\\\\Haugen 2017", "Reference 2", "0.08%", "Delays fell by a third"],
]


def _summary_workbook(path, title: str, header: list[str], rows: list[list[str]]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Coding Summary"
    sheet.append([title])
    sheet.append(["Project: Discharge RRR", None, "Generated: 02/11/2026 10:05"])
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append([*row, "KL", "01/11/2026"][: len(header)])
    book.save(path)
    return path


def test_nvivos_coding_summary_by_code_in_excel_is_refused_naming_the_report_and_what_to_export(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    book = _summary_workbook(tmp_path / "summary.xlsx", "Coding Summary By Code Report", SUMMARY_HEADER, PASSAGES)
    said = cmo("code", "import", str(book), code=2)
    assert "this is NVivo's Coding Summary by Code report" in said.stderr
    assert "export a framework matrix from NVivo instead" in said.stderr and "nothing was imported" in said.stderr
    assert cmo.json("code", "list") == []


def test_nvivos_coding_summary_in_word_is_refused_naming_the_report(cmo, tmp_path):
    """NVivo's report saved as Word holds the passages as paragraphs under each node, no table."""
    import docx

    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    document = docx.Document()
    document.add_heading("Coding Summary By Node Report", level=0)
    document.add_paragraph("Project: Discharge RRR\nGenerated: 02/11/2026 10:05")
    for node, file, reference, coverage, text in PASSAGES:
        document.add_paragraph(node)
        document.add_paragraph(f"<{file}> - § 1 reference coded  [{coverage} Coverage]")
        document.add_paragraph(f"{reference} - {coverage} Coverage")
        document.add_paragraph(text)
    document.save(tmp_path / "summary.docx")
    said = cmo("code", "import", str(tmp_path / "summary.docx"), code=2)
    assert "this is NVivo's Coding Summary by Code report" in said.stderr
    assert cmo.json("code", "list") == []


def test_a_sheet_with_another_title_missing_its_parts_is_refused_by_its_columns_as_before(cmo, tmp_path):
    review_of(cmo, tmp_path, DOMAINS, RECORDS)
    book = _summary_workbook(tmp_path / "passages.xlsx", "Passages coded by KL", SUMMARY_HEADER, PASSAGES)
    said = cmo("code", "import", str(book), code=2)
    assert "has no 'context', 'mechanism' and 'outcome' columns" in said.stderr and "NVivo's" not in said.stderr


def test_a_coding_summary_the_team_gave_context_mechanism_and_outcome_columns_imports(cmo, tmp_path):
    """The title alone never refuses a sheet whose columns are read (trial AW's summaries with C, M, O added)."""
    keys = review_of(cmo, tmp_path, DOMAINS, RECORDS)
    sheet = write_csv(
        tmp_path / "summary.csv",
        ["Coding Summary By Code Report"],
        [],
        ["Node", "File", "Reference", "Context", "Mechanism", "Outcome"],
        ["Nodes\\\\Discharge", "Haugen 2017", "Reference 1", "Wards with a named nurse", "Patients trust one", "Fewer delays"],
    )
    cmo("code", "import", str(sheet))
    assert [s["source"] for s in cmo.json("code", "list")] == [keys["discharge"]]
