"""Would static word-piece embeddings do instead of running the model? (issue 14: the first refine of a large
review is slow because every element is encoded.)

    python bench/bench_static_embeddings.py              # raw, centred and PCA-256 variants
    python bench/bench_static_embeddings.py --variants pca

model2vec's recipe with the model cmo ships: each of the tokenizer's 30,522 word pieces is encoded alone by the
int8 all-MiniLM-L6-v2 (`[CLS] piece [SEP]`, mean of the states, ~16 s once), and a text's vector is the mean
of its pieces' vectors (instant). No PyPI package ships such a table, so it is built here, in memory. Each
variant replaces the model in `bench_topics` (same sets, same scoring, leave one review out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_topics  # noqa: E402

from cmo.synthesis import embeddings  # noqa: E402

SPECIAL = 999
"""Word pieces below this id are [PAD], [unused…], [CLS], [SEP], [MASK]."""


def piece_table(model: embeddings.OnnxMiniLM) -> np.ndarray:
    size = model.tokenizer.get_vocab_size()
    table = np.zeros((size, 384), dtype=np.float32)
    for start in range(0, size, 512):
        ids = np.array([[101, i, 102] for i in range(start, min(size, start + 512))], dtype=np.int64)
        states = model.session.run(
            None, {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
        )[0]
        table[start : start + len(ids)] = states.mean(axis=1)
    return table


def variant(table: np.ndarray, name: str) -> np.ndarray:
    if name == "centred":
        return table - table[SPECIAL:].mean(axis=0)
    if name == "pca":
        centred = table - table[SPECIAL:].mean(axis=0)
        _, _, components = np.linalg.svd(centred[SPECIAL:], full_matrices=False)
        return centred @ components[:256].T
    return table


def static_encoder(table: np.ndarray):
    def encode(self, texts):
        out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            ids = [i for i in encoding.ids if i >= SPECIAL]
            if ids:
                vector = table[ids].mean(axis=0)
                out[row] = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return out

    return encode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variants", nargs="*", default=["raw", "centred", "pca"])
    args = parser.parse_args()
    table = piece_table(embeddings.load_model("minilm-int8"))
    for name in args.variants:
        print(f"\n=== static word pieces, {name}")
        embeddings.OnnxMiniLM.encode = static_encoder(variant(table, name))
        embeddings._remembered.clear()
        sys.argv = [sys.argv[0], "--backends", "semantic", "hybrid"]
        bench_topics.main()


if __name__ == "__main__":
    main()
