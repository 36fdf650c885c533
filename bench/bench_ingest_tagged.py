"""Ingest of large Ovid, EndNote, RefWorks and CSL JSON files, beside the same records as RIS in the same run.

    python bench/bench_ingest_tagged.py [N=50000]

N distinct made-up records (title words, authors, years, journals and DOIs drawn at random) written in each
format; each `cmo ingest` runs in its own process into a new review (wall time, its own peak memory). The
baseline is `cmo ingest` of the same records as RIS: the formats added later must cost no more than RIS does.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_review_scale import cmo  # noqa: E402

WORDS = (
    "peer support mothers rural digital trust access staff patients community volunteers stewardship nurses care "
    "groups mindfulness workplace telehealth crisis young people older adults outcomes implementation realist review"
).split()
SURNAMES = "Smith Jones Okafor Chen Garcia Müller Patel Nguyen Kowalski Haddad Silva Kim Brown Wilson Dubois".split()
JOURNALS = ["BMC Health Services Research", "Implementation Science", "Social Science & Medicine", "BMJ Open"]


def made_up(count: int, rng: random.Random) -> list[dict]:
    records = []
    for i in range(count):
        records.append(
            {
                "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + f" {i}",
                "authors": [(rng.choice(SURNAMES), rng.choice("ABCDEFGHJK")) for _ in range(rng.randint(1, 6))],
                "year": rng.randint(1995, 2025),
                "journal": rng.choice(JOURNALS),
                "volume": str(rng.randint(1, 60)),
                "issue": str(rng.randint(1, 12)),
                "pages": f"{(start := rng.randint(1, 900))}-{start + rng.randint(3, 20)}",
                "doi": f"10.{rng.randint(1000, 9999)}/bench.{i}",
                "abstract": " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 250))),
            }
        )
    return records


def as_ris(r: dict) -> str:
    authors = "".join(f"AU  - {family}, {given}.\n" for family, given in r["authors"])
    return (
        f"TY  - JOUR\nTI  - {r['title']}\n{authors}PY  - {r['year']}\nJO  - {r['journal']}\nVL  - {r['volume']}\n"
        f"IS  - {r['issue']}\nSP  - {r['pages']}\nDO  - {r['doi']}\nAB  - {r['abstract']}\nER  - \n\n"
    )


def as_ovid(r: dict, i: int) -> str:
    authors = "".join(f"AU  - {family} {given}.\n" for family, given in r["authors"])
    source = f"{r['journal']}. {r['volume']}({r['issue']}):{r['pages']}, {r['year']}."
    return (
        f"<{i}. >\nDB  - Embase\nUI  - {600000000 + i}\nTI  - {r['title']}\nSO  - {source}\n{authors}"
        f"AB  - {r['abstract']}\nDO  - {r['doi']}\nPT  - Journal Article\nYR  - {r['year']}\n\n"
    )


def as_endnote(r: dict) -> str:
    authors = "".join(f"%A {family}, {given}.\n" for family, given in r["authors"])
    return (
        f"%0 Journal Article\n%T {r['title']}\n{authors}%J {r['journal']}\n%V {r['volume']}\n%N {r['issue']}\n"
        f"%P {r['pages']}\n%D {r['year']}\n%R {r['doi']}\n%X {r['abstract']}\n\n"
    )


def as_refworks(r: dict) -> str:
    authors = "".join(f"A1 {family}, {given}.\n" for family, given in r["authors"])
    first, last = r["pages"].split("-")
    return (
        f"RT Journal Article\nSR Electronic(1)\n{authors}T1 {r['title']}\nJF {r['journal']}\nYR {r['year']}\n"
        f"VO {r['volume']}\nIS {r['issue']}\nSP {first}\nOP {last}\nDO {r['doi']}\nAB {r['abstract']}\n\n"
    )


def as_csl(r: dict) -> dict:
    return {
        "type": "article-journal",
        "title": r["title"],
        "author": [{"family": family, "given": f"{given}."} for family, given in r["authors"]],
        "issued": {"date-parts": [[r["year"]]]},
        "container-title": r["journal"],
        "volume": r["volume"],
        "issue": r["issue"],
        "page": r["pages"],
        "DOI": r["doi"],
        "abstract": r["abstract"],
    }


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    records = made_up(count, random.Random(11))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = {
            "RIS (baseline)": ("refs.ris", "".join(as_ris(r) for r in records)),
            "Ovid": ("embase.cgi", "".join(as_ovid(r, i) for i, r in enumerate(records, start=1))),
            "EndNote tagged": ("scholar.enw", "".join(as_endnote(r) for r in records)),
            "RefWorks": ("cnki.txt", "".join(as_refworks(r) for r in records)),
            "CSL JSON": ("zotero.json", json.dumps([as_csl(r) for r in records], indent=2, ensure_ascii=False)),
        }
        baseline = None
        print(f"{count:,} records")
        for name, (filename, text) in files.items():
            path = work / filename
            path.write_text(text, encoding="utf-8")
            seconds, peak, done = cmo(work / f"review-{filename}", "ingest", str(path))
            baseline = baseline or seconds
            print(
                f"  {name:<15} {path.stat().st_size / 1e6:6.1f} MB  {seconds:6.2f} s ({seconds / baseline:4.2f}x RIS)  "
                f"peak {peak:5.0f} MB  exit {done.returncode}"
            )


if __name__ == "__main__":
    main()
