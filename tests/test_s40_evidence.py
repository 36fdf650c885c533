"""Session 40, evidence: how members count for a configuration (trials AH, AI, AJ, AK).

A member whose outcome reads as not following ("no effect on …", "did not increase …") that nobody marked was counted
as support and set labels like "strong". It now counts on neither side until a person marks it, and every listing says
so with the two commands (`undecided_ids`, the one rule). A configuration is never worded from a member on the other
side of it; a context statement of a study whose outcome statement goes against is no support; a two-sided outcome is
no opposite of one side; key contexts leave out where it went wrong.

Each rule is tested alone on topics other than the trials' (school breakfast clubs, dental recall, tenancy support,
community pharmacy, falls prevention, libraries); the end-to-end test runs `cmo` on a real SQLite review.
"""

from __future__ import annotations

import json
from pathlib import Path

from sheet_reviews import cmo_run, review_from_rows

from cmo.models import Appraisal, Configuration, SourceStanding, Statement
from cmo.synthesis.centrality import wording_member
from cmo.synthesis.evidence import (
    contradicting_ids,
    opposite_outcomes,
    supporting_contexts,
    supporting_ids,
    supporting_sources,
    undecided_ids,
)
from cmo.synthesis.strength import evidence_strength


def _st(sid: str, context: str, mechanism: str, outcome: str, source: str = "", **extra) -> Statement:
    return Statement(id=sid, source=source or f"src{sid}", context=context, mechanism=mechanism, outcome=outcome, **extra)


def _sources(*keys: str, rigour: str = "high") -> dict[str, SourceStanding]:
    return {key: SourceStanding(appraisal=Appraisal(rigour=rigour), status="included") for key in keys}


BREAKFAST = {
    "S1": _st("S1", "Primary schools in deprived areas", "Pupils arrive fed and settled", "Attendance improves", "ahmed2019"),
    "S2": _st(
        "S2",
        "Schools with a free breakfast club",
        "Pupils feel the school cares for them",
        "Pupils attend more often",
        "baker2020",
    ),
    "S3": _st("S3", "Rural primary schools offering breakfast", "Parents find mornings easier", "Attendance rises", "cole2021"),
    "S4": _st(
        "S4",
        "Secondary schools in a national trial of breakfast provision",
        "A universal offer reaches pupils already attending",
        "No effect on persistent absence",
        "dunn2022",
    ),
}
BREAKFAST_CONFIG = Configuration(
    id="C1",
    statements=["S1", "S2", "S3", "S4"],
    context="Primary schools in deprived areas",
    mechanism="Pupils arrive fed and settled",
    outcome="Attendance improves",
)


# ---- 1. a null result nobody marked counts on neither side -----------------------------------------------------------


def test_a_null_result_nobody_marked_counts_on_neither_side():
    """Fails on the old code: S4 counted as support (and there was no `undecided_ids`)."""
    assert undecided_ids(BREAKFAST_CONFIG, BREAKFAST) == ["S4"]
    assert "S4" not in supporting_ids(BREAKFAST_CONFIG, BREAKFAST)
    assert contradicting_ids(BREAKFAST_CONFIG, BREAKFAST) == []
    assert supporting_sources(BREAKFAST_CONFIG, BREAKFAST) == (["ahmed2019", "baker2020", "cole2021"], [])


def test_the_label_does_not_rest_on_an_undecided_member_and_its_reason_names_both_commands():
    """Fails on the old code: two high-rigour studies and a null trial read "strong: 3 sources support it"."""
    statements = {sid: s for sid, s in BREAKFAST.items() if sid != "S3"}
    config = BREAKFAST_CONFIG.model_copy(update={"statements": ["S1", "S2", "S4"]})
    label, why = evidence_strength(config, statements, _sources("ahmed2019", "baker2020", "dunn2022"))
    assert label != "strong" and why.startswith("2 sources support it")
    assert "S4 is not yet decided" in why and "neither side" in why
    assert "'cmo code mark S4 --supporting C1'" in why and "'--contradicting C1'" in why


def test_a_persons_mark_decides_the_side():
    supported = {**BREAKFAST, "S4": BREAKFAST["S4"].model_copy(update={"stance": {"C1": "supporting"}})}
    assert undecided_ids(BREAKFAST_CONFIG, supported) == [] and "S4" in supporting_ids(BREAKFAST_CONFIG, supported)
    against = {**BREAKFAST, "S4": BREAKFAST["S4"].model_copy(update={"stance": {"C1": "contradicting"}})}
    assert undecided_ids(BREAKFAST_CONFIG, against) == [] and contradicting_ids(BREAKFAST_CONFIG, against) == ["S4"]


def test_a_listed_contradicting_member_keeps_its_reading():
    config = BREAKFAST_CONFIG.model_copy(update={"contradicting": ["S4"]})
    assert undecided_ids(config, BREAKFAST) == [] and contradicting_ids(config, BREAKFAST) == ["S4"]


def test_a_denial_in_line_with_the_others_still_supports():
    """ "Nobody was evicted" beside "fewer evictions" says the same, further: never undecided."""
    statements = {
        "S1": _st("S1", "Tenants with a support worker", "Arrears are caught early", "Fewer evictions"),
        "S2": _st("S2", "Social housing tenants with debt advice", "They agree repayment plans", "Evictions fall"),
        "S3": _st("S3", "Tenants in a pilot with weekly visits", "Problems are raised before court", "Nobody was evicted"),
    }
    config = Configuration(id="C2", statements=["S1", "S2", "S3"], outcome="Fewer evictions")
    assert undecided_ids(config, statements) == [] and supporting_ids(config, statements) == ["S1", "S2", "S3"]


