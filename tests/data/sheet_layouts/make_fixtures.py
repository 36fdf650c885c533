"""Write the sheets in this folder: spreadsheets laid out as teams and form tools lay them out (see README.md).

Run from the repository: .venv/bin/python tests/data/sheet_layouts/make_fixtures.py
The workbooks are written with openpyxl; where Excel saves what openpyxl cannot (the value a HYPERLINK formula
shows), the sheet's XML is patched afterwards, as Excel would have saved it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

CODED = [
    [
        "smith2020",
        "Young people sharing a bedroom for video sessions",
        "Cannot find a private space",
        "Sessions stay superficial",
    ],
    ["lee2019", "Rural clinics far from town", "No bus fare to pay", "Fewer missed visits"],
    ["okafor2021", "Clinicians without laptops at home", "Fall back on the phone", "Assessment quality suffers"],
]


def coding_title_row() -> None:
    """A merged title on row 1, a blank row, a version line, and the header on row 4 (Excel's own layout)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Coding"
    sheet["A1"] = "Telemental health RRR – CMO coding sheet (v3, March 2024)"
    sheet.merge_cells("A1:H1")
    sheet["A3"] = "Coders: MK, JS"
    sheet.append(["Study", "Context (C)", "Mechanism (M)", "Outcome (O)", "Quotation", "Page", "Coder", "CMOC ID"])
    for number, (source, context, mechanism, outcome) in enumerate(CODED, start=1):
        sheet.append([source, context, mechanism, outcome, "a quote", number * 3, "MK", f"CMO-A{number}"])
    book.save(HERE / "coding_title_row.xlsx")


def coding_title_no_header() -> None:
    """A title above a header naming none of a coding sheet's columns."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "CMO extraction – draft"
    sheet.merge_cells("A1:D1")
    sheet.append(["Ref", "Setting", "Why", "Result"])
    for row in CODED:
        sheet.append(row)
    book.save(HERE / "coding_title_no_header.xlsx")


def coding_after_instructions() -> None:
    """An 'Instructions' tab first, the coding on the second tab under a title."""
    book = Workbook()
    book.active.title = "Instructions"
    book.active.append(["How to code: one row per CMO statement. Use the study key from the Sources tab."])
    book.active.append(["Coders: MK, JS"])
    sheet = book.create_sheet("Coding")
    sheet["A1"] = "Telemental health RRR – CMO coding sheet"
    sheet.append(["Study", "Context", "Mechanism", "Outcome"])
    for row in CODED:
        sheet.append(row)
    book.save(HERE / "coding_after_instructions.xlsx")


def coding_two_row_header() -> None:
    """'CMO configuration' merged over Context, Mechanism and Outcome, 'Evidence' over Quote and Page, and Source
    and Domain merged down over both header rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "CMO coding"
    sheet.append(["Source", "CMO configuration", None, None, "Evidence", None, "Domain"])
    sheet.append([None, "Context", "Mechanism", "Outcome", "Quote", "Page", None])
    for range_ in ("A1:A2", "B1:D1", "E1:F1", "G1:G2"):
        sheet.merge_cells(range_)
    for number, row in enumerate(CODED, start=1):
        sheet.append([*row, f"quote {number}", number * 2, "safety"])
    book.save(HERE / "coding_two_row_header.xlsx")


def coding_two_row_header_reversed() -> None:
    """The group labels alone on row 1 (merged over their columns), every column's name on row 2."""
    book = Workbook()
    sheet = book.active
    sheet.append([None, "CMO configuration", None, None, "Evidence", None])
    sheet.append(["Source", "Context", "Mechanism", "Outcome", "Quote", "Page"])
    for range_ in ("B1:D1", "E1:F1"):
        sheet.merge_cells(range_)
    for number, row in enumerate(CODED, start=1):
        sheet.append([*row, f"quote {number}", number])
    book.save(HERE / "coding_two_row_header_reversed.xlsx")


def greylit_links() -> None:
    """A grey-literature tracker: a title row, and a Link column whose cells show 'Link' or a site's name and keep
    the address in the hyperlink (Insert > Link), or in a HYPERLINK formula; one cell holds a note, not an address,
    and one row's title, not its Link cell, is linked."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Grey literature"
    sheet["A1"] = "Grey literature tracker (updated May 2024)"
    sheet.append(["Title", "Author", "Year", "Publisher", "Link"])
    rows = [
        ["Trying to connect: choice in remote mental health services", "Mind", 2020, "Mind", "Link"],
        ["Remote mental health care during COVID-19", "NHS Confederation", 2021, "NHS Confederation", "NHS Confed website"],
        ["Digital inclusion in mental health", "Mental Health Network", 2022, "NHS Confederation", "see the printed report"],
        ["Young people's views of video therapy", "YoungMinds", 2021, "YoungMinds", None],
        ["Peer support by phone", "Rethink", 2023, "Rethink Mental Illness", None],
    ]
    for row in rows:
        sheet.append(row)
    sheet["E3"].hyperlink = "https://www.mind.org.uk/trying-to-connect"
    sheet["E4"].hyperlink = "https://www.nhsconfed.org/publications/remote-mental-health?from=list&page=2"
    sheet["A6"].hyperlink = "https://www.youngminds.org.uk/video-therapy"
    sheet["E7"] = '=HYPERLINK("https://www.rethink.org/peer-support","Rethink page")'
    path = HERE / "greylit_links.xlsx"
    book.save(path)
    _save_formula_value(path, "E7", "Rethink page")


def _save_formula_value(path: Path, cell: str, value: str) -> None:
    """Give a formula cell the value Excel saves with it (openpyxl saves none)."""
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    pattern = re.compile(rf'<c r="{cell}"([^>]*)>(<f>.*?</f>)<v\s*/?>(?:</v>)?</c>'.encode())
    parts[member], count = pattern.subn(
        lambda m: b'<c r="%s" t="str"%s>%s<v>%s</v></c>' % (cell.encode(), m.group(1), m.group(2), value.encode()), parts[member]
    )
    assert count == 1, f"no formula cell {cell} in {path}"
    with tempfile.NamedTemporaryFile(delete=False, dir=path.parent, suffix=".xlsx") as handle:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    shutil.move(handle.name, path)
    path.chmod(0o644)


def feedback_msforms_wide() -> None:
    """Microsoft Forms' export: one row per respondent, its own columns first, then a column per question, each
    headed by the configuration it asks about, and a last question about none."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        [
            *("ID", "Start time", "Completion time", "Email", "Name", "Your pseudonym", "Your group"),
            "C1: Clinicians see less of the person and their surroundings. Does this match your experience?",
            "C1: What is missing or wrong?",
            "C2: Short sessions on mental health awareness. Does this match your experience?",
            "C2: What is missing or wrong?",
            "Any other comments?",
        ]
    )
    started = datetime(2024, 5, 1, 9, 12)
    sheet.append([1, started, started, "anonymous", None, "blue-heron", "Children and young people", "Strongly agree"])
    sheet.append([2, started, started, "anonymous", None, "red-fox", "Inpatient and crisis care", "Partly", None, "Agree"])
    sheet["I2"] = "Crisis teams\nalso lose body language cues"
    sheet["J2"] = "Somewhat disagree"
    sheet["K3"] = "Only in care homes"
    sheet["L2"] = "Thank you for asking"
    book.save(HERE / "feedback_msforms_wide.xlsx")


def feedback_wide_without_ids() -> None:
    """A form whose questions do not name the configuration they ask about: its layout cannot be read."""
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Your pseudonym",
            "Clinicians see less of the person. Does this match your experience?",
            "Short sessions on awareness. Does this match your experience?",
        ]
    )
    sheet.append(["blue-heron", "Agree", "Disagree"])
    book.save(HERE / "feedback_wide_without_ids.xlsx")


def main() -> None:
    for write in (
        coding_title_row,
        coding_title_no_header,
        coding_after_instructions,
        coding_two_row_header,
        coding_two_row_header_reversed,
        greylit_links,
        feedback_msforms_wide,
        feedback_wide_without_ids,
    ):
        write()


if __name__ == "__main__":
    main()
