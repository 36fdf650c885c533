"""Reference-group feedback, trials AA (hospital discharge for people experiencing homelessness) and AB (community
health workers and hypertension): whose answers a re-imported download holds, taking back an import filed in the wrong
round, KoboToolbox's 'other, specify' column and its own columns, and a form's question naming its configuration at
the end ('Anything else you want to tell us about CMO 2.5 (C28)?').

Each rule is tested alone on answers about the shipped example's findings (remote mental health care), then end to end
on form downloads written as the tools write them (`tests/data/feedback_forms/trial_ab/`, dated after the example's
round 1 closed, `conftest.EXAMPLE_CLOSED`, and before any day the suite runs).
"""

from __future__ import annotations

import json

import pytest
from conftest import DATA

from cmo.sheets.feedback import _is_form_metadata, _question, parse_feedback_files

FORMS = DATA / "feedback_forms" / "trial_ab"


def _answers(demo, *args: str) -> dict[str, dict]:
    return {a["id"]: a for a in demo.json("feedback", "list", *args)}


def _by(answers: dict[str, dict], who: str) -> dict[str, dict]:
    return {a["configuration"]: a for a in answers.values() if a["respondent"] == who}


# ---- 1. a download re-imported names each respondent's replaced answers as theirs -------------------------------------


def test_answers_replaced_already_are_named_as_each_respondents_own(demo):
    """Trial AA: "Robin's answers here are F4, F15, F16, F18, F19", three of them Kestrel's: a download holds
    everyone's answers, and the line named them all after the first respondent of the file."""
    demo("feedback", "import", str(FORMS / "erg-round-1.csv"))
    first = _answers(demo)
    demo("feedback", "import", str(FORMS / "erg-download-later.csv"))
    again = demo("feedback", "import", str(FORMS / "erg-round-1.csv"), code=1)
    curlew = sorted(a["id"] for a in first.values() if a["respondent"] == "Curlew" and a["configuration"] in ("C1", "C7"))
    marten = sorted(a["id"] for a in first.values() if a["respondent"] == "Marten" and a["configuration"] in ("C1", "C7"))
    lines = [line for line in again.stderr.splitlines() if "answers here are" in line]
    assert len(lines) == 2, again.stderr
    said = {line.split("erg-round-1.csv: ")[1].split("'s answers")[0]: line for line in lines}
    assert set(said) == {"Curlew", "Marten"}
    for who, ids, others in (("Curlew", curlew, marten), ("Marten", marten, curlew)):
        named = said[who].split("answers here are ")[1].split(", which")[0].split(", ")
        assert sorted(named) == ids and not set(named) & set(others)


# ---- 2. cmo feedback withdraw ----------------------------------------------------------------------------------------


def _close_round_two(demo) -> None:
    demo("configs", "edit", "C16", "--outcome", "people without data or a device are shut out of care moved online")
    demo("round", "close", "--note", "second round")


def test_withdraw_takes_back_an_import_filed_in_the_wrong_round_and_brings_back_what_it_replaced(demo):
    """Trial AA: a download whose later rows were timed before round 2 closed was read as round 1's and replaced two
    respondents' round-1 answers ('Strongly disagree' became 'Agree'), with no way back."""
    demo("feedback", "import", str(FORMS / "erg-round-1.csv"))
    round_one = _answers(demo)
    _close_round_two(demo)
    mistimed = demo.json("feedback", "import", str(FORMS / "erg-download-later.csv"))
    assert mistimed["rounds"] == [1] and len(mistimed["replaced"]) == 4  # Curlew's and Marten's C1 and C7
    assert _by(_answers(demo), "Marten")["C7"]["rating"] == "agree"
    summary_before = demo.json("feedback", "summary", "--round", "1")

    result = demo("feedback", "withdraw", "erg-download-later.csv", "--note", "downloaded before round 2 was answered")
    assert result.stdout.startswith(f"Withdrew 4 answers ({mistimed['feedback'][0]}-{mistimed['feedback'][-1]})")
    assert _answers(demo) == round_one  # what the import replaced counts again, as before it
    assert _by(_answers(demo), "Marten")["C7"]["rating"] == "disagree"
    assert demo.json("feedback", "summary", "--round", "1") != summary_before
    # nothing lost: the withdrawn answers are in the history, with the reason and what counts again
    trail = demo.json("history", mistimed["feedback"][0])
    assert "withdrew the import of erg-download-later.csv" in trail[-1]["note"]
    assert "downloaded before round 2 was answered" in trail[-1]["note"]
    assert trail[-1]["after"]["withdrawn"] == mistimed["feedback"]
    assert sorted(trail[-1]["after"]["in_force_again"]) == sorted(mistimed["replaced"])
    assert {a["id"] for a in trail[-1]["before"]["answers"]} >= set(mistimed["feedback"])
    # the file imported again stays withdrawn, and says so
    again = demo("feedback", "import", str(FORMS / "erg-download-later.csv"), "--round", "1", code=1)
    assert "were withdrawn" in again.stderr and "stay withdrawn" in again.stderr
    assert _answers(demo) == round_one
    # and cannot be withdrawn twice
    twice = demo("feedback", "withdraw", "erg-download-later.csv", "--note", "again", code=2)
    assert "withdrawn already" in twice.stderr


