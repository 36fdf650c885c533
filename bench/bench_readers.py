"""Time the RIS and MEDLINE readers on ~50,000-record files built from the real corpus.

Run: /work/venv/bin/python bench/bench_readers.py [records]
Records are copied round-robin from /work/shared/corpus (RIS: EndNote, Zotero, Ovid, ProQuest,
Scopus; MEDLINE: PubMed), so record sizes and quirks are the real ones.
"""

from __future__ import annotations

import gzip
import sys
import tempfile
import time
from pathlib import Path

from cmo.bib.readers import medline, ris
from cmo.textio import decode_file, sniff_format

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


# Scopus and PsycINFO records carry whole reference lists (~15 KB each); the rest are typical.
HEAVY = {"msm_scopus.ris", "msm_ovid_psycinfo.ris"}


def ris_blocks(heavy: bool = True) -> list[str]:
    blocks = []
    for path in sorted((CORPUS / "ris").glob("*.ris")):
        if not heavy and path.name in HEAVY:
            continue
        text = decode_file(path).text
        for chunk in text.split("\nTY  - ")[1:]:
            blocks.append("TY  - " + chunk.split("\nER  -", 1)[0] + "\nER  - \n\n")
    return blocks


def medline_blocks() -> list[str]:
    text = decode_file(CORPUS / "medline" / "iebh_bluelight_sr.nbib").text
    return [block.strip() + "\n\n" for block in text.split("\n\n") if block.strip()]


def build(blocks: list[str], count: int) -> str:
    return "".join(blocks[i % len(blocks)] for i in range(count))


def timed(label: str, function, *args) -> object:
    """Wall and CPU time: the CPU figure is steadier on a shared, noisy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = function(*args)
    print(f"{label}: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU")
    return value


def machine_speed() -> None:
    """A fixed Python loop, so numbers from different machines can be compared."""
    total = 0
    start = time.process_time()
    for number in range(10_000_000):
        total += number
    print(f"reference: a 10M-step Python loop takes {time.process_time() - start:.2f} s CPU here")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    machine_speed()
    runs = (
        ("RIS (EndNote, Zotero, Ovid MEDLINE, ProQuest, Cochrane)", ris_blocks(False), ris, count),
        ("RIS (all seven exports, incl. Scopus/PsycINFO)", ris_blocks(), ris, count // 5),
        ("MEDLINE (PubMed)", medline_blocks(), medline, count),
    )
    for name, blocks, reader, count in runs:
        text = build(blocks, count)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.txt.gz"
            path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=1))
            print(f"{name}: {count} records, {len(text) / 1e6:.0f} MB of text")
            decoded = timed("  decode_file (gzip + UTF-8 + newlines)", decode_file, path)
            timed("  sniff_format", sniff_format, decoded.text)
            del text
            result = timed("  read", reader.read, decoded.text, "big.txt")
            print(f"  records {len(result.records)}, problems {len(result.problems)}")
    cp1252 = build(ris_blocks(), 5_000).encode("cp1252", errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "legacy.ris"
        path.write_bytes(cp1252)
        print(f"cp1252 RIS, 5000 records, {len(cp1252) / 1e6:.0f} MB")
        decoded = timed("  decode_file (charset detection)", decode_file, path)
        print(f"  encoding {decoded.encoding}")


if __name__ == "__main__":
    main()
