"""How fast `cmo serve` answers on a review of 5,000 sources, 2,000 statements and ~200 configurations.

    python bench/bench_serve.py

Builds the review (sources written straight into review.db, a 2,000-row coding sheet imported, refine run:
building it is not a figure), starts the real server in this process, and times each kind of page over
HTTP on loopback, several pages of each kind, 3 rounds. Prints the median and the slowest per kind and
overall, beside `cmo configs list` as a command (a baseline a reviewer already knows).
"""

from __future__ import annotations

import csv
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

from bench_merge import synthetic  # noqa: E402
from bench_review_scale import COLUMNS, cmo, review_with_sources  # noqa: E402


def build(folder: Path) -> None:
    """5,000 sources; 2,000 statements paraphrasing 200 configurations (the first 2,000 of the generator's 5,000)."""
    keys = review_with_sources(folder, 5000)
    statements, _ = synthetic(5000)
    rng = random.Random(5)
    with (folder / "sheet.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for i, s in enumerate(statements[:2000]):
            row = ["", rng.choice(keys), s.context, s.mechanism, s.outcome, "a short quote", str(i % 300 + 1)]
            writer.writerow(row + [""] * (len(COLUMNS) - len(row)))

    cmo(folder, "code", "import", str(folder / "sheet.csv"))
    cmo(folder, "refine")
    cmo(folder, "round", "close")


def main() -> None:
    from test_serve import Running

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "review"
        started = time.perf_counter()
        build(folder)
        print(f"built the review in {time.perf_counter() - started:.0f} s (not a figure)")
        seconds, peak, done = cmo(folder, "configs", "list", "--json")
        configs = [line.split('"')[3] for line in done.stdout.splitlines() if line.strip().startswith('"id": "C')]
        print(f"baseline: cmo configs list as a command: {seconds * 1000:.0f} ms ({len(configs)} configurations)")
        running = Running(folder)
        try:
            keys = [line.split()[0] for line in cmo(folder, "sources", "list")[2].stdout.splitlines()[:200]]
            rng = random.Random(1)
            kinds = {
                "home": ["/"],
                "sources": ["/sources", "/sources?status=included", "/sources?q=trust", "/sources?page=20"],
                "source": [f"/sources/{k}" for k in rng.sample(keys, 5)],
                "statement": [f"/statements/S{n}" for n in rng.sample(range(1, 2001), 5)],
                "configurations": ["/configurations"],
                "configuration": [f"/configurations/{c}" for c in rng.sample(configs, 5)],
                "rounds": ["/rounds"],
                "history": [f"/history/{c}" for c in rng.sample(configs, 3)],
            }
            times: dict[str, list[float]] = {kind: [] for kind in kinds}
            for _ in range(3):
                for kind, paths in kinds.items():
                    for path in paths:
                        start = time.perf_counter()
                        with urllib.request.urlopen(running.url + path) as answer:
                            answer.read()
                        times[kind].append((time.perf_counter() - start) * 1000)
        finally:
            running.stop()
        everything = [t for values in times.values() for t in values]
        for kind, values in times.items():
            median, slowest = statistics.median(values), max(values)
            print(f"  {kind:<15} median {median:6.0f} ms   slowest {slowest:6.0f} ms   ({len(values)} answers)")
        print(f"all pages: median {statistics.median(everything):.0f} ms, slowest {max(everything):.0f} ms")


if __name__ == "__main__":
    main()