def test_withdraw_by_ids_and_what_it_refuses(demo):
    demo("feedback", "import", str(FORMS / "erg-round-1.csv"))
    late = demo.json("feedback", "import", str(FORMS / "google-anything-else-about.csv"))
    before = _answers(demo)
    # a configuration citing an answer: the team's decision is never undone behind its back
    cited = next(f for f in late["feedback"] if before[f]["configuration"] == "C7")
    demo("configs", "cite", "C7", "--feedback", cited)
    refused = demo("feedback", "withdraw", ",".join(late["feedback"]), "--note", "test answers", code=2)
    assert f"C7 cites {cited}" in refused.stderr and "--remove" in refused.stderr
    assert _answers(demo) == before
    # unknown ids and files: one sentence, nothing changed
    assert "F999" in demo("feedback", "withdraw", "F999", "--note", "x", code=2).stderr
    unknown = demo("feedback", "withdraw", "answers.xlsx", "--note", "x", code=2)
    assert "'erg-round-1.csv'" in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1
    # ids, not the whole file: only those
    other = [f for f in late["feedback"] if f != cited]
    result = demo.json("feedback", "withdraw", *other, "--note", "a colleague testing the form")
    assert result["withdrawn"] == other and result["in_force_again"] == []
    assert set(_answers(demo)) == set(before) - set(other)
    # answers in the review when a later round closed: that round's pack was made with them
    _close_round_two(demo)
    first = [f for f in before if before[f]["file"] == "erg-round-1.csv"]
    sent = demo("feedback", "withdraw", "erg-round-1.csv", "--note", "x", code=2)
    assert "when round 2 closed" in sent.stderr
    assert set(_answers(demo)) >= set(first)


def test_withdrawing_the_later_of_three_files_leaves_the_last_in_force(demo, tmp_path):
    """An import whose answers a later file replaced in turn: what it replaced stays replaced, by the later answer."""

    def sheet(name: str, rating: str) -> str:
        path = tmp_path / name
        path.write_text(
            f"pseudonym,group,round,configuration,rating,comment\nDipper,cyp,1,C7,{rating},as {name} says\n",
            encoding="utf-8",
        )
        return str(path)

    one = demo.json("feedback", "import", sheet("one.csv", "agree"))["feedback"]
    two = demo.json("feedback", "import", sheet("two.csv", "partly"))["feedback"]
    three = demo.json("feedback", "import", sheet("three.csv", "disagree"))["feedback"]
    demo("feedback", "withdraw", "two.csv", "--note", "sent by mistake")
    assert list(_answers(demo)) == three
    demo("feedback", "withdraw", "three.csv", "--note", "sent by mistake too")
    assert list(_answers(demo)) == one and two != one


def test_the_same_answers_in_another_file_after_a_withdrawal_count_and_the_withdrawn_file_stays_withdrawn(demo, tmp_path):
    """Trial AA, re-tried: a test row withdrawn, then the respondent's real row with the same answers a minute later in
    another download, was dropped as "withdrawn" (every answer's print is stored once): 8 genuine ratings lost."""

    def sheet(name: str) -> str:
        path = tmp_path / name
        path.write_text("pseudonym,group,round,configuration,rating,comment\nFinch,cyp,1,C7,agree,it fits\n", encoding="utf-8")
        return str(path)

    first = demo.json("feedback", "import", sheet("finch-a.csv"))["feedback"]
    demo("feedback", "withdraw", "finch-a.csv", "--note", "a test submission")
    assert not _answers(demo)
    again = demo("feedback", "import", sheet("finch-a.csv"), code=None)
    assert "stay withdrawn" in again.stderr and not _answers(demo), "the withdrawn file itself stays withdrawn"
    later = demo.json("feedback", "import", sheet("finch-b.csv"))["feedback"]
    assert later and later != first and list(_answers(demo)) == later


