"""What a pair's shared words say: should refine refuse a merge made on one shared word, or say it?

    python bench/bench_shared_terms.py                     # hybrid and lexical, every labelled set
    python bench/bench_shared_terms.py --backends lexical

Trial AD (F4) saw "seek professional help" and "do not find the support helpful" proposed as one on the outcome word
"help" alone. For each set of `bench_topics` this prints:

1. the pairs at or above the set's threshold, by the content words (`explain.common_terms` left out) they share: none,
   one word in one element, several in one element, words in two or more elements; and how many of each the answer
   key puts in one configuration;
2. the adjusted Rand index when the clustering refuses merges by each such rule (no cross pair of the two clusters
   passing it), against the merge as it is;
3. the same with -ful adjectives kept apart from their nouns ("helpful" from "help", "stressful" from "stress");
4. the configurations refine names as put together on outcome words alone (`MergeResult.no_mechanism`), and how
   many of them mix statements the answer key keeps apart.

Nothing is chosen here: it is the record of why refine says rather than refuses (the rules in 2 and 3 lower the figures).
"""

from __future__ import annotations

import argparse
import functools
import re
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_merge import adjusted_rand, counter_ids  # noqa: E402
from bench_topics import load, review_sets  # noqa: E402

from cmo.synthesis import merge  # noqa: E402
from cmo.synthesis import terms as similarity  # noqa: E402  (the term functions the lexical backend reads)
from cmo.synthesis.explain import _terms, common_terms  # noqa: E402
from cmo.synthesis.similarity import ELEMENTS  # noqa: E402


def shared(held, a: int, b: int) -> dict[str, set[str]]:
    return {e: held[a][e] & held[b][e] for e in ELEMENTS}


def kind(words: dict[str, set[str]]) -> str:
    count, elements = sum(len(v) for v in words.values()), sum(1 for v in words.values() if v)
    if count == 0:
        return "none"
    if count == 1:
        return "one word"
    return "several, one element" if elements == 1 else "two+ elements"


RULES = {
    "words in two elements": lambda w, one, other: sum(1 for v in w.values() if v) >= 2,
    "two words": lambda w, one, other: sum(len(v) for v in w.values()) >= 2,
    "not exactly one word": lambda w, one, other: sum(len(v) for v in w.values()) != 1,
    "pairs only: not exactly one word": lambda w, one, other: sum(len(v) for v in w.values()) != 1 or len(one) + len(other) > 2,
    "not outcome words alone": lambda w, one, other: not (w["outcome"] and not w["context"] and not w["mechanism"]),
}

original_between = merge._Opposites.between_nodes
original_stem = similarity._stem


def refusing(rule):
    def between_nodes(self, refused):
        base = original_between(self, refused)
        common = common_terms(self.statements)
        held = [{e: set(_terms(s, e)) - common[e] for e in ELEMENTS} for s in self.statements]

        def apart(one, other):
            return base(one, other) or not any(rule(shared(held, x, y), one, other) for x in one for y in other)

        return apart

    return between_nodes


FUL = re.compile(r"^(.{3,}?)ful(ly|ness)?$")


def ful_apart(word: str) -> str:
    found = FUL.match(word)
    if found and word not in similarity._synonyms.words:
        return similarity._stemmer.stemWord(found.group(1)) + "ful"
    return original_stem(word)


def ari_of(folder: Path, backend: str) -> tuple[float, dict]:
    statements, domains, key, _ = load(folder)
    result = merge.propose(statements, domains, next_id=counter_ids(), backend=backend)
    home = {sid: c.id for c in result.configurations if not c.retired for sid in c.statements}
    ids = sorted(key)
    ari = adjusted_rand([key[i]["truth_config"] for i in ids], [home.get(i, f"none-{i}") for i in ids])
    return round(ari, 3), {"result": result, "key": key, "statements": statements}


def line(name: str, aris: dict[str, float]) -> str:
    topic = [v for k, v in aris.items() if k != "merge_dev"]
    each = " ".join(f"{k[:10]} {v:.3f}" for k, v in aris.items())
    return f"  {name:<34} mean {statistics.mean(topic):.3f} min {min(topic):.3f}  |  {each}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backends", nargs="*", default=["hybrid", "lexical"])
    args = parser.parse_args()
    sets = review_sets()
    for backend in args.backends:
        print(f"\n{backend}")
        tally: dict[str, list[int]] = {}
        base, flagged, mixed, proposed = {}, 0, 0, 0
        for folder in sets:
            base[folder.name], run = ari_of(folder, backend)
            statements, key, result = run["statements"], run["key"], run["result"]
            index = merge.build_index(statements, backend=backend)
            graph = merge.NeighbourGraph.build(index)
            common = common_terms(statements)
            held = [{e: set(_terms(s, e)) - common[e] for e in ELEMENTS} for s in statements]
            for a, neighbours in enumerate(graph.adjacency):
                for b, score in neighbours.items():
                    if b > a and score >= result.threshold:
                        same = key[statements[a].id]["truth_config"] == key[statements[b].id]["truth_config"]
                        counts = tally.setdefault(kind(shared(held, a, b)), [0, 0])
                        counts[0] += 1
                        counts[1] += same
            by_id = {c.id: c for c in result.configurations}
            proposed += sum(1 for c in result.configurations if not c.retired and len(c.statements) > 1)
            flagged += len(result.no_mechanism)
            mixed += sum(len({key[s]["truth_config"] for s in by_id[cid].statements}) > 1 for cid in result.no_mechanism)
        print("  pairs at or above the threshold, by shared content words: together in the answer key / all")
        for name, (count, same) in sorted(tally.items()):
            print(f"    {name:<22} {same:>3}/{count:<3} ({same / count:.2f})")
        print("  adjusted Rand index (mean and worst over the topic sets; merge_dev apart)")
        print(line("as it is", base))
        for name, rule in RULES.items():
            merge._Opposites.between_nodes = refusing(rule)
            print(line(f"refusing unless {name}", {f.name: ari_of(f, backend)[0] for f in sets}))
        merge._Opposites.between_nodes = original_between
        similarity._stem = functools.lru_cache(maxsize=65536)(ful_apart)
        similarity._terms_with_words.cache_clear()
        print(line("-ful adjectives apart from nouns", {f.name: ari_of(f, backend)[0] for f in sets}))
        similarity._stem = original_stem
        similarity._terms_with_words.cache_clear()
        print(f"  said as put together on no mechanism in common: {flagged} of {proposed} configurations of two or more;")
        print(f"  {mixed} of those {flagged} mix statements the answer key keeps apart")


if __name__ == "__main__":
    main()
