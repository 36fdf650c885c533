"""The coding, graph and refine figures measured end to end, as `cmo` commands on a real review.db.

    python bench/bench_review_scale.py

1. A review with 50,000 sources (written straight into review.db: building it is not a figure).
2. `cmo code import` of a 20,000-row coding sheet (CSV), and of a bad one with 500 bad rows
   (every problem found, nothing imported).
3. `cmo graph export -o evidence.graphml` of that review (50,000 sources, 20,000 statements).
4. `cmo refine` on 2,500 and on 10,000 statements (synthetic, paraphrased: `bench_merge.synthetic`).

Each command runs in its own process; wall time and that process's peak memory are printed.
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_merge import synthetic  # noqa: E402
from measure import python_command, run_measured  # noqa: E402

from cmo.commands.review import init_review  # noqa: E402
from cmo.models import Provenance, Source  # noqa: E402

COLUMNS = ["id", "source", "context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note"]


def cmo(review: Path, *args: str) -> tuple[float, float, subprocess.CompletedProcess]:
    """One `cmo` command in its own process: wall time, peak memory of its process tree (`measure`), the result."""
    return run_measured(python_command(str(REPO / "cli.py"), "--review", str(review), *args))


def review_with_sources(folder: Path, count: int) -> list[str]:
    review = init_review(folder)
    keys = [f"source{i}" for i in range(count)]
    with review.store.transaction():
        review.store.put_sources(
            Source(
                key=key,
                title=f"Study {i} of remote mental health care",
                authors=["Example, Author"],
                year=2000 + i % 25,
                status="included",
                records=[Provenance(file="search.bib", line=i * 10 + 1, key=key, format="bibtex")],
            )
            for i, key in enumerate(keys)
        )
    review.close()
    return keys


def write_sheet(path: Path, keys: list[str], rows: int, bad: int, rng: random.Random) -> None:
    statements, _ = synthetic(rows)
    bad_rows = set(rng.sample(range(rows), bad))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for i, s in enumerate(statements):
            source = rng.choice(keys) + ("x" if i in bad_rows else "")
            writer.writerow(
                [
                    "",
                    source,
                    s.context,
                    s.mechanism,
                    s.outcome,
                    "a short quote",
                    str(i % 300 + 1),
                    "safety" if i % 3 == 0 else "",
                    "",
                    "AB",
                    "",
                ]
            )


def refine_on(folder: Path, n: int) -> tuple[float, float, int]:
    keys = review_with_sources(folder, 1000)
    sheet = folder / "sheet.csv"
    write_sheet(sheet, keys, n, 0, random.Random(n))
    cmo(folder, "code", "import", str(sheet))
    seconds, peak, done = cmo(folder, "refine", "--json")
    return seconds, peak, done.stdout.count('"id": "C')


def main() -> None:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        keys = review_with_sources(work / "big", 50_000)
        write_sheet(work / "sheet.csv", keys, 20_000, 0, rng)
        write_sheet(work / "bad.csv", keys, 20_000, 500, rng)
        seconds, peak, done = cmo(work / "big", "code", "import", str(work / "bad.csv"))
        found = done.stderr.splitlines()[0] if done.stderr else ""
        what = "cmo code import, bad 20,000-row sheet (500 bad rows)"
        print(f"{what}: {seconds:.2f} s, peak {peak:.0f} MB, exit {done.returncode}: {found[:110]}")
        seconds, peak, done = cmo(work / "big", "code", "import", str(work / "sheet.csv"))
        print(
            f"cmo code import, 20,000-row sheet into 50,000 sources: {seconds:.2f} s, peak {peak:.0f} MB, "
            f"exit {done.returncode}: {done.stdout.strip()}"
        )
        seconds, peak, done = cmo(work / "big", "graph", "export", "-o", str(work / "evidence.graphml"))
        size = (work / "evidence.graphml").stat().st_size / 1e6
        print(f"cmo graph export (GraphML, {size:.0f} MB): {seconds:.2f} s, peak {peak:.0f} MB, exit {done.returncode}")
        small = refine_on(work / "r2500", 2500)
        large = refine_on(work / "r10000", 10_000)
        print(f"cmo refine, 2,500 statements: {small[0]:.2f} s, peak {small[1]:.0f} MB, {small[2]} configurations")
        print(f"cmo refine, 10,000 statements: {large[0]:.2f} s, peak {large[1]:.0f} MB, {large[2]} configurations")
        print(f"refine time ratio 10,000 / 2,500: {large[0] / small[0]:.2f}")


if __name__ == "__main__":
    main()
