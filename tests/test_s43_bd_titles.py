"""Trial BD: a configuration worded from "less sporty children experience daily running as something they have to do
and feel embarrassed" was titled "Less sporty children experience daily running as something they" in the pack, the
report's heading and the audit trail: the cut took "to do" as a dangling infinitive, then "have", leaving "they" with
no verb. "have to", "need to", "ought to" are a modal and its verb, kept whole. Tested on other topics."""

from __future__ import annotations

import json

from sheet_reviews import cmo_run, review_from_rows

from cmo.synthesis.wording import title_for


def test_a_title_keeps_the_verb_after_have_to_or_need_to():
    mechanism = "tenants see the support plan as something they need to sign and then ignore at every later visit"
    assert title_for("", mechanism, "arrears build up") == "Tenants see the support plan as something they need to sign"
    mechanism = "ward staff treat the checklist as a form they have to complete and stop talking with the patient"
    expected = "Ward staff treat the checklist as a form they have to complete"
    assert title_for("", mechanism, "less is said at discharge") == expected


def test_a_to_and_its_verb_after_anything_else_is_still_left_out():
    """The rule must not fire on an infinitive that is no modal's: "…and clinicians to get" still loses "to get"."""
    mechanism = "patients are asked by the ward clerk and clinicians to get their discharge letters checked by pharmacy"
    assert title_for("", mechanism, "fewer errors") == "Patients are asked by the ward clerk and clinicians"


def test_the_configuration_refine_words_so_is_titled_whole(tmp_path):
    review = review_from_rows(
        tmp_path,
        [
            (
                "okafor2019",
                "tenants leaving hostels",
                "tenants see the support plan as something they need to sign and then ignore at every later visit",
                "arrears build up",
            )
        ],
    )
    assert cmo_run("refine", cwd=review).returncode in (0, 1)
    listed = json.loads(cmo_run("configs", "list", "--json", cwd=review).stdout)
    assert [c["title"] for c in listed] == ["Tenants see the support plan as something they need to sign"]
