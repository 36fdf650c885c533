"""A file ingested again under its name after every record changed (a corrected export): old and new code, same run.

    python bench/bench_reingest_changed.py OLD_SRC NEW_SRC [--records 5000]

Each source tree (`git archive <commit> | tar -x -C /tmp/old`) ingests `bench_ingest_lines`' distinct RIS records into a
new review, then the same file name with a note added to every record: each record is then read again (`same row or
same title and year`), which must cost one look-up a record, not a scan of the file's earlier records.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest_lines import distinct_ris  # noqa: E402


def reingest_seconds(source: Path, first: str, changed: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(source)}
    cli = [sys.executable, str(source / "cli.py")]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "first").mkdir()
        (work / "again").mkdir()
        (work / "first" / "export.ris").write_text(first, encoding="utf-8")
        (work / "again" / "export.ris").write_text(changed, encoding="utf-8")
        subprocess.run([*cli, "init", str(work / "review")], check=True, capture_output=True, env=env)
        subprocess.run(
            [*cli, "--review", str(work / "review"), "ingest", str(work / "first" / "export.ris")],
            env=env,
            capture_output=True,
            check=False,
        )
        started = time.perf_counter()
        subprocess.run(
            [*cli, "--review", str(work / "review"), "ingest", str(work / "again" / "export.ris")],
            env=env,
            capture_output=True,
            check=False,
        )
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--records", type=int, default=5000)
    args = parser.parse_args()
    first = distinct_ris(args.records)
    changed = first.replace("\nER  - ", "\nN1  - corrected export\nER  - ")
    for name, tree in (("old", args.old), ("new", args.new)):
        print(f"{args.records} records read again, {name}: {reingest_seconds(tree, first, changed):.2f} s")


if __name__ == "__main__":
    main()
