"""Trial X (antimicrobial stewardship in care homes): denials that are not the outcome's, a null result read as
following, and key contexts taken from a converse member.

Each rule is tested alone on sentences from other topics (nursing, prisons, schools, housing); the care-home sentences
of the trial are checked once, end to end, on a real review (`cmo code import` and `cmo refine` on a SQLite review).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import (
    denial_in_line,
    outcome_directions,
    outcome_is_negative,
    proposed_against,
    reports_harm,
    supporting_contexts,
)


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    """The strongest case for a flag: every member about the same context and mechanism as the others."""
    return True


# ---- 1. a denial in a phrase that tells who or what a noun means denies nothing -------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Tenants with no rent arrears are offered a longer tenancy",  # housing
        "Extra lessons are given to pupils with no homework support at home",  # schools
        "Prisoners who had no family visits are moved to the resettlement wing",  # prisons
        "Night staff check residents who did not eat their evening meal",  # nursing
        "Pupils who don't attend the breakfast club are given a snack in class",
        "Support is offered first in wards where no manager is in post",
    ],
)
def test_a_denial_inside_a_phrase_that_modifies_a_noun_does_not_deny_the_clause(outcome):
    """Fails on the old code: the "no" or "not" of the noun's phrase was read as the outcome not following."""
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "The scheme resulted in no change in rent arrears",  # after a verb, the phrase is the verb's
        "Tenants were left with no support after the move",
        "A programme with no effect on reoffending",  # a change denied stays denied
        "Pupils who had breakfast were not more attentive",  # the relative clause ends before the main verb's denial
        "Prisoners who fell ill were not seen by a doctor",
        "Staff reported that nothing changed on the ward",  # "that" after a verb opens no relative clause
        "Patients reported not feeling listened to",
    ],
)
def test_a_denial_of_the_clause_still_reads_as_not_following(outcome):
    """Pins what the rule above leaves alone."""
    assert outcome_is_negative(outcome)


# ---- 2. a counterfactual's denial says the main verb held ---------------------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        "Officers evict tenants they would not have evicted had they known about the debt advice",  # housing
        "Teachers exclude pupils they wouldn't have excluded had they heard the pupil's side",  # schools
        "Had it not been for the chaplain, prisoners are said to take part in the course",  # prisons
        "Nurses give sedatives that could not otherwise have been justified",  # nursing
    ],
)
def test_a_counterfactual_does_not_deny_the_main_verb(outcome):
    """Fails on the old code: "would not have", "had it not" were read as the outcome not following."""
    assert not outcome_is_negative(outcome)


def test_a_denial_after_a_counterfactual_is_still_the_clause_s():
    """Pins: only the counterfactual's denial is set aside."""
    assert outcome_is_negative("Tenants they would not have evicted were not offered debt advice")


# ---- 3. a denial of the act a verb after "to" proposes -------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome, negative",
    [
        ("Housing officers feel able to recommend not evicting the family", False),
        ("Teachers are willing to consider not excluding the pupil", False),
        ("Pupils chose not to attend the club", True),  # the denial before "to" is the clause's
        ("Prisoners continued to not attend education", True),
    ],
)
def test_a_denied_act_proposed_after_to_is_the_act_not_the_clause(outcome, negative):
    """Fails on the old code for the first two: "to recommend not evicting" was read as not following."""
    assert outcome_is_negative(outcome) is negative


# ---- 4. a denied change said of a measure is a change that did not come, not a harm spared --------------------------


@pytest.mark.parametrize(
    "outcome, negative",
    [
        ("The proportion of pupils excluded did not fall", True),  # schools
        ("The rate of reoffending did not drop significantly", True),  # prisons
        ("Rent arrears did not fall after the scheme", True),  # housing
        ("Residents did not fall at night", False),  # a person: a harm spared, which says it held
        ("Older patients did not drop out", False),
    ],
)
def test_a_denied_fall_of_a_measure_reads_as_not_following(outcome, negative):
    """Fails on the old code for the first three: "did not fall" was read as a fall (a harm) spared."""
    assert outcome_is_negative(outcome) is negative
    assert not reports_harm(outcome)


