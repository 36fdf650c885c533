"""Benchmark the merge: quality on merge_dev and time/memory on synthetic statements.

    python bench/bench_merge.py            # quality + scaling (2,500 and 10,000)
    python bench/bench_merge.py quality    # merge_dev only
    python bench/bench_merge.py scale N    # one synthetic run of N statements (child process)

Add `--backend lexical` (or `semantic`) to any of these to measure another backend; the default
is the review default, hybrid.

Scaling runs each size in its own process so that peak RSS belongs to that size alone.
"""

from __future__ import annotations

import csv
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cmo.models import DEFAULT_BACKEND, Domain, Statement  # noqa: E402  (after the path is set)
from cmo.synthesis.merge import propose  # noqa: E402

MERGE_DEV = REPO.parent / "shared" / "benchmarks" / "merge_dev"


def load_merge_dev():
    """Statements without the answer-key columns, domain specs, and the key itself."""
    import yaml

    with open(MERGE_DEV / "statements.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    statements = [
        Statement(
            id=r["id"],
            source=r["source"],
            context=r["context"],
            mechanism=r["mechanism"],
            outcome=r["outcome"],
            quote=r["quote"],
            page=r["page"],
            coder=r["coder"],
        )
        for r in rows
    ]
    spec = yaml.safe_load((MERGE_DEV / "domains.yaml").read_text(encoding="utf-8"))["domains"]
    domains = [Domain(slug=d["slug"], name=d["name"], description=d["description"]) for d in spec]
    key = {r["id"]: r for r in rows}
    slug_to_truth = {d["slug"]: d["truth_domain"] for d in spec}
    return statements, domains, key, slug_to_truth


def counter_ids(prefix: str = "C"):
    numbers = itertools.count(1)
    return lambda: f"{prefix}{next(numbers)}"


def adjusted_rand(a: list, b: list) -> float:
    from scipy.special import comb

    pairs = {}
    for x, y in zip(a, b):
        pairs[(x, y)] = pairs.get((x, y), 0) + 1
    rows, cols = {}, {}
    for (x, y), n in pairs.items():
        rows[x] = rows.get(x, 0) + n
        cols[y] = cols.get(y, 0) + n
    index = sum(comb(n, 2) for n in pairs.values())
    sum_a = sum(comb(n, 2) for n in rows.values())
    sum_b = sum(comb(n, 2) for n in cols.values())
    expected = sum_a * sum_b / comb(len(a), 2)
    maximum = (sum_a + sum_b) / 2
    return 1.0 if maximum == expected else float((index - expected) / (maximum - expected))


def score_merge_dev(threshold=None, backend: str = DEFAULT_BACKEND) -> dict:
    statements, domains, key, slug_to_truth = load_merge_dev()
    result = propose(statements, domains, next_id=counter_ids(), threshold=threshold, backend=backend)
    config_of = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    flagged = {sid for c in result.configurations for sid in c.contradicting}
    ids = sorted(key)
    ari = adjusted_rand([key[i]["truth_config"] for i in ids], [config_of.get(i, f"unassigned-{i}") for i in ids])
    domain_acc = sum(slug_to_truth.get(result.statement_domains.get(i)) == key[i]["truth_domain"] for i in ids) / len(ids)
    majority = max(sum(key[i]["truth_domain"] == t for i in ids) for t in {key[i]["truth_domain"] for i in ids}) / len(ids)
    truly = {i for i in ids if key[i]["contradicts"] == "yes"}
    hits = len(flagged & truly)
    return {
        "ari": round(ari, 3),
        "configurations": sum(1 for c in result.configurations if not c.retired),
        "unassigned": len(result.unassigned_statements),
        "threshold": result.threshold,
        "domain_accuracy": round(domain_acc, 3),
        "domain_majority_baseline": round(majority, 3),
        "contradiction_precision": round(hits / len(flagged), 3) if flagged else None,
        "contradiction_recall": round(hits / len(truly), 3) if truly else None,
        "backend": result.backend,
        "titles": {c.id: c.title for c in result.configurations},
    }


SWEEP = {
    "lexical": (0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3),
    "semantic": (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65),
    "hybrid": (0.25, 0.3, 0.35, 0.4, 0.45, 0.5),
}
"""Embedding cosines run higher than TF-IDF ones, so each backend is swept around its own cut."""


def quality(backend: str = DEFAULT_BACKEND) -> None:
    if not (MERGE_DEV / "statements.csv").exists():
        print(f"merge_dev not found at {MERGE_DEV}; skipping quality")
        return
    report = score_merge_dev(backend=backend)
    titles = report.pop("titles")
    print("merge_dev (default settings):", json.dumps(report))
    for cid, title in titles.items():
        print(f"  {cid}: {title}")
    print("threshold sweep (for reading only; the default is not chosen from it):")
    for cut in SWEEP[backend]:
        print(f"  threshold {cut:.3f}: ARI {score_merge_dev(cut, backend)['ari']:.3f}")
    if backend == "lexical":
        print("for comparison only, lexical with the old merge_dev synonym table:", json.dumps(_with_the_old_table()))


def _with_the_old_table() -> dict:
    """merge_dev with the synonym table written after reading it (what cmo used until issue 14), lexical backend."""
    import yaml

    from cmo.synthesis.lexicon import NO_SYNONYMS, compile_synonyms, use_synonyms

    table = yaml.safe_load((REPO / "bench" / "data" / "merge_dev_synonyms.yaml").read_text(encoding="utf-8"))
    use_synonyms(compile_synonyms(table["synonyms"]))
    try:
        report = score_merge_dev(backend="lexical")
    finally:
        use_synonyms(NO_SYNONYMS)
    return {k: report[k] for k in ("ari", "configurations", "threshold", "domain_accuracy")}


