"""Benchmark cmo.bib.dedupe on the labelled de-duplication sets in ../shared/benchmarks/dedup_dev.

    /work/venv/bin/python bench/bench_dedup.py [--show-errors] [--scale N]

Prints, per dataset, pairwise precision / recall / F1 (as dedup_tools.py scores them) and the
seconds `group_records` took (best of three runs). `--scale N` also times a synthetic set of N
records built from the real ones with distinct titles, to check that cost stays near linear.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmo.bib.dedupe import group_records  # noqa: E402
from cmo.models import Provenance, Record  # noqa: E402
from cmo.normalise import (  # noqa: E402
    bibtex_type,
    clean_text,
    normalise_doi,
    normalise_pages,
    parse_year,
    split_plain_name,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "dedup_dev"
DATASETS = ("haematology", "cytology_screening", "special_cases")
BIB_DEDUPE = {"haematology": (0.985, 0.828, 0.900, 7.8), "cytology_screening": (1.0, 0.985, 0.992, 8.7)}


def row_to_record(row: dict[str, str], file: str, line: int) -> Record:
    """One benchmark CSV row as a cmo Record, normalised the way the readers do it."""
    authors = [split_plain_name(a) for a in (row.get("author") or "").split(" and ")]
    kind = (row.get("ENTRYTYPE") or "article").strip() or "article"
    return Record(
        key=row["ID"],
        type=bibtex_type(kind),
        original_type=kind,
        title=clean_text(row.get("title")),
        authors=[a for a in authors if a],
        year=parse_year(row.get("year")),
        doi=normalise_doi(row.get("doi")),
        container=clean_text(row.get("journal") or row.get("booktitle")),
        volume=clean_text(row.get("volume")),
        issue=clean_text(row.get("number") or row.get("issue")),
        pages=normalise_pages(row.get("pages")),
        abstract=clean_text(row.get("abstract")),
        provenance=Provenance(file=file, line=line, key=row["ID"], format="bibtex"),
    )


def load_records(folder: Path) -> list[Record]:
    path = folder / "records_pre_merged.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        return [row_to_record(row, str(path), n + 2) for n, row in enumerate(csv.DictReader(handle))]


def load_truth(folder: Path) -> list[list[str]]:
    with (folder / "merged_record_ids.csv").open(newline="", encoding="utf-8") as handle:
        return [row["merged_ids"].split(";") for row in csv.DictReader(handle)]


def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(set(g)), 2)}


def score(truth: list[list[str]], predicted: list[list[str]]) -> dict[str, float]:
    t, p = pairs(truth), pairs(predicted)
    tp = len(t & p)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(t) if t else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "true_pairs": len(t),
        "predicted_pairs": len(p),
        "fp": len(p) - tp,
        "fn": len(t) - tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def timed_groups(records: list[Record], repeats: int = 3) -> tuple[list[list[int]], float]:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        groups = group_records(records)
        best = min(best, time.perf_counter() - start)
    return groups, best


def show_errors(records: list[Record], truth: list[list[str]], predicted: list[list[str]]) -> None:
    by_key = {r.key: r for r in records}
    t, p = pairs(truth), pairs(predicted)
    for label, wrong in (("FALSE MERGE", p - t), ("MISSED", t - p)):
        for pair in sorted(wrong, key=sorted):
            print(f"  {label}")
            for key in sorted(pair):
                r = by_key[key]
                print(
                    f"    {key} {r.year} | {r.title[:110]} | {'; '.join(r.authors[:3])[:50]} | "
                    f"{r.container[:30]} v{r.volume} p{r.pages} {r.doi or ''}"
                )


def _renamed(author: str, copy: int) -> str:
    family, comma, given = author.partition(",")
    return f"{family}{copy}{comma}{given}"


def synthetic(records: list[Record], size: int) -> list[Record]:
    """`size` records: copies of the real ones, each copy a different set of works.

    Copy k puts a word at both ends of the title and a digit after the first author's name and
    the volume, the same way in every record of a duplicate group, so duplicates stay
    duplicates within a copy while copies share no title block.
    """
    out = []
    for copy in itertools.count():
        for r in records:
            if len(out) == size:
                return out
            if copy:
                title = f"Cohort{copy} {r.title} cohort{copy}" if r.title else ""
                r = r.model_copy(
                    update={
                        "key": f"{r.key}_{copy}",
                        "title": title,
                        "authors": [_renamed(a, copy) for a in r.authors[:1]] + r.authors[1:],
                        "volume": f"{copy}000{r.volume}",
                    }
                )
            out.append(r)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list false merges and missed pairs")
    parser.add_argument("--scale", type=int, default=50_000, help="synthetic records to time (0: skip)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"benchmark data not found at {DATA}")
    print(
        "| dataset | records | true pairs | found pairs | false merges | missed | precision | recall "
        "| F1 | seconds | bib-dedupe P / R / F1 / s |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    all_records = []
    for name in DATASETS:
        records = load_records(DATA / name)
        all_records += records
        truth = load_truth(DATA / name)
        groups, seconds = timed_groups(records)
        predicted = [[records[i].key for i in g] for g in groups]
        s = score(truth, predicted)
        peer = " / ".join(str(v) for v in BIB_DEDUPE[name]) if name in BIB_DEDUPE else "-"
        print(
            f"| {name} | {len(records):,} | {s['true_pairs']} | {s['predicted_pairs']} | {s['fp']} | "
            f"{s['fn']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {seconds:.3f} | {peer} |"
        )
        if args.show_errors:
            show_errors(records, truth, predicted)
    if args.scale:
        big = synthetic(all_records, args.scale)
        groups, seconds = timed_groups(big, repeats=1)
        found = sum(len(g) * (len(g) - 1) // 2 for g in groups)
        print(f"\nsynthetic: {len(big):,} records grouped in {seconds:.2f} s ({found:,} pairs found)")


if __name__ == "__main__":
    main()
