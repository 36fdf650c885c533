"""Merging on topics nobody tuned for: every labelled review set, scored one at a time.

    python bench/bench_topics.py                     # every backend that is installed, every set
    python bench/bench_topics.py --backends hybrid   # one backend
    python bench/bench_topics.py --json out.json     # the figures as JSON too

The sets: `bench/data/merge_topics/*` (statements written from five published realist reviews,
see its README) and `merge_dev` from ../shared when present. Each set is merged on its own,
with defaults, exactly as `cmo refine` would (the threshold comes from the set itself), and
scored against its answer key: adjusted Rand index of the configurations, statements left in
no configuration, domain accuracy (through the set's domains.yaml), top-1/top-3 placement
(leave-one-statement-out: each statement's suggestions against the others' true groups).

Nothing here is tuned on a set it reports: the merge has no per-set constant, and where a
choice between variants is made (`choose_by_loro`), each set's figure is that of the variant
that scored best on the *other* sets (leave one review out).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import numpy as np  # noqa: E402
from bench_merge import adjusted_rand, counter_ids  # noqa: E402

from cmo.models import Domain, Statement  # noqa: E402
from cmo.synthesis import merge  # noqa: E402
from cmo.synthesis.explain import placements  # noqa: E402

TOPICS = REPO / "bench" / "data" / "merge_topics"
MERGE_DEV = REPO.parent / "shared" / "benchmarks" / "merge_dev"


def review_sets() -> list[Path]:
    sets = sorted(p for p in TOPICS.iterdir() if (p / "statements.csv").exists())
    if (MERGE_DEV / "statements.csv").exists():
        sets.append(MERGE_DEV)
    return sets


def load(folder: Path):
    """Statements (answer columns left out), domains, and the answer key by statement id."""
    import yaml

    with open(folder / "statements.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    statements = [
        Statement(id=r["id"], source=r["source"], context=r["context"], mechanism=r["mechanism"], outcome=r["outcome"])
        for r in rows
    ]
    spec = yaml.safe_load((folder / "domains.yaml").read_text(encoding="utf-8"))["domains"]
    domains = [Domain(slug=d["slug"], name=d["name"], description=d["description"]) for d in spec]
    truth_of_slug = {d["slug"]: d["truth_domain"] for d in spec}
    return statements, domains, {r["id"]: r for r in rows}, truth_of_slug


def tfidf_baseline(statements, weights=None, backend="", model=""):
    """The textbook baseline: each whole statement (C, M and O together) as one TF-IDF vector of its lower-cased
    words less English stopwords, compared by cosine; no stemming, no elements, no model."""
    import re

    from cmo.synthesis.embeddings import SemanticIndex
    from cmo.synthesis.lexicon import STOPWORDS

    docs = [
        [w for w in re.findall(r"[a-z0-9]+", f"{s.context} {s.mechanism} {s.outcome}".lower()) if w not in STOPWORDS]
        for s in statements
    ]
    vocab = {w: i for i, w in enumerate(sorted({w for d in docs for w in d}))}
    counts = np.zeros((len(docs), len(vocab)))
    for row, doc in enumerate(docs):
        for word in doc:
            counts[row, vocab[word]] += 1
    idf = np.log((1 + len(docs)) / (1 + (counts > 0).sum(axis=0))) + 1
    vectors = counts * idf
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    present = np.ones((len(docs), 1))
    return SemanticIndex(vectors.astype(np.float32), present, (1.0,), "tf-idf baseline (whole statements)")


def score(folder: Path, backend: str, model: str = "minilm-int8") -> dict:
    statements, domains, key, truth_of_slug = load(folder)
    started = time.perf_counter()
    result = merge.propose(statements, domains, next_id=counter_ids(), backend=backend, model=model)
    seconds = time.perf_counter() - started
    config_of = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    ids = sorted(key)
    truth = [key[i]["truth_config"] for i in ids]
    ari = adjusted_rand(truth, [config_of.get(i, f"none-{i}") for i in ids])
    domain_hits = [truth_of_slug.get(result.statement_domains.get(i)) == key[i]["truth_domain"] for i in ids]
    top1, top3 = placement(statements, key, backend, model)
    return {
        "set": folder.name,
        "backend": result.backend,
        "statements": len(ids),
        "true_configurations": len(set(truth)),
        "configurations": sum(1 for c in result.configurations if not c.retired),
        "left_out": len(result.unassigned_statements),
        "ari": round(ari, 3),
        "domain_accuracy": round(sum(domain_hits) / len(ids), 3),
        "top1": top1,
        "top3": top3,
        "seconds": round(seconds, 2),
    }


def placement(statements, key, backend: str, model: str) -> tuple[float, float]:
    """Leave-one-statement-out: rank the true configurations (built from the other statements) for each
    statement by `merge.place`, and count how often the statement's own is first / in the first three."""
    groups: dict[str, list[str]] = {}
    for s in statements:
        groups.setdefault(key[s.id]["truth_config"], []).append(s.id)
    hits1 = hits3 = counted = 0
    index = merge.build_index(statements, backend=backend, model=model)  # the baseline's, while it is measured
    position = {s.id: i for i, s in enumerate(statements)}
    for s in statements:
        own = key[s.id]["truth_config"]
        candidates = {cid: [m for m in members if m != s.id] for cid, members in groups.items()}
        candidates = {cid: members for cid, members in candidates.items() if members}
        if own not in candidates:
            continue
        nodes = {c: [position[m] for m in ms] for c, ms in candidates.items()}
        ranked = [p.configuration for p in placements(index, s.id, position[s.id], nodes, statements)]
        counted += 1
        hits1 += ranked[:1] == [own]
        hits3 += own in ranked[:3]
    return round(hits1 / counted, 3), round(hits3 / counted, 3)


