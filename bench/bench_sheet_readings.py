"""What the coding sheet's new readings cost: studies listed in one cell, domains typed as a protocol numbers them.

    python bench/bench_sheet_readings.py

A review of 5,000 sources (written straight into review.db), each its own first author's. Against a sheet of
10,000 rows naming one source by key with the domain's slug (the baseline), the same statements as 5,000 rows each
citing two studies by first author and year ("Author12 2012; Author40 2015", read as one statement from each), and
as 10,000 rows with the domain written "Domain 2: Peer support" (read as the slug, and said). Each import in its own
process on its own copy of the review, three times round-robin; median wall time and the ratio to the baseline.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_marked_sheet import stored_review, synthetic_parts, timed, write  # noqa: E402

from cmo.models import Source  # noqa: E402

RUNS = 3
DOMAINS = {"connecting": "Domain 1: Connecting", "flexibility": "Domain 2: Flexibility", "safety": "Domain 3: Safety"}


def family(number: int) -> str:
    """A family name of letters alone, one per source: "Baab", "Baac"… (a citation's name has no digits)."""
    letters = ""
    for _ in range(3):
        number, letter = divmod(number, 26)
        letters = chr(97 + letter) + letters
    return "B" + letters


def review(folder: Path, count: int) -> list[Source]:
    return stored_review(folder, [f"A study of group visits number {i}" for i in range(count)], [family(i) for i in range(count)])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "review"
        sources = review(base, 5_000)
        unique = [(f"{family(i)} {source.year}", source.key) for i, source in enumerate(sources)]
        rng = random.Random(11)
        pairs = [rng.sample(unique, 2) for _ in range(5_000)]
        statements = [(*synthetic_parts(rng), rng.choice(list(DOMAINS))) for _ in range(5_000)]
        header = ["source", "context", "mechanism", "outcome", "domain"]
        keyed = write(
            Path(tmp) / "keys.csv",
            header,
            [[key, c, m, o, d] for (first, second), (c, m, o, d) in zip(pairs, statements) for _, key in (first, second)],
        )
        listed = write(
            Path(tmp) / "listed.csv",
            header,
            [[f"{first[0]}; {second[0]}", c, m, o, d] for (first, second), (c, m, o, d) in zip(pairs, statements)],
        )
        numbered = write(
            Path(tmp) / "numbered.csv",
            header,
            [
                [key, c, m, o, DOMAINS[d]]
                for (first, second), (c, m, o, d) in zip(pairs, statements)
                for _, key in (first, second)
            ],
        )
        runs: dict[str, list[float]] = {}
        for _ in range(RUNS):
            for sheet in (keyed, listed, numbered):
                runs.setdefault(sheet.stem, []).append(timed(base, sheet))
        baseline = median(runs["keys"])
        print(f"median of {RUNS} runs each, 5,000 sources, 10,000 statements")
        print(f"  by key, domain slugs (baseline): {baseline:5.2f} s")
        for name, said in (("listed", "two studies a row, by citation"), ("numbered", "domains 'Domain 2: …'")):
            print(f"  {said:>32}: {median(runs[name]):5.2f} s   ratio {median(runs[name]) / baseline:.2f}x")


if __name__ == "__main__":
    main()
