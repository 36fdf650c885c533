"""Trial Q (school mental health): a form's download imported again after two of its columns were renamed replaced
every answer (F1-F40 by F43-F83), so each id a configuration cited or a decision quoted pointed at a replaced answer;
a respondent who sent the form twice had their later answer numbered below the earlier; the role question ('What is
your role?') and the overall question ('Is anything missing overall?') were not read.

Each rule is tested alone on files written here, in other tools' layouts and other wordings, and then on the
tester's own files (tests/data/feedback_forms/trial_q/README.md). "Fails on the old code" marks a test of a fix;
"pins" one of behaviour the fix must keep."""

from __future__ import annotations

import csv
import json
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA

from cmo.commands.review import open_review
from cmo.models import Configuration, RoundSnapshot
from cmo.sheets.feedback import parse_feedback_files

TRIAL_Q = DATA / "feedback_forms" / "trial_q"
V1 = TRIAL_Q / "Round 1 consultation (Microsoft Forms).xlsx"
V2 = TRIAL_Q / "Round 1 consultation (Microsoft Forms) v2.xlsx"
DEMO_GROUPS = {"cyp": "Children and young people", "inpatient-crisis": "Inpatient and crisis care"}
DEMO_GROUPS["digitally-excluded"] = "Digitally excluded people"


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def all_answers(folder: Path) -> list:
    with closing(open_review(folder).store) as store:
        return store.feedback(replaced=True)


def google_form(path: Path, person: str, group: str, answers: list[list[str]]) -> Path:
    """A Google Forms download (no time column, so the answers are the only closed round's): a pseudonym, the group
    in the form's words, a column the team names as it likes for what each respondent speaks as, a grid's ratings
    and a comment per configuration."""
    header = ["Your pseudonym", group, person]
    header += ["Does this match your experience? [C1]", "Does this match your experience? [C2]", "C1: What is missing or wrong?"]
    return write_csv(path, [header, *answers])


ANSWERS = [
    ["Blue Heron", "Children and young people", "clinician", "Agree", "Disagree", "Not for teenagers"],
    ["Grey Owl", "Inpatient and crisis care", "peer worker", "Somewhat agree", "Agree", ""],
]


# --- 1. An answer given again unchanged keeps its id ------------------------------------------------------------


def test_a_download_imported_again_after_its_role_column_was_renamed_keeps_every_answer_and_its_id(demo, tmp_path):
    """Fails on the old code: the role, read now, changed each answer's print, so each was 'replaced' by itself."""
    first = google_form(tmp_path / "form.csv", "Tell us about you", "Which group do you belong to?", ANSWERS)
    imported = demo.json("feedback", "import", str(first), code=1)  # 'Tell us about you' is named, not read: exit 1
    assert imported["feedback"] == ["F1", "F2", "F3", "F4"]
    demo("configs", "cite", "C1", "--feedback", "F1")
    again = google_form(tmp_path / "form (renamed).csv", "Role", "Which group do you belong to?", ANSWERS)
    result = demo("feedback", "import", str(again), "--json")  # nothing to look at: exit 0
    done = json.loads(result.stdout)
    assert (done["added"], done["repeated"], done["replaced"]) == (0, 4, [])
    assert (
        "form (renamed).csv: 4 answers already imported are unchanged (the same rating and words) and keep their ids "
        "(F1-F4)" in result.stderr
    )
    kept = demo.json("feedback", "list")
    assert [(a["id"], a["respondent"], a["configuration"], a["role"]) for a in kept] == [
        ("F1", "Blue Heron", "C1", "clinician"),
        ("F2", "Blue Heron", "C2", "clinician"),
        ("F3", "Grey Owl", "C1", "peer worker"),
        ("F4", "Grey Owl", "C2", "peer worker"),
    ]
    assert (
        "the role each respondent gives is now kept on their answers (Blue Heron 'clinician': F1-F2; Grey Owl 'peer "
        "worker': F3-F4)" in result.stderr
    )
    assert demo.json("configs", "show", "C1")["feedback_evidence"] == ["F1"]
    # The history says what the file changed on each answer, and what it was before.
    (reread,) = [d for d in demo.json("history", "F1") if d["action"] == "feedback-import" and d["after"].get("read_again")]
    assert reread["after"]["read_again"]["F1"] == {"role": ["", "clinician"]}
    assert reread["before"]["answers"][0]["role"] == ""
    # Imported a third time, the first file (no role) takes nothing away: a blank says nothing.
    third = demo.json("feedback", "import", str(first), code=1)
    assert (third["added"], third["replaced"]) == (0, [])
    assert all(a["role"] for a in demo.json("feedback", "list"))


