"""Coding-sheet parse and validation at scale: a 20,000-row sheet against a 50,000-source review.

Run: python bench/bench_coding.py [--rows 20000] [--sources 50000] [--bad 500]
Prints one line per measurement: format, case, seconds. Targets: each under 10 s.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402

from cmo.errors import BadInput  # noqa: E402
from cmo.models import Source  # noqa: E402
from cmo.sheets import tables as sheet_io  # noqa: E402
from cmo.sheets.coding import CODING_COLUMNS, parse_coding_sheet, write_template  # noqa: E402

FAMILIES = [
    "smith",
    "jones",
    "patel",
    "nguyen",
    "okafor",
    "garcia",
    "müller",
    "lee",
    "kim",
    "brown",
    "wilson",
    "taylor",
    "khan",
    "silva",
    "cohen",
    "rossi",
    "novak",
    "dubois",
    "larsen",
    "sato",
]
DOMAINS = ["safety", "access", "relationships", "workforce"]
GROUPS = ["cyp", "inpatient", "digitally-excluded"]


def source_keys(count: int, rng: random.Random) -> list[str]:
    keys: set[str] = set()
    while len(keys) < count:
        keys.add(
            f"{rng.choice(FAMILIES)}{rng.randint(1990, 2025)}{rng.choice(['', 'a', 'b', 'c'])}"
            f"{rng.randint(0, 99) if len(keys) > 2000 else ''}"
        )
    return sorted(keys)


def sheet_rows(keys: list[str], rows: int, bad: int, rng: random.Random) -> list[list[str]]:
    text = "Participants described how the service let them speak without being overheard at home"
    out = []
    for number in range(rows):
        row = {
            "id": f"S{number + 1}" if number % 2 else "",
            "source": rng.choice(keys),
            "context": text,
            "mechanism": text,
            "outcome": text,
            "quote": text,
            "page": str(rng.randint(1, 300)),
            "domain": rng.choice(DOMAINS),
            "groups": "; ".join(rng.sample(GROUPS, 2)),
            "coder": "AB",
            "note": "",
        }
        out.append([row[c] for c in CODING_COLUMNS])
    for number in rng.sample(range(rows), bad):
        kind = number % 4
        if kind == 0:
            out[number][1] += "x"
        elif kind == 1:
            out[number][7] = "saftey"
        elif kind == 2:
            out[number][2:5] = ["", "", ""]
        else:
            out[number][0] = "X7"
    return out


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CODING_COLUMNS)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("statements")
    sheet.append(list(CODING_COLUMNS))
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def timed_parse(path: Path, keys: set[str], rows: int) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        parsed = parse_coding_sheet(
            path, source_keys=keys, domains=set(DOMAINS), groups=set(GROUPS), statement_ids={f"S{n}" for n in range(1, rows + 1)}
        )
        outcome = f"{len(parsed)} rows"
    except BadInput as error:
        lines = error.message.splitlines()
        outcome = f"{lines[0].split(' has ')[1].split(',')[0]}; {len(lines) - 1} lines listed"
    return time.perf_counter() - started, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--bad", type=int, default=500)
    options = parser.parse_args()
    rng = random.Random(7)
    keys = source_keys(options.sources, rng)
    good = sheet_rows(keys, options.rows, 0, rng)
    bad = sheet_rows(keys, options.rows, options.bad, rng)
    print(f"sheet: {options.rows} rows; review: {len(keys)} sources; bad sheet: {options.bad} bad rows")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for suffix, writer in (("csv", write_csv), ("xlsx", write_xlsx)):
            for case, rows in (("valid", good), ("bad", bad)):
                path = writer(folder / f"{case}.{suffix}", rows)
                seconds, outcome = timed_parse(path, set(keys), options.rows)
                print(f"{suffix:5} {case:6} parse+validate {seconds:6.2f} s  ({outcome})")
            if suffix == "xlsx":
                started = time.perf_counter()
                sheet_io._openpyxl_records(path, "statements")
                print(f"xlsx  read only, openpyxl fallback (no python-calamine) {time.perf_counter() - started:6.2f} s")
        sources = [Source(key=k, title=f"Title {k}", authors=["Smith, A"], year=2020) for k in keys]
        for suffix in ("csv", "xlsx"):
            started = time.perf_counter()
            write_template(folder / f"template.{suffix}", sources, [{"slug": d} for d in DOMAINS], [{"slug": g} for g in GROUPS])
            print(f"{suffix:5} template with {len(keys)} sources written in {time.perf_counter() - started:6.2f} s")


if __name__ == "__main__":
    main()
