"""Trial AX: "no increase in practice workload was reported" beside "access is switched on without extra workload" was
proposed as going against, and the configuration went to the group as contested. A member that denies a thing came,
beside members whose outcome came without that thing, says the same absence: in line. A denied change of what the others
say rose ("no increase in uptake" beside "uptake increases") still goes against. Tested on another topic: housing."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Statement
from cmo.synthesis.evidence import proposed_against


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def _about_the_same(sid: str, others: list[str]) -> bool:
    return True


def test_a_denied_thing_beside_members_that_went_without_it_is_in_line():
    statements = {
        "S1": _st("S1", "Tenants with a support worker", "They budget with help", "Tenancies are sustained without rent arrears"),
        "S2": _st("S2", "Tenants with a tenancy officer", "They budget with help", "They keep their homes without arrears"),
        "S3": _st("S3", "Tenants with a support worker", "They budget with help", "No rent arrears were recorded in year one"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == []


def test_a_denied_rise_of_what_the_others_say_rose_still_goes_against():
    statements = {
        "S1": _st("S1", "Tenants with a support worker", "They budget with help", "Tenancy sustainment increases"),
        "S2": _st("S2", "Tenants with a tenancy officer", "They budget with help", "More tenancies are sustained"),
        "S3": _st("S3", "Tenants with a support worker", "They budget with help", "No increase in tenancy sustainment"),
    }
    assert proposed_against(["S1", "S2", "S3"], statements, _about_the_same) == ["S3"]


def test_refine_and_configs_new_count_the_denial_as_support(tmp_path):
    plan, asking = "Landlords who agree a repayment plan early", "tenants feel able to ask for help"
    rows = [
        ("rowe2019", plan, asking, "tenancies continue without extra rent arrears"),
        ("akhtar2021", plan, asking, "no rise in rent arrears was recorded"),
    ]
    review = review_from_rows(tmp_path, rows, appraised=True)
    made = cmo_run("configs", "new", "--statements", "S1,S2", "--json", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    config = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)[-1]
    assert config["statements"] == ["S1", "S2"], config
    assert config["contradicting"] == [] and "not yet decided" not in json.dumps(config)
