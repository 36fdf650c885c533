"""Full texts at the scale of a review: attach and extract 100 PDFs of 15 pages, verify 1,000 quotes,
search the pages.

    python bench/bench_fulltext.py [DOCUMENTS]

The PDFs are printed once by headless Chromium (one 1,500-page document of distinct sentences, split
into 100 files with pypdfium2; making them is not a figure). Then, each in its own process as a
reviewer runs them: `cmo fulltext attach` of the folder, `cmo code verify` of 1,000 quotes (900 taken
from the pages, 100 invented), and `cmo search` of two words. Baseline in the same run: pypdfium2's
bare text extraction of the same 100 files in this process.
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = "care home staff video call privacy trust family young people service clinic support session remote".split()


def sentence(rng: random.Random, n: int) -> str:
    return f"Finding {n}: " + " ".join(rng.choice(WORDS) for _ in range(14)) + f" marker{n}."


def make_pdfs(folder: Path, documents: int) -> list[list[str]]:
    import pypdfium2 as pdfium

    rng = random.Random(3)
    pages = [[sentence(rng, d * 1000 + p * 10 + k) for k in range(8)] for d in range(documents) for p in range(15)]
    html = folder / "all.html"
    html.write_text(
        "<!doctype html><meta charset=utf-8>"
        + "".join(f'<section style="break-after:page"><p>{" ".join(p)}</p></section>' for p in pages),
        encoding="utf-8",
    )
    whole = folder / "all.pdf"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={folder / 'profile'}",
            f"--print-to-pdf={whole}",
            "--no-pdf-header-footer",
            html.as_uri(),
        ],
        capture_output=True,
        check=True,
    )
    source = pdfium.PdfDocument(str(whole))
    out = folder / "pdfs"
    out.mkdir()
    for d in range(documents):
        doc = pdfium.PdfDocument.new()
        doc.import_pages(source, list(range(d * 15, d * 15 + 15)))
        doc.save(str(out / f"src{d}.pdf"))
    return [pages[d * 15 : d * 15 + 15] for d in range(documents)]


def cmo(review: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(REPO / "cli.py"), "--review", str(review), *args], capture_output=True)
    return time.perf_counter() - start


def search_query_seconds(review: Path) -> float:
    """The FTS5 query alone, in this process (best of five), as a browser face would call it."""
    sys.path.insert(0, str(REPO))
    from cmo.commands.review import open_review

    opened = open_review(review)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        opened.store.search_fulltext('"privacy" "trust"')
        best = min(best, time.perf_counter() - start)
    return best


def pypdf_extraction(folder: Path) -> float:
    """The other permissive reader the issue names, on the same files (nan when pypdf is not installed)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return float("nan")
    start = time.perf_counter()
    for pdf in sorted(folder.iterdir()):
        _ = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    return time.perf_counter() - start


def main() -> None:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        texts = make_pdfs(work, documents)
        bib = work / "refs.bib"
        bib.write_text(
            "".join(f"@article{{src{d}, title={{Source number {d} on care}}, year={{2020}}}}\n" for d in range(documents))
        )
        review = work / "review"
        subprocess.run([sys.executable, str(REPO / "cli.py"), "init", str(review)], capture_output=True, check=True)
        cmo(review, "ingest", str(bib))
        screening = work / "screening.csv"
        screening.write_text("key,decision\n" + "".join(f"src{d},include\n" for d in range(documents)), encoding="utf-8")
        cmo(review, "select", "import", str(screening))
        import pypdfium2 as pdfium

        start = time.perf_counter()
        for pdf in sorted((work / "pdfs").iterdir()):
            document = pdfium.PdfDocument(str(pdf))
            _ = [page.get_textpage().get_text_range() for page in document]
        bare = time.perf_counter() - start
        attach = cmo(review, "fulltext", "attach", str(work / "pdfs"))
        rng = random.Random(5)
        sheet = work / "sheet.csv"
        with sheet.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "source", "context", "mechanism", "outcome", "quote", "page"])
            for n in range(1000):
                d, p = rng.randrange(documents), rng.randrange(15)
                quote = rng.choice(texts[d][p]) if n % 10 else "an invented sentence that no source holds at all"
                writer.writerow(["", f"src{d}", f"c{n}", f"m{n}", f"o{n}", quote, str(p + 1)])
        cmo(review, "code", "import", str(sheet))
        verify = cmo(review, "code", "verify", "--json")
        search = cmo(review, "search", "privacy trust")
        query = search_query_seconds(review)
        pypdf_seconds = pypdf_extraction(work / "pdfs")
        cmo(review, "refine")
        evidence = cmo(review, "configs", "evidence", "C1")
        startup = cmo(review, "fulltext", "list")
    print(
        f"{documents} PDFs × 15 pages: attach {attach:.1f} s (bare pypdfium2 extraction {bare:.1f} s, "
        f"ratio {attach / bare:.1f}); "
        f"verify 1,000 quotes {verify:.1f} s; search {search:.2f} s (the query itself {query * 1000:.0f} ms); "
        f"configs evidence {evidence:.2f} s; pypdf's extraction of the same files {pypdf_seconds:.1f} s "
        f"(a command doing nothing much: {startup:.2f} s)"
    )


if __name__ == "__main__":
    main()
