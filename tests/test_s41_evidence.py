"""Session 41, evidence: which side a member counts on (trials AN 7, AP 2, AP 11, AO 3).

Two ways of saying a thing is not done point the same way: a holding back from turning away ("reluctant to stop") is
the thing going on, "resist" holds back as "unwilling" does, a thing set apart ("care outside hospital") is not the
thing, and a word that only describes ("physical", "older") is no thing two outcomes share. A verb and its reversal by
"dis-", "un-" or "de-" on one object are opposite; a limiting quantifier ("only a third") is the outcome falling short.
A member that reads as not following, under a configuration whose own outcome reads so, says what its words say.

Each rule is tested alone on topics other than the trials' (home care, care homes, cancer screening, tenancy support,
hospital wards, rehabilitation); the end-to-end test runs `cmo` on a real SQLite review.
"""

from __future__ import annotations

from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Configuration, Statement
from cmo.synthesis.evidence import opposite_outcomes, undecided_ids


def _both_ways(one: str, other: str) -> bool:
    forward, backward = opposite_outcomes(one, other), opposite_outcomes(other, one)
    assert forward == backward, (one, other)
    return forward


# ---- AP 2: holding back from turning away is the thing going on ----------------------------------------------------------


def test_reluctance_to_stop_a_thing_agrees_with_keeping_it_going():
    """Fails on the old code: "reluctant to stop the home visits" read as the opposite of "keep the home visits going"."""
    assert not _both_ways("Carers are reluctant to stop the home visits", "Carers keep the home visits going")
    assert not _both_ways("Wards avoid changing the rota", "Wards keep the same rota rather than change it")


def test_stopping_a_thing_is_still_the_opposite_of_holding_back_from_stopping_it():
    assert _both_ways("Carers stop the home visits", "Carers are reluctant to stop the home visits")


# ---- AP 2: resisting is holding back --------------------------------------------------------------------------------------


def test_resisting_a_move_agrees_with_being_unwilling_to_make_it():
    """Fails on the old code: "resist moving" read as done beside "unwilling to move", so the two were opposite."""
    assert not _both_ways("Residents resist moving to a care home", "Residents are unwilling to move to a care home")
    assert _both_ways("Residents move to a care home", "Residents are unwilling to move to a care home")


# ---- AN 7: a thing set apart, and words that only describe, are no shared thing ------------------------------------------


def test_a_preference_for_care_elsewhere_is_no_opposite_of_declining_care_there():
    """Fails on the old code: "hospital" after "outside" was read as the thing both outcomes speak of."""
    assert not _both_ways("Some patients prefer care outside hospital", "Patients decline hospital-based rehabilitation")
    assert _both_ways("Patients prefer the day hospital", "Patients avoid the day hospital")


def test_two_harms_sharing_only_an_adjective_are_no_opposites():
    """Fails on the old code: "mental" in both made "exhaustion" the opposite of avoiding "health talks"."""
    assert not _both_ways(
        "Night staff report mental exhaustion and doubt about their role", "Nurses avoid mental health talks with residents"
    )


def test_the_words_naming_the_people_are_no_shared_thing():
    """Fails on the old code: "older" of "older tenants" was read as a thing both outcomes name."""
    assert not _both_ways("Some older tenants prefer help by phone", "Older tenants refuse home visits")
    assert _both_ways("Older tenants accept home visits", "Older tenants refuse home visits")


# ---- AP 2: a verb and its reversal by a prefix ---------------------------------------------------------------------------


def test_a_verb_and_its_prefixed_reversal_on_one_object_are_opposite():
    """Fails on the old code: no direction, denial or withholding told them apart, so each counted as the other's support."""
    assert _both_ways("Residents trust the night staff", "Residents distrust the night staff")
    # "Tenants disengage from the budgeting service" reads as not following (s44: a thing that ceased), so beside
    # "Tenants engage with the budgeting service" it is left undecided (tests/test_s44_failed_outcomes.py)
    assert _both_ways("Staff lock the ward doors at night", "Staff unlock the ward doors at night")
    assert _both_ways("Patients continue their statins", "Patients discontinue their statins")


