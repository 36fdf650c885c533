"""An outcome that says the outcome failed is no support. Trials BK, BO (s44): "little effect on HbA1c" counted as
support of "improved HbA1c", "follow-up visits lapse" of "more women monitor their glucose", "adherence was poor and most
stopped" of "still exercising", with no flag and not even "not yet decided". Two rules of `evidence.outcome_is_negative`:

- a negative quantifier ("little", "few" without "a", "hardly any", "limited") denies what it quantifies as "no" does,
  unless that is a harm ("few complications"); before a change or an effect, "negligible" and "minimal" do too;
- a verb of ceasing with no object after it ("visits lapse", "most stopped", "contact drops off", "pupils disengage
  from the scheme") says its own thing ended, as "ended" does, unless what ceased is a harm ("the abuse stopped") or
  the ceasing is lessened ("fewer dropped out").

Tested on befriending for loneliness, cardiac rehabilitation and school mentoring (topics of no trial above), with
cases where neither may fire: "no increase in falls" beside "fewer falls", "reduced mortality" beside "lower mortality",
and "mistrust → less use" beside "trust → more use" stay support."""

from __future__ import annotations

import json

import pytest
from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.evidence import outcome_is_negative


@pytest.mark.parametrize(
    "outcome",
    [
        "little effect on loneliness",
        "Very little change in loneliness scores",
        "minimal improvement in wellbeing",
        "hardly any change in attendance",
        "negligible impact on readmissions",
        "few benefits were reported by carers",
        "few parents returned the consent form",
        "little involvement of ward pharmacists",
        "limited uptake of cervical screening",
        "they changed little",
    ],
)
def test_a_negative_quantifier_reads_as_not_following(outcome):
    assert outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "a little improvement in mood",
        "a few benefits for carers",
        "the few who came stayed to the end",
        "little fear of being judged",
        "few patients relapsed",
        "few side effects were reported",
        "few complications after surgery",
        "reduced mortality",
    ],
)
def test_some_change_or_a_spared_harm_is_no_denial(outcome):
    assert not outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "home visits lapse after the first month",
        "uptake was slow and most stopped within six weeks",
        "attendance dropped off after the grant ended",
        "pupils disengage from the mentoring scheme",
    ],
)
def test_a_thing_that_ceased_reads_as_not_following(outcome):
    assert outcome_is_negative(outcome)


@pytest.mark.parametrize(
    "outcome",
    [
        "patients stopped smoking",
        "the abuse stopped after the first term",
        "fewer residents dropped out",
        "only a few dropped out",
        "pupils did not drop out",
        "stopping rules were clear to staff",
    ],
)
def test_a_ceasing_given_up_or_spared_is_no_failure(outcome):
    assert not outcome_is_negative(outcome)


def _config(review):
    """Refined, with S3 put beside S1 by hand where the merge kept it apart: what a reviewer does (trial BO split C19)."""
    done = cmo_run("refine", "--backend", "lexical", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    said = done.stdout + done.stderr
    listed = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    (first,) = [c for c in listed if "S1" in c["statements"]]
    if "S3" not in first["statements"]:
        attached = cmo_run("configs", "attach", "S3", "--to", first["id"], cwd=review)
        assert attached.returncode in (0, 1), attached.stderr
        said += attached.stdout + attached.stderr
    listed = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    (config,) = [c for c in listed if "S1" in c["statements"]]
    return config, said


def test_little_effect_is_not_yet_decided_beside_a_reduction(tmp_path):
    """Fails on the old code: S3 counted as support and the configuration read "3 sources support it"."""
    context, mechanism = "older adults living alone", "a volunteer befriender visits every week and they feel valued"
    rows = [("ahmed2019", context, mechanism, "loneliness reduced")]
    rows.append(("berg2021", context, mechanism, "loneliness reduced at six months"))
    rows.append(("cole2022", context, mechanism, "little effect on loneliness"))
    config, said = _config(review_from_rows(tmp_path, rows))
    assert "S3" in config["statements"]
    assert "S3" in config["undecided"] or "S3" in config["contradicting"], config
    assert "S3" in said, said


def test_a_lapse_is_not_yet_decided_beside_going_on(tmp_path):
    """Fails on the old code: S3 ("attendance lapses") counted as support of patients who keep attending."""
    context, mechanism = "patients discharged after a heart attack", "a nurse phones each week and they feel encouraged"
    rows = [("dunn2018", context, mechanism, "patients keep attending rehabilitation classes")]
    rows.append(("evans2020", context, mechanism, "patients keep attending rehabilitation classes at twelve weeks"))
    rows.append(("ford2023", context, mechanism, "attendance at rehabilitation classes lapses after discharge"))
    config, said = _config(review_from_rows(tmp_path, rows))
    assert "S3" in config["statements"]
    assert "S3" in config["undecided"] or "S3" in config["contradicting"], config


@pytest.mark.parametrize(
    ("one", "other"),
    [("no increase in falls", "fewer falls"), ("reduced mortality", "lower mortality")],
)
def test_a_denied_rise_of_a_harm_or_another_word_for_less_stays_support(tmp_path, one, other):
    context, mechanism = "frail residents of care homes", "a pharmacist reviews their medicines and staff act on it"
    rows = [("gray2017", context, mechanism, other), ("hill2019", context, mechanism, other)]
    rows.append(("ives2021", context, mechanism, one))
    config, said = _config(review_from_rows(tmp_path, rows))
    assert "S3" in config["statements"]
    assert config["undecided"] == [] and config["contradicting"] == [], config


def test_the_converse_stays_support(tmp_path):
    """ "Mistrust → stopped using it" beside "trust → kept using it": the configuration from its other side."""
    context = "pupils offered an online mentoring scheme at school"
    rows = [("jones2018", context, "pupils trust their mentor", "pupils keep using the scheme")]
    rows.append(("khan2020", context, "pupils trust their mentor", "pupils keep using the scheme all year"))
    rows.append(("lowe2022", context, "pupils mistrust their mentor", "pupils use the scheme less"))
    config, said = _config(review_from_rows(tmp_path, rows))
    assert "S3" in config["statements"]
    assert "S3" not in config["undecided"] and "S3" not in config["contradicting"], config
