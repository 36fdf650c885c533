"""Ingest of large RIS and MEDLINE files of distinct records, beside rispy's bare parse in the same run.

    python bench/bench_ingest_lines.py [N=50000]

The records are the corpus's own (`bench_readers`: EndNote, Zotero, Ovid, ProQuest and Cochrane RIS; PubMed
MEDLINE), copied round-robin with each title varied and identifiers removed (RIS) or renumbered (MEDLINE), so
every record is a new source and de-duplication compares all of them. Each `cmo ingest` runs in its own
process (wall time, its own peak memory); the baseline is `rispy.load` of the RIS file.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_ingest import time_ingest  # noqa: E402
from bench_readers import medline_blocks, ris_blocks  # noqa: E402

WORDS = "care trust access staff patients community support rural digital".split()


def distinct_ris(count: int) -> str:
    blocks, rng, out = ris_blocks(False), random.Random(5), []
    for i in range(count):
        block = re.sub(r"^(DO|UR|AN|SN|L2|M3)  - .*\n", "", blocks[i % len(blocks)], flags=re.M)
        block = re.sub(
            r"^(TI|T1)  - (.*)$",
            lambda m, i=i: f"{m.group(1)}  - {m.group(2)} {rng.choice(WORDS)} {i}",
            block,
            count=1,
            flags=re.M,
        )
        out.append(block)
    return "".join(out)


def distinct_medline(count: int) -> str:
    blocks, rng, out = medline_blocks(), random.Random(5), []
    for i in range(count):
        block = re.sub(r"^PMID- .*$", f"PMID- {40000000 + i}", blocks[i % len(blocks)], count=1, flags=re.M)
        block = re.sub(r"^(AID|LID) - .*\n", "", block, flags=re.M)
        block = re.sub(r"^TI  - (.*)$", lambda m, i=i: f"TI  - {m.group(1)} {rng.choice(WORDS)} {i}", block, count=1, flags=re.M)
        out.append(block)
    return "".join(out)


def rispy_seconds(path: Path) -> float:
    code = (
        "import rispy,sys,time; t=time.perf_counter(); "
        "rispy.load(open(sys.argv[1],encoding='utf-8')); print(time.perf_counter()-t)"
    )
    return float(subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ris, nbib = work / "distinct.ris", work / "distinct.nbib"
        ris.write_text(distinct_ris(count), encoding="utf-8")
        nbib.write_text(distinct_medline(count), encoding="utf-8")
        baseline = rispy_seconds(ris)
        print(f"rispy.load of the RIS file alone: {baseline:.2f} s ({ris.stat().st_size / 1e6:.0f} MB, {count} records)")
        for path in (ris, nbib):
            review = work / f"review-{path.suffix[1:]}"
            subprocess.run([sys.executable, str(REPO / "cli.py"), "init", str(review)], check=True, capture_output=True)
            start = time.perf_counter()
            seconds, peak, summary = time_ingest(review, path)
            print(
                f"cmo ingest {path.name:<15} {seconds:6.2f} s  {seconds / baseline:4.1f}x rispy  peak {peak:5.0f} MB  "
                f"added {summary['added']} merged {summary['merged']}  ({time.perf_counter() - start:.1f} s)"
            )


if __name__ == "__main__":
    main()
