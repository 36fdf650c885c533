"""Rebuild the answer sheets in this folder: `.venv/bin/python tests/data/feedback_links/make_fixtures.py`.

Answers to the shipped example review's round 1 (C1, C2, C3, C5) typed into workbooks as Excel saves them, with
links in the respondents' cells (README.md here says how each was made). openpyxl writes the workbooks; where Excel
saves what openpyxl cannot (the value a HYPERLINK formula shows), the sheet's XML is patched afterwards, as Excel
would have saved it."""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
NICE = "https://www.nice.org.uk/guidance/ng225?tab=recommendations&section=1.3"
RETHINK = "https://www.rethink.org/advice-and-information/peer-support/"


def answer_sheet() -> None:
    """cmo's answer sheet as a respondent fills it in Excel: a reading given as a HYPERLINK formula, a comment with a
    link put on its words (Insert > Link), a web address typed, which Excel links to itself, a pseudonym typed as an
    email address (Excel links it with mailto:), a group cell someone linked to the group's page, and a link whose
    address is a script."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Responses"
    sheet.append(["pseudonym", "group", "round", "configuration", "rating", "anything we should read", "comment"])
    sheet.append(["Blue Heron", "inpatient-crisis", 1, "C1", "agree", None, None])
    sheet.append(["Blue Heron", "inpatient-crisis", 1, "C2", "partly", None, "Read this before the next round"])
    sheet.append(["Blue Heron", "inpatient-crisis", 1, "C3", "agree", RETHINK, None])
    sheet.append(["kestrel@example.org", "Children and young people", 1, "C5", "disagree", None, "nothing here"])
    sheet["F2"] = f'=HYPERLINK("{NICE}","see this guideline")'
    sheet["G3"].hyperlink = RETHINK
    sheet["F4"].hyperlink = RETHINK
    sheet["A5"].hyperlink = "mailto:kestrel@example.org"
    sheet["B5"].hyperlink = "https://example.org/our-youth-advisory-group"
    sheet["G5"] = '=HYPERLINK("javascript:alert(document.cookie)","nothing here")'
    path = HERE / "answers-with-links.xlsx"
    book.save(path)
    _save_formula_value(path, "F2", "see this guideline")
    _save_formula_value(path, "G5", "nothing here")


def typed_up_form() -> None:
    """A Microsoft Forms download ('Open in Excel') an administrator added a paper form's answers to, a row a
    respondent per person, a column a question, with a link put on a comment's words (Insert > Link)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        [
            *("ID", "Start time", "Completion time", "Email", "Name", "Your pseudonym"),
            "C1: Clinicians see less of the person and their surroundings. Does this match your experience?",
            "C1: What is missing or wrong?",
            "Any other comments?",
        ]
    )
    sheet.append([1, None, None, "anonymous", None, "Otter", "Agree", "The crisis line's own audit", "See our report"])
    sheet["H2"].hyperlink = "https://example.org/crisis-line-audit-2023.pdf"
    sheet["I2"].hyperlink = "https://example.org/report"
    book.save(HERE / "typed-up-form.xlsx")


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


if __name__ == "__main__":
    answer_sheet()
    typed_up_form()
