"""Trial N (a self-trial: a reference group's answers and a team's search exports from tools the earlier trials did
not use): groups typed as people type them, OpenAlex downloads (`tests/test_trial_m.py`), and what the trial's
testers found."""

from __future__ import annotations

import pytest
from conftest import DATA

from cmo.errors import BadInput, LookAt
from cmo.sheets.feedback import Scale, parse_feedback_files

GROUPS = {
    "cyp": "Children and young people",
    "inpatient-crisis": "Inpatient and crisis care",
    "carers": "Carers and families",
    "care-staff": "Care home staff",
}


def _answers(tmp_path, *groups: str):
    path = tmp_path / "answers.csv"
    rows = [f"P{n},{group},C1,agree,comment {n}" for n, group in enumerate(groups, 1)]
    path.write_text("Respondent,Group,Configuration,Rating,Comment\n" + "\n".join(rows) + "\n")
    return path


def test_a_group_typed_as_a_team_types_it_is_read_and_said(tmp_path):
    path = _answers(tmp_path, "Children & young people", "carers", "Group 2 - Inpatient", "crisis", "Crisis")
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, groups=GROUPS, warnings=warnings)
    assert [item.group for item in items] == ["cyp", "carers", "inpatient-crisis", "inpatient-crisis", "inpatient-crisis"]
    said = [str(warning) for warning in warnings if "group" in str(warning)]
    assert said == [
        f"{path} row 2: the group 'Children & young people' was read as cyp",
        f"{path} row 4: the group 'Group 2 - Inpatient' was read as inpatient-crisis",
        f"{path} row 5: the group 'crisis' was read as inpatient-crisis",
        f"{path} row 6: the group 'Crisis' was read as inpatient-crisis",
    ], "a slug or a name as written is read silently; anything else is said"


def test_a_group_two_groups_could_be_is_refused_naming_both(tmp_path):
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([_answers(tmp_path, "care")], {"C1"}, 1, groups=GROUPS)
    assert (
        "row 2, column 'Group': 'care' is not one of the review's groups: it could be care-staff or carers"
        in caught.value.message
    )


def test_a_group_nothing_like_the_reviews_is_refused_listing_them(tmp_path):
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([_answers(tmp_path, "teachers")], {"C1"}, 1, groups=GROUPS)
    assert "'teachers' is not one of the review's groups (cyp, inpatient-crisis, carers, care-staff)" in caught.value.message


GOOGLE_FORMS = (
    "Timestamp,Your pseudonym,How far does this match your experience? [C1: Seeing the person],"
    "How far does this match your experience? [C2: Short sessions],Anything missing or wrong? [C1]\n"
    "2026/12/06 10:14:22 AM GMT,Blue Heron,4,2,Not for teenagers\n"
    "2026/12/06 11:02:09 AM GMT,Grey Owl,5,3,\n"
)


def _form(tmp_path, text: str = GOOGLE_FORMS):
    path = tmp_path / "Round 1 (Responses).csv"
    path.write_text(text, encoding="utf-8")
    return path


def _ratings(items) -> list[tuple[str, str, str | None, str]]:
    return [(item.respondent, item.configuration, item.rating, item.answer) for item in items if item.configuration != "overall"]


def test_a_rating_given_as_a_number_alone_is_refused_until_the_scale_is_given(tmp_path):
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([_form(tmp_path)], {"C1", "C2"}, 1)
    assert (
        "row 2 (C1), field rating: '4' is a number alone, which leans either way as the form numbered its scale: give "
        "the scale from its disagree end, as --scale 1-5 when 1 is 'strongly disagree'" in caught.value.message
    )


