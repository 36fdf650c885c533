"""Trial I: a form tool's download of the reference group's answers (tests/data/feedback_forms/README.md).

A Google Forms download holds every response ever sent, so the round-1 file comes back after round 2 is closed; the
form's questions are the pack's own words; a respondent sends the form twice. Each answer lands in the round it
answers, every question the pack asks is read, and nothing a respondent wrote is dropped without a word."""

from __future__ import annotations

import csv
import re
from contextlib import closing
from pathlib import Path

import pytest
from conftest import DATA

from cmo.commands.review import open_review

FORMS = DATA / "feedback_forms"
GOOGLE = FORMS / "ERG round 1 (Responses).csv"
MICROSOFT = FORMS / "ERG round 1 - Microsoft Forms.xlsx"
ROUND_1_CLOSED = "2024-05-10T09:00:00+00:00"
ROUND_2_CLOSED = "2024-06-20T16:30:00+00:00"
"""When the team closed its rounds: the forms' answers came in between the two (14 to 18 May 2024)."""
ROUND_1_RESPONSES = (
    f"{GOOGLE} names no round: its answers came in after round 1 was closed (2024-05-10) and before round 2 was "
    "(2024-06-20), so they answer round 1's pack"
)


def closed_on(folder: Path, number: int, stamp: str) -> None:
    """The round as the team closed it, on the day it did: cmo stamps a round with the clock when it is closed."""
    with closing(open_review(folder).store) as store, store.transaction():
        (snapshot,) = [r for r in store.rounds() if r.number == number]
        store.replace_round(snapshot.model_copy(update={"closed_at": stamp}))


def all_answers(folder: Path) -> list:
    """Every answer stored, those a later one replaced too (`cmo feedback list` shows the ones in force)."""
    with closing(open_review(folder).store) as store:
        return store.feedback(replaced=True)


def without_column(source: Path, target: Path, header: str) -> Path:
    """The download with one column cut out, as a team pastes a form's answers into a sheet of its own."""
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    index = rows[0].index(header)
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([row[:index] + row[index + 1 :] for row in rows])
    return target


@pytest.fixture
def consulted(demo):
    """The example review as its team consulted on it: round 1 closed on 10 May 2024."""
    closed_on(demo.folder, 1, ROUND_1_CLOSED)
    return demo


def close_round_2(review, *merged: str) -> None:
    if merged:
        review("configs", "merge", *merged, "--note", "same mechanism")
    review("configs", "edit", "C1", "--title", "Clinicians see less of the person at a distance", "--note", "round 1")
    review("round", "close", "--note", "second round")
    closed_on(review.folder, 2, ROUND_2_CLOSED)


# --- 1. The round a download answers ------------------------------------------------------------------------------


def test_a_download_imported_after_round_2_closed_is_filed_under_the_round_its_answers_came_in(consulted):
    """Trial I: 'Imported 80 answers for round 2' for a round-1 download, so round-1 answers counted in round 2."""
    close_round_2(consulted)
    imported = consulted.json("feedback", "import", str(GOOGLE), code=1)  # 'Email address' is not read: exit 1
    assert imported["rounds"] == [1] and imported["added"] == 14
    assert ROUND_1_RESPONSES in imported["warnings"]
    assert consulted.json("feedback", "list", "--round", "2") == []


@pytest.mark.parametrize("cut", [None, "Timestamp"])
def test_a_download_imported_again_after_round_2_closed_is_already_imported(consulted, tmp_path, cut):
    """Google's download always holds every response: the round-1 answers stored already are recognised as such,
    by when they came in or, without a time column, by being stored for round 1 already."""
    consulted("feedback", "import", str(GOOGLE), code=1)
    close_round_2(consulted)
    again = without_column(GOOGLE, tmp_path / GOOGLE.name, cut) if cut else GOOGLE
    imported = consulted.json("feedback", "import", str(again), code=1)
    assert (imported["added"], imported["repeated"], imported["rounds"]) == (0, 14, [1])
    if cut:
        assert (
            f"{again} names no round: its answers repeat answers already imported for round 1, so they are round 1's"
            in (imported["warnings"])
        )
    assert consulted.json("feedback", "list", "--round", "2") == []


