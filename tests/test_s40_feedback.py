"""Reference-group feedback, session 40 (trials AI, AJ and AK):

- AK 1: a 0–100 agreement slider could not be imported ('--scale 1-85', 85 being one answer; '--scale 0-100' refused
  without a reason). A slider's ends are read from its question ('0 = not at all, 100 = completely') or `--scale 0-100`,
  its numbers in thirds, the rule said once and kept in the history, each number kept with its answer.
- AI 8: a typed-up paper form whose comment cell started 'C3: …' was read with that cell as its header, and the message
  said cmo reads one row per answer though it reads forms' sheets.
- AI 17: a paper form's 'Date received' and 'Name on form' are read as when it came in and the pseudonym.
- AJ 12: SurveyMonkey's 'Which group best describes you? - Other (please specify)' went to the role; 'Yes 👍' in an
  agreement grid was read as agree without a word.
- AJ (nice): answers time-stamped after this computer's clock are said.

Sentences are about school nurses, cycling to work and library outreach, not the trials' topics. Real files; the
CLI tests run on the shipped example review."""

from __future__ import annotations

import json

import pytest

from cmo.errors import BadInput
from cmo.sheets.feedback import Scale, parse_feedback_files

KNOWN = {"C1", "C2", "C3"}


def _csv(tmp_path, name: str, lines: list[list[str]]):
    path = tmp_path / name
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in line) for line in lines) + "\n", encoding="utf-8")
    return path


def _slider_sheet(tmp_path, values: list[str], question: str = "How much do you agree? 0 = not at all, 100 = completely"):
    header = ["Your pseudonym", *(f"{question} - C{n}: Bike storage at work makes cycling easy" for n in (1, 2, 3))]
    return _csv(tmp_path, "cycling.csv", [header, ["Otter", *values]])


# --- AK 1: a slider ---------------------------------------------------------------------------------------------


def test_a_scale_wider_than_a_rating_scale_is_a_slider_read_in_thirds():
    slider = Scale.parse("0-100")
    assert slider.slider and not Scale.parse("0-10").slider and not Scale.parse("1-5").slider
    assert [slider.reading(n) for n in (0, 33, 34, 50, 66, 67, 100)] == [
        "disagree",
        "disagree",
        "partly",
        "partly",
        "partly",
        "agree",
        "agree",
    ]
    assert [Scale.parse("100-0").reading(n) for n in (0, 50, 100)] == ["agree", "partly", "disagree"]
    assert slider.rule() == "the numbers on the 0–100 slider were read in thirds of it: 67–100 agree, 34–66 partly, 0–33 disagree"
    assert Scale.parse("1-5").reading(3) is None and Scale.parse("1-5").reading(4) == "agree"  # a rating scale as before


@pytest.mark.parametrize(
    "given, why",
    [("0-0", "both ends are the same number"), ("1-5000", "at most 1000"), ("low-high", "not two whole numbers")],
)
def test_a_scale_refused_says_why(given, why):
    with pytest.raises(BadInput) as raised:
        Scale.parse(given)
    assert why in raised.value.message and "'0-100'" in raised.value.message


def test_a_slider_whose_question_gives_its_ends_is_read_and_its_rule_said_once(tmp_path):
    warnings: list[str] = []
    items = parse_feedback_files([_slider_sheet(tmp_path, ["85", "50", "12.5"])], KNOWN, 1, warnings=warnings)
    assert [(i.configuration, i.rating, i.answer) for i in items] == [
        ("C1", "agree", "85 on the 0–100 scale"),
        ("C2", "partly", "50 on the 0–100 scale"),
        ("C3", "disagree", "12.5 on the 0–100 scale"),
    ]
    rules = [w for w in warnings if "read in thirds" in w]
    assert rules == [
        f"{tmp_path / 'cycling.csv'} row 2: the numbers on the 0–100 slider were read in thirds of it: 67–100 agree, "
        "34–66 partly, 0–33 disagree; each answer keeps its number"
    ]