@pytest.mark.parametrize(
    ("scale", "read"),
    [
        ("1-5", ["agree", "disagree", "agree", None]),
        ("5-1", ["disagree", "agree", "disagree", None]),
        ("1–7", ["neither", "disagree", "agree", "disagree"]),
        ("0 to 10", ["disagree", "disagree", "neither", "disagree"]),
    ],
)
def test_a_number_leans_as_its_place_on_the_scale_given(tmp_path, scale, read):
    warnings: list[str] = []
    items = parse_feedback_files([_form(tmp_path)], {"C1", "C2"}, 1, scale=Scale.parse(scale), warnings=warnings)
    shown = str(Scale.parse(scale))
    assert [rating for _, _, rating, _ in _ratings(items)] == [None if r == "neither" else r for r in read]
    assert [answer for *_, answer in _ratings(items)] == [f"{n} on the {shown} scale" for n in (4, 2, 5, 3)]
    middle = [w for w in warnings if "neither agreement nor disagreement" in str(w)]
    assert len(middle) == 1 and isinstance(middle[0], LookAt), "the middle is said, for the team to look at"


def test_a_number_off_the_scale_is_refused_and_a_spreadsheets_whole_number_read(tmp_path):
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([_form(tmp_path, GOOGLE_FORMS.replace(",4,2,", ",6,2,"))], {"C1", "C2"}, 1, scale=Scale.parse("1-5"))
    assert "row 2 (C1), field rating: '6' is not on the scale 1–5" in caught.value.message
    path = _form(tmp_path, GOOGLE_FORMS.replace(",4,2,", ",4.0,2,"))
    items = parse_feedback_files([path], {"C1", "C2"}, 1, scale=Scale.parse("1-5"))
    assert _ratings(items)[0] == ("Blue Heron", "C1", "agree", "4 on the 1–5 scale")


@pytest.mark.parametrize("given", ["1-1", "agree-disagree", "1-5-7", "1-5000", ""])
def test_a_scale_that_is_no_scale_is_refused_in_one_sentence(cmo, tmp_path, given):
    cmo("init", str(cmo.folder))
    refused = cmo("feedback", "import", str(_form(tmp_path)), "--scale", given, code=2).stderr
    assert f"--scale '{given}': give the form's numbers from its disagree end to its agree end" in refused
    assert len(refused.strip().splitlines()) == 1


def test_a_forms_numbers_import_with_the_scale_and_say_how_they_were_read(demo, tmp_path):
    form = GOOGLE_FORMS.replace("[C1: Seeing the person]", "[C1]").replace("[C2: Short sessions]", "[C2]")
    done = demo("feedback", "import", str(_form(tmp_path, form)), "--scale", "1-5", code=1)  # the middle, to look at
    assert "4 on the 1–5 scale was read as agree (the number is kept)" in done.stderr
    answers = {(a["respondent"], a["configuration"]): a for a in demo.json("feedback", "list")}
    assert (answers["Blue Heron", "C2"]["rating"], answers["Grey Owl", "C2"]["rating"]) == ("disagree", None)
    assert demo("feedback", "import", str(_form(tmp_path, form)), "--scale", "1-5", code=1).stdout.startswith(
        "Imported 0 answers"
    )


# --- Form tools' downloads (tests/data/feedback_forms/trial_n) ------------------------------------------------------

FORMS = DATA / "feedback_forms" / "trial_n"


def _stored(cmo) -> list[tuple[str, str, str, str | None]]:
    return [(a["respondent"], a["group"], a["configuration"], a["rating"]) for a in cmo.json("feedback", "list")]


@pytest.mark.parametrize("name", ["surveymonkey.csv", "surveymonkey.xlsx"])
def test_surveymonkeys_two_header_rows_are_one_and_its_matrix_is_read(demo, name):
    """Its second header row ('Response', a matrix's row labels) was stored as a respondent called 'Response', and every
    rating of the matrix was lost."""
    demo("feedback", "import", str(FORMS / name))
    stored = _stored(demo)
    assert ("Tern", "inpatient-crisis", "C1", "agree") in stored and ("Gannet", "cyp", "C16", "partly") in stored
    assert {respondent for respondent, *_ in stored} == {"Tern", "Gannet"}
    assert len([row for row in stored if row[3]]) == 6