def test_answers_given_while_round_1_was_out_are_refused_for_round_2_in_one_sentence(consulted):
    close_round_2(consulted)
    said = consulted("feedback", "import", "--round", "2", str(GOOGLE), code=2).stderr.strip()
    assert said == (
        f"Error: {GOOGLE} rows 2, 3, 4 and 5: answered from 2024/05/14 10:15:32 AM GMT+1 to 2024/05/18 8:05:47 PM GMT+1, "
        "before round 2 was closed (2024-06-20), so they cannot answer round 2's pack: round 1's pack was the one out "
        "then: import the file without --round; feedback not imported: fix it and import again."
    )
    assert all_answers(consulted.folder) == []


def test_answers_given_before_any_round_was_closed_are_refused_unless_the_import_names_their_round(demo):
    """The example's round 1 was closed today, two years after the forms came in: they answer no pack cmo made."""
    said = demo("feedback", "import", str(MICROSOFT), code=2).stderr
    assert f"{MICROSOFT} rows 2, 3 and 4: answered from 2024-05-14T19:14:40 to 2024-05-16T19:14:40, before round 1 " in said
    assert "if the questions went out before that, import the file with --round 1" in said
    assert all_answers(demo.folder) == []
    taken = demo.json("feedback", "import", "--round", "1", str(MICROSOFT), code=1)
    assert taken["added"] == 14
    assert any("so before its pack could be made; they were imported for round 1 as --round says" in w for w in taken["warnings"])


def test_a_form_asking_about_a_configuration_merged_before_round_2_answers_round_1(consulted, tmp_path):
    """A column naming C3, merged into C2 before round 2 was closed, says the form is round 1's (no time to go by)."""
    close_round_2(consulted, "C2", "C3")
    pasted = without_column(GOOGLE, tmp_path / "answers.csv", "Timestamp")
    imported = consulted.json("feedback", "import", str(pasted), code=1)
    assert imported["rounds"] == [1]
    said = f"{pasted} names no round: its answers were read as round 1's, as it asks about C3 (merged into C2), which round 2"
    assert any(warning.startswith(said) for warning in imported["warnings"])
    c3 = [a for a in consulted.json("feedback", "list") if a["configuration"] == "C3"]
    assert {a["respondent"] for a in c3} == {"Blue Heron", "Kestrel", "Otter"} and {a["named"] for a in c3} == {""}


# --- 2. Every question the pack asks, and every column named --------------------------------------------------------


def test_a_form_in_the_packs_own_words_is_read_whole(consulted):
    """Trial I: 'C8: For whom, or where, does it not hold?' was refused, and the pack's reading question and overall
    question were dropped without a word."""
    result = consulted("feedback", "import", str(GOOGLE), code=1)
    answers = {(a["respondent"], a["configuration"]): a for a in consulted.json("feedback", "list")}
    assert answers["Blue Heron", "C3"]["not_for_whom"] == "Not on a ward where most of the night shift is agency staff."
    heron = answers["Blue Heron", "overall"]
    assert heron["read"].startswith("The NICE guideline on violence and aggression (NG10)")
    assert heron["missing"] == "Nothing about what families see when a crisis is handled by phone."
    assert answers["Kestrel", "overall"]["read"].startswith("Our own evaluation of the CAMHS crisis line")
    assert answers["Kestrel", "C2"]["group"] == "cyp"
    assert "Email address" not in result.stderr, "a column the form tool fills itself is no answer to name"


