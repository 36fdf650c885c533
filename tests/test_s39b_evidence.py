"""Trials AD and AE, second round (session 39): one reading of a member's side, wherever it is read.

- AD F3: "mothers decline peer support" beside "mothers do not engage with peer support" was read as going against by
  `configs new` (a person's grouping) and as support by `refine`: a refusal ("decline", "refuse", "drop out") is a
  withholding, and a denial beside it ("do not take up") is in line with it, wherever it is read.
- AD F2: "loneliness did not improve compared with the control group" was against by `configs new` and support after
  `refine`: a change denied against a comparator is a null comparison, about the same as every member.
- AE: "Antibiotics are prescribed when they are not needed" read as not following: a denial inside a subordinate clause
  is not the outcome's.
- A member whose outcome says the opposite of its configuration's was said by refine only, not when a person attached
  it (`support_doubts`).

Each rule is tested on sentences from other topics (cancer screening, flu vaccination, falls prevention, housing,
school inclusion, bowel screening); the end-to-end tests run `cmo` on a real SQLite review.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import (
    against_by_hand,
    compares_null,
    denial_in_line,
    denies,
    opposite_outcomes,
    outcome_is_negative,
    proposed_against,
    reports_withholding,
)


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _unlike(sid: str, others: list[str]) -> bool:
    """No member is about the same context and mechanism as another (refine's reading of members a person grouped)."""
    return False


# ---- AD F3: a refusal is a withholding, and a denial beside it is in line --------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Women decline cervical screening",
        "Older adults declined the flu vaccine",
        "Carers declined to take part in the programme",
        "Decline the offer of a home visit",
        "Tenants refuse the repair appointment",
        "They turn down a place at the day centre",
        "Pupils drop out of the breakfast club",
        "Parents opt out of the school survey",
    ],
)
def test_a_refusal_is_a_withholding(outcome):
    """Fails on the old code for "decline", "turn down", "opt out", "drop out" and "refuse"."""
    assert reports_withholding(outcome) and not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Attendance declined over the year",
        "Uptake declined to 40 percent",
        "A decline in visits to the surgery",
        "Cognitive decline",
        "Hospital admissions declined sharply",
        "Women did not refuse cervical screening",
        "No longer drop out of the breakfast club",
    ],
)
def test_a_lessening_or_a_denied_refusal_withholds_nothing(outcome):
    assert not reports_withholding(outcome)


FLU = {
    "S1": _st(
        "S1",
        "Older adults who distrust vaccines after media scares",
        "They fear side effects more than the flu",
        "Older adults decline the flu vaccine",
    ),
    "S2": _st(
        "S2",
        "Care home residents whose families were never asked",
        "Nobody explains what the vaccine is for",
        "Residents do not take up the flu vaccine",
    ),
}


def test_a_denial_beside_a_refusal_is_in_line_by_hand_and_by_refine():
    """Fails on the old code: `configs new` read S2 as going against S1 (contested), and refine as support."""
    assert denial_in_line(FLU["S2"], [FLU["S1"]])
    assert against_by_hand(["S1", "S2"], FLU) == []
    assert proposed_against(["S1", "S2"], FLU, _unlike) == []
    past = {**FLU, "S2": _st("S2", "Care home residents", "Nobody explains it", "Residents declined the flu vaccine")}
    assert against_by_hand(["S1", "S2"], past) == []  # "declined" is the same refusal, not a lessening


def test_a_refusal_beside_taking_it_up_is_the_opposite():
    assert opposite_outcomes("Women take up cervical screening", "Women decline cervical screening")
    assert not opposite_outcomes("Women decline cervical screening", "Women refuse cervical screening")


# ---- AD F2: a change denied against a comparator is a null comparison ----------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Falls did not reduce compared with usual care",
        "Anxiety did not significantly improve compared to the waiting list group",
        "No significant reduction in readmissions relative to usual care",
        "Exclusions did not fall versus the comparison schools",
    ],
)
def test_a_change_denied_against_a_comparator_is_a_null_comparison(outcome):
    assert compares_null(outcome) and outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Residents who did not exercise had more falls compared with those who did",
        "Falls did not reduce",
        "Anxiety improved compared with the waiting list group",
    ],
)
def test_no_null_comparison_without_a_denied_change_before_the_comparator(outcome):
    assert not compares_null(outcome)


