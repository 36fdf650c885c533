"""Where refine says a statement it left alone belongs, scored on the labelled sets: old code against new, one run.

    python bench/bench_placement_hints.py                       # lexical and hybrid, this tree against /tmp/t40_head
    python bench/bench_placement_hints.py --old DIR --backends lexical

Each labelled set (`bench_topics.review_sets`: bench/data/merge_topics/* and merge_dev) is merged with defaults, as
`cmo refine` would. For every statement the merge left in a configuration of its own whose true configuration has other
statements, refine's hint (`MergeResult.alone_near`; in the new code also `alone_nearest`, the close runners-up) is
right when the hinted configuration's members are mostly of the statement's true configuration (its plurality label).
Top-1: the first hint is right; top-3: one of the hints offered is (the old code offers one, so its top-3 is its top-1);
"offered": hints per statement. Each code tree runs in its own process, so both are the real code.

Scoring variants (how a statement's likeness to a configuration is read from its likeness to the members) are compared
in the same run on the new tree, and one is chosen leave one review out: each set's figure is that of the variant best
on the other sets (hint top-1, then leave-one-statement-out placement top-1 as `bench_topics` measures it).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OLD = Path("/tmp/t40_head")


def worker(code: Path, backend: str) -> dict:
    sys.path.insert(0, str(code))
    sys.path.insert(1, str(REPO / "bench"))
    import importlib

    import numpy as np

    merge = importlib.import_module("cmo.synthesis.merge")  # first: the helpers below put this tree's folder on the path
    from bench_merge import counter_ids
    from bench_topics import load, review_sets

    sets = {}
    for folder in review_sets():
        statements, domains, key, _ = load(folder)
        result = merge.propose(statements, domains, next_id=counter_ids(), backend=backend)
        active = [c for c in result.configurations if not c.retired]
        label = {sid: key[sid]["truth_config"] for sid in key}
        size = Counter(label.values())
        plurality = {}
        for c in active:
            counts = Counter(label[s] for s in c.statements)
            top = max(counts.values())
            plurality[c.id] = {t for t, n in counts.items() if n == top}
        nearest = getattr(result, "alone_nearest", {})
        rows = []
        for c in active:
            if len(c.statements) != 1:
                continue
            sid = c.statements[0]
            if size[label[sid]] < 2:
                continue  # alone in the answer key too: no home to find
            hints = [cid for cid, _ in nearest.get(sid, [])] or ([result.alone_near[sid][0]] if sid in result.alone_near else [])
            right = [label[sid] in plurality[h] for h in hints]
            rows.append({"statement": sid, "hints": hints, "top1": bool(right[:1] and right[0]), "top3": any(right[:3])})
        variants = _variants(statements, key, active, label, plurality, backend, np) if code == REPO else {}
        sets[folder.name] = {"singletons": rows, "variants": variants}
    assert Path(merge.__file__).is_relative_to(code), merge.__file__
    return sets


def _variants(statements, key, active, label, plurality, backend, np) -> dict:
    """Per scoring variant: hint top-1 over this set's singletons, and leave-one-statement-out placement top-1."""
    from cmo.synthesis.backends import build_index

    indexes = {
        "": build_index(statements, backend=backend),
        " M3": build_index(statements, {"context": 1.0, "mechanism": 3.0, "outcome": 1.0}, backend=backend),
        " O.5": build_index(statements, {"context": 1.0, "mechanism": 2.0, "outcome": 0.5}, backend=backend),
    }
    position = {s.id: i for i, s in enumerate(statements)}
    reads = {
        "mean": lambda sims: float(sims.mean()),
        "max": lambda sims: float(sims.max()),
        "mean+max": lambda sims: float(sims.mean() + sims.max()) / 2,
        "top2": lambda sims: float(np.sort(sims)[-2:].mean()),
    }

    def ranked(node, groups, read, index):
        scored = []
        for cid, nodes in groups.items():
            others = [n for n in nodes if n != node]
            if others:
                sims = index.pairs(np.full(len(others), node), np.asarray(others, dtype=np.int64))
                scored.append((-round(read(sims), 3), cid))
        return [cid for _, cid in sorted(scored)]

    size = Counter(label.values())
    configs = {c.id: [position[s] for s in c.statements] for c in active}
    truth: dict[str, list[int]] = {}
    for s in statements:
        truth.setdefault(label[s.id], []).append(position[s.id])
    out = {}
    for (weighting, index), (name, read) in ((i, r) for i in indexes.items() for r in reads.items()):
        name += weighting
        hits = counted = loso = loso_n = 0
        for c in active:
            sid = c.statements[0]
            if len(c.statements) == 1 and size[label[sid]] >= 2:
                order = ranked(position[sid], {k: v for k, v in configs.items() if k != c.id}, read, index)
                counted += 1
                hits += bool(order) and label[sid] in plurality[order[0]]
        for s in statements:
            if size[label[s.id]] >= 2:
                loso_n += 1
                loso += ranked(position[s.id], truth, read, index)[:1] == [label[s.id]]
        out[name] = {"hint_top1": [hits, counted], "loso_top1": [loso, loso_n]}
    return out


