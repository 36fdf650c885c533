"""Outcomes a review team wants more of, and less of (review.yaml `settings: {outcomes: {wanted: [...], unwanted:
[...]}}`; F1, fault left by an earlier tester): an outcome's worth was read only from word lists built from VADER and
WordNet (`good_words.txt`, `harm_words.txt`), which rate "skills" good but neither "retention" nor "turnover", so in a
workforce review "staff retention fell" beside "staff retention improved" counted as support and "staff turnover rises"
was no harm reported. The team's word is read by the one judgement of an outcome's worth (`evidence.outcome_valence`),
said where refine and `configs show` explain a side, and a person's mark still wins. Two topics (a workforce review, a
discharge review); without the setting nothing changes; a bad value is one sentence naming file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import opposite_outcomes, outcome_directions, reports_harm

SUPERVISION = "regular clinical supervision makes newly qualified nurses feel supported by their team"
WORKFORCE = [
    ("ada2020", "community nursing teams with new graduates", SUPERVISION, "staff retention improved"),
    ("ben2021", "community nursing teams with new graduates", SUPERVISION, "staff retention improved over two years"),
    ("cal2019", "community nursing teams with new graduates", SUPERVISION, "staff retention fell"),
]
PHONE_CALL = "a pharmacist telephones patients within two days of discharge to go over their medicines"
DISCHARGE = [
    ("dee2018", "older adults discharged home after a medical admission", PHONE_CALL, "30-day readmissions improved"),
    ("eko2020", "older adults discharged home after a medical admission", PHONE_CALL, "readmissions improved at 30 days"),
    ("fay2022", "older adults discharged home after a medical admission", PHONE_CALL, "30-day readmissions increased"),
]


@pytest.fixture
def team_said():
    """The team's word for an engine-level test, taken back after it (opening a review sets it as review.yaml says)."""
    from cmo.synthesis.lexicon import use_outcome_valence  # new with the setting: the CLI tests run on the old code too

    yield use_outcome_valence
    use_outcome_valence((), ())


def _with_outcomes(review: Path, wanted: list[str], unwanted: list[str]) -> None:
    path = review / "review.yaml"
    text = path.read_text(encoding="utf-8")
    said = f"settings:\n  outcomes:\n    wanted: [{', '.join(wanted)}]\n    unwanted: [{', '.join(unwanted)}]\n"
    path.write_text(text.rstrip("\n") + "\n" + said, encoding="utf-8")


def _together(review: Path) -> str:
    """The members put into one configuration by hand, as a reviewer does who reads them as one finding; its id."""
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    listed = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    first = next(c for c in listed if "S1" in c["statements"])["id"]
    for sid in ("S2", "S3"):
        if not any(sid in c["statements"] and c["id"] == first for c in listed):
            done = cmo_run("configs", "attach", sid, "--to", first, cwd=review)
            assert done.returncode in (0, 1), done.stderr
    return first


def _shown(review: Path, config: str) -> dict:
    return json.loads(cmo_run("configs", "show", config, "--json", cwd=review).stdout)


@pytest.mark.parametrize(
    "rows, wanted, unwanted, judged",
    [
        (WORKFORCE, ["retention"], ["turnover"], "retention (wanted)"),
        (DISCHARGE, ["follow-up attendance"], ["readmission", "length of stay"], "readmission (unwanted)"),
    ],
    ids=["workforce", "discharge"],
)
def test_the_team_s_word_puts_the_member_going_the_other_way_against_it(tmp_path, rows, wanted, unwanted, judged):
    """Fails on the old code: S3 ("retention fell", "readmissions increased") counted as the third supporting source."""
    review = review_from_rows(tmp_path, rows)
    _with_outcomes(review, wanted, unwanted)
    config = _together(review)
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert _shown(review, config)["contradicting"] == ["S3"]
    assert re.search(
        rf"S3 read as going against {config} .*settings\.outcomes says \({re.escape(judged)}\)", done.stdout + done.stderr
    )
    shown = cmo_run("configs", "show", config, cwd=review).stdout
    assert f"outcomes judged as review.yaml's settings.outcomes says: {judged}" in shown
    marked = cmo_run("code", "mark", "S3", "--supporting", config, cwd=review)  # the person's word beats the team's list
    assert marked.returncode in (0, 1), marked.stderr
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    assert _shown(review, config)["contradicting"] == []


