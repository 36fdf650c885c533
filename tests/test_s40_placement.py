"""Where refine says a statement belongs (trials AI 2, AJ 0 and D, AK 6, AH B).

- AJ 0: a new statement whose best home was an accepted configuration was filed under the next best pinned one; it is
  now suggested to the accepted one and placed on its own meanwhile, as the README promises.
- AI 2 / AK 6 / AJ D: the one configuration refine named for a statement left alone was right for few; it now names the
  two or three it is about as like (`explain.close_to_best`), by the ranking `cmo code suggest` shows.

Another topic than the trials': community gardens and school food growing.
"""

from __future__ import annotations

import itertools

import numpy as np

from cmo.models import Configuration, Domain, Statement
from cmo.synthesis.backends import build_index
from cmo.synthesis.explain import close_to_best, nearest_line, placement_scores, placements
from cmo.synthesis.merge import propose

DOMAINS = [Domain(slug="garden", name="Community gardens", description="allotments, shared plots and volunteers")]
ROWS = [
    (
        "S1",
        "Neighbourhoods with a shared allotment run by a volunteer",
        "residents who tend plots side by side come to trust one another",
        "neighbours help each other outside the garden",
    ),
    (
        "S2",
        "Estates where the council opened a community garden",
        "tending plots together builds trust between residents",
        "residents lend each other tools and help with errands",
    ),
    (
        "S3",
        "Gardens with a paid coordinator who sets the watering rota",
        "a fixed rota makes volunteers feel their work is counted on",
        "volunteers keep coming through the summer",
    ),
    (
        "S4",
        "Allotments where a coordinator keeps a watering rota",
        "volunteers feel counted on when the rota names them",
        "fewer volunteers drop out in summer",
    ),
    (
        "S5",
        "Shared plots in a neighbourhood with a volunteer gardener",
        "residents working side by side come to trust one another and feel counted on",
        "neighbours help each other and keep coming",
    ),
    ("S6", "Schools with a greenhouse", "pupils learn where food comes from", "pupils eat more vegetables at lunch"),
    ("S7", "Schools that grow herbs", "children taste what they grew", "children eat more vegetables"),
]


def _statements() -> list[Statement]:
    return [Statement(id=sid, source=f"moss{i}", context=c, mechanism=m, outcome=o) for i, (sid, c, m, o) in enumerate(ROWS)]


def _ids(start: int = 3):
    counter = itertools.count(start)
    return lambda: f"C{next(counter)}"


def test_a_new_statement_likest_an_accepted_configuration_is_suggested_there_not_filed_under_the_next_pinned_one():
    statements = _statements()
    trust = Configuration(id="C1", title="trust", statements=["S1", "S2"], accepted=True, pinned=True, domain="garden")
    rota = Configuration(id="C2", title="rota", statements=["S3", "S4"], pinned=True, domain="garden")
    placed = {"S1", "S2", "S3", "S4", "S6", "S7"}  # S5 is new
    index = build_index(statements)
    ranked = placement_scores(index, 4, {"C1": [0, 1], "C2": [2, 3]})
    assert [cid for _, cid, _ in ranked] == ["C1", "C2"] and ranked[1][0] >= 0.2  # both above the cut given below

    result = propose(statements, DOMAINS, [trust, rota], next_id=_ids(), placed=placed, threshold=0.2, backend="lexical")

    held = {c.id: c.statements for c in result.configurations if not c.retired}
    assert "S5" not in result.joined and held["C2"] == ["S3", "S4"]  # the old rule added it to the pinned C2
    assert held["C1"] == ["S1", "S2"] and result.suggested == {"C1": ["S5"]}
    assert [cid for cid, members in held.items() if members == ["S5"]]  # on its own meanwhile


def test_a_pinned_configuration_still_takes_a_new_statement_when_no_accepted_one_is_liker():
    statements = _statements()
    trust = Configuration(id="C1", title="trust", statements=["S1", "S2"], pinned=True, domain="garden")
    rota = Configuration(id="C2", title="rota", statements=["S3", "S4"], accepted=True, pinned=True, domain="garden")
    placed = {"S1", "S2", "S3", "S4", "S6", "S7"}

    result = propose(statements, DOMAINS, [trust, rota], next_id=_ids(), placed=placed, threshold=0.2, backend="lexical")

    assert result.joined == {"S5": "C1"}


def test_runners_up_about_as_like_as_the_best_are_offered_and_a_far_one_is_not():
    statements = _statements()
    index = build_index(statements)
    candidates = {"C1": [0, 1], "C2": [2, 3], "C3": [5, 6]}
    ranked = placement_scores(index, 4, candidates)  # S5: trust 0.39, rota 0.21, school food near nothing
    assert [cid for _, cid, _ in ranked] == ["C1", "C2", "C3"]

    assert [cid for _, cid, _ in close_to_best(index, 4, ranked)] == ["C1", "C2"]
    clear = placement_scores(index, 2, candidates)  # S3: its own rota configuration, far ahead of anything else
    assert [cid for _, cid, _ in close_to_best(index, 2, clear)] == ["C2"]


def test_what_refine_names_for_a_statement_left_alone_is_code_suggests_ranking_cut_where_it_stops_being_close():
    statements = _statements()
    result = propose(statements, DOMAINS, next_id=_ids(1), threshold=0.7, backend="lexical")
    held = {c.id: c.statements for c in result.configurations if not c.retired}
    home = {sid: cid for cid, members in held.items() for sid in members}
    index = build_index(statements)
    position = {s.id: i for i, s in enumerate(statements)}
    assert result.alone_nearest  # at this cut each stands alone
    for sid, near in result.alone_nearest.items():
        candidates = {cid: [position[m] for m in members] for cid, members in held.items() if cid != home[sid]}
        suggested = placements(index, sid, position[sid], candidates, statements)  # what `cmo code suggest` shows
        assert [(p.configuration, p.score) for p in suggested][: len(near)] == near
        assert result.alone_near[sid] == near[0]
    assert any(len(near) > 1 for near in result.alone_nearest.values())


def test_the_line_for_a_statement_left_alone_names_each_close_configuration_with_the_command():
    one = nearest_line("S9", "C4", [("C2", 0.231)], 0.27)
    assert one == "S9 stands alone in C4; it is most like C2 (0.231, where this review merges at 0.270): " + (
        "'cmo configs attach S9 --to C2' if it belongs there"
    )
    several = nearest_line("S9", "C4", [("C2", 0.231), ("C7", 0.219), ("C1", 0.2)], 0.27)
    assert "about as like C2 (0.231), C7 (0.219) or C1 (0.200), where this review merges at 0.270" in several
    assert "'cmo configs attach S9 --to ID'" in several and "'cmo code suggest S9'" in several


def test_close_to_best_needs_no_spread_within_configurations_of_one_member():
    statements = _statements()
    index = build_index(statements)
    ranked = placement_scores(index, 4, {"A": [0], "B": [2], "C": [5]})  # one member each: spread over all of them
    close = close_to_best(index, 4, ranked)
    assert close[0][1] == "A" and all(np.isfinite(score) for score, _, _ in close)
