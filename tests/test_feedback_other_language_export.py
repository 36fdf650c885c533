"""Trial CC (session 46): a bilingual reference group answered a LimeSurvey form; the team exported the responses in
English, then again in French (LimeSurvey exports every response, labelled in the language chosen).

- CC 6: the French export's question 'Qu'est-ce qui manque ou qui est faux ?' was unread and the file refused whole;
  a form's question about what is missing is read in the languages its other questions are (French, Spanish,
  Portuguese, German), as is one about the findings overall ('dans l'ensemble').
- CC 7: the French export's group column ('Agents de santé communautaires') names none of the review's groups, so
  every answer it replaced was replaced by one of no group: each group's agreement was gone. A respondent's later
  answers that give no group keep the one their earlier answers gave; a later file that gives another group wins.

The shipped example review (telemental health), not the trial's stroke rehabilitation."""

from __future__ import annotations

from contextlib import closing

from cmo.commands.feedback import import_feedback
from cmo.commands.review import open_review
from cmo.sheets.feedback import parse_feedback_files
from tests.test_s41_feedback import GROUPS, KNOWN, _csv

OWN = ["id. Response ID", "submitdate. Date submitted", "lastpage. Last page", "startlanguage. Start language", "seed. Seed"]


def _export(tmp_path, name: str, questions: list[str], rows: list[list[str]]):
    return _csv(tmp_path, name, [OWN + questions, *rows])


def test_a_french_forms_missing_questions_are_read_as_the_pack_asks_them(tmp_path):
    path = _export(
        tmp_path,
        "results-survey-fr.csv",
        [
            "G01Q01. Votre pseudonyme",
            "G02Q01[SQ001]. Dans quelle mesure êtes-vous d'accord ? [C1 Protected lanes make parents let children ride]",
            "G03Q01[SQ001]. Qu'est-ce qui manque ou qui est faux ? [C1 Protected lanes make parents let children ride]",
            "G04Q01. Manque-t-il quelque chose dans l'ensemble des constats ?",
        ],
        [["1", "2026-12-01 09:10:00", "3", "fr", "311", "Héron", "D'accord", "Les bordures continues", "Le coût du vélo"]],
    )
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, warnings=[])
    said = {(item.configuration, item.missing) for item in items}
    assert ("C1", "Les bordures continues") in said
    assert ("overall", "Le coût du vélo") in said


ENGLISH = ["G01Q01. Your pseudonym", "G01Q02. Which group are you answering for?"]
FRENCH = ["G01Q01. Votre pseudonyme", "G01Q02. Pour quel groupe répondez-vous ?"]
ASKED = "[CMO 1.1 (C1) …]"


def _rows(group: str, rating: str) -> list[list[str]]:
    """Two respondents of one group: a column of values naming no review group is then no group column at all."""
    return [
        ["1", "2026-12-01 09:10:00", "3", "fr", "311", "Héron", group, rating],
        ["2", "2026-12-01 09:20:00", "3", "fr", "312", "Loutre", group, rating],
    ]


def test_a_respondents_answers_exported_again_without_their_group_keep_it(demo, tmp_path):
    """The French export after the respondents changed their answers (a later submission, not the same one again:
    `test_feedback_translated_export.py`)."""
    english = _export(
        tmp_path,
        "results-en.csv",
        ENGLISH + [f"G02Q01[SQ001]. How far do you agree? {ASKED}"],
        _rows("Children and young people", "Agree"),
    )
    french = _export(
        tmp_path,
        "results-fr.csv",
        FRENCH + [f"G02Q01[SQ001]. Dans quelle mesure êtes-vous d'accord ? {ASKED}"],
        _rows("Enfants et jeunes", "Pas d'accord"),
    )
    with closing(open_review(demo.folder)) as review:
        import_feedback(review, [english])
        done = import_feedback(review, [french])
        (answer,) = [item for item in review.store.feedback() if item.respondent == "Héron"]
    assert answer.answer == "Pas d'accord" and answer.group == "cyp"
    assert any("Héron's later answers give no group they answer for, so they keep the group" in w for w in done.warnings)


def test_a_later_file_giving_another_group_gives_that_group(demo, tmp_path):
    first = _export(
        tmp_path,
        "results-1.csv",
        ENGLISH + [f"G02Q01[SQ001]. How far do you agree? {ASKED}"],
        _rows("Children and young people", "Agree"),
    )
    again = _export(
        tmp_path,
        "results-2.csv",
        ENGLISH + [f"G02Q01[SQ001]. How far do you agree? {ASKED}"],
        _rows("Digitally excluded people", "Disagree"),
    )
    with closing(open_review(demo.folder)) as review:
        import_feedback(review, [first])
        done = import_feedback(review, [again])
        (answer,) = [item for item in review.store.feedback() if item.respondent == "Héron"]
    assert answer.group == "digitally-excluded" and answer.rating == "disagree"
    assert not any("keep the group" in w for w in done.warnings)
