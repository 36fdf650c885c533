"""Refine with the default (hybrid) backend on a real review.db, first and again, beside the lexical baseline.

    python bench/bench_refine.py            # 2,500 and 10,000 statements
    python bench/bench_refine.py 10000      # one size
    python bench/bench_refine.py --words-only 10000 50000   # the lexical refine alone (first and again)

For each size: `cmo code import` of a synthetic sheet (`bench_merge.synthetic` wording), then
1. `cmo refine --backend lexical` (the baseline, words only, in the same run),
2. `cmo refine` (hybrid; the first time, every element is encoded by the model and kept in review.db),
3. `cmo code import` of 100 more statements and `cmo refine` again (only the new texts are encoded),
4. `cmo code suggest S5` (placements against every configuration),
5. the model load alone.
Each command runs in its own process; wall time and that process's peak memory are printed.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_review_scale import cmo, review_with_sources, write_sheet  # noqa: E402


def measure(n: int, work: Path, words_only: bool = False) -> None:
    folder = work / f"r{n}"
    keys = review_with_sources(folder, 1000)
    write_sheet(folder / "sheet.csv", keys, n, 0, random.Random(n))
    cmo(folder, "code", "import", str(folder / "sheet.csv"))
    rows = [("refine --backend lexical (baseline)", cmo(folder, "refine", "--backend", "lexical"))]
    if words_only:
        rows.append(("refine --backend lexical again", cmo(folder, "refine", "--backend", "lexical")))
        report(n, rows)
        return
    rows.append(("refine (hybrid, first: encodes every text)", cmo(folder, "refine")))
    write_sheet(folder / "more.csv", keys, 100, 0, random.Random(n + 1))
    cmo(folder, "code", "import", str(folder / "more.csv"))
    rows.append(("refine (hybrid, again after 100 new statements)", cmo(folder, "refine")))
    rows.append(("code suggest S5", cmo(folder, "code", "suggest", "S5")))
    report(n, rows)


def report(n: int, rows) -> None:
    baseline = rows[0][1][0]
    for what, (seconds, peak, done) in rows:
        ratio = seconds / baseline
        print(f"{n:>6} statements  {what:<48} {seconds:7.2f} s  {ratio:5.1f}x lexical  peak {peak:5.0f} MB  {done.returncode}")


def model_load() -> float:
    from cmo.synthesis.embeddings import load_model

    start = time.perf_counter()
    load_model()
    return time.perf_counter() - start


def main() -> None:
    words_only = "--words-only" in sys.argv
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [2500, 10_000]
    if not words_only:
        print(f"model load: {model_load():.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            measure(n, Path(tmp), words_only)


if __name__ == "__main__":
    main()
