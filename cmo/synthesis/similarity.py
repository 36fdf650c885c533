"""Similarity between coded CMO statements, element by element.

Two statements are compared on context, mechanism and outcome separately, because a
realist configuration turns on its mechanism: two statements with the same outcome
reached by different mechanisms are different configurations. The score of a pair is
the weighted mean of the element similarities over the elements *both* statements
have, so an empty element neither helps nor hurts.

The default backend is lexical and runs anywhere (no network, no GPU): each element is
turned into a sparse TF-IDF vector of normalised terms: British spellings are folded to
American, words are stemmed (Snowball), a review's own synonym groups, if it gives any, are
mapped to one concept (see `cmo.synthesis.lexicon`), and inverse document frequencies are fitted
on the corpus being merged, so words that every statement uses ("patients", "group") count
little. Paraphrase that shares no word is the embedding backends' job.

All pairwise work goes through `SimilarityIndex.neighbours`, which returns a sparse
top-k neighbour graph; nothing builds an n-by-n matrix, so merging scales to tens of
thousands of statements.

This is the lexical backend only: `cmo.synthesis.embeddings` builds the semantic and hybrid
backends on it, and `cmo.synthesis.backends.build_index` chooses among them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from scipy import sparse

from cmo.synthesis.terms import terms, terms_with_words  # noqa: F401  (what the lexical backend reads, said here too)

ELEMENTS: tuple[str, ...] = ("context", "mechanism", "outcome")
DEFAULT_WEIGHTS: dict[str, float] = {"context": 1.0, "mechanism": 2.0, "outcome": 1.0}
"""Mechanism counts double: it is what distinguishes one configuration from another."""


class HasElements(Protocol):
    context: str
    mechanism: str
    outcome: str


@dataclass
class SimilarityIndex:
    """Per-element TF-IDF vectors of a corpus of statements, ready for neighbour search.

    `vectors` stacks the three element vectors side by side, each L2-normalised and
    scaled by the square root of its weight, so one dot product gives the weighted sum
    of element cosines; `presence` (n x 3) gives, by the same dot product, the total
    weight of the elements both statements have.
    """

    vectors: sparse.csr_matrix
    presence: np.ndarray
    weights: tuple[float, ...]
    backend: str = "lexical"
    element_ends: tuple[int, ...] = ()
    """The column after each element's last term (context, mechanism, outcome)."""

    @property
    def size(self) -> int:
        return self.vectors.shape[0]

    def pair(self, i: int, j: int) -> float:
        shared = float(self.presence[i] @ self.presence[j])
        if shared == 0.0:
            return 0.0
        return float(self.vectors[i].multiply(self.vectors[j]).sum()) / shared

    def pairs(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Similarity of many (row, col) pairs at once."""
        if len(rows) == 0:
            return np.zeros(0)
        num = np.asarray(self.vectors[rows].multiply(self.vectors[cols]).sum(axis=1)).ravel()
        den = np.einsum("ij,ij->i", self.presence[rows], self.presence[cols])
        return np.divide(num, den, out=np.zeros_like(num), where=den > 0)

    def neighbours(self, k: int = 40, block: int = 2000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each statement's k most similar others, as (rows, cols, similarities), rows < cols.

        Candidates come from an inverted index over the discriminating features: terms used
        by few statements, and, for a term used by a large share of the corpus (it finds
        everyone and tells nothing alone), the pairs of such terms one element holds ("older"
        and "diabetes" are each everywhere in a large review; both in one context are not).
        The candidates' exact similarity is then computed with all terms. For small corpora
        no term is common, so every sharing pair is a candidate and the graph is exact.
        """
        n = self.size
        if n < 2:
            return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
        cap = max(200, int(8 * np.sqrt(n)))
        rare, common_columns = _split_by_document_frequency(self.vectors, cap)
        features = rare
        if len(common_columns):
            pairs = _common_pairs(self.vectors, common_columns, self.element_ends, cap)
            features = sparse.hstack([rare, pairs], format="csr")
        features_t = features.T.tocsr()
        out_rows, out_cols, out_sims = [], [], []
        for start in range(0, n, block):
            stop = min(n, start + block)
            cand = (features[start:stop] @ features_t).tocsr()
            rows, cols, _ = _top_candidates(cand, start, 2 * k)
            if len(rows) == 0:
                continue
            sims = self.pairs(rows, cols)
            keep = _top_k_per_row(rows, sims, k)
            out_rows.append(rows[keep])
            out_cols.append(cols[keep])
            out_sims.append(sims[keep])
        if not out_rows:
            return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
        rows, cols = np.concatenate(out_rows), np.concatenate(out_cols)
        lo, hi = np.minimum(rows, cols), np.maximum(rows, cols)
        pairs, first = np.unique(lo.astype(np.int64) * n + hi, return_index=True)
        return pairs // n, pairs % n, np.concatenate(out_sims)[first]


def _split_by_document_frequency(x: sparse.csr_matrix, cap: int) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The matrix of the terms used by at most `cap` statements, and the columns of the others."""
    df = np.bincount(x.indices, minlength=x.shape[1])
    common = df > cap
    return x.tocsc()[:, ~common].tocsr(), np.flatnonzero(common)


PAIR_TERMS = 8
"""Of an element's common terms, the heaviest this many form pairs (28 pairs at most): a long element
would otherwise add hundreds of features that each find the same neighbours."""


def _common_pairs(x: sparse.csr_matrix, columns: np.ndarray, element_ends: tuple[int, ...], cap: int) -> sparse.csr_matrix:
    """One feature per pair of common terms in one element of a statement, weighted by the product of
    the two terms' weights; pairs that more than `cap` statements share, or only one, are left out."""
    entries = x.tocsc()[:, columns].tocoo()
    element = np.searchsorted(np.asarray(element_ends), columns[entries.col], side="right")
    order = np.lexsort((entries.col, -entries.data, element, entries.row))
    rows, terms_, weights_ = entries.row[order], entries.col[order], entries.data[order]
    group = rows.astype(np.int64) * 3 + element[order]
    starts = np.r_[True, group[1:] != group[:-1]] if len(group) else np.zeros(0, bool)
    rank = np.arange(len(group)) - np.maximum.accumulate(np.where(starts, np.arange(len(group)), 0))
    heaviest = rank < PAIR_TERMS
    rows, terms_, weights_, group = rows[heaviest], terms_[heaviest], weights_[heaviest], group[heaviest]
    pair_rows, keys, values = [], [], []
    for offset in range(1, PAIR_TERMS):  # a group's terms are adjacent: every pair is (i, i + offset)
        i = np.flatnonzero(group[:-offset] == group[offset:])
        j = i + offset
        pair_rows.append(rows[i])
        keys.append(np.minimum(terms_[i], terms_[j]).astype(np.int64) * len(columns) + np.maximum(terms_[i], terms_[j]))
        values.append(weights_[i] * weights_[j])
    keys_all = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    if not len(keys_all):
        return sparse.csr_matrix((x.shape[0], 0))
    _, column, df = np.unique(keys_all, return_inverse=True, return_counts=True)
    kept = (df >= 2) & (df <= cap)
    chosen = kept[column]
    renumber = np.cumsum(kept) - 1
    return sparse.csr_matrix(
        (np.concatenate(values)[chosen], (np.concatenate(pair_rows)[chosen], renumber[column[chosen]])),
        shape=(x.shape[0], int(kept.sum())),
    )


def _top_candidates(cand: sparse.csr_matrix, start: int, limit: int):
    """The `limit` best-scoring candidates of each row of a block, excluding the row itself,
    as (rows, cols, partial scores)."""
    rows_out, cols_out, vals_out = [], [], []
    indptr, indices, data = cand.indptr, cand.indices, cand.data
    for r in range(cand.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        idx, val = indices[lo:hi], data[lo:hi]
        mask = idx != start + r
        idx, val = idx[mask], val[mask]
        if len(idx) > limit:
            sel = np.argpartition(-val, limit - 1)[:limit]
            idx, val = idx[sel], val[sel]
        rows_out.append(np.full(len(idx), start + r))
        cols_out.append(idx)
        vals_out.append(val)
    return np.concatenate(rows_out), np.concatenate(cols_out), np.concatenate(vals_out)


def _top_k_per_row(rows: np.ndarray, sims: np.ndarray, k: int) -> np.ndarray:
    order = np.lexsort((-sims, rows))
    sorted_rows = rows[order]
    first = np.searchsorted(sorted_rows, sorted_rows, side="left")
    rank = np.arange(len(order)) - first
    return order[(rank < k) & (sims[order] > 0)]


def build_lexical_index(statements: Sequence[HasElements], weights: dict[str, float] | None = None) -> SimilarityIndex:
    """Fit TF-IDF on the statements' own elements and return their vectors."""
    weights = weights or DEFAULT_WEIGHTS
    blocks, presence = [], []
    for element in ELEMENTS:
        docs = [terms(getattr(s, element) or "") for s in statements]
        matrix = _tfidf(docs)
        blocks.append(matrix * np.sqrt(weights[element]))
        present = np.asarray(matrix.getnnz(axis=1) > 0, dtype=np.float64)
        presence.append(present * np.sqrt(weights[element]))
    vectors = sparse.hstack(blocks, format="csr")
    vectors.sort_indices()
    ends = tuple(int(e) for e in np.cumsum([b.shape[1] for b in blocks]))
    return SimilarityIndex(vectors, np.column_stack(presence), tuple(weights[e] for e in ELEMENTS), element_ends=ends)


def _tfidf(docs: list[list[str]]) -> sparse.csr_matrix:
    """Sublinear TF x smoothed IDF, rows L2-normalised; vocabulary in sorted order for determinism."""
    vocab = {t: i for i, t in enumerate(sorted({t for d in docs for t in d}))}
    rows, cols, vals = [], [], []
    for r, doc in enumerate(docs):
        counts: dict[int, int] = {}
        for t in doc:
            counts[vocab[t]] = counts.get(vocab[t], 0) + 1
        for c in sorted(counts):
            rows.append(r)
            cols.append(c)
            vals.append(1.0 + np.log(counts[c]))
    n_docs = sum(1 for d in docs if d)
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)), dtype=np.float64)
    df = np.bincount(m.indices, minlength=len(vocab))
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    m = m @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ m


def similarity(a: HasElements, b: HasElements, corpus: Iterable[HasElements] = ()) -> float:
    """Similarity of two statements, with IDF fitted on `corpus` (or on the two alone)."""
    items = [a, b, *corpus]
    return build_lexical_index(items).pair(0, 1)
