"""Everyday commands on a large review: do they read only what they show?

    python bench/bench_everyday.py

A review of 50,000 sources (written straight into review.db), a 10,000-row coding sheet imported and
refined (words only, to build it fast; building is not a figure), and the shipped example (`cmo demo`). Then the five
commands issue 15 names (`configs list`, `configs show`, `trace`, `code show`, `sources show`, of the source of S5) and
`history`, each in its own process, seven times round-robin, median wall time and peak memory, beside `cmo code show S5`
(one row: the floor of any command, mostly Python and imports) as the baseline of the same run. Targets: < 0.3 s and
< 150 MB each on the large review, < 0.2 s on the example. Wall time on a busy machine is noisy: `bench/icount.sh`
counts the instructions of one command, the same however busy the machine is.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_review_scale import cmo, review_with_sources, write_sheet  # noqa: E402
from measure import python_command, run_measured  # noqa: E402

RUNS = 7


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "review"
        keys = review_with_sources(folder, 50_000)
        write_sheet(folder / "sheet.csv", keys, 10_000, 0, random.Random(3))
        cmo(folder, "code", "import", str(folder / "sheet.csv"))
        cmo(folder, "refine", "--backend", "lexical")
        configs = cmo(folder, "configs", "list")[2].stdout.count("\nC") + 1
        print(f"review: 50,000 sources, 10,000 statements, {configs} configurations")
        measure(folder)
        example = Path(tmp) / "example"
        run_measured(python_command(str(REPO / "cli.py"), "demo", str(example)))
        print("the example (cmo demo)")
        measure(example)


def measure(folder: Path) -> None:
    """The everyday commands on one review, round-robin, as the module says."""
    source = json.loads(cmo(folder, "code", "show", "S5", "--json")[2].stdout)["source"]
    commands = (
        ["code", "show", "S5"],
        ["configs", "list"],
        ["configs", "show", "C3"],
        ["trace", "C3"],
        ["sources", "show", source],
        ["history", "C3"],
    )
    runs: dict[str, list[tuple[float, float, int]]] = {}
    for _ in range(RUNS):  # round-robin, so a noisy moment of the machine falls on every command alike
        for args in commands:
            seconds, peak, done = cmo(folder, *args)
            runs.setdefault(" ".join(args), []).append((seconds, peak, done.returncode))
    baseline = median(s for s, _, _ in runs["code show S5"])
    print(f"median (min–max) of {RUNS} runs each")
    for name, measured in runs.items():
        seconds = [s for s, _, _ in measured]
        peak, exits = max(p for _, p, _ in measured), {c for _, _, c in measured}
        print(
            f"  cmo {name:<32} {median(seconds):5.2f} s ({min(seconds):.2f}–{max(seconds):.2f}; "
            f"{median(seconds) / baseline:4.1f}x code show)  peak {peak:4.0f} MB  exit {','.join(map(str, sorted(exits)))}"
        )


if __name__ == "__main__":
    main()
