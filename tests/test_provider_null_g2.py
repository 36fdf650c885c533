"""A null comparison between two kinds of provider, read by what the configuration claims (G2, a fault left by trial
helpers: "no difference in patient satisfaction between ad hoc and professional interpreters" counted as support of
"professional interpreters explain the diagnosis → improved quality of care"). The task-sharing rule
(`evidence._compares_providers`: "mortality similar to doctors" supports a configuration of task-sharing, the substitute
does as well) stays; where the configuration names one of the two kinds by what sets it apart and tells of things going
better, it claims that kind makes the difference, and the null counts on neither side until a person marks it
(`evidence.claims_one_kind_better`). Topics: interpreters, and specialist against general nurses in heart failure;
must not fire on task-sharing of surgery nor on nurse-led clinics whose configuration names neither kind apart."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import claims_one_kind_better, undecided_ids

INTERPRETERS = "professional interpreters explain the diagnosis so patients understand their care"
INTERPRETER_ROWS = [
    ("kar2007", "patients with limited English in hospital", INTERPRETERS, "improved quality of care"),
    ("flo2005", "patients with limited English in emergency departments", INTERPRETERS, "improved quality of clinical care"),
    ("ger2004", "patients with limited English in general practice", INTERPRETERS,
     "no difference in patient satisfaction between ad hoc and professional interpreters"),
]  # fmt: skip


def _config(cid: str, members: list[Statement], context: str, mechanism: str, outcome: str) -> Configuration:
    return Configuration(id=cid, statements=[m.id for m in members], context=context, mechanism=mechanism, outcome=outcome)


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src-{sid}", context=context, mechanism=mechanism, outcome=outcome)


def test_refine_leaves_a_null_between_the_kinds_the_configuration_prefers_undecided(tmp_path):
    """Fails on the old code: S3 counted as the third supporting source of the interpreters' configuration."""
    review = review_from_rows(tmp_path, INTERPRETER_ROWS)
    assert cmo_run("refine", "--backend", "lexical", cwd=review).returncode in (0, 1)
    configs = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    home = next(c["id"] for c in configs if "S1" in c["statements"])
    if "S3" not in next(c for c in configs if c["id"] == home)["statements"]:
        attached = cmo_run("configs", "attach", "S3", "--to", home, cwd=review)
        assert attached.returncode in (0, 1), attached.stderr
        said = attached.stdout + attached.stderr
        assert f"S3 is not yet decided for {home}: its outcome finds no difference between two kinds of provider" in said
        assert f"'cmo code mark S3 --contradicting {home}'" in said
    shown = json.loads(cmo_run("configs", "show", home, "--json", cwd=review).stdout)
    assert shown["undecided"] == ["S3"]
    assert "between two kinds of provider where the configuration says one kind makes" in shown["strength_reason"]
    marked = cmo_run("code", "mark", "S3", "--supporting", home, cwd=review)  # a person's word decides it
    assert marked.returncode in (0, 1), marked.stderr
    assert json.loads(cmo_run("configs", "show", home, "--json", cwd=review).stdout)["undecided"] == []


def test_a_null_between_specialist_and_general_nurses_is_undecided_for_the_specialists_configuration():
    """Fails on the old code (another topic): counted as support of "specialist nurses → fewer readmissions"."""
    members = [
        _st("S1", "older people with heart failure", "specialist heart failure nurses titrate medicines at home",
            "fewer readmissions"),
        _st("S2", "older people with heart failure", "specialist heart failure nurses titrate medicines at home",
            "readmissions reduced"),
        _st("S3", "older people with heart failure", "specialist heart failure nurses titrate medicines at home",
            "no significant difference in readmissions between specialist nurses and general practice nurses"),
    ]  # fmt: skip
    config = _config("C1", members, members[0].context, members[0].mechanism, "fewer readmissions")
    assert undecided_ids(config, {m.id: m for m in members}) == ["S3"]


def test_a_task_sharing_null_still_supports_a_configuration_naming_neither_kind_apart():
    """Must not fire: the substitute does as well, which is what the configuration says (trial DD)."""
    members = [
        _st("S1", "remote health centres", "trained health officers mentored by surgeons keep surgical skills",
            "caesarean sections performed safely"),
        _st("S2", "district hospitals", "trained health officers mentored by surgeons keep surgical skills",
            "no significant difference between clinical officers and medical officers"),
        _st("S3", "district hospitals", "trained health officers mentored by surgeons keep surgical skills",
            "safe surgery, mortality similar to doctors"),
    ]  # fmt: skip
    config = _config("C1", members, members[0].context, members[0].mechanism, "caesarean sections performed safely")
    assert undecided_ids(config, {m.id: m for m in members}) == []
    assert not any(claims_one_kind_better(m, config) for m in members)


def test_a_nurse_led_clinic_compared_with_doctors_still_supports():
    """Must not fire (another topic): the two kinds differ by who they are, and the configuration of nurse-led care
    is what a null against doctor-led care supports."""
    members = [
        _st("S1", "people with high blood pressure", "nurse-led clinics give time to talk about medicines",
            "improved blood pressure control"),
        _st("S2", "people with high blood pressure", "nurse-led clinics give time to talk about medicines",
            "no difference in blood pressure control between nurses and doctors"),
    ]  # fmt: skip
    config = _config("C1", members, members[0].context, members[0].mechanism, "improved blood pressure control")
    assert undecided_ids(config, {m.id: m for m in members}) == []
