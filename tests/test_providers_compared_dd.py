"""Trial DD (task-sharing of surgery and obstetrics to non-physician clinicians, sub-Saharan Africa): a study finding
that outcomes in non-physicians' hands are the doctors' ("safe surgery, mortality similar to doctors", "outcomes
comparable to medical officers'") is the finding that task-sharing works, not a null result: refine listed Bolkan et
al. and McCord et al. as studies going against the very configurations they support, and a pack showed the group the
same study for and against one finding. Comparisons with a trial's arm or a time stay null results, checked here on
school tutoring and diabetes care; a coder's "no sig. difference" is read as "no significant difference"."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cmo.models import Statement
from cmo.synthesis.evidence import compares_null, outcome_is_negative, proposed_against

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "trial_dd"


@pytest.mark.parametrize(
    "outcome",
    [
        "safe surgery, mortality similar to doctors",
        "outcomes of surgery comparable to medical officers' in same hospitals",
        "no significant difference between clinical officers and medical officers",
        "complication rates and mortality comparable to surgeons' published figures",
        "blood pressure control as good as GPs' patients had",  # pharmacist prescribing, another topic
    ],
)
def test_the_same_result_in_other_hands_is_the_outcome_followed(outcome):
    """Fails on the old code: each was read as a null result (`compares_null`) and so as not following."""
    assert not compares_null(outcome)
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "Reading scores similar to the control schools",
        "No difference in attendance between the groups",
        "Pupils did no better than those given usual teaching",
        "HbA1c similar to usual care",
        "no sig. difference in HbA1c vs usual care",
        "Uptake similar to baseline",
        "Attendance and exam passes similar",
        "no difference in HbA1c between patients allocated to the nurse and to the doctor",
    ],
)
def test_a_comparison_with_an_arm_a_time_or_no_one_stays_a_null_result(outcome):
    """Must not fire: a trial's arm, usual care, a baseline, or no comparator at all."""
    assert compares_null(outcome) or outcome_is_negative(outcome)
    assert outcome_is_negative(outcome)


def test_a_shortened_significant_is_read_as_the_word():
    """Fails on the old code: "no sig. difference in HbA1c vs usual care" was two clauses, "no sig" and "difference in
    HbA1c vs usual care", and no null comparison."""
    assert compares_null("no sig. difference in HbA1c vs usual care")


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def test_a_task_sharing_study_is_not_proposed_against_the_finding_it_supports():
    """Fails on the old code: S2 and S3 were proposed as going against the configuration of S1."""
    statements = {
        "S1": _st("S1", "Remote upgraded health centres", "On-site mentoring by obstetricians keeps surgical skills",
                  "Caesarean sections performed safely at health centres"),
        "S2": _st("S2", "Trained community health officers", "Mentoring by surgeons keeps surgical skills",
                  "safe surgery, mortality similar to doctors"),
        "S3": _st("S3", "District hospitals", "Supervision by obstetricians keeps surgical skills",
                  "outcomes of surgery comparable to medical officers' in same hospitals"),
    }  # fmt: skip
    assert proposed_against(list(statements), statements, lambda sid, others: True) == []


def test_a_null_trial_still_goes_against_a_change_on_another_topic():
    """Must not fire: a tutoring trial whose pupils did as well as the control schools' is a null result beside
    studies that found reading rose."""
    statements = {
        "S1": _st("S1", "Pupils behind in reading", "Tutors give daily one-to-one practice", "Reading scores rise"),
        "S2": _st("S2", "Pupils behind in reading", "Tutors give one-to-one practice", "Reading scores improve"),
        "S3": _st("S3", "Pupils behind in reading", "Tutors give one-to-one practice",
                  "Reading scores similar to the control schools"),
    }  # fmt: skip
    assert proposed_against(list(statements), statements, lambda sid, others: True) == ["S3"]


def test_refine_of_a_real_review_lists_no_task_sharing_study_against_its_finding(tmp_path):
    """Fails on the old code: `cmo refine` said "S2 read as going against C1 (… finds no difference from what it was
    compared with)" for Bolkan et al. and McCord et al., and labelled the finding contested."""
    review = tmp_path / "review"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CMO_REVIEWER": "AK"}

    def cmo(*args: str) -> subprocess.CompletedProcess:
        code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
        return subprocess.run([sys.executable, "-c", code, *args], cwd=review, env=env, capture_output=True, text=True)

    review.mkdir()
    for name in ("europepmc.csv", "coding-excel.csv"):
        shutil.copy(DATA / name, review / name)
    assert cmo("init", ".").returncode == 0
    assert cmo("ingest", "europepmc.csv").returncode == 0
    keys = [s["key"] for s in json.loads(cmo("sources", "list", "--json").stdout)]
    assert cmo("select", "include", *keys).returncode == 0
    imported = cmo("code", "import", "coding-excel.csv")
    assert imported.returncode in (0, 1), imported.stderr
    refined = cmo("refine", "--json")
    assert refined.returncode == 0, refined.stderr
    assert "going against" not in refined.stderr
    configs = json.loads(cmo("configs", "list", "--json").stdout)
    assert [c for c in configs if c.get("contradicting")] == []
    assert all(c["strength"] != "contested" for c in configs)