def summary(rows: list[dict]) -> dict:
    """Mean and worst over the topic sets (merge_dev reported on its own line, as it was seen while writing rules)."""
    topic = [r for r in rows if r["set"] != "merge_dev"]
    return {
        "ari_mean": round(statistics.mean(r["ari"] for r in topic), 3),
        "ari_min": min(r["ari"] for r in topic),
        "domain_accuracy_mean": round(statistics.mean(r["domain_accuracy"] for r in topic), 3),
        "top1_mean": round(statistics.mean(r["top1"] for r in topic), 3),
        "top3_mean": round(statistics.mean(r["top3"] for r in topic), 3),
        "left_out": sum(r["left_out"] for r in topic),
    }


def installed(backend: str, model: str) -> bool:
    if backend in ("lexical", "tfidf"):
        return True
    from cmo.errors import CmoError
    from cmo.synthesis.embeddings import load_model

    try:
        load_model(model)
    except CmoError:
        return False
    return True


VARIANTS = {
    "tfidf-baseline": ("tfidf", "minilm-int8"),
    "lexical": ("lexical", "minilm-int8"),
    "semantic": ("semantic", "minilm-int8"),
    "hybrid": ("hybrid", "minilm-int8"),
    "semantic-torch": ("semantic", "minilm-torch"),
    "hybrid-torch": ("hybrid", "minilm-torch"),
}


def choose_by_loro(report: dict) -> list[dict]:
    """For each set, the variant with the best mean ARI over the other sets, and its ARI on this one."""
    names = [r["set"] for r in next(iter(report.values()))["sets"]]
    ari = {(variant, r["set"]): r["ari"] for variant, data in report.items() for r in data["sets"]}
    rows = []
    for held_out in names:
        others = [n for n in names if n != held_out]
        chosen = max(report, key=lambda v: (statistics.mean(ari[(v, n)] for n in others), v))
        rows.append({"set": held_out, "chosen": chosen, "ari": ari[(chosen, held_out)]})
    return rows


original_build_index = merge.build_index


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", nargs="*", default=list(VARIANTS))
    parser.add_argument("--json")
    parser.add_argument("--synonyms", help="a synonym file (as review.yaml's settings.synonyms) for an ablation")
    args = parser.parse_args()
    if args.synonyms:
        import yaml

        from cmo.synthesis.lexicon import compile_synonyms, use_synonyms

        use_synonyms(compile_synonyms(yaml.safe_load(Path(args.synonyms).read_text(encoding="utf-8"))["synonyms"]))
        print(f"with the synonym file {args.synonyms}")
    sets = review_sets()
    print(f"sets: {', '.join(s.name for s in sets)}")
    report = {}
    for name in args.backends:
        backend, model = VARIANTS[name]
        if not installed(backend, model):
            print(f"{name}: not installed, skipped")
            continue
        if backend == "tfidf":
            merge.build_index = tfidf_baseline
            rows = [score(folder, "lexical", model) for folder in sets]
            merge.build_index = original_build_index
        else:
            rows = [score(folder, backend, model) for folder in sets]
        report[name] = {"sets": rows, "summary": summary(rows)}
        print(f"\n{name}: {json.dumps(report[name]['summary'])}")
        for r in rows:
            print(
                f"  {r['set']:<14} ARI {r['ari']:.3f}  configs {r['configurations']:>2}/{r['true_configurations']:<2} "
                f"left out {r['left_out']}  domains {r['domain_accuracy']:.3f}  top1 {r['top1']:.3f} top3 {r['top3']:.3f}  "
                f"{r['seconds']:.2f} s"
            )
    if len(report) > 1:
        print("\nleave one review out: each set's figure from the variant that did best on the other sets")
        report["leave_one_out"] = choose_by_loro(report)
        for row in report["leave_one_out"]:
            print(f"  {row['set']:<14} {row['chosen']:<16} ARI {row['ari']:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    main()
