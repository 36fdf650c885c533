"""Rebuild the exports in this folder: `.venv/bin/python tests/data/feedback_translated/make_fixtures.py`.

One reference group's responses to the shipped example review's round 1, exported by the form tool twice: in English,
then again in French, as a bilingual team does (README.md here says how each tool labels its export)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ASKED = "[CMO 3.1 (C1) Clinicians see less of the person and their surroundings]"


def limesurvey() -> None:
    """LimeSurvey's Export results > CSV, 'Full answers', 'Question code & question text' headings, exported once in
    each of the survey's languages: its own fields' texts, the questions and the answer options in that language, the
    respondents' own words as they typed them. An anonymous survey: no pseudonym is asked."""
    own = {
        "en": ["id. Response ID", "submitdate. Date submitted", "lastpage. Last page", "startlanguage. Start language"],
        "fr": [
            "id. ID de la réponse",
            "submitdate. Date de soumission",
            "lastpage. Dernière page",
            "startlanguage. Langue de départ",
        ],
    }
    questions = {
        "en": [
            "G01Q01. Which group are you answering for?",
            f"G02Q01[SQ001]. How far do you agree? {ASKED}",
            f"G03Q01[SQ001]. What is missing or wrong? {ASKED}",
        ],
        "fr": [
            "G01Q01. Pour quel groupe répondez-vous ?",
            f"G02Q01[SQ001]. Dans quelle mesure êtes-vous d'accord ? {ASKED}",
            f"G03Q01[SQ001]. Qu'est-ce qui manque ou qui est faux ? {ASKED}",
        ],
    }
    answers = [
        (
            "1",
            "2026-11-20 09:10:00",
            "Children and young people",
            "Enfants et jeunes",
            "Somewhat agree",
            "Plutôt d'accord",
            "Nothing about siblings in the room.",
        ),
        (
            "2",
            "2026-11-20 09:20:00",
            "Inpatient and crisis care",
            "Soins hospitaliers et de crise",
            "Strongly disagree",
            "Pas du tout d'accord",
            "",
        ),
        (
            "3",
            "2026-11-21 14:02:41",
            "Digitally excluded people",
            "Personnes exclues du numérique",
            "Neither agree nor disagree",
            "Ni d'accord ni pas d'accord",
            "Depends on the ward's wifi.",
        ),
    ]
    for language, column in (("en", 0), ("fr", 1)):
        with (HERE / f"results-survey-{language}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
            writer.writerow(own[language] + questions[language])
            for number, sent, *pairs, missing in answers:
                group, rating = pairs[column], pairs[2 + column]
                writer.writerow([number, sent, "3", "fr" if number == "2" else "en", group, rating, missing])


def microsoft_forms() -> None:
    """Microsoft Forms' Open in Excel, with the form shown in English, then in French (its own columns and the
    Likert's choices in the language shown): a pseudonym asked, one respondent leaving it blank."""
    title = "C1: Clinicians see less of the person and their surroundings"
    heads = {
        "en": (
            ["ID", "Start time", "Completion time", "Email", "Name"],
            ["Your pseudonym", f"{title}. Does this match your experience?"],
        ),
        "fr": (
            ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom"],
            ["Votre pseudonyme", f"{title}. Cela correspond-il à votre expérience ?"],
        ),
    }
    rows = [
        (1, datetime(2026, 11, 20, 9, 0, 5), datetime(2026, 11, 20, 9, 10, 0), None, "Strongly agree", "Tout à fait d'accord"),
        (
            2,
            datetime(2026, 11, 20, 9, 15, 5),
            datetime(2026, 11, 20, 9, 20, 0),
            "Heron",
            "Somewhat disagree",
            "Plutôt pas d'accord",
        ),
    ]
    for language, column in (("en", 0), ("fr", 1)):
        book = Workbook()
        sheet = book.active
        sheet.title = "Sheet1"
        own, asked = heads[language]
        sheet.append(own + asked)
        for number, start, end, who, *ratings in rows:
            sheet.append([number, start, end, "anonymous" if language == "en" else "anonyme", None, who, ratings[column]])
        book.save(HERE / f"round 1 ({language}).xlsx")


if __name__ == "__main__":
    limesurvey()
    microsoft_forms()