def test_a_group_column_renamed_so_that_it_is_no_longer_read_changes_nothing(demo, tmp_path):
    """Fails on the old code: the answers, read without their group, replaced those with it, and the group was lost."""
    first = google_form(tmp_path / "form.csv", "Role", "Which group do you belong to?", ANSWERS)
    demo.json("feedback", "import", str(first))
    renamed = [[*row[:1], "the ward I work on" if n else row[1], *row[2:]] for n, row in enumerate(ANSWERS)]
    again = google_form(tmp_path / "form v2.csv", "Role", "Where do you come from?", renamed)
    done = demo.json("feedback", "import", str(again), code=1)  # 'Where do you come from?' is named, not read
    assert (done["added"], done["repeated"], done["replaced"]) == (0, 4, [])
    assert {a["respondent"]: a["group"] for a in demo.json("feedback", "list")} == {
        "Blue Heron": "cyp",
        "Grey Owl": "inpatient-crisis",
    }


def test_only_the_answers_that_changed_are_replaced_and_a_cited_one_is_said(demo, tmp_path):
    """Fails on the old code: every answer was replaced, and each citation named. Now the one that changed is replaced
    and, cited, said in the words the import always used; the cited one that did not change is not."""
    first = google_form(tmp_path / "form.csv", "Tell us about you", "Which group do you belong to?", ANSWERS)
    demo.json("feedback", "import", str(first), code=1)
    by = {(a["respondent"], a["configuration"]): a["id"] for a in demo.json("feedback", "list")}
    heron_c2, owl_c1 = by["Blue Heron", "C2"], by["Grey Owl", "C1"]
    demo("configs", "cite", "C2", "--feedback", heron_c2)
    demo("configs", "cite", "C1", "--feedback", owl_c1)
    changed = [list(row) for row in ANSWERS]
    changed[0][4] = "Agree"  # Blue Heron's C2, on reflection
    result = demo("feedback", "import", str(google_form(tmp_path / "v2.csv", "Role", "Group", changed)), "--json", code=1)
    done = json.loads(result.stdout)
    assert done["replaced"] == [heron_c2] and done["added"] == 1 and done["repeated"] == 3
    (new,) = done["feedback"]
    line = (
        f"C2 cites {heron_c2}, which Blue Heron replaced with {new}; cite {new} too if it still holds: "
        f"cmo configs cite C2 --feedback {new}"
    )
    assert line in done["warnings"]
    assert not any(f"cites {owl_c1}" in warning for warning in done["warnings"])
    assert "v2.csv: 3 answers already imported are unchanged" in result.stderr


def test_a_group_other_than_the_one_stored_keeps_the_ids_and_is_said_to_look_at(demo, tmp_path):
    """Fails on the old code (every answer replaced). The answers keep their ids; the group the later file gives is
    theirs now, as a later file's word is, and the import says so to look at, naming the configuration citing one."""
    first = google_form(tmp_path / "form.csv", "Role", "Which group do you belong to?", ANSWERS)
    demo.json("feedback", "import", str(first))
    demo("configs", "cite", "C1", "--feedback", "F1")
    moved = [list(row) for row in ANSWERS]
    moved[0][1] = "Digitally excluded people"
    result = demo("feedback", "import", str(google_form(tmp_path / "v2.csv", "Role", "Group", moved)), "--json", code=1)
    done = json.loads(result.stdout)
    assert (done["added"], done["replaced"]) == (0, [])
    heron = [a for a in demo.json("feedback", "list") if a["respondent"] == "Blue Heron"]
    assert {a["group"] for a in heron} == {"digitally-excluded"}
    assert [a["id"] for a in heron] == ["F1", "F2"]
    assert "v2.csv: Blue Heron's answers F1-F2 keep their ids, now in the group digitally-excluded" in result.stderr
    assert "now in the group digitally-excluded as this file gives it, where they were in cyp" in result.stderr
    assert "C1 cites them" in result.stderr


