"""`cmo ingest` of the same large files by two versions of cmo, alternating, with rispy's bare parse in the same run.

    python bench/bench_ingest_before_after.py OLD_SRC NEW_SRC [--runs 3] [--records 50000]

OLD_SRC and NEW_SRC are source trees (e.g. `git archive <commit> | tar -x -C /tmp/old`), run with this interpreter
and their own `cli.py`. The files are `bench_ingest_lines`' 50,000 distinct RIS and MEDLINE records. Each ingest is
its own process into a new review; printed: wall seconds, and user + system CPU seconds of it and its reading
processes (on 2 cores the reading processes and the linking one share the CPU, so CPU time is the steadier figure).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest_lines import distinct_medline, distinct_ris, rispy_seconds  # noqa: E402


def ingest(source: Path, review: Path, export: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    cli = [sys.executable, str(source / "cli.py")]
    subprocess.run([*cli, "init", str(review)], check=True, capture_output=True, env=env)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*cli, "--review", str(review), "ingest", str(export)], capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ris, nbib = work / "distinct.ris", work / "distinct.nbib"
        ris.write_text(distinct_ris(args.records), encoding="utf-8")
        nbib.write_text(distinct_medline(args.records), encoding="utf-8")
        for run in range(1, args.runs + 1):
            print(f"run {run}: rispy.load of the RIS file {rispy_seconds(ris):.2f} s")
            for export in (ris, nbib):
                for name, source in (("old", args.old), ("new", args.new)):
                    wall, cpu = ingest(source, work / f"review-{run}-{name}-{export.suffix[1:]}", export)
                    print(f"run {run}: {export.name:<15} {name}  {wall:6.2f} s wall  {cpu:6.2f} s CPU")


if __name__ == "__main__":
    main()
