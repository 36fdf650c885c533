"""Refine says what it decided that the team may not expect (trial J: a statement whose outcome did not follow was
counted as support, statements were placed across their coded domains (now never), and new statements became configurations of
their own, each without a word), every line with the command that overrides it. Each line is checked against what it
claims, on a review a new user built (tests/data/trial_j)."""

from __future__ import annotations

import re

from conftest import REPO

from cmo.synthesis.evidence import reads_against

TRIAL_J = REPO / "tests" / "data" / "trial_j"


def _review(cmo):
    cmo("init", str(cmo.folder), "--domains", str(TRIAL_J / "domains.yaml"))
    cmo("ingest", str(TRIAL_J / "sma-included.bib"), str(TRIAL_J / "pubmed-subset.ris"))
    cmo("select", "include", *[s["key"] for s in cmo.json("sources", "list")])
    cmo("code", "import", str(TRIAL_J / "coding-sheet.csv"), code=1)  # two statements without a mechanism, named
    return cmo("refine").stderr


def test_a_member_whose_outcome_did_not_follow_but_counts_as_support_is_named(cmo):
    from cmo.models import Statement

    told = re.findall(r"^(S\d+) counts as supporting (C\d+), though its outcome reads as not following", _review(cmo), re.M)
    assert told
    for sid, cid in told:
        shown = cmo.json("configs", "show", cid)
        assert sid in shown["statements"] and sid not in shown["contradicting"]
        assert reads_against(Statement.model_validate(cmo.json("code", "show", sid)))
    sid, cid = told[0]
    cmo("code", "mark", sid, "--contradicting", cid)
    assert sid not in cmo("refine").stderr  # decided: said no more


def test_no_statement_is_placed_across_its_coded_domain(cmo):
    """Trial J's refine placed two statements across their coded domains (then named them); trial N's first refine put
    statements coded to four domains into one configuration. Refine now keeps them apart: each sits in its own."""
    _review(cmo)
    coded = {s["id"]: s["domain"] for s in cmo.json("code", "list") if s["domain"]}
    assert len(set(coded.values())) > 1
    for config in cmo.json("configs", "list"):
        assert {coded[sid] for sid in config["statements"] if sid in coded} <= {config["domain"]}, config["id"]


def test_a_new_statement_left_alone_is_told_the_kept_configuration_it_is_most_like(cmo):
    _review(cmo)
    cmo("round", "close", code=None)  # pins what it sends
    cmo("code", "import", str(TRIAL_J / "coding-sheet-batch2.csv"))
    told = re.findall(r"^(S\d+) stands alone in (C\d+); it is most like (C\d+) \(([\d.]+),", cmo("refine").stderr, re.M)
    assert told
    for sid, alone, near, _score in told:
        assert cmo.json("configs", "show", alone)["statements"] == [sid]
        assert cmo.json("configs", "show", near)["pinned"]
        assert near in cmo("code", "suggest", sid).stdout


def test_an_edit_that_turns_a_members_outcome_round_is_said_with_the_command_that_decides_it(demo):
    """Trial N: `code edit` made an accepted configuration's member say its outcome did not follow, without a word."""
    config = next(c for c in demo.json("configs", "list") if len(c["statements"]) > 1 and not c["contradicting"])
    demo("configs", "accept", config["id"])
    sid = config["statements"][0]
    said = demo("code", "edit", sid, "--outcome", "Care did not continue").stderr
    assert f"{sid} counts as supporting {config['id']}, though its outcome now reads as not following" in said
    assert f"'cmo code mark {sid} --contradicting {config['id']}'" in said
    demo("code", "mark", sid, "--supporting", config["id"])
    assert demo("code", "edit", sid, "--outcome", "Care stopped and did not resume").stderr == ""  # decided: not said