def test_words_read_under_another_question_keep_their_id_and_are_said(demo, tmp_path):
    """Fails on the old code. The pack's template, filled in by hand: the team renamed 'comment' to 'what is missing
    or wrong' before importing it again; the respondent's words are the same, so the answer keeps its id."""
    rows = [["respondent", "configuration", "rating", "comment"], ["Kite", "C3", "agree", "Only with supervision"]]
    demo.json("feedback", "import", str(write_csv(tmp_path / "kite.csv", rows)))
    rows[0][3] = "what is missing or wrong"
    result = demo("feedback", "import", str(write_csv(tmp_path / "kite v2.csv", rows)), "--json")
    assert (json.loads(result.stdout)["added"], json.loads(result.stdout)["replaced"]) == (0, [])
    (answer,) = demo.json("feedback", "list")
    assert (answer["id"], answer["missing"], answer["comment"]) == ("F1", "Only with supervision", "")
    assert "F1 (Kite on C3) keeps its words, now as the answer to missing (they were the answer to comment)" in result.stderr


def test_the_same_file_imported_twice_still_counts_once_and_says_nothing_more(demo, tmp_path):
    """Pins: an exact repeat is 'already imported', as before; no answer is read again, nothing recorded."""
    first = google_form(tmp_path / "form.csv", "Role", "Group", ANSWERS)
    demo.json("feedback", "import", str(first))
    result = demo("feedback", "import", str(first), "--json")
    done = json.loads(result.stdout)
    assert (done["added"], done["repeated"], done["replaced"]) == (0, 4, [])
    assert "unchanged" not in result.stderr
    assert not [d for d in demo.json("history", "F1") if d["after"].get("read_again")]


def test_a_later_file_saying_something_else_still_replaces(demo, tmp_path):
    """Pins: a revised comment is a changed answer, replaced as before, whatever its role."""
    first = google_form(tmp_path / "form.csv", "Role", "Group", ANSWERS)
    demo.json("feedback", "import", str(first))
    revised = [list(row) for row in ANSWERS]
    revised[0][5] = "Not for teenagers, nor for their parents"
    done = demo.json("feedback", "import", str(google_form(tmp_path / "v2.csv", "Role", "Group", revised)))
    assert done["added"] == 1 and len(done["replaced"]) == 1


# --- 2. Ids follow the order answers were given -------------------------------------------------------------------


def test_an_answer_given_again_in_a_file_has_a_higher_id_than_the_earlier(demo, tmp_path):
    """Fails on the old code: the later answer was stored first ('counted (F2), and the earlier (F3) is kept')."""
    rows = [
        ["ID", "Start time", "Completion time", "Email", "Name", "Your pseudonym", "C1: Does this match your experience?"],
        [1, None, None, "anonymous", None, "Kestrel", "Agree"],
        [2, None, None, "anonymous", None, "Otter", "Agree"],
        [3, None, None, "anonymous", None, "Kestrel", "Disagree"],
    ]
    result = demo("feedback", "import", str(write_xlsx(tmp_path / "Microsoft Forms.xlsx", rows)))
    assert (
        "Kestrel answered C1 more than once; only the later answer is counted (F3), and the earlier (F1) is kept, marked "
        "as replaced by it" in result.stderr
    )
    answers = {a.id: a for a in all_answers(demo.folder)}
    assert (answers["F1"].rating, answers["F1"].replaced_by, answers["F3"].rating) == ("agree", "F3", "disagree")


# --- 3. The overall question, and the role or group question, in a form's words ---------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Is anything missing overall?",
        "Is anything missing?",
        "Anything missing in general?",
        "What, if anything, is missing across the findings?",
        "Q7. Is there anything missing from the findings as a whole?",
        "8. Is anything left out of the programme theory?",
    ],
)
def test_a_question_about_what_is_missing_from_the_findings_overall_is_the_overall_answer(tmp_path, header):
    """Fails on the old code: only the pack's and the sheet's own wordings were read; these were named, not read."""
    path = write_csv(tmp_path / "form.csv", [["Your pseudonym", "C1: Does this match your experience?", header]])
    path.write_text(path.read_text() + "Heron,Agree,Nothing on carers\n")
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, warnings=warnings)
    assert [(i.configuration, i.rating, i.missing) for i in items] == [
        ("C1", "agree", ""),
        ("overall", None, "Nothing on carers"),
    ]
    assert not any("not read" in str(w) for w in warnings)


@pytest.mark.parametrize("header", ["Missing data", "Did you miss the webinar?"])
def test_a_column_that_asks_no_question_about_what_is_missing_is_not_the_overall_answer(tmp_path, header):
    """Pins: a column of the team's own ('Missing data') is named as not read, never taken for an answer."""
    path = write_csv(tmp_path / "form.csv", [["Your pseudonym", "C1: Does this match your experience?", header]])
    path.write_text(path.read_text() + "Heron,Agree,yes\n")
    warnings: list[str] = []
    items = parse_feedback_files([path], {"C1"}, 1, warnings=warnings)
    assert [i.configuration for i in items] == ["C1"]
    assert any(f"'{header}'" in str(w) and "not read" in str(w) for w in warnings)


