"""Session 40, evidence 2: one reading of a member's side, whatever command runs (trials AH 1, AI 6).

A configuration a person made (`cmo configs new`) keeps the person's reading of what goes against it through the next
refine; the listing counts an undecided member's study among its sources and names it; the evidence graph draws an
undecided member as neither support nor contradiction; a round's check reads whole statements; and a member that says
the outcome followed, beside a configuration worded as a null finding most of its members report, counts on neither
side until a person marks it (the mirror of the undecided rule).

Each rule is tested alone on topics other than the trials' (adult literacy classes, school breakfast clubs, community
pharmacy reviews, library outreach); the end-to-end tests run `cmo` on a real SQLite review.
"""

from __future__ import annotations

import json

from test_s40_evidence import _cmo, _review

from cmo.models import Configuration, Statement
from cmo.outputs.graph import build_graph, graph_stats, trace
from cmo.synthesis.evidence import followed_beside_null, supporting_ids, undecided_ids
from cmo.synthesis.strength import undecided_words


def _st(sid: str, context: str, mechanism: str, outcome: str, source: str = "", **extra) -> Statement:
    return Statement(id=sid, source=source or f"src{sid}", context=context, mechanism=mechanism, outcome=outcome, **extra)


# the review builders of tests/test_s40_evidence.py: the same real review, built through the command line


LITERACY = [
    ("lee2018", "Adults in a community literacy class", "Tutors praise small gains", "Learners keep attending"),
    (
        "moss2020",
        "Job seekers sent to the library by the benefits office",
        "They worry that others will judge them",
        "Learners do not come back",
    ),
    (
        "nash2019",
        "Adult learners in evening literacy classes at the library",
        "Tutors praise small gains each week",
        "Learners keep attending the class",
    ),
]


# ---- 1. a configuration a person made keeps the person's reading through refine ------------------------------------------