def test_a_prefixed_verb_on_another_object_or_a_non_word_is_no_reversal():
    assert not _both_ways("Patients continue their statins", "Patients discontinue their sleeping tablets")
    assert not _both_ways("Pharmacists prescribe antibiotics", "Pharmacists deprescribe antibiotics")  # no word cmo knows
    assert not _both_ways("GPs continue the medicines rather than discontinue them", "GPs continue the medicines")


# ---- AO 3: a limiting quantifier is the outcome falling short ------------------------------------------------------------


def test_a_limiting_quantifier_falls_short_of_a_rise():
    """Fails on the old code: "only a third … attended" counted as support of "higher attendance"."""
    assert _both_ways("Only a third of invited women attended screening", "Higher attendance at screening")
    assert _both_ways("A minority of parents attended the sessions", "More parents attend the sessions")


def test_a_limited_harm_or_two_limited_outcomes_are_no_opposite():
    assert not _both_ways("Only a few residents fell at night", "Higher attendance at exercise classes")
    assert not _both_ways("Only half of the women attended screening", "Few women attended screening")
    assert not _both_ways("Only about half of the tenants kept their homes", "Higher uptake of the grant")


# ---- AP 11: a denial under a configuration worded as not following is in line --------------------------------------------


def _st(sid: str, context: str, mechanism: str, outcome: str) -> Statement:
    return Statement(id=sid, source=f"src{sid}", context=context, mechanism=mechanism, outcome=outcome)


def test_a_denial_under_a_configuration_worded_as_not_following_is_in_line():
    """Fails on the old code: S2 and S3 were "not yet decided" though the configuration says repairs are not done."""
    statements = {
        "S1": _st("S1", "Private landlords with old homes", "Repairs cost them", "Landlords postpone repairs"),
        "S2": _st("S2", "Tenants in damp homes", "Landlords do not inspect homes", "No repair schedule for damp homes"),
        "S3": _st("S3", "Councils with few inspectors", "Inspectors never visit", "Repairs are not done on time"),
    }
    config = Configuration(
        id="C1",
        title="Repairs put off",
        context="Private landlords with old housing stock",
        mechanism="Landlords see repairs as a cost they can put off",
        outcome="Repairs are postponed or not carried out",
        statements=["S1", "S2", "S3"],
    )
    assert undecided_ids(config, statements) == []
    # beside an outcome that followed, a denial is still undecided; the member that follows must say so: "postpone" is a
    # holding back (peer-naloxone trial: "delay calling"), so S1 as written is in line with S2, not what followed
    followed = config.model_copy(update={"outcome": "Repairs are carried out promptly"})
    done = {**statements, "S1": _st("S1", "Private landlords with old homes", "Grants cover the cost", "Repairs done promptly")}
    assert "S2" in undecided_ids(followed, done)


# ---- end to end: refine names a reversal and no synonym -----------------------------------------------------------------


_cmo = cmo_run


def _review(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    return review_from_rows(tmp_path, rows)


def test_attaching_says_a_reversal_and_not_a_synonym(tmp_path):
    """Fails on the old code: attaching S2 said nothing of "discontinue" beside "continue", and S3 "resist" was said to be
    the opposite of "unwilling"."""
    review = _review(
        tmp_path,
        [
            ("kerr2019", "Tenants with a budgeting coach", "They feel in control", "Tenants continue their rent payments"),
            ("lowe2020", "Tenants who lost the coach", "They feel lost", "Tenants discontinue their rent payments"),
            ("moss2021", "Tenants with a budgeting coach", "They fear a move", "Tenants resist moving to a cheaper flat"),
            ("nash2022", "Tenants with a budgeting coach", "They fear a move", "Tenants are unwilling to move to a cheaper flat"),
        ],
    )
    for made in (["S1"], ["S4"]):
        done = _cmo("configs", "new", "--statements", ",".join(made), "--by", "RT", cwd=review)
        assert done.returncode in (0, 1), done.stderr
    reversal = _cmo("configs", "attach", "S2", "--to", "C1", "--by", "RT", cwd=review)
    assert reversal.returncode in (0, 1), reversal.stderr
    assert "opposite" in reversal.stdout + reversal.stderr
    synonym = _cmo("configs", "attach", "S3", "--to", "C2", "--by", "RT", cwd=review)
    assert synonym.returncode in (0, 1), synonym.stderr
    assert "opposite" not in synonym.stdout + synonym.stderr