@pytest.mark.parametrize(
    ("header", "role"),
    [("What is your role?", "school nurse"), ("Job title", "Ward manager"), ("I am a…", "parent of a service user")],
)
def test_a_question_asking_what_the_respondent_speaks_as_is_the_role(tmp_path, header, role):
    """Fails on the old code (named, not read). Microsoft Forms' layout, a group question beside it."""
    rows = [
        ["ID", "Email", "Name", "Your pseudonym", "Which group are you answering for?", header, "C1: Does this match?"],
        [1, "anonymous", None, "Heron", "Children and young people", role, "Agree"],
    ]
    warnings: list[str] = []
    (item,) = parse_feedback_files([write_xlsx(tmp_path / "form.xlsx", rows)], {"C1"}, 1, groups=DEMO_GROUPS, warnings=warnings)
    assert (item.group, item.role) == ("cyp", role)
    said = " ".join(map(str, warnings))
    assert f"the column '{header}' asks what each respondent speaks as, so it was read as the role" in said


@pytest.mark.parametrize("header", ["What is your role?", "I am a…", "Your role"])
def test_a_role_question_whose_every_answer_is_a_review_group_is_the_group(tmp_path, header):
    """Fails on the old code for 'Your role' (read as the role: the answers had no group); pins the others, which the
    old code read as the group already, by their answers, and the new rule must not take for the role."""
    rows = [
        ["Your pseudonym", header, "C1: Does this match your experience?"],
        ["Heron", "Children and young people", "Agree"],
        ["Owl", "Inpatient & crisis care", "Disagree"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([write_csv(tmp_path / "form.csv", rows)], {"C1"}, 1, groups=DEMO_GROUPS, warnings=warnings)
    assert [(i.group, i.role) for i in items] == [("cyp", ""), ("inpatient-crisis", "")]
    assert f"the column '{header}' holds the review's groups, so it was read as the group" in " ".join(map(str, warnings))


def test_who_the_respondent_is_asked_with_an_other_answer_is_the_group(tmp_path):
    """Fails on the old code: 'I am a…' holding groups and one 'Other' answer was not read (only a header with
    'group' in it was)."""
    rows = [
        ["Your pseudonym", "I am a...", "C1: Does this match your experience?"],
        ["Heron", "Children and young people", "Agree"],
        ["Owl", "Volunteer at a drop-in", "Disagree"],
    ]
    warnings: list[str] = []
    items = parse_feedback_files([write_csv(tmp_path / "form.csv", rows)], {"C1"}, 1, groups=DEMO_GROUPS, warnings=warnings)
    assert [i.group for i in items] == ["cyp", ""]
    assert any("'Volunteer at a drop-in' is none of the review's groups" in str(w) for w in warnings)


def test_a_role_question_holding_roles_is_never_the_group_though_one_sounds_like_one(tmp_path):
    """Fails on the old code (the role was not read), and pins the limit of the group rule: 'parent' names the group
    'Young people and parents' in trial Q's review, but a role question holding roles is the role, not the group."""
    groups = {"young-people": "Young people and parents", "school-staff": "School staff"}
    rows = [["Your pseudonym", "What is your role?", "C1: Does this match your experience?"]]
    rows += [["Heron", "parent", "Agree"], ["Owl", "Head of year", "Agree"]]
    warnings: list[str] = []
    items = parse_feedback_files([write_csv(tmp_path / "form.csv", rows)], {"C1"}, 1, groups=groups, warnings=warnings)
    assert [(i.group, i.role) for i in items] == [("", "parent"), ("", "Head of year")]


def test_a_group_question_and_a_role_question_both_holding_groups_read_each_as_asked(tmp_path):
    """Pins: two columns whose every answer is a group; the one asking for a group is the group, the other the role."""
    rows = [["Your pseudonym", "Your role", "Which group are you in?", "C1: Does this match your experience?"]]
    rows += [["Heron", "Inpatient and crisis care", "Children and young people", "Agree"]]
    (item,) = parse_feedback_files([write_csv(tmp_path / "form.csv", rows)], {"C1"}, 1, groups=DEMO_GROUPS)
    assert (item.group, item.role) == ("cyp", "Inpatient and crisis care")


# --- 4. The tester's files ---------------------------------------------------------------------------------------


@pytest.fixture
def school_review(cmo):
    """Trial Q's review as its team had it when the answers came in: its domains and groups, round 1 closed with the
    configurations its form asks about."""
    cmo("init", str(cmo.folder), "--domains", str(TRIAL_Q / "review.yaml"))
    sent = json.loads((TRIAL_Q / "round-1.json").read_text(encoding="utf-8"))
    configurations = [Configuration.model_validate({**c, "pinned": True}) for c in sent["configurations"]]
    with closing(open_review(cmo.folder).store) as store, store.transaction():
        store.put_configurations(configurations)
        store.add_round(RoundSnapshot(number=1, closed_at=sent["closed_at"], note=sent["note"], configurations=configurations))
    return cmo


def test_the_testers_form_reads_the_role_and_the_overall_question_in_the_order_given(school_review):
    """Fails on the old code: 'What is your role?' and 'Is anything missing overall?' were named and not read, and
    Kestrel's second submission's answers were numbered below the first's."""
    result = school_review("feedback", "import", str(V1), "--json", code=1)  # 'School governor' is no group: exit 1
    done = json.loads(result.stdout)
    assert done["added"] == 41 and done["replaced"] == []
    assert "were not read" not in result.stderr
    assert "the column 'What is your role?' asks what each respondent speaks as, so it was read as the role" in result.stderr
    answers = all_answers(school_review.folder)
    (overall,) = [a for a in answers if a.configuration == "overall"]
    assert (overall.respondent, overall.role, overall.missing) == (
        "Anonymous (row 3, sent 2026-12-05T19:22:00)",
        "parent",
        "Nothing here about parents being told or involved.",
    )
    first, later = [a for a in answers if a.respondent == "Kestrel" and a.configuration == "C1"]  # in id order
    assert (first.id, first.replaced_by, later.id) == ("F1", "F36", "F36") and "Protected time matters" in later.missing
    assert "only the later answer is counted (F36), and the earlier (F1) is kept" in result.stderr
    assert {a.role for a in answers if a.respondent == "Heron"} == {"governor"}


def test_the_testers_renamed_download_imported_again_replaces_nothing(school_review):
    """Fails on the old code (F1-F40 'replaced' by F43-F83, the citations pointing at replaced answers)."""
    school_review("feedback", "import", str(V1), code=1)
    listed = school_review.json("feedback", "list")
    by = {(a["respondent"], a["configuration"]): a["id"] for a in listed}
    row_3, row_4 = "Anonymous (row 3, sent 2026-12-05T19:22:00)", "Anonymous (row 4, sent 2026-12-05T19:35:00)"
    cited = {"C1": by[row_4, "C1"], "C6": by[row_3, "C6"], "C23": by[row_4, "C23"]}
    for config, answer in cited.items():
        school_review("configs", "cite", config, "--feedback", answer)
    result = school_review("feedback", "import", str(V2), "--json", code=1)  # 'School governor' again
    done = json.loads(result.stdout)
    assert (done["added"], done["replaced"], done["repeated"]) == (0, [], 41)
    assert school_review.json("feedback", "list") == [
        {**a, "comment": a["missing"], "missing": ""} if a["configuration"] == "overall" else a for a in listed
    ]
    assert "Round 1 consultation (Microsoft Forms) v2.xlsx: 41 answers already imported are unchanged" in result.stderr
    assert "keeps its words, now as the answer to comment (they were the answer to missing)" in result.stderr
    assert not any(" cites " in warning for warning in done["warnings"])
    for config, answer in cited.items():
        assert school_review.json("configs", "show", config)["feedback_evidence"] == [answer]


def test_answers_an_earlier_cmo_stored_without_their_role_keep_their_ids_when_the_renamed_download_comes(school_review):
    """Fails on the old code: the tester's own case, answers stored before the role was read, then 'Role' renamed."""
    school_review("feedback", "import", str(V1), code=1)
    with closing(open_review(school_review.folder).store) as store, store.transaction():
        from cmo.sheets.feedback import fingerprint

        roleless = [a.model_copy(update={"role": ""}) for a in store.feedback(replaced=True)]
        store.put_feedback([a.model_copy(update={"fingerprint": fingerprint(a)}) for a in roleless])
    before = {a.id: a for a in all_answers(school_review.folder)}
    result = school_review("feedback", "import", str(V2), "--json", code=1)
    done = json.loads(result.stdout)
    assert (done["added"], done["replaced"]) == (0, [])
    after = {a.id: a for a in all_answers(school_review.folder)}
    assert after.keys() == before.keys()
    assert {a.role for a in after.values() if a.respondent == "Kestrel"} == {"Head of year"}
    assert "Kestrel 'Head of year': " in result.stderr
