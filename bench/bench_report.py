"""The report of a large review: size, time and printed length against what it holds.

    python bench/bench_report.py            # 1,500 and 6,000 statements (about 75 and 300 configurations)

A review of 2,000 included sources and a synthetic coding sheet (`bench_merge.synthetic`), refined with
words only (building is not a figure), a tenth of the configurations accepted with a note (audit trail).
Then `cmo report` in its own process (wall time, peak memory), the HTML's size per section, and its
printed length: Debian's chromium prints it to PDF and the pages are counted. Two sizes, so the ratio
of pages to statements and configurations shows whether the length is proportional to what it holds.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_review_scale import cmo, review_with_sources, write_sheet  # noqa: E402


def printed_pages(html: Path) -> int | None:
    pdf = html.with_suffix(".pdf")
    try:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", html.as_uri()],
            capture_output=True,
            timeout=600,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def sections(html: str) -> list[tuple[str, int]]:
    parts = re.split(r"<h2[^>]*>(.*?)</h2>", html)
    return [(re.sub("<[^>]+>", "", parts[i]), len(parts[i + 1].encode())) for i in range(1, len(parts), 2)]


def measure(n: int, work: Path) -> None:
    folder = work / f"r{n}"
    keys = review_with_sources(folder, 2000)
    write_sheet(folder / "sheet.csv", keys, n, 0, random.Random(n))
    cmo(folder, "code", "import", str(folder / "sheet.csv"))
    cmo(folder, "refine", "--backend", "lexical")
    listed = cmo(folder, "configs", "list")[2].stdout
    ids = re.findall(r"^(C\d+)\s", listed, flags=re.M)
    for cid in ids[:: max(1, 10)]:
        cmo(folder, "configs", "accept", cid, "--note", "Agreed at the team meeting")
    seconds, peak, done = cmo(folder, "report", "-o", str(folder / "report.html"))
    html = (folder / "report.html").read_text(encoding="utf-8")
    pages = printed_pages(folder / "report.html")
    size = len(html.encode()) / 1e6
    print(
        f"{n:>6} statements, {len(ids):>4} configurations: cmo report {seconds:.2f} s, peak {peak:.0f} MB, "
        f"{size:.2f} MB of HTML, {pages} printed pages ({(pages or 0) / n * 100:.1f} per 100 statements), exit {done.returncode}"
    )
    for name, bytes_ in sections(html):
        print(f"    {name[:50]:<50} {bytes_ / 1e3:8.0f} kB")


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1500, 6000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            measure(n, Path(tmp))


if __name__ == "__main__":
    main()
