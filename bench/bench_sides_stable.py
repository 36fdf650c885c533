"""Whether two statements telling opposite sides are kept apart, as other statements are added to the review.

    python bench/bench_sides_stable.py

For each review of `bench/data/merge_topics`, every pair of its statements on opposite sides (`evidence.on_opposite_sides`)
is judged kept apart or not (`merge.two_sides_apart`) with the review alone, then with each other review's statements
added, as an update search on other matters adds them. Counted: the judgements that change. Two rules for the words set
aside as saying little: common across the whole review (`explain.common_terms`, the rule before the twenty-sixth part)
and common among the statements near the two (`merge.SituationWords`, the rule now). Statements sharing no word with
either of two should change nothing about them.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_topics import TOPICS, load  # noqa: E402

from cmo.synthesis.evidence import on_opposite_sides  # noqa: E402
from cmo.synthesis.explain import common_terms  # noqa: E402
from cmo.synthesis.merge import SIDES_SHARED_WORDS, SituationWords, situation_shared  # noqa: E402
from cmo.synthesis.similarity import terms  # noqa: E402


def across_review(statements):
    """The rule before: in each element, the terms common across the whole review set aside."""
    common = common_terms(statements)

    def apart(a, b) -> bool:
        shared = set()
        for element in ("context", "mechanism"):
            mine, theirs = set(terms(getattr(a, element) or "")), set(terms(getattr(b, element) or ""))
            shared |= (mine & theirs) - common[element]
        return len(shared) <= SIDES_SHARED_WORDS

    return apart


def near_the_two(statements):
    near = SituationWords(statements)
    return lambda a, b: len(situation_shared(a, b, near)) <= SIDES_SHARED_WORDS


def main() -> int:
    sets = {folder.name: load(folder)[0] for folder in sorted(TOPICS.iterdir()) if (folder / "statements.csv").exists()}
    for name, rule in (("common across the review", across_review), ("common among the statements near the two", near_the_two)):
        changed = total = 0
        for review, statements in sets.items():
            pairs = [(a, b) for a, b in itertools.combinations(statements, 2) if on_opposite_sides(a, b)]
            alone = rule(statements)
            before = [alone(a, b) for a, b in pairs]
            for other, added in sets.items():
                if other == review:
                    continue
                grown = rule(statements + [s.model_copy(update={"id": f"X{s.id}"}) for s in added])
                changed += sum(grown(a, b) != was for (a, b), was in zip(pairs, before))
                total += len(pairs)
        print(f"{name}: {changed} of {total} judgements changed by another review's statements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