def test_a_slider_whose_question_gives_no_ends_asks_for_them_as_a_slider_not_its_largest_answer(tmp_path):
    sheet = _slider_sheet(tmp_path, ["85", "40", "70"], question="Move the slider to show how far you agree")
    with pytest.raises(BadInput) as raised:
        parse_feedback_files([sheet], KNOWN, 1)
    said = raised.value.message
    assert "--scale 0-100" in said and "slider" in said
    assert "1-85" not in said
    items = parse_feedback_files([sheet], KNOWN, 1, scale=Scale.parse("0-100"))
    assert [i.rating for i in items] == ["agree", "partly", "agree"]


def test_a_slider_is_imported_its_numbers_listed_and_its_rule_kept_in_the_history(demo, tmp_path):
    ids = [a["id"] for a in demo.json("configs", "list")][:2]
    question = "How far do you agree? Move the slider: 0 = not at all, 100 = completely"
    header = ["Your pseudonym", *(f"{question} - {config_id}: Library outreach in the school" for config_id in ids)]
    sheet = _csv(tmp_path, "library.csv", [header, ["Kingfisher", "90", "20"]])
    result = demo("feedback", "import", str(sheet), "--round", "1", code=None)
    assert result.exit_code == 0, result.output
    assert "67–100 agree, 34–66 partly, 0–33 disagree" in result.output
    mine = {a["configuration"]: a for a in demo.json("feedback", "list") if a["respondent"] == "Kingfisher"}
    assert (mine[ids[0]]["rating"], mine[ids[0]]["answer"]) == ("agree", "90 on the 0–100 scale")
    assert (mine[ids[1]]["rating"], mine[ids[1]]["answer"]) == ("disagree", "20 on the 0–100 scale")
    history = demo("history").output
    assert "the numbers on the 0–100 slider were read in thirds of it" in history
    refused = demo("feedback", "import", str(sheet), "--scale", "7-7", code=2)
    assert "both ends are the same number" in refused.output


# --- AI 8 and 17: a typed-up paper form ----------------------------------------------------------------------


def test_a_paper_forms_comment_naming_a_configuration_is_an_answer_not_its_header(tmp_path):
    sheet = _csv(
        tmp_path,
        "school_nurse_forms.csv",
        [
            ["Group", "Pseudonym", "CMO 1.1 (C1)", "Comments (any finding)"],
            ["Parents", "Rowan", "Agree", "C2: the drop-in hours never suited working parents."],
        ],
    )
    warnings: list[str] = []
    items = parse_feedback_files([sheet], KNOWN, 1, warnings=warnings)
    assert [(i.respondent, i.configuration, i.rating, i.comment) for i in items] == [
        ("Rowan", "C1", "agree", ""),
        ("Rowan", "C2", None, "C2: the drop-in hours never suited working parents."),  # it opens with C2 (helper N5)
    ]


def test_a_forms_column_cmo_cannot_place_is_said_without_claiming_cmo_reads_one_row_per_answer(tmp_path):
    sheet = _csv(
        tmp_path,
        "school_nurse_forms.csv",
        [["Pseudonym", "C1: Does this match your experience?", "C1: Draw us a picture"], ["Rowan", "Agree", "A sun"]],
    )
    with pytest.raises(BadInput) as raised:
        parse_feedback_files([sheet], KNOWN, 1)
    said = raised.value.message
    assert "cmo cannot tell which answer the column 'C1: Draw us a picture' holds" in said
    assert "one row per answer (respondent" not in said
    assert "head each with the configuration's id and the question its answers are to" in said


def test_a_paper_forms_name_on_form_is_the_pseudonym(tmp_path):
    sheet = _csv(tmp_path, "outreach.csv", [["Name on form", "C1: Does this match your experience?"], ["Mr Finch", "Partly"]])
    warnings: list[str] = []
    items = parse_feedback_files([sheet], KNOWN, 1, warnings=warnings)
    assert [i.respondent for i in items] == ["Mr Finch"]
    assert any("'Name on form' names each respondent as they signed, so it was read as the pseudonym" in w for w in warnings)


def test_a_paper_forms_date_received_tells_the_round_it_answers(tmp_path):
    sheet = _csv(
        tmp_path,
        "outreach.csv",
        [["Pseudonym", "Date received", "C1: Does this match your experience?"], ["Finch", "20/03/2025", "Agree"]],
    )
    rounds = {1: {"C1"}, 2: {"C1"}}
    closed = {1: "2025-01-10T09:00:00+00:00", 2: "2025-06-01T09:00:00+00:00"}
    warnings: list[str] = []
    items = parse_feedback_files([sheet], KNOWN, 2, rounds=rounds, closed=closed, warnings=warnings)
    assert [i.round for i in items] == [1]
    assert not any("'Date received' (1 row) was not read" in w for w in warnings)


