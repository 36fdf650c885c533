"""Rebuild SurveyMonkey's downloads in this folder: `.venv/bin/python tests/data/feedback_forms/trial_ac/make_fixtures.py`.

Trial AC (virtual wards for older people with frailty) imported a SurveyMonkey download whose matrix question labelled
each row with the pack's own numbering ('CMO 1.1 (C1) Common standards agreements…') under questions asked in plain
words ('Please choose a made-up name (pseudonym)'). Here the same form asks the shipped example review's round-1
findings (remote mental health care, C1, C5, C12, C16): SurveyMonkey's own columns, then two header rows, the
questions above and, under them, 'Response', 'Open-Ended Response', 'Other (please specify)' or each matrix row's
label, as the pack numbers and titles the findings. Times are SurveyMonkey's 'MM/DD/YYYY h:mm:ss AM', after the
example's round 1 closed (2026-11-02). Heron sent the form twice. Names and answers are made up."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ROWS = [
    "CMO 3.1 (C1) Clinicians see less of the person and their surroundings",
    "CMO 2.1 (C5) Peers offer hope, validation and time in a relationship that feels separate",
    "CMO 3.6 (C12) People cannot talk freely or safely",
    "CMO 1.4 (C16) People cannot connect reliably and feel shut out when services move online",
]
OWN = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name"]
OWN += ["Custom Data 1"]
QUESTIONS = ["Please choose a made-up name (pseudonym)", "Which group are you answering for?", None]
QUESTIONS += ["How far do you agree with each of these findings?", None, None, None]
QUESTIONS += ["Is anything missing from the findings overall?"]
LABELS = ["Response", "Response", "Other (please specify)", *ROWS, "Open-Ended Response"]
ANSWERS = [
    [118300101, 446200301, "11/10/2026 9:02:11 AM", "11/10/2026 9:15:40 AM", "81.2.69.160", None, None, None, None]
    + ["Heron", "Inpatient and crisis care", None, "Somewhat agree", "Strongly agree", "Somewhat disagree", None]
    + ["Nothing about who rings back after a crisis call at night."],
    [118300102, 446200301, "11/10/2026 10:20:03 AM", "11/10/2026 10:31:55 AM", "86.1.2.3", None, None, None, None]
    + ["Wren", "Other (please specify)", "Parent of a teenager on a waiting list", "Strongly disagree", None, None]
    + ["Somewhat agree", "School counsellors are left out entirely."],
    [118300103, 446200301, "11/11/2026 2:10:00 PM", "11/11/2026 2:22:21 PM", "81.2.69.160", None, None, None, None]
    + ["Heron", "Inpatient and crisis care", None, "Strongly agree", "Strongly agree", "Somewhat disagree", None]
    + ["Nothing about who rings back after a crisis call at night, or about family carers on the ward."],
]


def main() -> None:
    header = [*OWN, *QUESTIONS]
    below = [None] * len(OWN) + LABELS
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet"
    for row in (header, below, *ANSWERS):
        sheet.append(row)
    book.save(HERE / "surveymonkey-numbered-rows.xlsx")
    with (HERE / "surveymonkey-numbered-rows.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in (header, below, *ANSWERS):
            writer.writerow(["" if cell is None else cell for cell in row])


if __name__ == "__main__":
    main()