def _run(code: Path, backend: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(code), "--backends", backend], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"{code} ({backend}) failed:\n{done.stderr}")
    return json.loads(done.stdout)


def _rate(rows: list[dict], field: str) -> tuple[int, int]:
    return sum(r[field] for r in rows), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", default=str(OLD))
    parser.add_argument("--backends", nargs="*", default=["lexical", "hybrid"])
    parser.add_argument("--worker")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(Path(args.worker), args.backends[0])))
        return
    for backend in args.backends:
        old, new = _run(Path(args.old), backend), _run(REPO, backend)
        print(f"\n{backend}: singletons with a true home, hint right (top-1 / top-3 / hints offered per statement)")
        totals = {"old": [0, 0, 0, 0], "new": [0, 0, 0, 0]}
        for name in new:
            line = f"  {name:<20}"
            for which, data in (("old", old), ("new", new)):
                rows = data[name]["singletons"]
                t1, n = _rate(rows, "top1")
                t3, _ = _rate(rows, "top3")
                offered = sum(len(r["hints"]) for r in rows)
                for i, v in enumerate((t1, t3, n, offered)):
                    totals[which][i] += v
                line += f"  {which} {t1}/{n} {t3}/{n} ({offered / max(n, 1):.1f})"
            print(line)
        for which in ("old", "new"):
            t1, t3, n, offered = totals[which]
            print(
                f"  all sets {which}: top-1 {t1}/{n} = {t1 / max(n, 1):.3f}, top-3 {t3}/{n} = {t3 / max(n, 1):.3f}, "
                f"{offered / max(n, 1):.2f} hints each"
            )
        names = list(new)
        variants = list(new[names[0]]["variants"])

        def figure(variant, sets, new=new):
            hits = sum(new[s]["variants"][variant]["hint_top1"][0] for s in sets)
            counted = sum(new[s]["variants"][variant]["hint_top1"][1] for s in sets)
            loso = sum(new[s]["variants"][variant]["loso_top1"][0] for s in sets)
            loso_n = sum(new[s]["variants"][variant]["loso_top1"][1] for s in sets)
            return hits / max(counted, 1), loso / max(loso_n, 1)

        print("  scoring variants, all sets (hint top-1, placement top-1):")
        for v in variants:
            h, p = figure(v, names)
            print(f"    {v:<12} {h:.3f} {p:.3f}")
        print("  leave one review out (variant best on the other sets, then its figure on this one):")
        chosen, held_hits, mean_hits, counted = [], 0, 0, 0
        for held in names:
            others = [n for n in names if n != held]
            best = max(variants, key=lambda v: (figure(v, others), v == "mean"))
            h = new[held]["variants"][best]["hint_top1"]
            chosen.append(best)
            held_hits, counted = held_hits + h[0], counted + h[1]
            mean_hits += new[held]["variants"]["mean"]["hint_top1"][0]
            print(f"    {held:<20} {best:<12} hint top-1 {h[0]}/{h[1]}")
        print(
            f"  chosen: {dict(Counter(chosen))}; held out, hint top-1 {held_hits}/{counted} against {mean_hits}/{counted} "
            "for the mean (what cmo uses)"
        )


if __name__ == "__main__":
    main()
