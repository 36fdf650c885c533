"""Contradiction flags against the labelled sets: how many statements refine proposes as contradicting their
configuration are labelled so (precision), and how many of those labelled so it finds (recall).

    python bench/bench_contradiction_flags.py [--backend lexical|hybrid] [--old OLD_TREE] [--misses]

Each labelled set (`bench_topics.review_sets`: the five topic sets, trial J's and merge_dev) is merged as refine
merges it, without the answer key; a statement is labelled contradicting where its key says `contradicts: yes`.
With `--old`, the same figures from another source tree (e.g. `git archive <commit> | tar -x -C OLD_TREE`) in the
same run, each tree in its own process. No threshold or word list is chosen here: it only counts.

"placed" counts the labelled statements the merge put beside a member of their own configuration that reads as
following: only those can a rule on sides find, so recall among them measures the side rule apart from the merge.
"counted as support" counts the labelled statements a reader sees counted for their configuration (neither flagged
nor undecided, `evidence.undecided_ids`); "undecided or flagged" the cost, statements not labelled so kept off support.
`--misses` names each labelled statement not flagged (and each flag not labelled) with the first reason that holds:
placed apart, outcome not read as reversed, read as the converse of the others (`evidence.is_converse`), else not
read as about the same context and mechanism.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def flags(tree: Path, backend: str) -> dict:
    """The figures of one source tree, counted in a process that imports that tree's cmo."""
    sys.path[:0] = [str(tree), str(REPO / "bench")]
    import cmo  # this tree's, before bench_merge puts the bench's own tree first on the path: its modules come from here

    if Path(cmo.__file__).resolve().parents[1] != tree.resolve():
        raise SystemExit(f"measuring {tree} imported cmo from {cmo.__file__}")
    from bench_merge import counter_ids
    from bench_topics import load, review_sets

    from cmo.synthesis import merge

    sets, flagged_all, hits_all, labelled_all = {}, 0, 0, 0
    for folder in review_sets():
        statements, domains, key, _ = load(folder)
        result = merge.propose(statements, domains, next_id=counter_ids(), backend=backend)
        flagged = {sid for c in result.configurations if not c.retired for sid in c.contradicting}
        labelled = {sid for sid, row in key.items() if row["contradicts"] == "yes"}
        beside = {sid: _beside(sid, result.configurations, key, statements) for sid in labelled}
        placed = {sid for sid, others in beside.items() if others}
        counted, apart = _sides(result.configurations, statements, labelled)
        sets[folder.name] = {
            "flagged": len(flagged),
            "right": len(flagged & labelled),
            "labelled": len(labelled),
            "placed": len(placed),
            "placed_right": len(flagged & placed),
            "misses": {sid: _why_missed(sid, beside[sid], statements) for sid in sorted(labelled - flagged)},
            "false": sorted(flagged - labelled),
            "counted_for": counted,
            "unlabelled_apart": apart,
        }
        flagged_all, hits_all, labelled_all = (
            flagged_all + len(flagged),
            hits_all + len(flagged & labelled),
            labelled_all + len(labelled),
        )
    return {"sets": sets, "precision": hits_all / max(flagged_all, 1), "recall": hits_all / max(labelled_all, 1)}


def _beside(sid, configurations, key, statements) -> list:
    """The members of `sid`'s merged configuration from its own labelled configuration whose outcome follows."""
    from cmo.synthesis.evidence import reads_against

    by_id = {s.id: s for s in statements}
    for config in configurations:
        if not config.retired and sid in config.statements:
            return [
                by_id[o]
                for o in config.statements
                if o != sid
                and key[o]["truth_config"] == key[sid]["truth_config"]
                and key[o]["contradicts"] != "yes"
                and by_id[o].outcome
                and not reads_against(by_id[o])
            ]
    return []


def _sides(configurations, statements, labelled) -> tuple[int, int]:
    """(labelled contradicting statements counted as support, on neither side nor flagged; statements not labelled so
    counted on neither side or flagged), over configurations of two or more: the sides a reader sees
    (`evidence.contradicting_ids`, `evidence.undecided_ids`), not only refine's flags."""
    from cmo.synthesis.evidence import contradicting_ids, undecided_ids

    by_id = {s.id: s for s in statements}
    counted = apart = 0
    for config in configurations:
        if config.retired or len(config.statements) < 2:
            continue
        against = contradicting_ids(config, by_id)
        off = {*against, *undecided_ids(config, by_id, against)}
        counted += sum(sid in labelled and sid not in off for sid in config.statements)
        apart += sum(sid not in labelled and sid in off for sid in config.statements)
    return counted, apart


def _why_missed(sid, beside, statements) -> str:
    from cmo.synthesis.evidence import is_converse, reads_against

    member = next(s for s in statements if s.id == sid)
    if not beside:
        return "placed apart from its configuration"
    if not reads_against(member):
        return "outcome not read as reversed"
    if is_converse(member, beside):
        return "read as the converse"
    return "not read as about the same context and mechanism"


def measured(tree: Path, backend: str) -> dict:
    code = f"import json, sys; sys.path.insert(0, {str(REPO / 'bench')!r}); import bench_contradiction_flags as b; "
    code += f"print(json.dumps(b.flags(__import__('pathlib').Path({str(tree)!r}), {backend!r})))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="lexical", choices=["lexical", "hybrid"])
    parser.add_argument("--old", type=Path, help="another source tree to measure in the same run")
    parser.add_argument("--misses", action="store_true", help="name each labelled statement missed, and why")
    args = parser.parse_args()
    trees = ([("old", args.old)] if args.old else []) + [("this", REPO)]
    results = {name: measured(tree, args.backend) for name, tree in trees}
    print(f"backend {args.backend}; flagged right / flagged / labelled contradicting, per set")
    for name in next(iter(results.values()))["sets"]:
        cells = "   ".join(
            f"{label}: {r['sets'][name]['right']}/{r['sets'][name]['flagged']}/{r['sets'][name]['labelled']}"
            for label, r in results.items()
        )
        print(f"  {name:<22} {cells}")
    for label, r in results.items():
        placed = sum(v["placed"] for v in r["sets"].values())
        placed_right = sum(v["placed_right"] for v in r["sets"].values())
        print(
            f"{label}: precision {r['precision']:.3f}, recall {r['recall']:.3f}; "
            f"recall among those placed beside their configuration {placed_right}/{placed}; labelled contradicting yet "
            f"counted as support {sum(v['counted_for'] for v in r['sets'].values())}, not labelled yet undecided or "
            f"flagged {sum(v['unlabelled_apart'] for v in r['sets'].values())}"
        )
    for label, r in results.items() if args.misses else ():
        print(f"{label}: missed, and why; flagged, not labelled")
        for name, figures in r["sets"].items():
            for sid, why in figures["misses"].items():
                print(f"  {name:<22} {sid:<5} {why}")
            for sid in figures["false"]:
                print(f"  {name:<22} {sid:<5} flagged, not labelled")


if __name__ == "__main__":
    main()
