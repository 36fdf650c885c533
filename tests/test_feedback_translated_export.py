"""Trial CC: a form's responses exported again in another language (LimeSurvey, Microsoft Forms label each response in
the language chosen) gave every answer a new id, each replacing the English one's, so every citation of an answer
pointed at a replaced one. The same submission (when it was sent, who sent it, its rating's lean and the respondent's
own words) with its scale's words translated is the answer stored: already imported, its id kept
(tests/data/feedback_translated/README.md)."""

from __future__ import annotations

from conftest import DATA

FILES = DATA / "feedback_translated"


def _ids(review) -> dict[tuple[str, str], tuple[str, str]]:
    return {(item["respondent"], item["configuration"]): (item["id"], item["answer"]) for item in review.json("feedback", "list")}


def test_a_limesurvey_export_in_french_after_english_is_already_imported(demo):
    first = demo.json("feedback", "import", str(FILES / "results-survey-en.csv"), code=1)  # a middle answer: exit 1
    before = _ids(demo)
    again = demo.json("feedback", "import", str(FILES / "results-survey-fr.csv"), code=1)
    assert first["added"] == 3
    assert again["added"] == 0 and again["repeated"] == 3 and again["replaced"] == []
    assert _ids(demo) == before  # the ids, and the words first imported
    assert any("or the same rating in another language's words" in warning for warning in again["warnings"])
    groups = {item["respondent"]: item["group"] for item in demo.json("feedback", "list")}
    assert set(groups.values()) == {"cyp", "inpatient-crisis", "digitally-excluded"}


def test_a_french_limesurvey_exports_own_fields_are_not_named_as_unread(demo):
    result = demo("feedback", "import", str(FILES / "results-survey-fr.csv"), code=1)
    assert "Date de soumission" not in result.stderr and "Dernière page" not in result.stderr


def test_a_microsoft_forms_export_in_french_keeps_each_answers_id(demo):
    demo("feedback", "import", str(FILES / "round 1 (en).xlsx"))
    before = _ids(demo)
    again = demo.json("feedback", "import", str(FILES / "round 1 (fr).xlsx"), code=1)  # 'Adresse de messagerie' named
    assert again["added"] == 0 and again["replaced"] == []
    assert _ids(demo) == before
    assert len({who for who, _ in before}) == 2  # two respondents, never four


def test_a_respondent_who_changes_their_answer_in_the_same_language_replaces_it(demo, tmp_path):
    """Must not fire: 'Somewhat agree' after 'Strongly agree' in one language is a respondent changing their answer,
    not a translation; nor is an answer in another language that leans the other way."""
    sheet = tmp_path / "answers.csv"
    sheet.write_text("pseudonym,configuration,rating,comment\nOwl,C4,Strongly agree,restraint fell\n", encoding="utf-8")
    demo("feedback", "import", str(sheet))
    (first,) = demo.json("feedback", "list")
    sheet.write_text("pseudonym,configuration,rating,comment\nOwl,C4,Somewhat agree,restraint fell\n", encoding="utf-8")
    demo("feedback", "import", str(sheet))
    (second,) = demo.json("feedback", "list")
    assert second["id"] != first["id"] and second["answer"] == "Somewhat agree"
    sheet.write_text("pseudonym,configuration,rating,comment\nOwl,C4,Plutôt pas d'accord,restraint fell\n", encoding="utf-8")
    demo("feedback", "import", str(sheet))
    (third,) = demo.json("feedback", "list")
    assert third["id"] != second["id"] and third["rating"] == "disagree"
