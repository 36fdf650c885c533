"""Trial CC: a form in French whose respondents typed 'Anonyme' where it asked for a pseudonym made them one person,
the later's answers replacing the earlier's. The placeholder is none in any language cmo reads a form in: each such
submission is a respondent of its own, as an English form's 'Anonymous' is. A Dutch form's 'Uw pseudoniem' is its
pseudonym."""

from __future__ import annotations

from cmo.sheets.feedback import parse_feedback_files
from tests.test_s41_feedback import GROUPS, KNOWN, _csv

QUESTION = "Dans quelle mesure êtes-vous d'accord ? [C1 Protected lanes make parents let children ride]"


def _respondents(path) -> dict[str, str]:
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=[])
    return {item.respondent: item.answer for item in items}


def test_two_respondents_who_typed_anonyme_are_two(tmp_path):
    path = _csv(
        tmp_path,
        "reponses.csv",
        [
            ["Horodateur", "Votre pseudonyme", QUESTION],
            ["2026/12/01 9:10:00 AM UTC+1", "Anonyme", "Plutôt d'accord"],
            ["2026/12/01 9:20:00 AM UTC+1", "Anonyme", "Pas du tout d'accord"],
        ],
    )
    given = _respondents(path)
    assert sorted(given.values()) == ["Pas du tout d'accord", "Plutôt d'accord"]
    assert all(who.startswith("Anonyme (row ") for who in given)


def test_a_name_that_only_starts_with_anonyme_is_a_respondent(tmp_path):
    """Must not fire: a pseudonym chosen, whatever word it holds, is a person."""
    path = _csv(
        tmp_path,
        "antwoorden.csv",
        [
            ["Tijdstempel", "Uw pseudoniem", "In hoeverre bent u het eens? [C1 Protected lanes make parents let children ride]"],
            ["2026/12/01 9:10:00 AM UTC+1", "Anonieme Uil", "Helemaal mee eens"],
            ["2026/12/01 9:20:00 AM UTC+1", "Anonieme Uil", "Mee oneens"],
        ],
    )
    assert _respondents(path) == {"Anonieme Uil": "Mee oneens"}