@pytest.mark.parametrize("rows", [WORKFORCE, DISCHARGE], ids=["workforce", "discharge"])
def test_without_the_setting_nothing_changes(tmp_path, rows):
    review = review_from_rows(tmp_path, rows)
    config = _together(review)
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert _shown(review, config)["contradicting"] == []
    assert "outcomes judged" not in cmo_run("configs", "show", config, cwd=review).stdout


@pytest.mark.parametrize(
    "one, other",
    [("staff retention fell", "staff retention improved"), ("staff turnover improved", "staff turnover rose")],
)
def test_a_wanted_thing_falling_or_an_unwanted_one_rising_is_the_opposite_of_it_improving(team_said, one, other):
    assert not opposite_outcomes(one, other)
    team_said(["retention"], ["staff turnover"])
    assert opposite_outcomes(one, other)


def test_an_unwanted_thing_rising_is_a_harm_reported_and_its_denied_rise_is_none(team_said):
    assert not reports_harm("staff turnover rises")
    team_said([], ["turnover"])
    assert reports_harm("staff turnover rises") and reports_harm("an increase in turnover among new graduates")
    assert not reports_harm("no increase in staff turnover") and not reports_harm("staff turnover fell")


@pytest.mark.parametrize(
    "one, other",
    [
        ("pain declined", "pain improved"),  # neither named by the team: as cmo's own lists read them
        ("waiting times fell", "waiting times improved"),
        ("blood pressure fell", "blood pressure improved"),
        ("staff retention improved", "staff retention rose"),  # the same way, judged
        ("staff turnover fell", "staff turnover improved"),
        ("skills declined", "skills worsened"),
    ],
)
def test_the_team_s_word_judges_only_what_it_names(team_said, one, other):
    team_said(["retention"], ["turnover", "readmission"])
    assert not opposite_outcomes(one, other)
    assert outcome_directions("staff retention fell") == {"retent": -1}  # its direction is read as before


def test_the_team_s_word_beats_cmo_s_own_lists(team_said):
    """ "Inequalities widen" is a harm by cmo's list; a team that names inequality wanted (odd, but theirs) is obeyed."""
    assert reports_harm("inequalities widen")
    team_said(["inequality"], [])
    assert not reports_harm("inequalities widen")


@pytest.mark.parametrize(
    "said, message",
    [
        ("  outcomes: turnover\n", r"settings\.outcomes must be the outcomes wanted and unwanted"),
        ("  outcomes:\n    wanted: [retention]\n    unwnated: [turnover]\n", r"settings\.outcomes takes two lists"),
        ("  outcomes:\n    wanted: [Turnover]\n    unwanted: [turnover]\n", r"settings\.outcomes 'turnover' is both wanted"),
        ("  outcomes:\n    wanted: [{retention: more}]\n", r"settings\.outcomes\.wanted must be a list of outcome words"),
    ],
)
def test_a_bad_value_is_one_sentence_naming_file_and_line_and_changes_nothing(tmp_path, said, message):
    review = review_from_rows(tmp_path, WORKFORCE[:2])
    (review / "review.yaml").write_text(
        (review / "review.yaml").read_text(encoding="utf-8") + "settings:\n" + said, encoding="utf-8"
    )
    before = (review / "review.db").read_bytes()
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode == 2
    assert re.search(rf"review\.yaml, line \d+: {message}", done.stderr), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert (review / "review.db").read_bytes() == before
