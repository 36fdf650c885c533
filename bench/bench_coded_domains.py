"""Statements a person coded to different domains are never merged: what that does to the merge.

    python bench/bench_coded_domains.py --backend hybrid

Each labelled set (`bench_topics.review_sets`) is merged twice in one run with every statement coded, as a
coder would code it, to the domain its answer key names (through the set's domains.yaml; a statement whose key
names no given domain stays uncoded): once as refine merges now (clusters coded to different domains kept apart)
and once as before (`_coded_apart` always false). Adjusted Rand index against the answer key, each set alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_merge import adjusted_rand, counter_ids  # noqa: E402
from bench_topics import load, review_sets  # noqa: E402

from cmo.synthesis import merge  # noqa: E402


def coded(folder: Path):
    statements, domains, key, truth_of_slug = load(folder)
    slug_of = {truth: slug for slug, truth in truth_of_slug.items()}
    statements = [s.model_copy(update={"domain": slug_of.get(key[s.id]["truth_domain"])}) for s in statements]
    return statements, domains, key


def ari(statements, domains, key, backend: str) -> tuple[float, int]:
    result = merge.propose(statements, domains, next_id=counter_ids(), backend=backend)
    config_of = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    ids = sorted(key)
    truth = [key[i]["truth_config"] for i in ids]
    return adjusted_rand(truth, [config_of.get(i, f"none-{i}") for i in ids]), len(result.unassigned_statements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", default="hybrid")
    args = parser.parse_args()
    kept_apart = merge._coded_apart
    rows = []
    for folder in review_sets():
        statements, domains, key = coded(folder)
        now = ari(statements, domains, key, args.backend)
        merge._coded_apart = lambda one, other: False
        try:
            before = ari(statements, domains, key, args.backend)
        finally:
            merge._coded_apart = kept_apart
        coded_count = sum(1 for s in statements if s.domain)
        rows.append((folder.name, before[0], now[0], coded_count, len(statements)))
        print(f"{folder.name:20} coded {coded_count:3}/{len(statements):3}  ARI across {before[0]:.3f} apart {now[0]:.3f}")
    print(
        f"mean over {len(rows)} sets: merged across {statistics.mean(r[1] for r in rows):.3f}, "
        f"kept apart {statistics.mean(r[2] for r in rows):.3f}"
    )


if __name__ == "__main__":
    main()
