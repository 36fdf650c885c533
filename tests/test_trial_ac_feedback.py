"""Reference-group feedback, trial AC (virtual wards for older people with frailty): SurveyMonkey's two header rows
when its matrix rows name the findings by the pack's numbers, and the import's line naming whose answers a later file
replaced (re-trial of AA).

Each rule is tested alone, then end to end on SurveyMonkey downloads of the shipped example's round-1 findings (remote
mental health care), written as SurveyMonkey writes them (`tests/data/feedback_forms/trial_ac/`, dated after the
example's round 1 closed, `conftest.EXAMPLE_CLOSED`, and before any day the suite runs).
"""

from __future__ import annotations

from contextlib import closing

import pytest
from conftest import DATA

from cmo.sheets.feedback import _one_header_of_two
from cmo.sheets.tables import Table

FORMS = DATA / "feedback_forms"
NUMBERED = FORMS / "trial_ac"

# ---- 1. SurveyMonkey's two header rows, whichever of them the sheet's reader took for the header ------------------

QUESTIONS = ["Respondent ID", "Your code name", "Rate each finding", "", "Anything else?"]
LABELS = ["", "Response", "CMO 2.3 (C4) Sleep hygiene advice", "CMO 2.4 (C6) Peer mentors", "Open-Ended Response"]
EXPECTED = [
    "Respondent ID",
    "Your code name",
    "Rate each finding - CMO 2.3 (C4) Sleep hygiene advice",
    "Rate each finding - CMO 2.4 (C6) Peer mentors",
    "Anything else?",
]


def test_the_sub_header_row_taken_for_the_header_is_joined_to_the_questions_above_it():
    """Trial AC: a matrix row labelled 'CMO 1.1 (C1) …' asks about a configuration, so the second header row was taken
    for the header and the first (the pseudonym, the group and every open question) was left above it, unread."""
    answer = (3, ["7001", "Lark", "Agree", "Disagree", "More on shift work"])
    taken_low = Table(file="f.xlsx", header=LABELS, rows=[answer], header_row=2, above=[(1, QUESTIONS)])
    joined = _one_header_of_two(taken_low)
    assert joined.header == EXPECTED
    assert joined.rows == [answer] and joined.header_row == 1 and joined.above == []
    # the same two rows found from the first, as before: one header, read alike
    taken_high = Table(file="f.xlsx", header=QUESTIONS, rows=[(2, LABELS), answer], header_row=1)
    assert _one_header_of_two(taken_high).header == EXPECTED
    assert _one_header_of_two(taken_high).rows == [answer]


def test_a_header_with_a_title_row_above_it_is_not_joined_to_the_title():
    """Only SurveyMonkey's second row ('Response', 'Open-Ended Response') is joined to the row above it: a title over
    a one-row header stays a title."""
    header = ["Pseudonym", "Configuration", "Rating", "Comment"]
    table = Table(file="f.csv", header=header, rows=[(3, ["Lark", "C4", "agree", ""])], header_row=2, above=[(1, ["Round 1"])])
    assert _one_header_of_two(table) == table


@pytest.mark.parametrize("name", ["surveymonkey-numbered-rows.xlsx", "surveymonkey-numbered-rows.csv"])
def test_surveymonkey_matrix_rows_named_by_number_keep_the_pseudonym_group_and_comments(demo, name):
    """Trial AC: the pseudonym, the group question and every open comment were dropped, a respondent who sent the form
    twice counted twice, and the pack then told the group they disagreed 'without a comment'."""
    result = demo("feedback", "import", str(NUMBERED / name), code=1)  # 1: a group in the respondent's own words
    assert "were not read" not in result.stderr and "Anonymous" not in result.stderr, result.stderr
    assert "asks for a pseudonym, so it was read as one" in result.stderr
    answers = demo.json("feedback", "list")
    by = {(a["respondent"], a["configuration"]): a for a in answers}
    assert {who for who, _ in by} == {"Heron", "Wren"}
    assert len(answers) == 7  # Heron's second submission replaces the first: counted once
    assert by[("Heron", "C1")]["answer"] == "Strongly agree"  # the later answer
    assert by[("Heron", "C1")]["group"] == "inpatient-crisis"
    assert by[("Wren", "C1")]["rating"] == "disagree"
    assert by[("Wren", "C1")]["group_words"] == "Parent of a teenager on a waiting list"
    assert by[("Wren", "overall")]["missing"] == "School counsellors are left out entirely."
    assert "family carers on the ward" in by[("Heron", "overall")]["missing"]


# ---- 2. the import's line names each respondent whose answers a later file replaced -------------------------------


def _said(demo, ids: list[str]) -> str:
    from cmo.commands.feedback import replaced_said
    from cmo.commands.review import open_review

    review = open_review(demo.folder)
    with closing(review.store):
        return replaced_said(review, ids)


def test_answers_replaced_from_two_respondents_are_each_named_as_theirs(demo):
    """Re-trial AA: 'A later file from the same respondent replaced their earlier answers F4, F15, F16, F18, F19',
    where F4 and F19 were Robin's and the rest Kestrel's."""
    demo("feedback", "import", str(FORMS / "trial_ab" / "erg-round-1.csv"))
    first = {a["id"]: a for a in demo.json("feedback", "list")}
    later = demo.json("feedback", "import", str(FORMS / "trial_ab" / "erg-download-later.csv"))
    replaced = later["replaced"]
    owners = {first[i]["respondent"] for i in replaced}
    assert owners == {"Curlew", "Marten"}
    said = _said(demo, replaced)
    assert "same respondent" not in said and said.endswith("(kept in the history).")
    for part in said.removesuffix(" (kept in the history).").split("; "):
        who = part.split("'s ")[0]
        named = part.rsplit(" replaced ", 1)[1].removeprefix("their earlier answers ").split(", ")
        assert who in owners and sorted(named) == sorted(i for i in replaced if first[i]["respondent"] == who)
    assert said.startswith(f"{first[replaced[0]]['respondent']}'s later file replaced their earlier answers ")


def test_answers_replaced_from_one_respondent_name_them_once(demo):
    demo("feedback", "import", str(FORMS / "trial_ab" / "erg-round-1.csv"))
    first = {a["id"]: a for a in demo.json("feedback", "list")}
    one = sorted(i for i, a in first.items() if a["respondent"] == "Curlew")[:1]
    assert _said(demo, one) == f"Curlew's later file replaced their earlier answer {one[0]} (kept in the history)."
    assert _said(demo, []) == ""
