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
    again = demo.json("feedback", "import", str(FILES / "round 1 (fr).xlsx"), code=0)  # its own columns read (LQ 3)
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


def test_an_unnamed_submission_whose_time_each_export_writes_its_own_way_counts_once(demo):
    """A submission with no pseudonym is named by its row and when it was sent; the French download writes that time
    day first without its zone ('20/11/2026 09:10:00' for '2026/11/20 9:10:00 AM GMT+1'): the same submission, not a
    second respondent."""
    demo("feedback", "import", str(FILES / "ERG round 1 (Responses).csv"), code=None)
    before = _ids(demo)
    again = demo.json("feedback", "import", str(FILES / "ERG round 1 (Réponses).csv"), code=None)
    assert again["added"] == 0 and again["replaced"] == []
    assert _ids(demo) == before and len(before) == 2


def test_two_forms_unnamed_submissions_sent_at_other_times_are_two_respondents(demo, tmp_path):
    """Must not fire: an English form and a French one for other people, each row 2 rating alike with no words, were
    sent at other times: two respondents."""
    english = tmp_path / "english.csv"
    english.write_text(
        '"Timestamp","How far does it match? [C6: Relational, empathic care builds trust]"\n'
        '"2026/11/20 9:10:00 AM GMT+1","Somewhat agree"\n',
        encoding="utf-8",
    )
    french = tmp_path / "french.csv"
    french.write_text(
        '"Horodateur","Dans quelle mesure ? [C6: Relational, empathic care builds trust]"\n'
        '"21/11/2026 16:45:12","Plutôt d\'accord"\n',
        encoding="utf-8",
    )
    demo("feedback", "import", str(english), code=None)
    added = demo.json("feedback", "import", str(french), code=None)
    assert added["added"] == 1 and len(demo.json("feedback", "list")) == 2