def test_a_qualtrics_matrix_is_read_and_its_preview_left_out(demo):
    done = demo("feedback", "import", str(FORMS / "qualtrics-choice-text.csv"), "--round", "1")
    stored = _stored(demo)
    assert ("Curlew", "inpatient-crisis", "C5", "partly") in stored
    assert "Sanderling" not in {respondent for respondent, *_ in stored}  # Finished False, Progress 45: left out (AP 5)
    assert "row 7: 1 of" in done.stderr and "never finished or submitted" in done.stderr
    assert "test" not in {respondent for respondent, *_ in stored}
    assert "row 6: a test of the form (Survey Preview), left out" in done.stderr


def test_one_respondents_group_is_never_given_to_another_submission(demo):
    demo("feedback", "import", str(FORMS / "google-forms-one-group-given.csv"), "--round", "1")
    groups = {respondent: (group, role) for respondent, group, *_ in _stored(demo) for role in [""]}
    assert groups == {"Red Kite": ("cyp", ""), "Otter": ("", ""), "Moth": ("", "")}
    roles = {a["respondent"]: a["role"] for a in demo.json("feedback", "list")}
    assert roles == {"Red Kite": "Parent", "Otter": "", "Moth": ""}


def test_a_placeholder_pseudonym_is_a_respondent_per_submission_and_said(demo):
    """Three people who typed 'Anonymous' were one respondent: five of their nine answers stopped counting."""
    done = demo("feedback", "import", str(FORMS / "google-forms-same-placeholder-pseudonym.csv"), "--round", "1")
    stored = _stored(demo)
    assert {respondent for respondent, *_ in stored} == {
        "Anonymous (row 2, sent 2026/12/05 11:57:03 AM GMT)",
        "anonymous (row 3, sent 2026/12/05 11:57:41 AM GMT)",
        "Anonymous (row 4, sent 2026/12/05 11:58:02 AM GMT)",
    }
    assert len(stored) == 9, "every answer counts: none replaced another's"
    assert (
        "rows 2, 3 and 4: the form gives no pseudonym or a placeholder, so each submission is a respondent of its own"
        in done.stderr
    )


def test_a_signed_in_forms_account_name_is_never_stored_as_a_pseudonym(demo):
    demo("feedback", "import", str(FORMS / "msforms-signed-in.xlsx"))
    respondents = {respondent for respondent, *_ in _stored(demo)}
    unnamed = "Anonymous (row 3, sent 2026-12-05T11:57:30)"
    assert respondents == {"Kestrel", unnamed}, "Raj Patel left the pseudonym blank; his account name is no pseudonym"
    assert "Raj Patel" not in (demo.folder / "review.db").read_bytes().decode("utf-8", "replace")


def test_a_linear_scales_numbers_are_read_with_the_scale_given(demo):
    done = demo("feedback", "import", str(FORMS / "google-forms-linear-scale.csv"), "--scale", "1-5", "--round", "1", code=1)
    assert ("Heron", "cyp", "C1", "agree") in _stored(demo)
    assert "4 on the 1–5 scale was read as agree" in done.stderr


def test_a_likert_in_the_packs_own_yes_partly_no_is_read_as_ratings(demo):
    demo("feedback", "import", str(FORMS / "msforms-likert-yes-partly-no.xlsx"))
    stored = _stored(demo)
    assert ("Kestrel", "inpatient-crisis", "C1", "agree") in stored and ("Plover", "cyp", "C16", "partly") in stored


@pytest.mark.parametrize(
    ("name", "kept", "said"),
    [
        (
            "google-sheets-linked-uk.csv",
            ("Lark", "cyp"),
            "row 3: the group 'Carer of a young person' is none of the review's groups",
        ),
        (
            "google-forms-checkbox-groups.csv",
            ("Magpie", ""),
            "row 2: 2 groups were ticked, 'Children and young people' (cyp) and 'Digitally excluded people' (digitally-excluded)",
        ),
    ],
)
def test_a_forms_other_group_keeps_the_answers_without_a_group_and_says_so(demo, name, kept, said):
    done = demo("feedback", "import", str(FORMS / name), "--round", "1", code=1)  # the files came in the day of the trial
    assert kept in {(respondent, group) for respondent, group, *_ in _stored(demo)}
    assert said in done.stderr