def test_a_null_result_beside_a_fall_is_flagged_against():
    """Fails on the old code: "the rate of reoffending did not fall significantly" read as following, so it was counted
    as support for a configuration of mentoring that makes reoffending fall."""
    statements = {
        "S1": _st("S1", "Prisons with a mentoring scheme", "Mentors help prisoners plan for release", "Reoffending falls"),
        "S2": _st("S2", "Prisons with peer mentors", "Mentors help prisoners plan for release", "Reconviction rates fall"),
        "S3": _st(
            "S3",
            "Prisons with a mentoring scheme",
            "Mentors help prisoners plan for release",
            "The rate of reoffending did not fall significantly",
        ),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


def test_directions_are_read_past_a_noun_s_denial():
    """Fails on the old code: a clause with "no" in a noun's phrase gave no direction."""
    assert outcome_directions("Fewer tenants with no savings are evicted") == {"tenant": -1}


# ---- 5. a denial worded as what a configuration says is withheld ---------------------------------------------------


def test_not_done_agrees_with_withheld():
    """Fails on the old code: "not always offered" was flagged against "withheld" (two ways of saying one direction)."""
    withheld = _st("S1", "Prisoners on remand", "Staff follow the segregation policy", "Visits are withheld during segregation")
    denied = _st("S2", "Prisoners in segregation", "Staff fear incidents in the visits hall", "Visits are not always offered")
    assert denial_in_line(denied, [withheld])
    assert proposed_against(["S1", "S2"], {"S1": withheld, "S2": denied}, _about_the_same) == []


def test_not_done_beside_done_still_goes_against():
    """Pins: beside a configuration that says it is done, "not offered" still goes against."""
    done = _st("S1", "Prisoners on remand", "Staff follow the visits policy", "Visits are offered every week")
    denied = _st("S2", "Prisoners in segregation", "Staff follow the visits policy", "Visits are not always offered")
    other = _st("S3", "Prisoners on remand", "Staff follow the visits policy", "Family visits are offered weekly")
    assert not denial_in_line(denied, [done, other])
    assert proposed_against(["S1", "S2", "S3"], {"S1": done, "S2": denied, "S3": other}, _about_the_same) == ["S2"]


# ---- 6. key contexts only from members that say it as the configuration does ---------------------------------------


def test_key_contexts_leave_out_a_member_that_says_the_converse():
    """Fails on the old code: "able to recommend not evicting" read as a denial, as the configuration's "do not
    question" is, so the converse member's context was a key context."""
    said = _st(
        "S1",
        "Junior housing officers in large councils",
        "Hierarchy makes officers hesitant to question a manager's decision",
        "Officers do not challenge evictions they think are wrong",
    )
    converse = _st(
        "S2",
        "Housing officers given a written eviction protocol",
        "The protocol backs their judgement when they speak to managers",
        "Officers feel able to recommend not evicting the family",
    )
    config = Configuration(id="C1", statements=["S1", "S2"], context=said.context, mechanism=said.mechanism, outcome=said.outcome)
    assert supporting_contexts(config, {"S1": said, "S2": converse}) == [said.context]


# ---- 7. the trial's own sentences, on a real review ----------------------------------------------------------------

MINIMAL = Path("/tmp/trialX/minimal/contradiction-false-flags.csv")


@pytest.mark.skipif(not MINIMAL.exists(), reason="trial X's minimal input is not on this machine")
def test_refine_flags_none_of_the_trial_s_false_negatives(tmp_path):
    """Fails on the old code: refine read S1 ("residents with no urinary symptoms") or S2 ("would not have prescribed
    had they examined") as going against the remote-prescribing configuration."""
    with MINIMAL.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    sources = sorted({row["source"] for row in rows})
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  year = {{2020}}\n}}\n\n"
    bib = "".join(entry.format(key=key) for key in sources)
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    domains = (
        "domains:\n  - slug: remote\n    name: Remote prescribing\n  - slug: family\n    name: Families and end of life\n"
        "groups:\n  - slug: gps\n    name: GPs\n  - slug: families\n    name: Families\n  - slug: nurses\n    name: Nurses\n"
    )
    (tmp_path / "domains.yaml").write_text(domains, encoding="utf-8")

    def cmo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
        code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
        return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)

    assert cmo("init", "rev", "--domains", "domains.yaml", cwd=tmp_path).returncode == 0, "init"
    review = tmp_path / "rev"
    done = cmo("ingest", "../refs.bib", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    done = cmo("code", "import", str(MINIMAL), "--by", "JM", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    done = cmo("refine", "--by", "JM", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    assert "read as going against" not in done.stdout + done.stderr
    configs = json.loads(cmo("configs", "list", "--json", cwd=review).stdout)
    assert not any(c.get("contradicting") for c in configs)