def test_refine_keeps_the_reading_configs_new_gave_a_hand_made_configuration(tmp_path):
    """Fails on the old code: `configs new` listed S2 as contradicting, and the next refine, nothing changed, re-read it
    by its own measure of "about the same" and made it "not yet decided" ("C1 changed: contradicting updated")."""
    review = _review(tmp_path, LITERACY)
    made = _cmo("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review)
    assert made.returncode in (0, 1), made.stderr
    assert json.loads(_cmo("configs", "show", "C1", "--json", cwd=review).stdout)["contradicting"] == ["S2"]
    refined = _cmo("refine", "--by", "RT", cwd=review)
    assert refined.returncode in (0, 1), refined.stderr
    shown = json.loads(_cmo("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["contradicting"] == ["S2"] and shown["undecided"] == []
    assert shown["contradicting_sources"] == ["moss2020"]
    assert "C1 changed" not in refined.stdout + refined.stderr


# ---- 2. the listing counts and names an undecided member's study ------------------------------------------------------


BREAKFAST = [
    ("ahmed2019", "Primary schools in deprived areas", "Pupils arrive fed and settled", "Attendance improves"),
    ("baker2020", "Schools with a free breakfast club", "Pupils feel the school cares for them", "Pupils attend more often"),
    (
        "dunn2022",
        "Secondary schools in a national trial of breakfast provision",
        "A universal offer reaches pupils already attending",
        "No effect on persistent absence",
    ),
]


def test_the_listing_counts_an_undecided_members_study_and_names_it(tmp_path):
    """Fails on the old code: "3 statements from 2 sources", dunn2022 left out of the count and `undecided` not in the
    JSON."""
    review = _review(tmp_path, BREAKFAST)
    assert _cmo("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review).returncode in (0, 1)
    assert _cmo("configs", "attach", "S3", "--to", "C1", "--by", "RT", cwd=review).returncode in (0, 1)
    shown = json.loads(_cmo("configs", "show", "C1", "--json", cwd=review).stdout)
    assert shown["undecided"] == ["S3"] and shown["undecided_sources"] == ["dunn2022"]
    assert "dunn2022" not in shown["sources"] + shown["contradicting_sources"]
    listed = _cmo("configs", "list", cwd=review).stdout
    assert "3 statements from 3 sources, 1 not yet decided (S3);" in listed
    detail = _cmo("configs", "show", "C1", cwd=review).stdout
    assert "S3 (not yet decided)" in detail and "sources not yet decided: dunn2022" in detail


# ---- 3. the evidence graph draws an undecided member as neither side --------------------------------------------------


def test_the_graph_draws_an_undecided_member_with_an_edge_of_its_own():
    """Fails on the old code: S3's edge was `member_of`, drawn as support, and the trace said nothing."""
    statements = [_st(f"S{i}", c, m, o, key) for i, (key, c, m, o) in enumerate(BREAKFAST, 1)]
    config = Configuration(id="C1", statements=["S1", "S2", "S3"], outcome="Attendance improves")
    G = build_graph([], statements, [config], [], [])
    assert G.edges["statement:S3", "configuration:C1"]["kind"] == "undecided"
    assert G.edges["statement:S1", "configuration:C1"]["kind"] == "member_of"
    stats = graph_stats(G)
    assert stats["edges_by_kind"]["undecided"] == 1 and stats["edges_by_kind"]["member_of"] == 2
    assert stats["statements_without_configuration"] == 0
    traced = {s["id"]: s for s in trace(G, "C1")["statements"]}
    assert traced["S3"]["undecided"] and not traced["S3"]["contradicts"] and not traced["S1"]["undecided"]
    assert trace(G, "S3")["statements"][0]["undecided"]


# ---- 4. a round's check reads whole statements --------------------------------------------------------------------------


def test_a_rounds_check_does_not_count_an_undecided_members_source_as_support(tmp_path):
    """Fails on the old code: the check read standings, which have no outcome, so the null trial screened "maybe" was
    said to be counted as support."""
    review = _review(tmp_path, BREAKFAST)
    assert _cmo("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review).returncode in (0, 1)
    assert _cmo("configs", "attach", "S3", "--to", "C1", "--by", "RT", cwd=review).returncode in (0, 1)
    assert _cmo("select", "maybe", "dunn2022", "--by", "RT", cwd=review).returncode in (0, 1)
    said = _cmo("round", "close", "--check", cwd=review)
    assert "dunn2022 is screened maybe" not in said.stdout + said.stderr
    assert _cmo("code", "mark", "S3", "--supporting", "C1", "--by", "RT", cwd=review).returncode == 0
    said = _cmo("round", "close", "--check", cwd=review)
    assert "dunn2022 is screened maybe" in said.stdout + said.stderr


# ---- 5. a member that says the outcome followed, beside a null finding, counts on neither side ---------------------------


PHARMACY = {
    "S1": _st("S1", "Pharmacies in a national scheme", "A one-off review is offered", "No change in adherence", "ames2017"),
    "S2": _st("S2", "Pharmacies offering reviews by phone", "The review is brief", "Adherence did not improve", "bell2018"),
    "S3": _st("S3", "Pharmacies with a dedicated room", "Patients talk openly", "Adherence improves", "cho2020"),
}
NULL_CONFIG = Configuration(
    id="C3",
    statements=["S1", "S2", "S3"],
    context="Pharmacies in a national scheme",
    mechanism="A one-off review is offered",
    outcome="No change in adherence",
)


def test_a_positive_finding_beside_a_null_configuration_counts_on_neither_side():
    """Fails on the old code: S3 ("adherence improves") counted as support of "no change in adherence"."""
    assert undecided_ids(NULL_CONFIG, PHARMACY) == ["S3"]
    assert supporting_ids(NULL_CONFIG, PHARMACY) == ["S1", "S2"]
    assert "S3 is not yet decided" in undecided_words(["S3"], "C3")


def test_a_persons_mark_or_list_decides_a_positive_finding_beside_a_null_one():
    marked = PHARMACY["S3"].model_copy(update={"stance": {"C3": "supporting"}})
    assert undecided_ids(NULL_CONFIG, {**PHARMACY, "S3": marked}) == []
    listed = NULL_CONFIG.model_copy(update={"contradicting": ["S3"]})
    assert undecided_ids(listed, PHARMACY) == [] and "S3" not in supporting_ids(listed, PHARMACY)


def test_a_configuration_a_person_worded_as_the_converse_of_all_its_members_keeps_their_support():
    """A null wording no member says (a person wrote the converse of what they found) sets none of them aside."""
    members = {sid: PHARMACY["S3"].model_copy(update={"id": sid, "source": f"k{sid}"}) for sid in ("S3", "S4")}
    converse = Configuration(
        id="C4",
        statements=["S3", "S4"],
        context="Pharmacies without a private room",
        mechanism="Patients do not talk openly",
        outcome="Adherence does not change",
    )
    assert not followed_beside_null(members["S3"], converse, [])
    assert undecided_ids(converse, members) == []


def test_a_member_reporting_no_gain_beside_a_null_configuration_still_supports_it():
    """Pins what the mirror rule leaves alone: an outcome that says no gain ("the pharmacist is rarely consulted") is in
    line with a null finding, or another finding, never its opposite."""
    aside = _st("S4", "Pharmacies in a busy high street", "Staff have no time to talk", "The pharmacist is rarely consulted")
    statements = {**PHARMACY, "S4": aside}
    config = NULL_CONFIG.model_copy(update={"statements": ["S1", "S2", "S3", "S4"]})
    assert undecided_ids(config, statements) == ["S3"] and "S4" in supporting_ids(config, statements)


def test_a_positive_configuration_is_untouched_by_the_mirror_rule():
    positive = NULL_CONFIG.model_copy(update={"outcome": "Adherence improves", "context": "Pharmacies with a dedicated room"})
    assert not followed_beside_null(PHARMACY["S3"], positive, [PHARMACY["S1"], PHARMACY["S2"]])


def test_refine_words_a_null_finding_most_members_report_from_one_of_them(tmp_path):
    """Fails on the old code: refine worded the configuration from its one positive member (the nulls being undecided
    beside it before any wording) and counted it as the support of "moderate"; it is now worded from the null side
    and the positive member is undecided."""
    scheme = "Public libraries in a national outreach scheme"
    rows = [
        ("ames2017", scheme, "A one-off leaflet is sent", "No change in library membership"),
        ("bell2018", f"{scheme} by post", "A one-off leaflet is sent", "Residents stay isolated and membership did not change"),
        ("cho2020", f"{scheme} with visits", "A one-off leaflet is sent and staff visit", "More residents joined reading groups"),
    ]
    review = _review(tmp_path, rows)
    refined = _cmo("refine", "--by", "RT", "--threshold", "0.05", cwd=review)
    assert refined.returncode in (0, 1), refined.stderr
    views = json.loads(_cmo("configs", "list", "--json", cwd=review).stdout)
    together = [v for v in views if set(v["statements"]) == {"S1", "S2", "S3"}]
    assert together, views
    view = together[0]
    assert "rose" not in view["outcome"] and view["undecided"] == ["S3"]
    assert "cho2020" not in view["sources"]