def test_a_workbooks_formula_without_its_value_is_said(demo):
    done = demo("feedback", "import", str(FORMS / "hand-template-formula.xlsx"), code=1)
    assert "2 formula cells in sheet 'Responses' with no saved value, read as empty: G3" in done.stderr


def test_a_response_redcap_has_no_time_for_leaves_the_others_times_read(demo, tmp_path):
    """REDCap writes '[not completed]' where a survey has no time: one such cell made the whole column unread."""
    path = tmp_path / "redcap.csv"
    path.write_text(
        "Record ID,Survey Timestamp,Your pseudonym,C1: Does this match your experience?\n"
        "1,2099-12-05 11:57:05,Avocet,Yes\n2,[not completed],Godwit,No\n",
        encoding="utf-8",
    )
    done = demo("feedback", "import", str(path))
    assert f"{path} names no round: row 2 came in after round 1 was closed" in done.stderr
    assert f"{path} names no round: row 3 was read as round 1's, the only closed round" in done.stderr


TWO_ROUNDS = {1: {"C1", "C5", "C12", "C16"}, 2: {"C1", "C5", "C12", "C16"}}
CLOSED = {1: "2026-12-05T11:56:17+00:00", 2: "2026-12-05T12:03:20+00:00"}


@pytest.mark.parametrize(
    "name",
    [
        "google-sheets-uk-two-rounds.csv",  # 05/12/2026 12:00:10, day first: 12 May is before any round was closed
        "msforms-two-rounds.csv",  # 12/5/26 12:00:10, month first
        "qualtrics-denver-two-rounds.csv",  # 05:00:10 in America/Denver, as its row of import ids says: 12:00:10 UTC
    ],
)
def test_each_submission_answers_the_pack_out_when_it_came_in(name):
    """Vole answered between the two rounds' closing, Shrew after the second: a date that reads both ways, or a time in
    the zone Qualtrics names, was filed under the later round, or under the earlier one."""
    warnings: list[str] = []
    items = parse_feedback_files([FORMS / name], set(), 2, rounds=TWO_ROUNDS, closed=CLOSED, warnings=warnings)
    assert {(item.respondent, item.round) for item in items} == {("Vole", 1), ("Shrew", 2)}, warnings


@pytest.mark.parametrize(
    ("name", "scale", "expected"),
    [
        ("jisc-online-surveys.csv", None, [("Shag", "C1", "agree"), ("Shag", "C5", "partly"), ("Eider", "C12", "agree")]),
        ("google-forms-report-numbering.csv", None, [("Heron", "C1", "agree"), ("Heron", "C12", "disagree")]),
        ("redcap-raw.csv", "3-1", [("Avocet", "C1", "agree"), ("Avocet", "C5", "partly"), ("Avocet", "C12", "disagree")]),
    ],
)
def test_questions_numbered_and_worded_as_other_tools_write_them_are_read(name, scale, expected):
    """JISC numbers its questions ('3.1. Does this match your experience?: C1: …'), a team may name a configuration as
    its report does ('CMO 3.1 (C1)'), REDCap by its variables ('c1_rating', coded 1 Yes, 2 Partly, 3 No)."""
    given = Scale.parse(scale) if scale else None
    items = parse_feedback_files([FORMS / name], {"C1", "C5", "C12", "C16"}, 1, scale=given)
    read = {(item.respondent, item.configuration, item.rating) for item in items}
    assert set(expected) <= read
    if name == "jisc-online-surveys.csv":
        assert {(i.respondent, i.missing) for i in items if i.configuration == "overall"} == {("Shag", "Bus fares")}


def test_a_grid_whose_rows_are_the_configurations_titles_is_read(demo):
    """Google Forms grid rows headed by each configuration's title, as the pack shows it, not its id."""
    demo("feedback", "import", str(FORMS / "google-forms-grid-by-title.csv"), "--round", "1", code=1)
    stored = _stored(demo)
    assert ("Badger", "cyp", "C1", "agree") in stored and ("Badger", "cyp", "C16", "disagree") in stored


