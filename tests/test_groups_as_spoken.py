"""A form's group choice worded as the one answering says it ("A young person (11-18)", "A parent or carer", "I am a
teacher") or with alternatives ("CAMHS / MHST clinician", "carer or parent") names the review's group its words name.
Trial CM (Qualtrics, school mental health): six of eight respondents' answers were kept without a group ("the group 'A
parent or carer' is none of the review's groups"), so agreement by group was lost. Tested on another topic (peer
support in prisons) and on the tester's download; a choice that only mentions a group's words ("A visitor of people in
prison") still names none."""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from cmo.errors import BadInput
from cmo.normalise import fold, group_named
from cmo.sheets.feedback import Scale, parse_feedback_files

PRISONS = (("carers", "Unpaid carers"), ("in-prison", "People in prison"), ("staff", "Prison staff"))


@pytest.mark.parametrize(
    ("choice", "slug"),
    [
        ("A person in prison", "in-prison"),
        ("An unpaid carer", "carers"),
        ("I am an unpaid carer", "carers"),
        ("Prison / probation staff", "staff"),
        ("A carer (unpaid)", "carers"),
    ],
)
def test_a_choice_said_as_one_names_its_group(choice, slug):
    assert group_named(choice, PRISONS)[0] == [slug]


@pytest.mark.parametrize(
    "choice", ["A visitor of people in prison", "Children of people in prison", "Other (please specify)", "A governor"]
)
def test_a_choice_only_mentioning_a_group_names_none(choice):
    assert group_named(choice, PRISONS)[0] == []


def _names(path):
    """What the round's pack called its configurations, as the command gives them: 'cmo 1 1' and each title, folded."""
    said_in = re.findall(r"(CMO [\d.]+) \((C\d+)\): ([^,]+?)(?=,How|,What)", path.read_text(encoding="utf-8-sig"))
    return {fold(number): cid for number, cid, _ in said_in} | {fold(title): cid for _, cid, title in said_in}


def test_the_testers_qualtrics_download_keeps_every_group():
    groups = {"yp": "Young people", "parents": "Parents and carers", "staff": "School staff", "camhs": "CAMHS clinicians"}
    known = {f"C{n}" for n in (1, 2, 5, 6, 9, 10, 11, 13, 14, 26)}
    warnings: list[str] = []
    path = DATA / "trial_cm" / "qualtrics-choice-text.csv"
    items = parse_feedback_files([path], known, 1, warnings=warnings, groups=groups, names={1: _names(path)})
    by = {i.respondent: i.group for i in items}
    assert by["Panda"] == "yp" and by["Mum of 2"] == "parents" and by["Pastoral lead"] == "staff"
    assert by["EMHP_Leeds"] == "camhs" and by["Dr K (CAMHS)"] == "camhs"
    assert by["Heron"] == ""  # 'Other': 'Governor and ex-teacher', kept in the respondent's words
    said = " ".join(" ".join(str(w).split()) for w in warnings)
    assert "'A parent or carer' is none of the review's groups" not in said
    assert "'Governor and ex-teacher' is none of the review's groups" in said


def test_qualtrics_numeric_values_are_refused_naming_qualtrics_own_export():
    """Fails on the old code: the refusal told a Qualtrics user REDCap's menu and a data dictionary Qualtrics has not."""
    path = DATA / "trial_cm" / "qualtrics-numeric-values.csv"
    groups = {"yp": "Young people", "parents": "Parents and carers", "staff": "School staff", "camhs": "CAMHS clinicians"}
    known = {f"C{n}" for n in (1, 2, 5, 6, 9, 10, 11, 13, 14, 26)}
    with pytest.raises(BadInput) as refused:
        parse_feedback_files([path], known, 1, groups=groups, scale=Scale.parse("1-5"), names={1: _names(path)})
    said = " ".join(str(refused.value).split())
    assert "Qualtrics: Data & Analysis > Export Data > CSV, 'Use choice text'" in said, said
    assert "REDCap" not in said and "DataDictionary" not in said
