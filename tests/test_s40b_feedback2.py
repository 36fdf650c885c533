"""Reference-group feedback, session 40b (trials AL and AM):

- AL 6: a REDCap raw download gives each group as its code ('1', '2'): the import said the column 'was read as the
  group', then called each code 'none of the review's groups' and kept every answer without one. A group given as codes
  is refused in one sentence saying how to give the labels; a form's data dictionary given with the file reads them.
- AL 6: ratings as numbers alone, without --scale, were one problem printed as 29 lines: now one sentence per file.
- AL 16: REDCap's 'redcap_event_name' ('round_1_arm_1') holds the round, yet the import said the file 'names no round'.
- AM 15: Alchemer's own 'Language', 'Country' and 'City' were named as unread columns; an empty 'Other - Write In'
  column was said to be 'read as their group'.
- AM 17: no way to give a respondent whose 'Other' matched two groups a group but editing the download: `--group`.

Sentences are about school meals, library outreach and allotments, not the trials' topics. Real files; the review
tests run on the shipped example review (a real SQLite store)."""

from __future__ import annotations

from contextlib import closing

import pytest

from cmo.commands.feedback import import_feedback
from cmo.commands.review import open_review
from cmo.errors import BadInput, CmoError
from cmo.sheets.feedback import Scale, parse_feedback_files

KNOWN = {"C1", "C2", "C3"}
GROUPS = {"parents": "Parents and carers", "staff": "School kitchen staff", "pupils": "Pupils"}


def _csv(tmp_path, name: str, lines: list[list[str]]):
    path = tmp_path / name
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in line) for line in lines) + "\n", encoding="utf-8")
    return path


def _raw(tmp_path, groups=("1", "2", "3"), event: str = "", name: str = "meals-raw.csv"):
    """A REDCap raw download: the group and the ratings as their codes."""
    header = ["record_id", *(["redcap_event_name"] if event else []), "pseudonym", "which_group", "c1_rating", "c1_comment"]
    header += ["c2_rating", "meals_feedback_complete"]
    rows = [
        [str(n), *([event] if event else []), who, group, rating, comment, other, "2"]
        for n, (who, group, rating, comment, other) in enumerate(
            [
                ("Wren", groups[0], "5", "Hot meals came back after the new oven", "4"),
                ("Otter", groups[1], "2", "Portions are too small for year 6", "3"),
                ("Vole", groups[2], "4", "", "1"),
            ],
            start=1,
        )
    ]
    return _csv(tmp_path, name, [header, *rows])


def _dictionary(tmp_path):
    """REDCap's data dictionary for the raw download above: codes and labels for each choice."""
    agree = "1, Strongly disagree | 2, Disagree | 3, Neither agree nor disagree | 4, Agree | 5, Strongly agree"
    lines = [
        [
            "Variable / Field Name",
            "Form Name",
            "Section Header",
            "Field Type",
            "Field Label",
            "Choices, Calculations, OR Slider Labels",
        ],
        ["record_id", "meals_feedback", "", "text", "Record ID", ""],
        ["pseudonym", "meals_feedback", "", "text", "Pseudonym", ""],
        [
            "which_group",
            "meals_feedback",
            "",
            "radio",
            "Which group are you in?",
            "1, Parents and carers | 2, School kitchen staff | 3, Pupils",
        ],
        ["c1_rating", "meals_feedback", "", "radio", "C1: How far do you agree?", agree],
        ["c1_comment", "meals_feedback", "", "notes", "C1: What is missing or wrong?", ""],
        ["c2_rating", "meals_feedback", "", "dropdown", "C2: How far do you agree?", agree],
        ["meals_feedback_complete", "", "", "", "", ""],
    ]
    return _csv(tmp_path, "MealsFeedback_DataDictionary.csv", lines)


def _rated(items) -> list[tuple[str, str, str, str | None]]:
    return [(i.respondent, i.group, i.configuration, i.rating) for i in items]


# --- AL 6: a group given as the form's codes -----------------------------------------------------------------------


def test_a_group_given_as_a_forms_codes_is_refused_in_one_sentence_saying_how_to_give_its_labels(tmp_path):
    path = _raw(tmp_path)
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([path], KNOWN, 1, groups=GROUPS, scale=Scale.parse("1-5"))
    message = refused.value.message
    assert message.startswith(f"{path}: the column 'which_group' gives each respondent's group as a number ('1', '2', '3')")
    assert "download the answers with their labels" in message and "data dictionary" in message
    assert "\n" not in message  # one sentence, not a line per row


def test_numbers_that_name_a_group_are_still_read_as_that_group(tmp_path):
    """A team whose groups are numbered ('Year 7') is not told its groups are codes: only numbers naming none are."""
    path = _raw(tmp_path, groups=("Parents and carers", "Pupils", "Pupils"))
    items = parse_feedback_files([path], KNOWN, 1, groups=GROUPS, scale=Scale.parse("1-5"))
    assert {i.group for i in items} == {"parents", "pupils"}