def test_words_a_respondent_wrote_over_the_templates_title_or_statement_are_named(demo):
    done = demo("feedback", "import", str(FORMS / "hand-template-edited-statement.csv"), code=1)
    assert "row 5 (C4's statement: 'In acute, crisis and residential mental health ser…')" in done.stderr
    assert "row 6 (C5's title: 'Peers offer hope - but only if they are paid prope…')" in done.stderr
    assert "not the words the template gave" in done.stderr  # (and C14's title, which today's title rule words otherwise)
    template = demo.folder / "answers.csv"
    demo("feedback", "template", "-o", str(template))
    rows = template.read_text(encoding="utf-8-sig").splitlines()
    template.write_text("\n".join([rows[0], rows[1].replace(",,1,C1,", "Puffin,,1,C1,", 1), *rows[2:]]) + "\n", encoding="utf-8")
    assert "not the words the template gave" not in demo("feedback", "import", str(template), code=None).stderr


def test_a_zipped_download_says_to_unzip_it(tmp_path):
    """Google Forms downloads its responses as a zip of one CSV: it was called a workbook, to be renamed .xlsx."""
    import zipfile

    path = tmp_path / "Round 1 feedback.csv.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Round 1 feedback (Responses).csv", GOOGLE_FORMS)
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C1", "C2"}, 1)
    assert f"{path}: a zip archive holding 'Round 1 feedback (Responses).csv', not a workbook; unzip it" in caught.value.message


def test_a_summary_tab_before_the_responses_is_passed_over(demo):
    """'Configuration, Agree count' names the configuration column but holds no answers: the responses tab is read."""
    demo("feedback", "import", str(FORMS / "google-sheets-summary-first.xlsx"), "--round", "1")
    assert ("Red Kite", "cyp", "C1", "agree") in _stored(demo)


def test_a_configuration_typed_with_a_space_is_read_and_a_name_ending_in_its_number_offered(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("pseudonym,configuration,rating\nHeron,c 3,agree\nHeron,C-12,partly\n", encoding="utf-8")
    assert [item.configuration for item in parse_feedback_files([path], {"C3", "C12"}, 1)] == ["C3", "C12"]
    path.write_text("pseudonym,configuration,rating\nHeron,CMO3,agree\nHeron,Config 9,agree\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C3", "C12"}, 1)
    assert "column 'configuration': 'CMO3' is not a configuration of round 1 (did you mean C3?)" in caught.value.message
    assert "'Config 9' is not a configuration of round 1\n" in caught.value.message + "\n"


def test_the_summary_counts_unrated_answers_and_cuts_a_long_title_at_a_word(demo, tmp_path):
    sheet = tmp_path / "answers.csv"
    sheet.write_text("respondent,configuration,rating\nHeron,C1,agree\nOwl,C1,don't know\n", encoding="utf-8")
    demo("feedback", "import", str(sheet))
    [line] = [line for line in demo("feedback", "summary").stdout.splitlines() if line.startswith("C1 ")]
    assert line.endswith("2 answers, agree 100% (1 agree, 0 partly, 0 disagree, 1 unrated)")
    title = demo.json("configs", "show", "C1")["title"]
    shown = line.split("  ")[1]
    assert len(title) > 50 and shown.endswith("…") and f"{shown[:-1]} " in f"{title} ", "cut between words"


# --- Search exports (tests/data/trial_n) ------------------------------------------------------------------------------

EXPORTS = DATA / "trial_n"


