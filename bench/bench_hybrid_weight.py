"""How much meaning against words in the hybrid score: the weight of the model's cosine (the lexical one gets
the rest), each weight scored on every set, and the weight chosen leave one review out.

    python bench/bench_hybrid_weight.py

The default is the even mean (0.5). Each set's held-out figure is that of the weight that did best on the
other sets, so nothing reported was chosen on the set it is reported for.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_topics  # noqa: E402

from cmo.synthesis import embeddings  # noqa: E402

WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)


def weighted(weight: float):
    def pairs(self, rows, cols):
        if len(rows) == 0:
            return np.zeros(0)
        mixed = (1 - weight) * self.lexical.pairs(rows, cols) + weight * self.semantic.pairs(rows, cols)
        return np.round(mixed, embeddings.SCORE_DECIMALS)

    return pairs


def main() -> None:
    ari = {}
    for weight in WEIGHTS:
        embeddings.HybridIndex.pairs = weighted(weight)
        ari[weight] = {
            r["set"]: r["ari"] for r in (bench_topics.score(f, "hybrid", "minilm-int8") for f in bench_topics.review_sets())
        }
        topics = [v for name, v in ari[weight].items() if name != "merge_dev"]
        print(
            f"weight {weight}: "
            + "  ".join(f"{n} {v:.3f}" for n, v in ari[weight].items())
            + f"  topic mean {statistics.mean(topics):.3f}"
        )
    held = []
    for name in ari[0.5]:
        others = [n for n in ari[0.5] if n != name]
        chosen = max(WEIGHTS, key=lambda w: (statistics.mean(ari[w][n] for n in others), -abs(w - 0.5)))
        held.append((name, chosen, ari[chosen][name]))
        print(f"held out {name:<14} weight {chosen}  ARI {ari[chosen][name]:.3f}")
    print(f"leave one review out, topic mean: {statistics.mean(v for n, _, v in held if n != 'merge_dev'):.3f}")


if __name__ == "__main__":
    main()