def test_every_question_the_rendered_pack_asks_heads_a_forms_column_it_fills(consulted, tmp_path):
    """The pack's questions as the pack prints them, each copied into a form's header: each fills its field."""
    html = next((consulted.folder / "packs").glob("pack-round-1*.html")).read_text(encoding="utf-8")
    asked = dict(re.findall(r'<label for="cfg-C1-[^"]*">([^<]+)</label>\s*<textarea[^>]*data-field="([a-z_]+)"', html))
    (rating,) = set(re.findall(r'<fieldset class="rating">\s*<legend>([^<]+)</legend>', html))
    (overall,) = re.findall(r'<label for="overall-missing">([^<]+)</label>', html)
    assert set(asked.values()) == {"missing", "not_for_whom", "read", "comment"}
    header = ["Your pseudonym", f"C1: {rating}", *(f"C1: {question}" for question in asked), overall]
    sheet = tmp_path / "form.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, ["Wren", "Partly", *asked.values(), "overall words"]])
    consulted("feedback", "import", "--round", "1", str(sheet))
    answers = {a["configuration"]: a for a in consulted.json("feedback", "list")}
    assert answers["C1"]["rating"] == "partly"
    assert {field: answers["C1"][field] for field in asked.values()} == {field: field for field in asked.values()}
    assert answers["overall"]["missing"] == "overall words"


def test_a_microsoft_forms_group_question_and_overall_question_are_read(consulted):
    """Trial I: 'Which group do you belong to?' gave every respondent no group; the overall column was dropped."""
    result = consulted("feedback", "import", str(MICROSOFT), code=1)
    answers = consulted.json("feedback", "list")
    assert {(a["respondent"], a["group"]) for a in answers} == {
        ("Heron", "inpatient-crisis"),
        ("Moorhen", "digitally-excluded"),
        ("Puffin", "cyp"),
    }
    overall = {a["respondent"]: a["missing"] for a in answers if a["configuration"] == "overall"}
    assert overall == {"Heron": "Nothing on night shifts.", "Puffin": "Schools are missing."}
    assert "the column 'Which group do you belong to?' holds the review's groups, so it was read as the group" in result.stderr
    assert "'ID'" not in result.stderr and "'Email'" not in result.stderr, "the form tool's own columns are no answers"


# --- 3. A form sent twice --------------------------------------------------------------------------------------------


def test_a_form_sent_twice_keeps_the_first_answers_marked_replaced_and_counts_the_later(consulted):
    """Trial I: Otter's first overall comment and first rating were not stored at all."""
    result = consulted.json("feedback", "import", str(GOOGLE), code=1)
    otter = {(a.configuration, a.answer or a.missing): a for a in all_answers(consulted.folder) if a.respondent == "Otter"}
    first_c2, later_c2 = otter["C2", "Somewhat disagree"], otter["C2", "Strongly disagree"]
    # the first form's overall comment opens with 'C2:', so it is Otter's words on C2 (helper N5), kept with that answer
    assert first_c2.missing == "C2: the people I see were never offered the sessions at all; it depends on the manager."
    later = otter["overall", "Second go, I forgot: for my clients a phone call is the lifeline, video is not."]
    assert first_c2.replaced_by == later_c2.id
    assert later_c2.replaced_by == later.replaced_by == ""
    assert otter["C1", "Somewhat agree"].replaced_by == ""  # answered once: it stands
    c2 = {row["configuration"]: row for row in consulted.json("feedback", "summary")}["C2"]
    assert (c2["responses"], c2["disagree"]) == (3, 2)  # Blue Heron agrees, Kestrel and Otter (once) disagree
    assert any("row 4 ('C2' to C2): words about the findings overall that open with" in w for w in result["warnings"])
    stored = all_answers(consulted.folder)
    again = consulted.json("feedback", "import", str(GOOGLE), code=1)
    assert (again["added"], again["repeated"]) == (0, 14) and not any("more than once" in w for w in again["warnings"])
    assert all_answers(consulted.folder) == stored