def test_a_configuration_worded_as_a_null_finding_is_supported_by_its_nulls():
    statements = {
        "S1": _st("S1", "Pharmacies in a national scheme", "A one-off review is offered", "No change in adherence"),
        "S2": _st("S2", "Pharmacies offering reviews by phone", "The review is brief", "Adherence did not improve"),
        "S3": _st("S3", "Pharmacies with a dedicated room", "Patients talk openly", "Adherence improves"),
    }
    config = Configuration(id="C3", statements=["S1", "S2", "S3"], outcome="No change in adherence", contradicting=["S3"])
    assert undecided_ids(config, statements) == []


# ---- 2. the words come from a member on the configuration's side -----------------------------------------------------


def test_a_configuration_is_never_worded_from_its_one_null_member():
    """Fails on the old code: the most central member, a null trial, gave the words."""
    ranked = [BREAKFAST["S4"], BREAKFAST["S1"], BREAKFAST["S2"]]
    assert wording_member(ranked).id == "S1"
    tie = [BREAKFAST["S4"], BREAKFAST["S2"]]
    assert wording_member(tie).id == "S2"


def test_a_null_finding_held_by_most_members_is_worded_from_one_of_them():
    ranked = [BREAKFAST["S1"], BREAKFAST["S4"], _st("S5", "Secondary schools", "Late buses", "Absence did not fall")]
    assert wording_member(ranked).id == "S4"


# ---- 3. a study supports only through a member whose outcome follows -------------------------------------------------


def test_a_context_statement_of_a_study_whose_outcome_goes_against_is_no_support():
    """Fails on the old code: S3, a background statement with no outcome, made lane2020 a supporter (and its
    contradicting source "also reports where it did not follow: not contested")."""
    statements = {
        "S1": _st("S1", "Older people after a fall", "A physiotherapist visits at home", "Fewer falls", "king2019"),
        "S2": _st("S2", "Care home residents", "Staff are trained in balance exercises", "No reduction in falls", "lane2020"),
        "S3": _st("S3", "Homes where staff change every month", "Exercise classes are led by agency staff", "", "lane2020"),
    }
    config = Configuration(id="C4", statements=["S1", "S2", "S3"], contradicting=["S2"], outcome="Fewer falls")
    assert supporting_sources(config, statements) == (["king2019"], ["lane2020"])
    label, _ = evidence_strength(config, statements, _sources("king2019", "lane2020"))
    assert label == "contested"


# ---- 4. a two-sided outcome is no opposite of one side ---------------------------------------------------------------


def test_an_outcome_worded_two_ways_is_not_the_opposite_of_one_of_its_sides():
    """Fails on the old code: read as "higher", so "less frequent" was its opposite."""
    both = "Library visits are more frequent where staff are trusted and less frequent where they are feared"
    assert not opposite_outcomes("Library visits are less frequent", both)
    assert not opposite_outcomes("Library visits are more frequent", both)
    assert opposite_outcomes("Library visits are less frequent", "Library visits are more frequent")


# ---- 5. key contexts leave out where it went wrong -------------------------------------------------------------------


def test_key_contexts_leave_out_a_member_whose_outcome_is_a_harm_beside_a_configuration_whose_is_not():
    """Fails on the old code: "Older patients with poor eyesight" (missed appointments and complaints) was a key context of
    "text reminders → more patients attend their dental recall"."""
    statements = {
        "S1": _st(
            "S1", "Adults due a dental recall", "A text reminder keeps the date in mind", "More patients attend their recall"
        ),
        "S2": _st("S2", "Families registered with an NHS practice", "Reminders make booking easy", "Recall attendance rises"),
        "S3": _st(
            "S3",
            "Older patients with poor eyesight",
            "They struggle to read the reminder's small print",
            "Missed appointments and complaints",
        ),
    }
    config = Configuration(
        id="C5",
        statements=["S1", "S2", "S3"],
        context=statements["S1"].context,
        mechanism=statements["S1"].mechanism,
        outcome=statements["S1"].outcome,
    )
    assert supporting_contexts(config, statements) == [statements["S1"].context, statements["S2"].context]


# ---- end to end ------------------------------------------------------------------------------------------------------


_cmo = cmo_run


def _review(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    return review_from_rows(tmp_path, rows, appraised=True)


def test_an_attached_null_result_is_said_undecided_everywhere_until_marked(tmp_path):
    """Fails on the old code: attaching S4 made the configuration "strong: 4 sources support it", said only once."""
    rows = [(s.source, s.context, s.mechanism, s.outcome) for s in BREAKFAST.values()]
    review = _review(tmp_path, rows)
    made = _cmo("configs", "new", "--statements", "S1,S2,S3", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    attached = _cmo("configs", "attach", "S4", "--to", "C1", "--by", "RT", cwd=review)
    assert attached.returncode in (0, 1), attached.stderr
    shown = json.loads(_cmo("configs", "show", "C1", "--json", cwd=review).stdout)
    assert "S4" in shown["statements"] and "S4" not in shown["contradicting"]
    assert "dunn2022" not in shown["sources"] and "dunn2022" not in shown["contradicting_sources"]
    assert "S4 is not yet decided" in shown["strength_reason"] and "--contradicting C1" in shown["strength_reason"]
    listed = _cmo("configs", "list", cwd=review).stdout
    assert "S4 is not yet decided" in listed and "'cmo code mark S4 --supporting C1'" in listed
    assert _cmo("code", "mark", "S4", "--supporting", "C1", "--by", "RT", cwd=review).returncode == 0
    shown = json.loads(_cmo("configs", "show", "C1", "--json", cwd=review).stdout)
    assert "dunn2022" in shown["sources"] and "not yet decided" not in shown["strength_reason"]