def test_a_data_dictionary_given_with_a_raw_download_reads_its_groups_and_ratings(tmp_path):
    warnings: list[str] = []
    raw, dictionary = _raw(tmp_path), _dictionary(tmp_path)
    items = parse_feedback_files([raw, dictionary], KNOWN, 1, groups=GROUPS, warnings=warnings)  # no --scale needed
    assert _rated(items) == [
        ("Wren", "parents", "C1", "agree"),
        ("Wren", "parents", "C2", "agree"),
        ("Otter", "staff", "C1", "disagree"),
        ("Otter", "staff", "C2", None),
        ("Vole", "pupils", "C1", "agree"),
        ("Vole", "pupils", "C2", "disagree"),
    ]
    assert [i.answer for i in items][:2] == ["Strongly agree", "Agree"]  # the respondent's words, as the labels give them
    assert {i.file for i in items} == {str(raw)}  # the dictionary is read, not imported
    assert any(f"were read as the choices {dictionary} gives them" in w for w in warnings)


def test_a_checkbox_field_spread_over_a_column_per_code_is_read_as_the_choices_ticked(tmp_path):
    lines = [
        [
            "Variable / Field Name",
            "Form Name",
            "Section Header",
            "Field Type",
            "Field Label",
            "Choices, Calculations, OR Slider Labels",
        ],
        ["plot_group", "allotments", "", "checkbox", "Which group are you in?", "1, Plot holders | 2, Council officers"],
    ]
    dictionary = _csv(tmp_path, "Allotments_DataDictionary.csv", lines)
    raw = _csv(
        tmp_path,
        "allotments-raw.csv",
        [
            ["record_id", "pseudonym", "plot_group___1", "plot_group___2", "C1: Does this match your experience?"],
            ["1", "Badger", "1", "0", "Agree"],
            ["2", "Finch", "0", "1", "Disagree"],
        ],
    )
    items = parse_feedback_files([dictionary, raw], KNOWN, 1, groups={"holders": "Plot holders", "officers": "Council officers"})
    assert _rated(items) == [("Badger", "holders", "C1", "agree"), ("Finch", "officers", "C1", "disagree")]


# --- AL 6: ratings as numbers alone, one sentence ------------------------------------------------------------------


def test_ratings_given_as_numbers_alone_are_one_sentence_for_the_file(tmp_path):
    path = _csv(
        tmp_path,
        "library.csv",
        [["Your pseudonym", "c1_rating", "c2_rating", "c3_rating"]]
        + [[who, "4", "2", "5"] for who in ("Heron", "Stoat", "Hare")],
    )
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([path], KNOWN, 1)
    message = refused.value.message
    assert "\n" not in message
    assert message == (
        f"{path} row 2 (C1), field rating: '4' is a number alone, which leans either way as the form numbered its scale: "
        "give the scale from its disagree end, as --scale 1-5 when 1 is 'strongly disagree' (8 more ratings, on rows 2, 3, "
        "4, are the same); feedback not imported: fix it and import again."
    )


# --- AL 16: the round in an event column ---------------------------------------------------------------------------


@pytest.mark.parametrize("event", ["round_1_arm_1", "Round 1 (Arm 1: Reference group)"])
def test_a_column_naming_each_responses_round_is_read_as_the_round(tmp_path, event):
    """REDCap's raw event name and its label: round 1 answered though round 2, holding the same questions, is the
    latest closed (read as the latest before)."""
    warnings: list[str] = []
    raw = _raw(tmp_path, groups=("Parents and carers", "Pupils", "Pupils"), event=event)
    rounds = {1: {"C1", "C2"}, 2: {"C1", "C2"}}
    items = parse_feedback_files([raw], KNOWN, 2, groups=GROUPS, rounds=rounds, warnings=warnings, scale=Scale.parse("1-5"))
    assert {i.round for i in items} == {1}
    assert not any("names no round" in w for w in warnings)
    assert any("'redcap_event_name' names the round each response answers" in w for w in warnings)


def test_an_event_column_naming_no_round_is_not_read_as_one(tmp_path):
    warnings: list[str] = []
    raw = _raw(tmp_path, groups=("Parents and carers", "Pupils", "Pupils"), event="baseline_arm_1")
    rounds = {1: {"C1", "C2"}, 2: {"C1", "C2"}}
    items = parse_feedback_files([raw], KNOWN, 2, groups=GROUPS, rounds=rounds, warnings=warnings, scale=Scale.parse("1-5"))
    assert {i.round for i in items} == {2}
    assert any("'redcap_event_name' (3 rows) was not read" in w for w in warnings)


# --- AM 15: a tool's own columns, an empty write-in ----------------------------------------------------------------


def _located(tmp_path, with_address: bool):
    header = [*(["IP Address"] if with_address else []), "Language", "Country", "City", "Pseudonym", "C1: Does this match?"]
    row = [*(["10.1.2.3"] if with_address else []), "English", "Ireland", "Cork", "Linnet", "Agree"]
    return _csv(tmp_path, "outreach.csv", [header, row])


