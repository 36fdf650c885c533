"""De-duplication where every title block is full: the 50,000 RIS records of `bench_ingest_lines` (copies of ~200
originals, each title varied by a word and a number), matched and added in one process, best of two.

    python bench/bench_dedup_full_blocks.py [N=50000]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_ingest_lines import distinct_ris  # noqa: E402

from cmo.bib.dedupe import Deduplicator, record_profile  # noqa: E402
from cmo.bib.readers import ris  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    records = ris.read(distinct_ris(count), "distinct.ris").records
    best, linked = float("inf"), 0
    for _ in range(2):
        profiles = [record_profile(r) for r in records]  # fresh: matching marks a profile as seen
        dedupe, linked, start = Deduplicator(), 0, time.perf_counter()
        for index, (record, profile) in enumerate(zip(records, profiles)):
            handle = dedupe.match(record, profile)
            linked += handle is not None
            dedupe.add(handle or str(index), record, profile)
        best = min(best, time.perf_counter() - start)
    print(f"{len(records)} records, {linked} linked as duplicates, match and add {best:.2f} s (best of two)")


if __name__ == "__main__":
    main()