# --- synthetic statements -------------------------------------------------------------

WHO = [
    "older adults",
    "young people",
    "veterans",
    "carers",
    "patients",
    "parents",
    "nurses",
    "community members",
    "clinicians",
    "students",
    "migrants",
    "people with dementia",
    "rural residents",
    "frontline staff",
    "pharmacists",
    "social workers",
]
CONDITION = [
    "diabetes",
    "heart failure",
    "depression",
    "COPD",
    "chronic pain",
    "asthma",
    "obesity",
    "hypertension",
    "psychosis",
    "anxiety",
    "kidney disease",
    "HIV",
    "cancer",
    "stroke",
    "arthritis",
    "epilepsy",
]
SETTING = [
    "in primary care",
    "in a hospital clinic",
    "at home",
    "in a community centre",
    "online",
    "in schools",
    "in prison",
    "in a care home",
    "in crisis services",
    "in general practice",
    "through a telephone service",
    "in a faith setting",
]
ACTION = [
    "peer support",
    "video consultations",
    "text reminders",
    "home visits",
    "group education",
    "care coordination",
    "shared decision making",
    "health coaching",
    "medication reviews",
    "digital self-monitoring",
    "outreach workers",
    "case management",
    "social prescribing",
    "family involvement",
    "interpreter services",
    "financial incentives",
]
RESPONSE = [
    "felt understood",
    "trusted the service",
    "felt less alone",
    "felt in control",
    "understood their condition",
    "felt safe",
    "felt respected",
    "felt motivated",
    "felt accountable",
    "felt less stigma",
    "felt listened to",
    "gained confidence",
]
RESULT = [
    "attendance improved",
    "adherence to medication increased",
    "symptoms reduced",
    "hospital admissions fell",
    "quality of life improved",
    "self-management improved",
    "waiting times fell",
    "satisfaction rose",
    "drop-out declined",
    "wellbeing improved",
]
SWAPS = {
    "felt": ["were", "became"],
    "improved": ["got better", "rose"],
    "increased": ["went up", "rose"],
    "people": ["individuals", "persons"],
    "patients": ["service users", "clients"],
    "with": ["living with", "who have"],
    "trusted": ["had trust in"],
    "reduced": ["decreased", "fell"],
}
FILLER = ["notably", "in practice", "over time", "for many", "reportedly", "in the study", "overall"]


def synthetic(n: int, seed: int = 7) -> tuple[list[Statement], list[int]]:
    """n statements paraphrasing about n/25 configurations, with a truth label each."""
    rng = random.Random(seed)
    configs = []
    for _ in range(max(1, n // 25)):
        context = f"{rng.choice(WHO)} with {rng.choice(CONDITION)} {rng.choice(SETTING)}"
        mechanism = (
            f"{rng.choice(ACTION)} and {rng.choice(ACTION)} meant that they {rng.choice(RESPONSE)} and {rng.choice(RESPONSE)}"
        )
        outcome = f"{rng.choice(RESULT)} and {rng.choice(RESULT)}"
        configs.append((context, mechanism, outcome))
    statements, truth = [], []
    for i in range(n):
        label = rng.randrange(len(configs))
        elements = [_paraphrase(text, rng) for text in configs[label]]
        if rng.random() < 0.15:
            elements[rng.randrange(3)] = ""
        statements.append(
            Statement(id=f"S{i + 1}", source=f"src{i % 500}", context=elements[0], mechanism=elements[1], outcome=elements[2])
        )
        truth.append(label)
    return statements, truth


def _paraphrase(text: str, rng: random.Random) -> str:
    words = []
    for word in text.split():
        if word in SWAPS and rng.random() < 0.5:
            word = rng.choice(SWAPS[word])
        if rng.random() < 0.08:
            continue
        words.append(word)
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLER))
    return " ".join(words)


def scale_once(n: int, backend: str = DEFAULT_BACKEND) -> dict:
    statements, truth = synthetic(n)
    domains = [
        Domain(slug="access", name="Access to care", description="How people reach and keep using services"),
        Domain(slug="self-care", name="Self-management", description="How people manage their own condition"),
    ]
    if backend != "lexical":
        start = time.perf_counter()
        from cmo.synthesis.embeddings import load_model

        load_model()
        print(f"model load: {time.perf_counter() - start:.1f} s (not in seconds below)", file=sys.stderr)
    start = time.perf_counter()
    result = propose(statements, domains, next_id=counter_ids(), backend=backend)
    seconds = time.perf_counter() - start
    config_of = {sid: c.id for c in result.configurations for sid in c.statements}
    ari = adjusted_rand(truth, [config_of.get(s.id, f"u-{s.id}") for s in statements])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "n": n,
        "backend": result.backend,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(peak_mb),
        "configurations": len(result.configurations),
        "synthetic_ari": round(ari, 3),
    }


def scaling(sizes=(2500, 10000), backend: str = DEFAULT_BACKEND) -> None:
    times = {}
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "scale", str(n), "--backend", backend], capture_output=True, text=True, check=True
        )
        report = json.loads(out.stdout.strip().splitlines()[-1])
        times[n] = report["seconds"]
        print("scaling:", json.dumps(report))
    if len(sizes) == 2:
        small, large = sizes
        print(f"time ratio {large}/{small}: {times[large] / times[small]:.2f}")


def main(argv: list[str]) -> None:
    backend = DEFAULT_BACKEND
    if "--backend" in argv:
        at = argv.index("--backend")
        backend = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    if argv[:1] == ["scale"]:
        print(json.dumps(scale_once(int(argv[1]), backend)))
    elif argv[:1] == ["quality"]:
        quality(backend)
    else:
        quality(backend)
        scaling(backend=backend)


if __name__ == "__main__":
    main(sys.argv[1:])
