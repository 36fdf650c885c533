"""Statements joined with no mechanism in common: keep them apart, or say so? (session 42)

    python bench/bench_no_mechanism.py            # both parts, hybrid and lexical, every labelled set
    python bench/bench_no_mechanism.py --part say

Five users rejected configurations joined on a light or people word and the outcome ("older adults" alone; "person" +
"attend"; "physician" in context and mechanism). For each set of `bench_topics`:

1. "apart": the adjusted Rand index when the clustering refuses to join two clusters unless some cross pair shares a
   mechanism word (`explain.common_terms` left out), variants: K1 beyond words a context names, K2 K1 or mechanisms
   alike on the backend (mechanisms alone, mean of the cross pairs at the review's mechanism threshold), K3 any mechanism
   word, K4 K3 or alike; each chosen or not leaving one review out (`bench_topics.choose_by_loro`).
2. "say": how many configurations of two or more refine names as proposed on no mechanism in common
   (`MergeResult.no_mechanism`), and how many of those mix statements the answer key keeps apart (F1 on the mixed
   configurations). Until session 44 the sentence model excused mechanisms it read alike (a bar chosen here when one
   shared word was enough); with two words needed, dropping that excuse was chosen in every fold (hybrid F1 0.426 →
   0.536), so the rule is the words alone on every backend and this part only counts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_topics  # noqa: E402
import numpy as np  # noqa: E402
from bench_merge import counter_ids  # noqa: E402

from cmo.synthesis import merge  # noqa: E402
from cmo.synthesis.backends import build_index  # noqa: E402
from cmo.synthesis.explain import _terms, common_terms  # noqa: E402


def apart(backends: list[str]) -> None:
    original_init, original_between = merge.Opposites.__init__, merge.Opposites.between_nodes
    chosen = {"variant": None, "backend": "hybrid"}

    def init(self, statements):
        original_init(self, statements)
        common = common_terms(self.statements)
        context = [set(_terms(s, "context")) for s in self.statements]
        self.mechanism = [set(_terms(s, "mechanism")) - common["mechanism"] for s in self.statements]
        self.beyond = [m - c for m, c in zip(self.mechanism, context)]
        alone = [s.model_copy(update={"context": "", "outcome": ""}) for s in self.statements]
        self.mechanisms = build_index(alone, backend=chosen["backend"])
        self.mechanism_cut = merge.corpus_threshold(self.mechanisms, merge.NeighbourGraph.build(self.mechanisms))

    def between(self, refused, sides):
        base = original_between(self, refused, sides)

        def refuse(one, other):
            if base(one, other):
                return True
            variant = chosen["variant"]
            if variant is None:
                return False
            words = self.beyond if variant in ("K1", "K2") else self.mechanism
            if any(words[x] & words[y] for x in one for y in other):
                return False
            if variant in ("K1", "K3"):
                return True
            rows, cols = np.repeat(one, len(other)), np.tile(other, len(one))
            return float(self.mechanisms.pairs(np.asarray(rows), np.asarray(cols)).mean()) < self.mechanism_cut

        return refuse

    merge.Opposites.__init__, merge.Opposites.between_nodes = init, between
    try:
        for backend in backends:
            chosen["backend"] = backend
            report = {}
            for variant in (None, "K1", "K2", "K3", "K4"):
                chosen["variant"] = variant
                rows = [bench_topics.score(folder, backend) for folder in bench_topics.review_sets()]
                report[str(variant)] = {"sets": rows}
                figures = bench_topics.summary(rows)
                each = " ".join(f"{r['set'][:10]} {r['ari']:.3f}" for r in rows)
                name = variant or "as it is"
                print(f"{backend} {name}: mean {figures['ari_mean']:.3f} left out {figures['left_out']} | {each}")
            for row in bench_topics.choose_by_loro(report):
                print(f"  leaving out {row['set']:<18} chosen {row['chosen']:<9} ARI {row['ari']:.3f}")
    finally:
        merge.Opposites.__init__, merge.Opposites.between_nodes = original_init, original_between


def say(backends: list[str]) -> None:
    """How many configurations refine names, and how many of them are mixed, under the rule in force."""
    from cmo.synthesis import explain

    for backend in backends:
        _choose(backend, "words", (explain.MECHANISM_WORDS_IN_COMMON,), lambda _: None)


def words(backends: list[str]) -> None:
    """The same count with one shared mechanism word not enough to be "in common" (`explain.MECHANISM_WORDS_IN_COMMON`
    1 → 2: trials BD, BH, BJ rejected configurations sharing only "time", "staff", "call"), at the bar in force, chosen
    leaving one review out by F1 on the mixed configurations."""
    from cmo.synthesis import explain

    original = explain.MECHANISM_WORDS_IN_COMMON
    for backend in backends:
        _choose(backend, "words", (1, 2), lambda needed: setattr(explain, "MECHANISM_WORDS_IN_COMMON", needed))
    explain.MECHANISM_WORDS_IN_COMMON = original


def _choose(backend: str, called: str, values, apply) -> None:
    """Per value of a setting (`apply` sets it): the configurations refine names on every set, how many are mixed, F1,
    and the value chosen leaving each review out."""
    names = [folder.name for folder in bench_topics.review_sets()]
    found = {}
    for value in values:
        apply(value)
        for folder in bench_topics.review_sets():
            statements, domains, key, _ = bench_topics.load(folder)
            result = merge.propose(statements, domains, next_id=counter_ids(), backend=backend)
            proposed = [c for c in result.configurations if not c.retired and len(c.statements) > 1]
            mixed = {c.id for c in proposed if len({key[s]["truth_config"] for s in c.statements}) > 1}
            named = set(result.no_mechanism)
            found[(value, folder.name)] = (len(named & mixed), len(named - mixed), len(mixed), len(proposed))
    for value in values:
        tp, fp, mixed, proposed = (sum(found[(value, n)][i] for n in names) for i in range(4))
        print(
            f"{backend} {called} {value}: named {tp + fp} of {proposed} configurations, {tp} of them mixed "
            f"(precision {tp / max(tp + fp, 1):.2f}, {mixed} mixed in all, {mixed / proposed:.2f} of all); F1 "
            f"{_f1(found, value, names):.3f} | " + " ".join(_named(found, value, n) for n in names)
        )
    if len(values) > 1:
        for held in names:
            others = [n for n in names if n != held]
            best = max(values, key=lambda v: (_f1(found, v, others), -v))
            print(f"  leaving out {held:<18} chosen {called} {best}: {_named(found, best, held)} (mixed/named)")


def _named(found: dict, bar: float, name: str) -> str:
    return f"{name[:10]} {found[(bar, name)][0]}/{sum(found[(bar, name)][:2])}"


def _f1(found: dict, bar: float, names: list[str]) -> float:
    tp, fp, mixed = (sum(found[(bar, n)][i] for n in names) for i in range(3))
    precision, recall = tp / max(tp + fp, 1), tp / max(mixed, 1)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", nargs="*", default=["hybrid", "lexical"])
    parser.add_argument("--part", choices=("apart", "say", "words", "both"), default="both")
    args = parser.parse_args()
    if args.part in ("apart", "both"):
        apart(args.backends)
    if args.part in ("say", "both"):
        say(args.backends)
    if args.part == "words":
        words(args.backends)


if __name__ == "__main__":
    main()