def test_a_form_sent_twice_counts_the_later_sent_whatever_the_order_of_its_rows(consulted, tmp_path):
    """Trial CD: a download sorted by name put Otter's later form above the earlier, and the earlier was counted. Fails
    on the old code: the lower row counted, Otter's first 'Somewhat disagree' on C2."""
    rows = list(csv.reader(GOOGLE.open(encoding="utf-8")))
    sorted_by_hand = tmp_path / GOOGLE.name
    with sorted_by_hand.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([rows[0], rows[4], rows[1], rows[2], rows[3]])  # Otter's later form first
    consulted.json("feedback", "import", str(sorted_by_hand), code=1)
    otter = {a.answer: a for a in all_answers(consulted.folder) if a.respondent == "Otter" and a.configuration == "C2"}
    later, earlier = otter["Strongly disagree"], otter["Somewhat disagree"]
    assert later.replaced_by == "" and earlier.replaced_by == later.id


def test_a_form_sent_twice_in_one_day_counts_the_later_where_its_dates_read_two_ways(consulted, tmp_path):
    """Re-check RH: SurveyMonkey's '12/07/2026 01:11:02' reads as 12 July or 7 December, and the file kept its order,
    counting the earlier answer; both readings put the day's two answers in the same order. Fails on the first fix."""
    rows = list(csv.reader(GOOGLE.open(encoding="utf-8")))
    stamps = ["11/05/2024 10:15:32 AM", "11/05/2024 3:02:10 PM", "12/05/2024 9:40:00 AM", "12/05/2024 8:05:47 PM"]
    for row, stamp in zip(rows[1:], stamps):
        row[0] = stamp
    sorted_by_hand = tmp_path / GOOGLE.name
    with sorted_by_hand.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([rows[0], rows[4], rows[1], rows[2], rows[3]])  # Otter's later form first
    consulted.json("feedback", "import", str(sorted_by_hand), "--round", "1", code=1)
    otter = {a.answer: a for a in all_answers(consulted.folder) if a.respondent == "Otter" and a.configuration == "C2"}
    later, earlier = otter["Strongly disagree"], otter["Somewhat disagree"]
    assert later.replaced_by == "" and earlier.replaced_by == later.id


# --- A grid question per finding ------------------------------------------------------------------------------------

GRID = FORMS / "ERG round 1 - grid per finding (Responses).csv"


def test_a_grid_per_finding_rates_by_the_packs_question_and_names_the_forms_own_row_unread(consulted):
    """Trial E0: a Google Form asked each finding as a grid whose rows were the pack's 'Does this match your
    experience?' and a question of the form's own on the same scale; the import refused the whole download, as two
    columns 'seem to hold C1's rating'. The row that asks the pack's question is the rating; the other is named as not
    read (exit 1), its answers kept in the file, not taken for ratings."""
    result = consulted("feedback", "import", str(GRID), code=1)
    assert "Is this important to people like you?" in result.stderr and "were not read" in result.stderr
    answers = {(a.respondent, a.configuration): a for a in all_answers(consulted.folder)}
    assert answers["Blue Heron", "C1"].answer == "Strongly agree"
    assert answers["Blue Heron", "C2"].answer == "Somewhat disagree"
    assert answers["Kestrel", "C2"].answer == "Neither agree nor disagree"
    assert "state of the flat" in answers["Blue Heron", "C1"].missing


def test_two_rows_of_one_finding_neither_asking_the_packs_question_are_still_refused(consulted, tmp_path):
    """Must not fire: where no row of a finding's grid asks the pack's rating question, nothing tells which row is the
    rating, and the download is refused as before, naming both columns."""
    text = GRID.read_text(encoding="utf-8").replace("[Does this match your experience?]", "[Is this true where you live?]")
    (tmp_path / "grid.csv").write_text(text, encoding="utf-8")
    said = consulted("feedback", "import", str(tmp_path / "grid.csv"), code=2).stderr
    assert "both seem to hold C1's rating" in said
    assert "[Is this true where you live?]" in said and "[Is this important to people like you?]" in said  # told apart