@pytest.mark.parametrize("name", ["csv-PubMed-set.csv", "lens-export.csv", "dimensions.csv", "europepmc.csv"])
def test_a_databases_csv_download_gives_authors_and_where_the_paper_is(cmo, name):
    """PubMed's CSV keeps volume, issue and pages in its Citation; Lens.org writes authors given name first and the
    issue as 'Issue Number'; Dimensions writes 'Pagination': each was dropped or misread."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXPORTS / name))
    assert "kirsh2007shared" in {source["key"] for source in cmo.json("sources", "list")}
    shown = cmo.json("sources", "show", "kirsh2007shared")
    assert shown["authors"][:2] in (["Kirsh, Susan", "Watts, Sharon"], ["Kirsh, S.", "Watts, S."])
    assert (shown["volume"], shown["issue"], shown["pages"], shown["pmid"]) == ("16", "5", "349-353", "17913775")


def test_redcaps_checkbox_group_spread_over_columns_is_read_as_one(demo):
    """REDCap writes a checkbox question as a column per choice ('… (choice=Inpatient and crisis care)': Checked)."""
    done = demo("feedback", "import", str(FORMS / "redcap-labels.csv"), "--round", "1", code=1)
    stored = _stored(demo)
    assert ("Avocet", "inpatient-crisis", "C1", "agree") in stored
    assert "row 3: 2 groups were ticked, 'Children and young people' (cyp) and 'Digitally excluded people'" in done.stderr
    assert "choice=" not in done.stderr
    assert done.stderr.count("'Complete?'") == 1  # only where it says how to count Knot's Incomplete response (trial BB)
    assert "write Complete in 'Complete?' and import again" in done.stderr
    assert "Knot" not in {respondent for respondent, *_ in stored}


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("Young people with\\ntheir own room", 70, "Young people with their own room"),
        ("Young people with their own room", 12, "Young…"),
        ("Young people, with their own room", 16, "Young people…"),
        ("Antidisestablishmentarianism", 10, "Antidises…"),
    ],
)
def test_a_listings_cell_is_cut_between_words_and_marked_cut(text, width, shown):
    """Trial N: 'feedback list' showed 'Young peo', a word cut with nothing to say the rest was not shown."""
    from cli import one_line

    assert one_line(text.replace("\\n", "\n"), width) == shown


def test_numbers_on_a_scale_the_question_spells_out_are_read_on_it(tmp_path):
    """A form whose question gives its scale ('1 = strongly disagree, 5 = strongly agree') says which way its numbers
    run: they are read on it without --scale; a question that gives none still needs it."""
    import csv

    def form(first: str, second: str):
        path = tmp_path / "form.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            question = "How far do you agree? ({}) [{}]"
            csv.writer(handle).writerows(
                [
                    ["Timestamp", "Your pseudonym", question.format(first, "C1"), question.format(second, "C2")],
                    ["", "Heron", "4", "4"],
                ]
            )
        return path

    path = form("1 = strongly disagree, 5 = strongly agree", "where 5 is strongly disagree and 1 is strongly agree")
    items = parse_feedback_files([path], {"C1", "C2"}, 1)
    assert [(i.configuration, i.rating, i.answer) for i in items] == [
        ("C1", "agree", "4 on the 1–5 scale"),
        ("C2", "disagree", "4 on the 5–1 scale"),
    ]
    with pytest.raises(BadInput):
        parse_feedback_files([form("1 to 5", "1 to 5")], {"C1", "C2"}, 1)


def test_a_number_in_the_templates_rating_says_the_sheet_asks_for_words(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("pseudonym,configuration,rating\nHeron,C1,4\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        parse_feedback_files([path], {"C1"}, 1)
    assert "row 2, column 'rating': '4' is a number alone, which leans either way as the form numbered its scale: " in (
        caught.value.message
    )


# --- What the exports tester found (files under its /tmp/trialN-exports, layouts from asreview/citation-file-formatting)


def _one_source(cmo, tmp_path, name: str, text: str) -> dict:
    (tmp_path / name).write_text(text, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / name), code=None)
    [source] = cmo.json("sources", "list")
    return cmo.json("sources", "show", source["key"])


def test_a_name_suffix_stays_with_its_author(cmo, tmp_path):
    """NLM's 'Williams JW Jr.' made the whole list of five one author ('Edelman D, … Jr.')."""
    shown = _one_source(
        cmo,
        tmp_path,
        "csv-PubMed-set.csv",
        "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n"
        '26479122,Shared Medical Appointments for Patients with Diabetes,"Edelman D, Gierisch JM, McDuffie JR, Oddone E, '
        'Williams JW Jr.",J Gen Intern Med. 2015 Jan;30(1):99-106.,Edelman D,J Gen Intern Med,2015,,,,'
        "10.1007/s11606-014-2978-7\n",
    )
    assert shown["authors"] == ["Edelman, D.", "Gierisch, J. M.", "McDuffie, J. R.", "Oddone, E.", "Williams, J. W., Jr."]


