"""Trial BL (session 44, school-based mental health support teams): a title whose past form may be no verb of its own is
told as written, not put in the present (BL 1: "Joint working builds share understanding", "Sessions cancel"). Each
rule is tested on topics other than the trial's, with cases where it must not fire."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import title_for

# --- A past form after a word that may be a present verb, or ending the text after its noun, is told as written (BL 1) --


@pytest.mark.parametrize(
    "mechanism",
    [
        "community outreach offers tailored budgeting advice",  # "offers" is the verb; "tailored" describes the advice
        "peer mentoring builds shared confidence",
        "home repairs delayed",  # what was done to the repairs, as an outcome is coded
        "benefit claims suspended",
    ],
)
def test_a_past_form_that_may_describe_is_left_as_written(mechanism):
    assert title_for("", mechanism, "") == mechanism[0].upper() + mechanism[1:]


@pytest.mark.parametrize(
    ("mechanism", "title"),
    [
        ("Wardens checked every flat each night", "Wardens check every flat each night"),  # the first word is the subject
        ("The council repaired boilers within a week", "The council repairs boilers within a week"),
        ("They complained", "They complain"),  # a pronoun says it is a clause
    ],
)
def test_a_past_verb_that_is_surely_the_clauses_is_still_told_in_the_present(mechanism, title):
    assert title_for("", mechanism, "") == title


def test_refine_titles_a_configuration_coded_as_what_was_done_in_its_own_words(tmp_path):
    """Through the command line: a statement coded with no mechanism and an outcome of what was done to something keeps
    that meaning in its title, and one whose mechanism says what a service offers keeps its describing word."""
    review = review_from_rows(
        tmp_path,
        [
            ("tenancy1", "tenants in temporary housing", "", "eviction hearings postponed"),
            ("food2", "families using a food bank", "food bank staff offers chilled fresh food", "families eat more fruit"),
        ],
    )
    done = cmo_run("refine", "--backend", "lexical", "--json", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    titles = {c["title"] for c in json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)}
    assert "Eviction hearings postponed" in titles
    assert any(title.startswith("Food bank staff offers chilled fresh food") for title in titles), titles


# --- A form's group choice with a note in brackets after it is that group (BL 2) --------------------------------------

ALLOTMENT_GROUPS = {"growers": "Plot holders", "volunteers": "Volunteers", "professionals": "Other professionals"}


def _labelled_download(tmp_path, groups: list[str]):
    """A form's labelled download (REDCap's 'CSV (labels)'): its choices for the group glossed in brackets."""
    lines = [["Record ID", "Pseudonym", "Which group are you answering for?", "C1: How far do you agree?", "Complete?"]]
    lines += [[str(n), f"Respondent {n}", group, "Agree", "Complete"] for n, group in enumerate(groups, start=1)]
    path = tmp_path / "Allotments_DATA_LABELS.csv"
    path.write_text("\n".join(",".join(f'"{cell}"' for cell in line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_a_group_with_a_note_in_brackets_after_its_name_is_that_group_and_said(tmp_path):
    from cmo.sheets.feedback import parse_feedback_files

    warnings: list[str] = []
    path = _labelled_download(tmp_path, ["Plot holders (tenants of a council plot)", "Volunteer (weekend work parties)"])
    items = parse_feedback_files([path], {"C1"}, 1, groups=ALLOTMENT_GROUPS, warnings=warnings)
    assert [i.group for i in items] == ["growers", "volunteers"]
    assert any("'Plot holders (tenants of a council plot)' was read as growers" in w for w in warnings), warnings


@pytest.mark.parametrize(
    "group",
    [
        "Other (please specify)",  # the start of a group's name ('Other professionals') is no group
        "Council officers (plot holders' liaison)",  # a group named only in the note
    ],
)
def test_a_bracketed_note_after_words_that_name_no_group_gives_no_group(tmp_path, group):
    from cmo.sheets.feedback import parse_feedback_files

    path = _labelled_download(tmp_path, [group])
    items = parse_feedback_files([path], {"C1"}, 1, groups=ALLOTMENT_GROUPS, warnings=[])
    assert [i.group for i in items] == [""]


# --- A verb phrase coded for one person agrees with the "they" or "people" a sentence gives it (BL 3) -----------------


@pytest.mark.parametrize(
    ("context", "mechanism", "said"),
    [
        ("housebound library members", "feels less alone after the volunteer's visit", "they feel less alone"),
        ("in rural bus routes", "is not asked where they need to travel", "people are not asked"),
        ("in allotment societies", "has a plot mentor in the first year", "people have a plot mentor"),
        ("in allotment societies", "worries about the rent", "worries about the rent"),  # a noun phrase: no subject given
        ("housebound library members", "feel less alone", "they feel less alone"),  # already in the plural's form
    ],
)
def test_a_verb_phrase_given_they_or_people_agrees_with_it(context, mechanism, said):
    from cmo.synthesis.wording import cmo_sentence

    sentence = cmo_sentence(context, mechanism, "more books are borrowed")
    assert said in sentence, sentence
    assert "they feels" not in sentence and "people is" not in sentence


def test_the_configuration_list_words_a_singular_verb_phrase_for_its_people(tmp_path):
    review = review_from_rows(
        tmp_path, [("library4", "housebound library members", "feels less alone after each visit", "they borrow more books")]
    )
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    listed = cmo_run("configs", "list", cwd=review).stdout
    assert "they feel less alone after each visit" in listed and "they feels" not in listed, listed
