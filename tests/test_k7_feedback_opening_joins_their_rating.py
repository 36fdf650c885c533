"""Helper K7: in a sheet of one answer a row, "kestrel,1,C7,agree" and "kestrel,1,overall,,Re C7 - …" made two answers
on C7, and the later, unrated one replaced the agreement, which then no longer counted. Words about the findings
overall that open by naming a configuration join the same respondent's own row on it in that sheet. A form's download
(a row per submission) is not read so: another row is another submission. Topic: school meals (the rule), the shipped
example (end to end)."""

from __future__ import annotations

from sheet_reviews import feedback_form

ROWS = ["kestrel,1,C7,agree,", 'kestrel,1,overall,,"Re C7 - works for follow-up, but not a first meeting"', "robin,1,C7,partly,"]


def test_words_naming_a_finding_join_the_respondents_rated_answer_on_it(demo, tmp_path):
    """Fails on the old code: kestrel's agreement was replaced by an unrated answer (C7: 1 agree of 1 rated, not 2)."""
    demo("feedback", "import", str(feedback_form(tmp_path, "round1.csv", ROWS)), code=None)
    c7 = [(a["respondent"], a["rating"], a["comment"]) for a in demo.json("feedback", "list") if a["configuration"] == "C7"]
    assert sorted(c7) == [
        ("kestrel", "agree", "Re C7 - works for follow-up, but not a first meeting"),
        ("robin", "partly", ""),
    ]


def test_another_respondents_row_is_never_joined(demo, tmp_path):
    """Must not fire: words of one respondent never join another's answer (school meals, on C2)."""
    rows = ["wren,1,C2,agree,", 'heron,1,overall,,"C2 - the salad bar closes at one"']
    demo("feedback", "import", str(feedback_form(tmp_path, "meals.csv", rows)), code=None)
    c2 = sorted((a["respondent"], a["rating"], a["comment"]) for a in demo.json("feedback", "list") if a["configuration"] == "C2")
    assert c2 == [("heron", None, "C2 - the salad bar closes at one"), ("wren", "agree", "")]