def test_a_tools_language_and_place_columns_beside_its_record_of_the_device_are_its_own(tmp_path):
    warnings: list[str] = []
    parse_feedback_files([_located(tmp_path, True)], KNOWN, 1, warnings=warnings)
    assert not any("not read" in w for w in warnings)


def test_a_country_column_without_a_tools_record_of_the_device_is_the_teams_question_and_named(tmp_path):
    warnings: list[str] = []
    parse_feedback_files([_located(tmp_path, False)], KNOWN, 1, warnings=warnings)
    assert any("'Language' (1 row), 'Country' (1 row), 'City' (1 row) were not read" in w for w in warnings)


def test_an_empty_other_write_in_column_is_not_said_to_be_read(tmp_path):
    lines = [
        ["Pseudonym", "Which group are you in?", "Which group are you in?:Other - Write In", "C1: Does this match?"],
        ["Linnet", "Pupils", "", "Agree"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([_csv(tmp_path, "meals.csv", lines)], KNOWN, 1, groups=GROUPS, warnings=warnings)
    assert [i.group for i in items] == ["pupils"]
    assert not any("Other - Write In" in w for w in warnings)


# --- AM 17: the team gives a respondent a group --------------------------------------------------------------------


def _form_for_the_example(tmp_path):
    """A form's download for the shipped example (remote mental health care): Kite chose 'Other' and wrote words that
    match two of its groups."""
    lines = [
        [
            "Pseudonym",
            "Which group are you in?",
            "Which group are you in?:Other - Write In",
            "C1: Does this match your experience?",
        ],
        ["Kite", "Other", "Young person on a crisis ward", "Agree"],
        ["Plover", "Digitally excluded people", "", "Disagree"],
    ]
    return _csv(tmp_path, "answers.csv", lines)


def test_the_team_gives_a_respondent_a_group_and_it_survives_a_later_import(demo, tmp_path):
    sheet = _form_for_the_example(tmp_path)
    with closing(open_review(demo.folder)) as review:
        done = import_feedback(review, [sheet], regroup=["kite=Children and young people"])
        assert any(
            "Kite's answers count under cyp, as --group says, for their words 'Young person on a crisis ward'" in w
            for w in done.warnings
        )
        assert {(i.respondent, i.group) for i in review.store.feedback()} == {("Kite", "cyp"), ("Plover", "digitally-excluded")}
        assert len(done.feedback) == 2
        import_feedback(review, [sheet])  # the same download again, without --group: the team's choice stands
        assert {(i.respondent, i.group) for i in review.store.feedback()} == {("Kite", "cyp"), ("Plover", "digitally-excluded")}


def test_a_group_the_team_corrects_is_kept_when_the_file_is_imported_again_and_recorded(demo, tmp_path):
    """Plover's form names a group; the team gives another: a later import of the same download leaves the team's."""
    sheet = _form_for_the_example(tmp_path)
    with closing(open_review(demo.folder)) as review:
        import_feedback(review, [sheet])
        import_feedback(review, [sheet], regroup=["Plover=Inpatient and crisis care"])
        import_feedback(review, [sheet])
        assert ("Plover", "inpatient-crisis") in {(i.respondent, i.group) for i in review.store.feedback()}
        notes = [d.note for d in review.store.history() if d.action == "feedback-import"]
        assert any("Plover's answers count under inpatient-crisis, as the team gave it (--group)" in note for note in notes)


@pytest.mark.parametrize(
    "given, said",
    [
        ("Kestrel=Children and young people", "--group 'Kestrel': no answer in "),
        ("Kite=Nobody in particular", "'Nobody in particular' is not one of the review's groups"),
        ("Kite", "'Kite' is not one of the review's groups"),  # a group alone is the files' group (helper LQ 1)
        ("Kite=", "give a group"),
    ],
)
def test_a_group_given_for_no_respondent_or_naming_no_group_is_refused_and_nothing_imported(demo, tmp_path, given, said):
    sheet = _form_for_the_example(tmp_path)
    with closing(open_review(demo.folder)) as review:
        with pytest.raises(CmoError) as refused:
            import_feedback(review, [sheet], regroup=[given])
        assert said in refused.value.message and "\n" not in refused.value.message
        assert review.store.feedback() == []


def test_a_data_dictionary_given_alone_says_to_give_the_answers_with_it(tmp_path):
    dictionary = _dictionary(tmp_path)
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([dictionary], KNOWN, 1, groups=GROUPS)
    assert refused.value.message.startswith(f"{dictionary}: a form's data dictionary") and "\n" not in refused.value.message


def test_the_command_line_gives_a_respondent_a_group(demo, tmp_path):
    sheet = _form_for_the_example(tmp_path)
    said = demo("feedback", "import", str(sheet), "--group", "Kite=Children and young people", code=None)
    assert said.exit_code in (0, 1), said.output
    assert "Kite's answers count under cyp, as --group says" in said.stderr
    assert {(f["respondent"], f["group"]) for f in demo.json("feedback", "list") if f["respondent"] in ("Kite", "Plover")} == {
        ("Kite", "cyp"),
        ("Plover", "digitally-excluded"),
    }
