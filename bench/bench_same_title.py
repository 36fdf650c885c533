"""Ingest of many records that share one title ("Editorial"), against a file of as many distinct titles.

    python bench/bench_same_title.py [N]

Columns and editorials recur in every search export; before same-title blocks were split by year,
every pair of them was scored (8,000 took 52 s). Both files are written here with the same
journals, years, authors and pages; only the titles differ. The figure is the ratio.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def bibtex(n: int, same_title: bool) -> str:
    rng = random.Random(7)
    journals = [f"Journal of {w} Studies" for w in ("Health", "Nursing", "Policy", "Care", "Ethics", "Practice")] * 20
    entries = []
    for i in range(n):
        title = "Editorial" if same_title else f"Editorial number {i} on topic {rng.randrange(10**9)}"
        entries.append(
            f"@article{{r{i},\n  title = {{{title}}},\n  author = {{Editor{rng.randrange(400)}, A.}},\n"
            f"  journal = {{{rng.choice(journals)} {rng.randrange(50)}}},\n  year = {{{rng.randrange(1990, 2024)}}},\n"
            f"  volume = {{{rng.randrange(1, 80)}}},\n  number = {{{rng.randrange(1, 12)}}},\n"
            f"  pages = {{{rng.randrange(1, 900)}}}\n}}\n"
        )
    return "\n".join(entries)


def ingest_seconds(text: str, work: Path, name: str) -> float:
    (work / f"{name}.bib").write_text(text, encoding="utf-8")
    review = work / name
    subprocess.run([sys.executable, str(REPO / "cli.py"), "init", str(review)], check=True, capture_output=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(review), "ingest", str(work / f"{name}.bib")], capture_output=True
    )
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        distinct = ingest_seconds(bibtex(n, False), work, "distinct")
        same = ingest_seconds(bibtex(n, True), work, "same")
    print(f"{n} records: one shared title {same:.2f} s, distinct titles {distinct:.2f} s, ratio {same / distinct:.2f}")


if __name__ == "__main__":
    main()
