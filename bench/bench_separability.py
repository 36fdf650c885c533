"""How far can any clustering go with a similarity? Pair separability and the best-cut ceiling per review set.

    python bench/bench_separability.py

For every labelled set (`bench_topics.review_sets`), each similarity is scored two ways against the answer
key: the area under the ROC curve of its pair scores (same configuration vs not: 1.0 separates perfectly,
0.5 is chance), and the ARI of average linkage cut at its best level, read off the answer key (a ceiling
no cut rule can pass with that similarity). Similarities: cmo's three backends, and two tried instead of
per-element scores (whole statements embedded as one sentence; the mechanism alone), alone and averaged.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import numpy as np  # noqa: E402
from bench_merge import adjusted_rand  # noqa: E402
from bench_topics import load, review_sets  # noqa: E402
from scipy.cluster.hierarchy import fcluster, linkage  # noqa: E402
from scipy.spatial.distance import squareform  # noqa: E402
from scipy.stats import rankdata  # noqa: E402

from cmo.synthesis import merge  # noqa: E402
from cmo.synthesis.embeddings import embed_texts  # noqa: E402


def pair_auc(similarity: np.ndarray, truth: list[str]) -> float:
    """Probability that a same-configuration pair scores above a pair from two configurations."""
    upper = np.triu_indices(len(truth), 1)
    same = np.array([truth[i] == truth[j] for i, j in zip(*upper)])
    scores = similarity[upper]
    ranks = rankdata(scores)  # ties share their mean rank: words alone score many pairs 0
    positives = int(same.sum())
    return float((ranks[same].sum() - positives * (positives + 1) / 2) / (positives * (len(scores) - positives)))


def best_cut_ari(similarity: np.ndarray, truth: list[str]) -> float:
    distance = np.clip(1 - (similarity + similarity.T) / 2, 0, None)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), "average")
    return max(adjusted_rand(truth, list(fcluster(tree, k, "maxclust"))) for k in range(2, len(truth)))


def unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def similarities(statements) -> dict[str, np.ndarray]:
    n = len(statements)
    found = {}
    for backend in ("lexical", "semantic", "hybrid"):
        index = merge.build_index(statements, backend=backend, model="minilm-int8")
        found[backend] = np.vstack([index.pairs(np.full(n, i), np.arange(n)) for i in range(n)])
    whole = unit(embed_texts([f"{s.context}. {s.mechanism}. {s.outcome}" for s in statements]))
    mechanism = unit(embed_texts([s.mechanism or s.outcome or s.context for s in statements]))
    found["whole statement"] = whole @ whole.T
    found["mechanism alone"] = mechanism @ mechanism.T
    found["hybrid + whole"] = (found["hybrid"] + found["whole statement"]) / 2
    return found


def main() -> None:
    for folder in review_sets():
        statements, _, key, _ = load(folder)
        truth = [key[s.id]["truth_config"] for s in statements]
        print(folder.name)
        for name, matrix in similarities(statements).items():
            print(f"  {name:<16} AUC {pair_auc(matrix, truth):.3f}  best-cut ARI {best_cut_ari(matrix, truth):.3f}")


if __name__ == "__main__":
    main()
