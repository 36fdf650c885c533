"""De-duplication measured as a reviewer meets it: `cmo ingest` of the labelled exports.

    python bench/bench_dedup_ingest.py [--peer PYTHON]

For each labelled set in ../shared/benchmarks/dedup_dev and in bench/data/dedup (three more of
bib-dedupe's labelled sets, MIT licence, see bench/data/dedup/README.md; nothing in cmo was tuned
on them before they were measured): write it as BibTeX with the
benchmark's own `dedup_tools.py to-bib`, time `cmo ingest` of it into a new review (reading,
normalising, de-duplicating and storing, in a child process), write the groups cmo linked
(sources with more than one record) as JSON and score them with `dedup_tools.py score`.
The peer's figures (bib-dedupe 0.11, one core, from the benchmark's README) are printed beside;
with `--peer PYTHON` (an interpreter with `pip install bib-dedupe==0.11.0`) the peer is also run
here, in the same run, on one core as a whole process (prep, block, match, cluster), and scored alike.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "benchmarks"
OURS = REPO / "bench" / "data" / "dedup"
PEER = {"haematology": (0.985, 0.828, 7.8), "cytology_screening": (1.000, 0.985, 8.7)}
DATASETS = ("haematology", "cytology_screening", "special_cases", "digital_work", "respiratory", "stroke")


def dataset(name: str, work: Path) -> Path:
    """The folder holding a set's records_pre_merged.csv and merged_record_ids.csv (ours are gzipped)."""
    shared = BENCH / "dedup_dev" / name
    if shared.is_dir():
        return shared
    folder = work / f"{name}-data"
    folder.mkdir(exist_ok=True)
    (folder / "records_pre_merged.csv").write_bytes(gzip.decompress((OURS / name / "records_pre_merged.csv.gz").read_bytes()))
    (folder / "merged_record_ids.csv").write_bytes((OURS / name / "merged_record_ids.csv").read_bytes())
    return folder


PEER_SCRIPT = """
import json, sys, time
import pandas as pd
from bib_dedupe.bib_dedupe import block, cluster, match, prep
records = pd.read_csv(sys.argv[1])
start = time.perf_counter()
groups = cluster(match(block(prep(records, cpu=1), cpu=1), cpu=1))
print(json.dumps({"groups": [sorted(g) for g in groups], "seconds": time.perf_counter() - start}))
"""


def run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True).stdout


def measure(name: str, work: Path) -> dict:
    data = dataset(name, work)
    bib = work / f"{name}.bib"
    run(str(BENCH / "dedup_tools.py"), "to-bib", str(data / "records_pre_merged.csv"), str(bib))
    review = work / name
    run(str(REPO / "cli.py"), "init", str(review))
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(review), "ingest", str(bib), "--json"],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    sources = json.loads(run(str(REPO / "cli.py"), "--review", str(review), "sources", "list", "--json"))
    groups = [[r["key"] for r in s["records"]] for s in sources if len(s["records"]) > 1]
    predicted = work / f"{name}-groups.json"
    predicted.write_text(json.dumps(groups), encoding="utf-8")
    score = json.loads(run(str(BENCH / "dedup_tools.py"), "score", str(data / "merged_record_ids.csv"), str(predicted)))
    return {"dataset": name, "records": sum(len(s["records"]) for s in sources), "seconds": seconds, **score}


def measure_peer(python: str, name: str, work: Path) -> tuple[float, float, float]:
    """bib-dedupe on the same records in this run: precision, recall, whole-process seconds."""
    data = dataset(name, work)
    start = time.perf_counter()
    out = subprocess.run(
        [python, "-c", PEER_SCRIPT, str(data / "records_pre_merged.csv")], capture_output=True, text=True, check=True
    ).stdout
    seconds = time.perf_counter() - start
    predicted = work / f"{name}-peer-groups.json"
    predicted.write_text(json.dumps(json.loads(out.strip().splitlines()[-1])["groups"]), encoding="utf-8")
    score = json.loads(run(str(BENCH / "dedup_tools.py"), "score", str(data / "merged_record_ids.csv"), str(predicted)))
    return score["precision"], score["recall"], seconds


def main() -> None:
    peer_python = sys.argv[sys.argv.index("--peer") + 1] if "--peer" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        label = "bib-dedupe here" if peer_python else "bib-dedupe (README)"
        print(f"| dataset | records | precision | recall | F1 | false merges | cmo ingest s | {label} P / R / s | speed-up |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        only = [a for a in sys.argv[1:] if a in DATASETS]
        for name in only or DATASETS:
            r = measure(name, Path(tmp))
            peer = PEER.get(name)
            if peer_python and name != "special_cases":
                peer = measure_peer(peer_python, name, Path(tmp))
            peer_text = f"{peer[0]:.3f} / {peer[1]:.3f} / {peer[2]:.1f} s" if peer else "–"
            speed = f"{peer[2] / r['seconds']:.1f}×" if peer else "–"
            print(
                f"| {name} | {r['records']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['fp']} | "
                f"{r['seconds']:.2f} | {peer_text} | {speed} |"
            )


if __name__ == "__main__":
    main()
