"""Helper LQ 3 (trials CC, LN): a Microsoft Forms download in French named its own columns 'Adresse de messagerie' and
'Nom' as unread (exit 1), and 'Autres commentaires ?' was not read as the comment on the findings overall; the same in
German and Spanish. The files are written as Microsoft Forms' 'Open in Excel' writes them (openpyxl, one sheet, a row
per response: 'ID', start and end times, the signed-in account's email and name, then each question)."""

from __future__ import annotations

import datetime

import openpyxl
import pytest

from cmo.sheets.feedback import parse_feedback_files

LABELS = {
    "fr": ("Heure de début", "Heure de fin", "Adresse de messagerie", "Nom", "Autres commentaires ?"),
    "de": ("Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Haben Sie weitere Anmerkungen?"),
    "es": ("Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre", "¿Otros comentarios?"),
}


def _download(tmp_path, labels, last_question):
    start, end, email, name, _ = labels
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["ID", start, end, email, name, "C1: Does this match your experience?", last_question])
    at = datetime.datetime(2026, 11, 20, 9, 10)
    minutes = datetime.timedelta(minutes=4)
    sheet.append([1, at, at + minutes, "jo@example.org", "Jo Bloggs", "Agree", "the wait for a first appointment"])
    sheet.append([2, at + 3 * minutes, at + 4 * minutes, "anonymous", "", "Disagree", ""])
    path = tmp_path / "Feedback round 1.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("language", sorted(LABELS))
def test_a_microsoft_forms_download_in_another_language_reads_its_own_columns_and_the_overall_comment(tmp_path, language):
    labels = LABELS[language]
    warnings: list[str] = []
    items = parse_feedback_files([_download(tmp_path, labels, labels[-1])], {"C1"}, 1, warnings=warnings)
    assert not any("not read" in w for w in warnings), warnings
    assert [(i.configuration, i.respondent, i.comment) for i in items if i.configuration == "overall"] == [
        ("overall", "Jo Bloggs", "the wait for a first appointment")
    ]
    assert {i.respondent for i in items if i.configuration == "C1"} >= {"Jo Bloggs"}  # the signed-in name is the respondent


@pytest.mark.parametrize("question", ["Autre groupe (précisez)", "Weitere Gruppen", "Otros servicios usados"])
def test_a_teams_question_about_something_other_is_not_the_overall_comment(tmp_path, question):
    """Must not fire: 'other' in another language asking about a group or services is the team's question, named."""
    warnings: list[str] = []
    items = parse_feedback_files([_download(tmp_path, LABELS["fr"], question)], {"C1"}, 1, warnings=warnings)
    assert not any(i.configuration == "overall" for i in items)
    assert any(question in w and "not read" in w for w in warnings), warnings
