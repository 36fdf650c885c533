"""One coding sheet imported by two source trees, alternating: did a change make the everyday import slower?

    python bench/bench_sheet_before_after.py OLD_TREE NEW_TREE [--runs 5]

Each tree is a source folder (e.g. `git archive COMMIT | tar -x -C /tmp/old`). The sheet is `bench_sheet_readings`'
baseline: 10,000 rows naming one source by key with the domain's slug, into copies of a 5,000-source review.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_marked_sheet import synthetic_parts, write  # noqa: E402
from bench_sheet_readings import DOMAINS, review  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "review"
        sources = review(base, 5_000)
        rng = random.Random(11)
        rows = [[s.key, *synthetic_parts(rng), rng.choice(list(DOMAINS))] for s in rng.choices(sources, k=10_000)]
        sheet = write(Path(tmp) / "keys.csv", ["source", "context", "mechanism", "outcome", "domain"], rows)
        times: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(args.runs):
            for name, tree in (("old", args.old), ("new", args.new)):
                folder = Path(tmp) / f"copy-{name}"
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copytree(base, folder)
                started = time.perf_counter()
                command = [sys.executable, str(tree / "cli.py"), "--review", str(folder), "code", "import", str(sheet)]
                done = subprocess.run(command, capture_output=True, text=True, cwd=tree)
                times[name].append(time.perf_counter() - started)
                assert done.returncode in (0, 1), done.stderr[-300:]
        for name, measured in times.items():
            print(f"{name}: median {median(measured):.3f} s ({', '.join(f'{t:.2f}' for t in measured)})")


if __name__ == "__main__":
    main()
