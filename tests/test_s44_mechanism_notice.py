"""Session 44: refine's notice that a configuration's members share no or one mechanism word came on one backend and not
the other. On the hybrid backend the sentence model excused mechanisms it read alike, so a configuration joined on one
mechanism word went unsaid beside others joined the same way that were said (trial BO 6: 'confident' alone). The rule is
now the words alone, on every backend: members sharing fewer than two words of their mechanisms beyond words their
contexts name are said to (`explain.no_mechanism_shared`); members sharing two are not. It says, never refuses: no
configuration changes. Topic: leg-ulcer clinics (the nurses of `test_s42_no_mechanism`)."""

from __future__ import annotations

import itertools

import pytest
from sheet_reviews import refined_together
from test_s42_no_mechanism import DOMAINS, NURSES

from cmo.synthesis.merge import propose

ONE_WORD = "confidence in the nurse grows over time"  # beside "trust in the nurse grows over the weekly visits"
TWO_WORDS = "trust in the nurse grows over time"  # "trust" and "grows" beyond the nurse the contexts name


def _proposed(backend: str, mechanism: str):
    nurses = [NURSES[0], NURSES[1].model_copy(update={"mechanism": mechanism}), *NURSES[2:]]
    counter = itertools.count(1)
    result = propose(nurses, DOMAINS, next_id=lambda: f"C{next(counter)}", backend=backend, threshold=0.3)
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    assert home["S1"] == home["S2"]
    return home["S1"], result


@pytest.mark.parametrize("backend", ["hybrid", "lexical"])
def test_members_sharing_one_mechanism_word_are_said_to_on_every_backend(backend):
    config, result = _proposed(backend, ONE_WORD)
    assert result.no_mechanism[config]["alone"] == ["grows"]


@pytest.mark.parametrize("backend", ["hybrid", "lexical"])
def test_members_sharing_two_mechanism_words_are_not_said_to(backend):
    config, result = _proposed(backend, TWO_WORDS)
    assert config not in result.no_mechanism


def test_the_notice_changes_no_configuration():
    _, said = _proposed("hybrid", ONE_WORD)
    _, quiet = _proposed("hybrid", TWO_WORDS)
    assert [c.statements for c in said.configurations] == [c.statements for c in quiet.configurations]


WORKS = [("Okafor", "Weekly nurse visits for venous leg ulcers"), ("Lindqvist", "Continuity of nursing in ulcer clinics")]


def _rows(mechanism: str) -> str:
    return (
        "okafor2022weekly,Patients attending a nurse-led leg-ulcer clinic,trust in the nurse grows over the weekly visits,"
        "they keep their compression bandages on\n"
        f"lindqvist2022continuity,Patients seen by the same nurse at a leg-ulcer clinic,{mechanism},"
        "they wear compression as advised\n"
    )


def test_refine_on_the_hybrid_backend_says_a_configuration_joined_on_one_mechanism_word(cmo, tmp_path):
    """Fails on the old code: with a sentence model, refine said nothing of it."""
    out = refined_together(cmo, tmp_path, "Journal of Wound Care", 2022, WORKS, _rows(ONE_WORD), backend="hybrid")
    (config,) = cmo.json("configs", "list")
    cid = config["id"]
    assert f"{cid} was proposed on one mechanism word in common (" in out
    assert "S1, S2 share only 'grows' of their mechanisms but nurse, which their contexts name too." in out


def test_refine_on_the_hybrid_backend_is_quiet_where_two_mechanism_words_are_shared(cmo, tmp_path):
    out = refined_together(cmo, tmp_path, "Journal of Wound Care", 2022, WORKS, _rows(TWO_WORDS), backend="hybrid")
    assert len(cmo.json("configs", "list")) == 1
    assert "mechanism word in common" not in out
