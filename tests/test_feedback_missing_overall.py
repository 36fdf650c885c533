"""A reference group's form that asks about the findings overall twice: the same 'Is anything missing?' in two of its
sections, or 'Is anything missing overall?' and 'Anything else you would like to tell us?'. cmo refused the first ('both
seem to hold overall's missing') and left the second's answers unread. Both are the respondent's answer about the
review as a whole: each is kept, in its own words, and a download imported again keeps its ids.

The forms are the shipped fixtures (tests/data/feedback_forms: a Google Forms download of the example review's round
1, trial Q's Microsoft Forms download) with the second question added as each tool writes a column."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA

from cmo.sheets.feedback import OVERALL, parse_feedback_files

FORMS = DATA / "feedback_forms"
GOOGLE = FORMS / "ERG round 1 (Responses).csv"
MICROSOFT = FORMS / "trial_q" / "Round 1 consultation (Microsoft Forms).xlsx"
PACK_QUESTION = "Is anything missing from the whole set of findings? (no rating needed)"


def with_a_column(source: Path, target: Path, header: str, answers: list[str]) -> Path:
    """The form's download with one more question at its end, answered by its rows in order ('' for none)."""
    if source.suffix == ".csv":
        rows = list(csv.reader(source.open(encoding="utf-8")))
        rows = [rows[0] + [header]] + [row + [answers[i] if i < len(answers) else ""] for i, row in enumerate(rows[1:])]
        with target.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(rows)
        return target
    book = openpyxl.load_workbook(source)
    sheet = book.active
    column = sheet.max_column + 1
    sheet.cell(row=1, column=column, value=header)
    for row, answer in enumerate(answers, start=2):
        sheet.cell(row=row, column=column, value=answer or None)
    book.save(target)
    return target


def overall_answers(items) -> dict[str, dict[str, str]]:
    fields = ("missing", "not_for_whom", "read", "comment")
    return {i.respondent: {f: getattr(i, f) for f in fields if getattr(i, f)} for i in items if i.configuration == OVERALL}


def test_the_same_overall_question_in_two_sections_keeps_both_answers_and_their_ids_on_import_again(demo, tmp_path):
    """Fails on the old code: the import was refused (exit 2), 'both seem to hold overall's missing'."""
    form = with_a_column(GOOGLE, tmp_path / "ERG round 1 (two sections).csv", PACK_QUESTION, ["Nothing on night staff."])
    result = demo("feedback", "import", str(form), "--round", "1", "--json", code=1)
    done = json.loads(result.stdout)
    assert "columns L ('Is anything missing from the whole set of findings? (no rati…') and M (" in result.stderr
    assert "kept, one after the other in the order of the columns, as their answer about the findings overall" in result.stderr
    listed = demo.json("feedback", "list", "--round", "1")
    (heron,) = [a for a in listed if a["respondent"] == "Blue Heron" and a["configuration"] == "overall"]
    assert heron["missing"] == "Nothing about what families see when a crisis is handled by phone.\n\nNothing on night staff."
    again = json.loads(demo("feedback", "import", str(form), "--round", "1", "--json", code=1).stdout)
    assert (again["added"], again["replaced"], again["repeated"]) == (0, [], done["added"])
    assert demo.json("feedback", "list", "--round", "1") == listed
    report = demo.folder / "report.md"
    demo("report", "-o", str(report))
    assert "by phone. Nothing on night staff." in report.read_text(encoding="utf-8")


def test_is_anything_missing_overall_and_anything_else_are_both_read_about_the_whole_review(tmp_path):
    """Fails on the old code: 'Anything else you would like to tell us?' was named and left unread (trial Q's form
    with the question a team adds at its end)."""
    extra = ["", "", "Please share the final report with the governors.", "", "", "Happy to help again."]
    form = with_a_column(MICROSOFT, tmp_path / "consultation.xlsx", "Anything else you would like to tell us?", extra)
    sent = json.loads((FORMS / "trial_q" / "round-1.json").read_text(encoding="utf-8"))
    warnings: list[str] = []
    items = parse_feedback_files([form], {c["id"] for c in sent["configurations"]}, 1, warnings=warnings)
    overall = overall_answers(items)
    row_3, row_4 = "Anonymous (row 3, sent 2026-12-05T19:22:00)", "Anonymous (row 4, sent 2026-12-05T19:35:00)"
    assert overall[row_3] == {"missing": "Nothing here about parents being told or involved."}
    assert overall[row_4] == {"comment": "Please share the final report with the governors."}
    assert overall["Heron"] == {"comment": "Happy to help again."}
    assert not any("Anything else" in str(w) and "not read" in str(w) for w in warnings)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Any other comments?", "Is there anything else you would like to add?"),
        ("Anything else?", "Any further comments on the findings?"),
        ("Q12. Any final thoughts?", "Q13. Anything else you would like us to know"),
    ],
)
def test_two_questions_asking_for_anything_else_keep_both_answers_and_two_on_one_configuration_are_refused(
    tmp_path, first, second
):
    """Fails on the old code (refused, or the second left unread). Two columns asking the same about one configuration
    still cannot be told apart: refused, naming the file and both."""
    rows = [["Your pseudonym", "C1: Does this match your experience?", first, second]]
    rows += [["Kite", "Agree", "Good to be asked.", "Travel costs for carers are missing."], ["Wren", "Partly", "", "No."]]
    form = tmp_path / "form.csv"
    with form.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    overall = overall_answers(parse_feedback_files([form], {"C1"}, 1))
    kite = "Good to be asked.\n\nTravel costs for carers are missing."
    assert overall == {"Kite": {"comment": kite}, "Wren": {"comment": "No."}}
    rows = [["Your pseudonym", "C1: What is missing or wrong?", "C1 - What is missing or wrong?"], ["Kite", "Cost", "Time"]]
    with form.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(Exception) as refused:
        parse_feedback_files([form], {"C1"}, 1)
    said = str(refused.value)
    assert "form.csv" in said and "'C1: What is missing or wrong?' and 'C1 - What is missing or wrong?'" in said
