"""Two `cmo code import` of one 3,000-row sheet started at once, over many trials: rows added each time.

    python bench/bench_concurrent_import.py [TRIALS] [ROWS]

Every write command reads what it depends on inside its own write transaction, so the second
import sees the first one's rows and adds none: exactly ROWS each trial (it was 2 × ROWS).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COLUMNS = ["id", "source", "context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note"]


def cmo(review: Path, *args: str) -> list[str]:
    return [sys.executable, str(REPO / "cli.py"), "--review", str(review), *args]


def trial(work: Path, rows: int) -> tuple[int, float]:
    review = work / "review"
    subprocess.run(cmo(review, "init", str(review)), check=True, capture_output=True)
    subprocess.run(cmo(review, "ingest", str(REPO / "sources" / "example.bib")), check=True, capture_output=True)
    sheet = work / "sheet.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(rows):
            writer.writerow(
                ["", "schlief2022telemental", f"context {n}", f"mechanism {n}", f"outcome {n}", "", "", "", "", "", ""]
            )
    start = time.perf_counter()
    runs = [
        subprocess.Popen(cmo(review, "code", "import", str(sheet)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for run in runs:
        run.communicate()
    seconds = time.perf_counter() - start
    listed = subprocess.run(cmo(review, "code", "list", "--json"), check=True, capture_output=True, text=True).stdout
    return len(json.loads(listed)), seconds


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    counts, times = [], []
    for _ in range(trials):
        with tempfile.TemporaryDirectory() as tmp:
            count, seconds = trial(Path(tmp), rows)
        counts.append(count)
        times.append(seconds)
    exact = sum(count == rows for count in counts)
    print(f"{trials} trials of two concurrent imports of {rows} rows: exactly {rows} added in {exact}/{trials}")
    print(f"statement counts: {sorted(set(counts))}; both imports together {min(times):.2f}-{max(times):.2f} s")


if __name__ == "__main__":
    main()