# ---- 3. KoboToolbox: 'other, specify' and the tool's own columns ------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["today", "_index", "_notes", "__version__", "_validation_status", "_submitted_by", "deviceid"],
)
def test_kobo_and_odk_own_columns_are_a_tools(header):
    assert _is_form_metadata(header)


@pytest.mark.parametrize("header", ["Today, how did the call go?", "notes", "cmo_1_2/c7_comment", "section_b/who_else"])
def test_questions_are_not_a_tools_columns(header):
    assert not _is_form_metadata(header)


def test_a_column_named_after_the_group_question_with_other_holds_their_words(tmp_path):
    """XLSForm's 'or other' names the column for an 'Other' answer's words after the question: 'group_other'."""
    path = tmp_path / "download.csv"
    path.write_text(
        "when;pseudonym;group;group_other;c7_rating\n"
        "2026-11-09T10:02:11+01:00;Avocet;other;Youth worker at a drop-in;partly\n"
        "2026-11-09T11:40:00+01:00;Teal;cyp;;yes\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    groups = {"cyp": "Children and young people", "inpatient-crisis": "Inpatient and crisis care"}
    items = parse_feedback_files([path], {"C7"}, 1, groups=groups, warnings=warnings)
    words = {item.respondent: (item.group, item.group_words) for item in items}
    assert words == {"Avocet": ("", "Youth worker at a drop-in"), "Teal": ("cyp", "")}
    assert not any("not read" in warning for warning in warnings)


def test_kobo_download_keeps_the_other_words_and_names_no_column_of_kobos(demo):
    """Trial AB: Kobo's `group_other` was dropped ('other' kept as the words) and `today`, `_notes`, `__version__`,
    `_index` were named as unread, exit 1."""
    result = demo("feedback", "import", str(FORMS / "kobo-other-specify.csv"), code=1)  # a group none of the review's
    assert "were not read" not in result.stderr
    assert "'group_other' gives the group in the respondent's words" in result.stderr
    kept = _by(_answers(demo), "Kingfisher")
    assert {a["group_words"] for a in kept.values()} == {"Community pharmacist"}
    assert _by(_answers(demo), "Heron")["C7"]["comment"] == "Texting only works if the young person has credit on their phone."


# ---- 4. a column naming its configuration at the end of the pack's question ------------------------------------------


@pytest.mark.parametrize(
    ("header", "configuration"),
    [
        ("Anything else you want to tell us about CMO 1.2 (C7)?", "C7"),
        ("Is there something else we should know about finding 2.3 (C12)?", "C12"),
        ("Is there anything else you would add on CMO 4.1 (C3)?", "C3"),
    ],
)
def test_anything_else_about_a_named_configuration_is_a_comment_on_it(tmp_path, header, configuration):
    path = tmp_path / "responses.csv"
    path.write_text(
        f'Timestamp,Your pseudonym,"{header}"\n2026/11/12 9:14:03 AM GMT,Godwit,Only if the clinic rings back the same day.\n',
        encoding="utf-8",
    )
    items = parse_feedback_files([path], {"C3", "C7", "C12"}, 1, warnings=[])
    said = "Only if the clinic rings back the same day."
    assert [(item.configuration, item.comment) for item in items] == [(configuration, said)]
    assert _question(header) is not None


def test_google_form_asking_anything_else_about_a_configuration_imports(demo):
    """Trial AB: 'Anything else you want to tell us about CMO 2.5 (C28)?' refused the whole file (exit 2)."""
    imported = demo.json("feedback", "import", str(FORMS / "google-anything-else-about.csv"))
    assert imported["added"] == 5
    puffin = _by(_answers(demo), "Puffin")
    assert puffin["C7"]["rating"] == "disagree"
    assert puffin["C7"]["comment"] == "The phone is shared, so nobody texts back in private."
    lapwing = _by(_answers(demo), "Lapwing")
    assert lapwing["overall"]["missing"] == "Night staff on the ward were never asked."
    assert json.dumps(imported)  # the summary is JSON