@pytest.mark.parametrize(
    ("name", "text", "field", "value"),
    [
        (
            "cinahl.ris",
            "TY  - JOUR\nT1  - Peer support\nAU  - Kirsh, Susan\nY1  - 2007\nL3  - 10.1136/qshc.2006.019158\nDB  - rzh\nER  - \n",
            "doi",
            "10.1136/qshc.2006.019158",
        ),
        (
            "embase.ris",
            "TY  - JOUR\nT1  - Peer support\nAU  - Kirsh S.\nPY  - 2007\nC5  - 17913775\nDB  - Medline\nER  - \n",
            "pmid",
            "17913775",
        ),
        (
            "cochrane.ris",
            "TY  - JOUR\nT1  - Peer support\nAU  - Kirsh, S\nPY  - 2011\nC3  -  PUBMED 21314913,EMBASE 643589775\nER  - \n",
            "pmid",
            "21314913",
        ),
        ("cochrane.ris", "TY  - JOUR\nT1  - Peer support\nAU  - Kirsh, S\nPY  - 2011\nSP  - 43‐58\nER  - \n", "pages", "43-58"),
        ("abstrackr.csv", "id,title,authors,year,pubmed id\n1,Peer support,Kirsh S,2007,0\n", "pmid", None),
        (
            "googlescholar.csv",
            "Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n"
            "S Kirsh,Peer support,Quality and Safety in Health Care,16,5,349-353,2007,BMJ\n",
            "container",
            "Quality and Safety in Health Care",
        ),
    ],
)
def test_what_a_databases_export_says_of_a_record_is_read(cmo, tmp_path, name, text, field, value):
    """EBSCO's bare DOI in L3, Embase's MEDLINE records' C5, Cochrane's 'PUBMED …' and U+2010 page dashes, Abstrackr's 0
    for no PMID, Google Scholar's Publication column: each was dropped or stored wrong."""
    shown = _one_source(cmo, tmp_path, name, text)
    assert shown[field] == value
    if name == "googlescholar.csv":
        assert (shown["type"], shown["grey"]) == ("article", False)


def test_an_empty_document_type_leaves_the_publication_type_to_say_what_a_record_is(cmo, tmp_path):
    """Dimensions writes 'Document Type' (often empty) beside 'Publication Type': a preprint was read as a journal article."""
    shown = _one_source(
        cmo,
        tmp_path,
        "dimensions.csv",
        "Rank,Publication ID,DOI,Title,Source title,PubYear,Publication Type,Document Type,Authors\n"
        '1,pub.1,10.1101/2020.08.19.20178020,Experiences of telehealth,medRxiv,2020,Preprint,,"Gillard, Steve"\n',
    )
    assert (shown["type"], shown["grey"]) == ("unpublished", True)


def test_a_redcap_survey_left_incomplete_is_no_answer_and_one_unverified_counts(demo, tmp_path):
    """Trial BB: REDCap's raw export marks a survey never submitted 0 in '<form>_complete' (1 Unverified, 2 Complete);
    a respondent's half-filled survey was counted with the others. A record typed in from paper (Unverified) counts."""
    path = tmp_path / "ERG_DATA_2026-12-05.csv"
    path.write_text(
        "record_id,erg_timestamp,pseudonym,c1_comment,erg_complete\n"
        "1,2026-12-05 11:57:05,Avocet,Night staff are missing,2\n"
        "2,[not completed],Godwit,Typed in from the paper form,1\n"
        "3,[not completed],Knot,Half an ans,0\n",
        encoding="utf-8",
    )
    done = demo("feedback", "import", str(path), "--round", "1", code=None)
    assert {respondent for respondent, *_ in _stored(demo)} >= {"Avocet", "Godwit"}
    assert "Knot" not in {respondent for respondent, *_ in _stored(demo)}
    assert "row 4: 1 of 3 responses was never finished or submitted" in done.stderr
    assert "write 2 in 'erg_complete'" in done.stderr
