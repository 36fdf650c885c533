"""Where to cut the merge tree: the fixed rule (halfway from background to nearest neighbour) against each
review's own silhouette, and every cut between, on the topic sets (issue 14).

    python bench/bench_cut_choice.py

For each set and each cut t (0.2 … 0.8 of the way from the median random pair to the median nearest
neighbour): the ARI against the answer key and the clustering's silhouette (1 - similarity as distance,
computed without the key). "silhouette-chosen" takes the cut with the best silhouette: its mean ARI is what a
self-tuning cut would score; "best" reads each set's best cut off its key, the ceiling of any cut rule.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_merge import adjusted_rand  # noqa: E402
from bench_topics import load, review_sets  # noqa: E402

from cmo.synthesis.backends import build_index  # noqa: E402
from cmo.synthesis.merge import NeighbourGraph, _background_sample  # noqa: E402

CUTS = [round(t, 2) for t in np.arange(0.2, 0.81, 0.05)]


def silhouette(similarity: np.ndarray, labels: np.ndarray) -> float:
    distance = 1 - similarity
    values = []
    for i, label in enumerate(labels):
        same = labels == label
        same[i] = False
        others = [distance[i, labels == other].mean() for other in set(labels.tolist()) if other != label]
        if not same.any() or not others:
            values.append(0.0)
            continue
        a, b = distance[i, same].mean(), min(others)
        values.append((b - a) / max(a, b) if max(a, b) > 0 else 0.0)
    return float(np.mean(values))


def one_set(folder: Path) -> dict:
    statements, _, answer, _ = load(folder)
    truth = [answer[s.id]["truth_config"] for s in statements]
    index = build_index(statements, backend="hybrid")
    graph = NeighbourGraph.build(index)
    n = index.size
    rows, cols = np.triu_indices(n, 1)
    similarity = np.eye(n)
    similarity[rows, cols] = similarity[cols, rows] = index.pairs(rows, cols)
    background = float(np.median(_background_sample(index)))
    nearest = graph.nearest()
    typical = float(np.median(nearest[nearest > 0]))
    scores = {}
    for t in CUTS:
        labels = np.zeros(n, dtype=int)
        for k, members in enumerate(graph.average_linkage(list(range(n)), background + t * (typical - background))):
            labels[members] = k
        scores[t] = (adjusted_rand(truth, labels.tolist()), silhouette(similarity, labels))
    chosen = max(CUTS, key=lambda t: (scores[t][1], -abs(t - 0.5)))
    return {
        "set": folder.name,
        "default": scores[0.5][0],
        "silhouette": scores[chosen][0],
        "chosen": chosen,
        "best": max(s[0] for s in scores.values()),
    }


def main() -> None:
    rows = [one_set(folder) for folder in review_sets()]
    for r in rows:
        print(
            f"{r['set']:<14} default {r['default']:.3f}  silhouette (t={r['chosen']}) {r['silhouette']:.3f}  best {r['best']:.3f}"
        )
    topics = [r for r in rows if r["set"] != "merge_dev"]
    for key in ("default", "silhouette", "best"):
        print(f"mean over the topic sets, {key}: {statistics.mean(r[key] for r in topics):.3f}")


if __name__ == "__main__":
    main()
