"""Trial AU (antimicrobial stewardship in care homes): a new user's review, fixed as general rules.

- A title cut a verb from its infinitive where the verb was the clause's second ("Staff are uncertain about the
  diagnosis and want"): a verb after "and" in a clause that has its verb already takes its "to …" with it, and "be" is
  an infinitive's verb as any other.
- "Relatives given an information leaflet…" was framed "In relatives…": kin nouns name people.
- A Qualtrics form asking 'What would you change, or what is missing? - CMO 1.1 (C1): …' was refused whole: a
  question of the form's own about what is missing is the pack's 'What is missing or wrong?'.

Sentences are about schools, hospitals, housing and cancer care, not the trial's topic; the feedback test imports a real
Qualtrics download into the shipped example review (round 1 closed)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import opposite_outcomes
from cmo.synthesis.wording import cmo_sentence, short_title


@pytest.mark.parametrize(
    "text, not_ending",
    [
        ("Parents are worried about the cost of travel and want to have a say in the timing", "want"),
        ("Pupils are anxious about the move to secondary school and need to be shown around first", "need"),
    ],
)
def test_a_title_keeps_the_infinitive_of_a_clauses_second_verb(text, not_ending):
    title = short_title(text)
    assert not title.rstrip("…").endswith(not_ending), title


def test_a_list_of_nouns_with_no_verb_before_it_is_cut_as_before():
    """Where no clause has its verb before "and", the word after it is a noun listed, not a second verb."""
    assert short_title("The cost of care and support to families in rural districts rose sharply over the decade") == (
        "The cost of care and support"
    )


@pytest.mark.parametrize(
    "context",
    [
        "Siblings of children treated for cancer",
        "Relatives visiting a parent on a stroke ward",
        "Spouses caring for a partner with dementia",
    ],
)
def test_a_context_opening_with_kin_is_for_them(context):
    said = cmo_sentence(context, "Nurses explain what the treatment involves", "Less distress at visits")
    assert said.startswith("For "), said


def test_a_place_where_kin_come_is_still_in_it():
    said = cmo_sentence("Wards where relatives can stay overnight", "Nurses explain the plan each evening", "Less distress")
    assert said.startswith("In wards"), said


def _qualtrics(path: Path, question: str, answers: list[tuple[str, str, str]]) -> Path:
    """A Qualtrics 'Download data' CSV: its three header rows (short names, question texts, import ids)."""
    own = ["StartDate", "EndDate", "Status", "Progress", "Finished", "RecordedDate", "ResponseId"]
    texts = ["Start Date", "End Date", "Response Type", "Progress", "Finished", "Recorded Date", "Response ID"]
    grid = "How far do you agree that this finding fits your experience? - CMO 3.1 (C1): Clinicians see less of the person"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*own, "Q1", "Q2_1", "Q3_1"])
        writer.writerow([*texts, "Your pseudonym", grid, f"{question} - CMO 3.1 (C1): Clinicians see less of the person"])
        writer.writerow([json.dumps({"ImportId": name}) for name in [*own, "QID1_TEXT", "QID2_1", "QID3_1_TEXT"]])
        for k, (who, rating, words) in enumerate(answers):
            when = f"2030-01-07 10:0{k}:00"
            writer.writerow([when, when, "IP Address", "100", "True", when, f"R_{k}abc", who, rating, words])
    return path


def test_a_forms_own_question_about_what_is_missing_is_read_as_what_is_missing(demo, tmp_path):
    """Fails on the old code: exit 2, 'cmo cannot tell which answer the column … holds', nothing imported."""
    sheet = _qualtrics(
        tmp_path / "Telehealth ERG_December 2030_10.04.csv",
        "What would you change, or what is missing?",
        [("Kestrel", "Somewhat agree", "Nothing on patients who share a flat"), ("Otter", "Strongly disagree", "Short.")],
    )
    result = demo("feedback", "import", str(sheet), "--round", "1", code=None)
    assert result.exit_code in (0, 1), result.output + result.stderr
    answers = sorted((a["respondent"], a["rating"], a["missing"]) for a in demo.json("feedback", "list", "--round", "1"))
    assert answers == [("Kestrel", "agree", "Nothing on patients who share a flat"), ("Otter", "disagree", "Short.")]


def test_a_forms_own_question_that_asks_nothing_cmo_knows_is_still_named(demo, tmp_path):
    """The rule reads what is missing, not any question: 'Tell us a story' is still refused, naming the column."""
    sheet = _qualtrics(tmp_path / "stories.csv", "Tell us about a time this happened", [("Kestrel", "Agree", "Once")])
    result = demo("feedback", "import", str(sheet), "--round", "1", code=None)
    assert result.exit_code == 2
    assert "cannot tell which answer the column 'Tell us about a time this happened" in result.stderr


# ---- a thing done beside fewer of it: opposite outcomes ----------------------------------------------------------


def test_a_thing_done_is_the_opposite_of_fewer_of_it_in_the_same_words():
    assert opposite_outcomes("CT scans are ordered for minor head injuries", "Fewer head CT scans are ordered")
    assert opposite_outcomes("Fewer CT scan requests", "CT scans are requested to reassure the family")


@pytest.mark.parametrize(
    "done, less",
    [
        ("CT scans are reviewed by a consultant radiologist", "Fewer CT scans are ordered"),  # another act on the thing
        ("Home visits are cancelled at short notice", "Fewer home visits"),  # cancelled: fewer, the same way
        ("Staff report falls promptly", "Fewer falls"),  # what staff do, not that falls come
    ],
)
def test_another_act_on_the_thing_or_people_acting_is_no_opposite(done, less):
    assert not opposite_outcomes(done, less)


def test_a_member_that_says_the_thing_is_done_is_said_beside_fewer_of_it(tmp_path):
    """Fails on the old code: the check said nothing, and the pressured doctors counted as support of fewer scans."""
    review = review_from_rows(
        tmp_path,
        [
            (
                "ashby2020",
                "Emergency departments with a CT decision rule",
                "Doctors apply the rule first",
                "Fewer CT scans are ordered",
            ),
            (
                "bello2021",
                "Hospitals that print the rule on the request form",
                "Doctors apply the rule",
                "Fewer CT scans are ordered",
            ),
            ("cole2019", "Departments where families expect a scan", "Doctors feel pressed to reassure", "CT scans are ordered"),
        ],
    )
    made = cmo_run("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    check = cmo_run("round", "close", "--check", cwd=review)
    said = check.stdout + check.stderr
    assert "S3 counts as supporting C1, though its outcome says the opposite" in said, said


# ---- an outcome that opens with a noun phrase and goes on after ", but" ---------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    ["Fewer falls, but injuries did not change", "Higher attendance at first, but attendance did not last"],
)
def test_an_outcome_opening_with_a_noun_phrase_before_but_is_joined_as_a_noun_phrase(outcome):
    said = cmo_sentence("Wards with a falls champion", "Staff check footwear and call bells each shift", outcome)
    assert f"each shift, which leads to {outcome[0].lower()}{outcome[1:]}." in said, said
    assert said.count(" but ") == 1, said


def test_a_clause_before_but_keeps_its_so():
    """The rule reads what opens the outcome: a clause there keeps "so" (passes on the old code too: the rule must not fire)."""
    mechanism = "Staff feel responsible for preventing falls"
    said = cmo_sentence("Wards with a falls champion", mechanism, "Falls fell, but it did not last")
    assert "preventing falls, so falls fell, but it did not last." in said, said