FALLS = {
    "S1": _st("S1", "Frail older people living alone", "Strength training builds confidence", "Older people fall less often"),
    "S2": _st("S2", "Residents of care homes", "Physiotherapists review every resident", "Fewer falls in the home"),
    "S3": _st(
        "S3",
        "Community dwelling adults in a cluster trial",
        "A leaflet on home hazards",
        "Falls did not reduce compared with usual care",
    ),
}


def test_a_null_comparison_goes_against_whatever_its_context_by_hand_and_by_refine():
    """Fails on the old code: refine, reading S3's context and mechanism as unlike, counted it as support."""
    assert against_by_hand(list(FALLS), FALLS) == ["S3"]
    assert proposed_against(list(FALLS), FALLS, _unlike) == ["S3"]


# ---- AE: a denial inside a subordinate clause is not the outcome's ---------------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Tenants are rehoused when they are not in arrears",
        "Pupils keep attending because they do not feel singled out",
        "Scans are ordered even though they are not indicated",
        "Carers get respite if they do not ask for it",
    ],
)
def test_a_denial_in_a_subordinate_clause_is_not_the_outcomes(outcome):
    """Fails on the old code: each read as not following."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Repairs are not done when tenants complain",
        "If they are not referred, carers do not get respite",
        "Pupils do not return because they are not welcomed",
        "Patients with no symptoms are not screened",
        "Care stops whenever the coordinator is away and staff do not know whom to call",
    ],
)
def test_the_outcomes_own_denial_stays(outcome):
    assert outcome_is_negative(outcome)


def test_a_mechanism_keeps_the_denial_of_its_when_clause():
    """What a mechanism withholds may be said in a clause of when or where ("advice is given where a nurse cannot
    attend"): mechanisms are read as before."""
    assert denies("Phone advice is given to officers where a nurse cannot attend")


# ---- end to end: one reading by `configs new` and `refine`; a person's attach says the opposite ---------------------


def _cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)


def _review(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  journal = {{J}},\n"
    entry += "  year = {{2021}}\n}}\n\n"
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=row[0]) for row in rows), encoding="utf-8")
    lines = ["source,context,mechanism,outcome,quote,coder"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "a quote", "RT")) for row in rows]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _cmo("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert _cmo("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert _cmo("select", "include", *(row[0] for row in rows), "--by", "RT", cwd=review).returncode in (0, 1)
    done = _cmo("code", "import", "../coding.csv", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    return review


def _config(review: Path, cid: str = "C1") -> dict:
    return next(c for c in json.loads(_cmo("configs", "list", "--json", cwd=review).stdout) if c["id"] == cid)


def test_configs_new_and_refine_read_a_refusal_and_its_denial_alike(tmp_path):
    """Fails on the old code: `configs new` made C1 contested, and the next refine silently made it supported."""
    review = _review(
        tmp_path,
        [
            ("ortiz2020", "Women who had a painful first smear", "They dread the exam", "Women decline cervical screening"),
            ("patel2021", "Women whose first language is not English", "Unreadable letters", "Women do not attend screening"),
        ],
    )
    made = _cmo("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert "going against" not in made.stdout + made.stderr
    assert _config(review)["contradicting"] == []
    refined = _cmo("refine", "--by", "RT", "--backend", "lexical", cwd=review)
    assert refined.returncode in (0, 1), refined.stderr
    assert _config(review)["contradicting"] == []


def test_attaching_a_member_that_says_the_opposite_is_said(tmp_path):
    """Fails on the old code: `configs attach` said nothing of a member counted as support though it says the opposite."""
    review = _review(
        tmp_path,
        [
            ("ng2019", "Adults sent a home test kit", "A kit they can use in private", "Adults take up bowel screening"),
            ("ross2020", "Adults reminded by their GP", "A trusted voice endorses it", "More adults take up bowel screening"),
            ("lund2022", "Men who find the kit disgusting", "They feel embarrassed", "Men avoid bowel screening"),
        ],
    )
    assert _cmo("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review).returncode in (0, 1)
    attached = _cmo("configs", "attach", "S3", "--to", "C1", "--by", "RT", cwd=review)
    assert attached.returncode in (0, 1), attached.stderr
    said = attached.stdout + attached.stderr
    assert "S3 counts as supporting C1, though its outcome says the opposite of C1's" in said, said
    assert "'cmo code mark S3 --contradicting C1'" in said
