"""A coding sheet of marked sentences against the same statements in C, M and O columns, and sources named by title.

    python bench/bench_marked_sheet.py

A review of 5,000 sources (written straight into review.db). The same 10,000 statements, as a sheet with C, M and O
columns (the baseline) and as a sheet with one CMOC column of sentences marking each part ("… (C), … (M), leading
to … (O)"), each imported into its own copy of the review, three times round-robin; then a 2,000-row sheet naming
each source by its reference pasted whole (authors, title, journal, year) against one naming each by key.
Median wall time of `cmo code import` in its own process, and the ratio to the baseline of the same run.
"""

from __future__ import annotations

import csv
import random
import shutil
import sys
import tempfile
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_merge import synthetic  # noqa: E402
from bench_review_scale import cmo  # noqa: E402

from cmo.commands.review import init_review  # noqa: E402
from cmo.models import Provenance, Source  # noqa: E402

RUNS = 3
WORDS = "peer group visit nurse trust clinic patient rural video family carer stigma choice time staff".split()


def review(folder: Path, count: int) -> list[Source]:
    rng = random.Random(5)
    titles = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + f" {i}" for i in range(count)]
    return stored_review(folder, titles, [f"Author{i % 700}" for i in range(count)])


def stored_review(folder: Path, titles: list[str], families: list[str]) -> list[Source]:
    """A review of included sources, one per title, written straight into review.db."""
    sources = [
        Source(
            key=f"source{i}",
            title=title,
            authors=[f"{family}, A.", "Second, B."],
            year=2000 + i % 25,
            container="Journal of Health Services",
            status="included",
            records=[Provenance(file="search.bib", line=i * 10 + 1, key=f"source{i}", format="bibtex")],
        )
        for i, (title, family) in enumerate(zip(titles, families))
    ]
    made = init_review(folder)
    with made.store.transaction():
        made.store.put_sources(sources)
    made.close()
    return sources


def write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def timed(base: Path, sheet: Path) -> float:
    folder = base.parent / f"copy-{sheet.stem}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(base, folder)
    seconds, _, done = cmo(folder, "code", "import", str(sheet))
    assert done.returncode in (0, 1), done.stderr[-500:]  # 1: imported, with rows repeated to look at
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "review"
        sources = review(base, 5_000)
        rng = random.Random(7)
        statements = [(rng.choice(sources).key, *synthetic_parts(rng)) for _ in range(10_000)]
        columns = write(Path(tmp) / "columns.csv", ["source", "context", "mechanism", "outcome"], [list(s) for s in statements])
        marked = write(
            Path(tmp) / "marked.csv",
            ["source", "CMOC"],
            [[key, f"When {c} (C), {m} (M), leading to {o} (O)."] for key, c, m, o in statements],
        )
        chosen = [rng.choice(sources) for _ in range(2_000)]
        parts = ["Rural clinics", "People trust the nurse", "They attend"]
        by_key = write(Path(tmp) / "by_key.csv", ["source", "context", "mechanism", "outcome"], [[s.key, *parts] for s in chosen])
        by_reference = write(
            Path(tmp) / "by_reference.csv",
            ["source", "context", "mechanism", "outcome"],
            [[f"{s.authors[0]}, {s.authors[1]} {s.title}. {s.container}. {s.year};3(2):4-5.", *parts] for s in chosen],
        )
        runs: dict[str, list[float]] = {}
        for _ in range(RUNS):
            for sheet in (columns, marked, by_key, by_reference):
                runs.setdefault(sheet.stem, []).append(timed(base, sheet))
        print(f"median of {RUNS} runs each, 5,000 sources")
        for name, baseline in (("marked", "columns"), ("by_reference", "by_key")):
            print(
                f"  {baseline:>12}: {median(runs[baseline]):5.2f} s   {name:>12}: {median(runs[name]):5.2f} s   "
                f"ratio {median(runs[name]) / median(runs[baseline]):.2f}x"
            )


def synthetic_parts(rng: random.Random) -> tuple[str, str, str]:
    statement = rng.choice(STATEMENTS)
    return statement.context, statement.mechanism, statement.outcome


STATEMENTS = [s for s in synthetic(400)[0] if s.context and s.mechanism and s.outcome]


if __name__ == "__main__":
    main()