# --- AJ 12: the group in the respondent's words; a rating word with more written -----------------------------


def test_the_words_for_other_after_a_who_are_you_question_are_the_group_not_the_role(tmp_path):
    sheet = _csv(
        tmp_path,
        "commuters.csv",
        [
            ["Respondent ID", "Pseudonym", "Which group best describes you?", "", "C1: Does this match your experience?"],
            ["", "Open-Ended Response", "Response", "Other (please specify)", "Response"],
            ["1", "Wagtail", "Other (please specify)", "bike mechanic and commuter", "Agree"],
            ["2", "Dipper", "Employers", "", "Partly"],
        ],
    )
    warnings: list[str] = []
    items = parse_feedback_files([sheet], KNOWN, 1, groups={"employers": "Employers"}, warnings=warnings)
    wagtail = next(i for i in items if i.respondent == "Wagtail")
    assert (wagtail.group, wagtail.group_words, wagtail.role) == ("", "bike mechanic and commuter", "")
    assert not any("read as the role" in w for w in warnings)


@pytest.mark.parametrize("written", ["Yes 👍", "No!!", "agree?"])
def test_a_rating_word_with_more_written_is_read_and_said(tmp_path, written):
    sheet = _csv(tmp_path, "commuters.csv", [["Pseudonym", "C1: Does this match your experience?"], ["Wagtail", written]])
    warnings: list[str] = []
    items = parse_feedback_files([sheet], KNOWN, 1, warnings=warnings)
    assert items[0].answer == written
    assert any(f"'{written}' was read as {items[0].rating}" in w for w in warnings)


@pytest.mark.parametrize("written", ["Yes", "4 - Agree"])
def test_a_rating_word_alone_or_as_a_scale_labels_it_is_read_without_a_word(tmp_path, written):
    sheet = _csv(tmp_path, "commuters.csv", [["Pseudonym", "C1: Does this match your experience?"], ["Wagtail", written]])
    warnings: list[str] = []
    parse_feedback_files([sheet], KNOWN, 1, warnings=warnings)
    assert not any("was read as" in w for w in warnings)


# --- AJ (nice): after this computer's clock -------------------------------------------------------------------


@pytest.mark.parametrize("stamp", ["2099-03-04 10:15:00", "2099-03-04T10:15:00Z", "04/03/2099"])
def test_an_answer_time_stamped_after_this_computers_clock_is_said(tmp_path, stamp):
    column = "Date received" if "/" in stamp else "Completion time"
    sheet = _csv(
        tmp_path, "outreach.csv", [["Pseudonym", column, "C1: Does this match your experience?"], ["Finch", stamp, "Agree"]]
    )
    warnings: list[str] = []
    parse_feedback_files([sheet], KNOWN, 1, warnings=warnings)
    late = [w for w in warnings if "after this computer's clock" in w]
    assert len(late) == 1 and f"'{stamp}' in '{column}'" in late[0] and "row 2" in late[0]


def test_an_answer_time_stamped_in_the_past_is_not_said(tmp_path):
    sheet = _csv(
        tmp_path,
        "outreach.csv",
        [["Pseudonym", "Completion time", "C1: Does this match your experience?"], ["Finch", "2024-03-04 10:15:00", "Agree"]],
    )
    warnings: list[str] = []
    parse_feedback_files([sheet], KNOWN, 1, warnings=warnings)
    assert not any("after this computer's clock" in w for w in warnings)


def test_json_answers_carry_no_time_and_are_never_said_late(tmp_path):
    path = tmp_path / "pack.json"
    answers = [{"configuration": "C1", "rating": "agree"}]
    path.write_text(json.dumps({"format": "cmo-feedback", "respondent": "Finch", "answers": answers}))
    warnings: list[str] = []
    parse_feedback_files([path], KNOWN, 1, warnings=warnings)
    assert not any("clock" in w for w in warnings)
