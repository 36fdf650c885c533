"""Rebuild the form tools' exports in this folder: `.venv/bin/python tests/data/feedback_forms/make_fixtures.py`.

The example review's round-1 questions, asked through Google Forms and Microsoft Forms as a team builds such a form
from the pack (README.md here says how each tool writes its download)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
TITLES = {
    "C1": "Clinicians see less of the person and their surroundings",
    "C2": "Short sessions on mental health awareness",
    "C3": "Clear safeguarding arrangements and supervision reassure peers and colleagues",
    "C5": "Peers offer hope, validation and time in a relationship that feels separate",
}
GRID = "How far does each finding match your experience?"
READ = "Is there anything we should read? (a report, a paper, a web page)"
OVERALL = "Is anything missing from the whole set of findings? (no rating needed)"


def google_forms() -> None:
    """Google Forms' 'Download responses (.csv)': every field quoted, the time a response came in with its zone, a
    grid question's rows headed 'Question [Row]', and the form's other questions in the pack's own words. Otter sent
    the form twice."""
    header = ["Timestamp", "Email address", "Your pseudonym", "Stakeholder group"]
    header += [f"{GRID} [{c}: {title}]" for c, title in TITLES.items()]
    header += ["C2: What is missing or wrong?", "C3: For whom, or where, does it not hold?", READ, OVERALL]
    rows = [
        [
            "2024/05/14 10:15:32 AM GMT+1",
            "r.osei@example.org",
            "Blue Heron",
            "Inpatient and crisis care",
            *("Strongly agree", "Somewhat agree", "Neither agree nor disagree", "Strongly agree"),
            "Ward staff get the half-day; agency staff on nights never do.",
            "Not on a ward where most of the night shift is agency staff.",
            "The NICE guideline on violence and aggression (NG10), the bit on de-escalation.",
            "Nothing about what families see when a crisis is handled by phone.",
        ],
        [
            "2024/05/15 3:02:10 PM GMT+1",
            "",
            "Kestrel",
            "Children and young people",
            *("Somewhat agree", "Somewhat disagree", "Somewhat agree", ""),
            "",
            "",
            "Our own evaluation of the CAMHS crisis line (2023), happy to send it.",
            "",
        ],
        [
            "2024/05/16 9:40:00 AM GMT+1",
            "otter@example.org",
            "Otter",
            "Digitally excluded people",
            *("Somewhat agree", "Somewhat disagree", "Strongly agree", "Somewhat agree"),
            "",
            "",
            "",
            "C2: the people I see were never offered the sessions at all; it depends on the manager.",
        ],
        [
            "2024/05/18 8:05:47 PM GMT+1",
            "otter@example.org",
            "Otter",
            "Digitally excluded people",
            *("", "Strongly disagree", "", ""),
            "",
            "",
            "",
            "Second go, I forgot: for my clients a phone call is the lifeline, video is not.",
        ],
    ]
    with (HERE / "ERG round 1 (Responses).csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)


def microsoft_forms() -> None:
    """Microsoft Forms' 'Open in Excel': its own columns (ID, start and completion time as date cells, Email
    'anonymous', an empty Name, Last modified time), then each question as the form asked it: the group in the
    form's own words, a rating question per configuration, and the pack's overall question without its aside."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Pseudonym"]
    header += ["Which group do you belong to?", *(f"{c}: {title}" for c, title in TITLES.items())]
    sheet.append([*header, "Is anything missing from the whole set of findings?"])
    answers = [
        ("Heron", "Inpatient and crisis care", ("Agree", "Strongly agree", "Neutral", "Agree"), "Nothing on night shifts."),
        ("Moorhen", "Digitally excluded people", ("Agree", "Disagree", "Agree", "Strongly agree"), ""),
        ("Puffin", "children and young people", ("Strongly agree", "Agree", "Agree", "Neutral"), "Schools are missing."),
    ]
    for number, (who, group, ratings, missing) in enumerate(answers, start=1):
        started = datetime(2024, 5, 13 + number, 19, 1, 3)
        done = started.replace(minute=14, second=40)
        sheet.append([number, started, done, "anonymous", None, None, who, group, *ratings, missing or None])
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = "m/d/yy h:mm:ss"
    book.save(HERE / "ERG round 1 - Microsoft Forms.xlsx")


if __name__ == "__main__":
    google_forms()
    microsoft_forms()
