"""Rebuild the answer sheet in this folder: `.venv/bin/python tests/data/feedback_cells/make_fixtures.py`.

cmo's answer sheet filled in Excel by a reference-group member (README.md here says what each cell holds)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def answer_sheet() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Responses"
    sheet.append(["pseudonym", "group", "round", "configuration", "rating", "what is missing or wrong", "comment"])
    sheet.append(["Wren", "cyp", 1, "C1", "agree", None, "First, the family room.\nSecond, the wifi.\n\n– and the lights"])
    sheet.append(["Wren", "cyp", 1, "C2", "partly", None, "👍 mostly right 🎉 — “in our ward” naïve"])
    sheet.append(["Wren", "cyp", 1, "C3", "agree", None, 4])
    sheet.append(["Wren", "cyp", 1, "C4", "disagree", datetime(2026, 3, 5), None])
    sheet["F5"].number_format = "d-mmm"  # Excel's date of '5-3' (or '3/5', as its locale reads it)
    sheet.append(["Wren", "cyp", 1, "C5", "agree", None, "We met on 2026-03-05 to talk it through"])
    book.save(HERE / "answers-typed-in-excel.xlsx")


if __name__ == "__main__":
    answer_sheet()
