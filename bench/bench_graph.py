"""Build the evidence graph for a large generated review and export it as GraphML.

Run: /work/venv/bin/python bench/bench_graph.py [--sources 50000 --statements 20000 --configurations 2000]
Prints wall time per step and peak resident memory (the whole process, models included).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmo.models import Appraisal, Configuration, Provenance, Source, Statement  # noqa: E402
from cmo.outputs.export import export  # noqa: E402
from cmo.outputs.graph import build_graph, export_graph, graph_stats, trace  # noqa: E402
from cmo.outputs.report import ReportData, render_report  # noqa: E402

WORDS = (
    "patients clinicians video remote therapy privacy trust access connection young older "
    "crisis relationship flexible choice safety confidential space engagement outcome"
).split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def generate(n_sources: int, n_statements: int, n_configs: int, seed: int = 7):
    rng = random.Random(seed)
    domains = [{"slug": f"d{i}", "name": f"Domain {i}", "description": sentence(rng, 12)} for i in range(1, 5)]
    groups = [{"slug": g, "name": g.upper()} for g in ("cyp", "inpatient", "digital")]
    sources = [
        Source(
            key=f"src{i}",
            type=rng.choice(["article", "report", "webpage"]),
            title=sentence(rng, 10),
            authors=[f"Author{rng.randrange(5000)}, A." for _ in range(rng.randint(1, 6))],
            year=rng.randint(2000, 2024),
            doi=f"10.1000/x{i}",
            status=rng.choice(["included", "excluded", "unscreened"]),
            appraisal=Appraisal(relevance=rng.choice(["high", "medium", "low"]), rigour=rng.choice(["high", "medium", "low"])),
            records=[Provenance(file="search.bib", line=i * 9 + 1, key=f"src{i}", format="bibtex")],
        )
        for i in range(n_sources)
    ]
    statements = [
        Statement(
            id=f"S{i}",
            source=f"src{rng.randrange(n_sources)}",
            context=sentence(rng, 8),
            mechanism=sentence(rng, 12),
            outcome=sentence(rng, 6),
            quote=sentence(rng, 20),
            page=str(rng.randint(1, 300)),
            groups=rng.sample([g["slug"] for g in groups], rng.randint(0, 2)),
        )
        for i in range(1, n_statements + 1)
    ]
    ids = [s.id for s in statements]
    rng.shuffle(ids)
    per = max(1, len(ids) // n_configs)
    configurations = [
        Configuration(
            id=f"C{i + 1}",
            title=sentence(rng, 5),
            context=sentence(rng, 8),
            mechanism=sentence(rng, 12),
            outcome=sentence(rng, 6),
            domain=rng.choice(domains)["slug"],
            statements=ids[i * per : (i + 1) * per],
            contradicting=ids[i * per : i * per + 1] if i % 5 == 0 else [],
            groups=rng.sample([g["slug"] for g in groups], rng.randint(0, 1)),
        )
        for i in range(n_configs)
    ]
    return sources, statements, configurations, domains, groups


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--configurations", type=int, default=2_000)
    parser.add_argument("--graph-only", action="store_true", help="skip the report and export timings")
    args = parser.parse_args()

    start = time.perf_counter()
    data = generate(args.sources, args.statements, args.configurations)
    print(f"generate models      {time.perf_counter() - start:6.2f} s   peak RSS {peak_mb():7.0f} MB")

    start = time.perf_counter()
    G = build_graph(*data)
    built = time.perf_counter() - start
    print(f"build_graph          {built:6.2f} s   {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")

    start = time.perf_counter()
    stats = graph_stats(G)
    print(f"graph_stats          {time.perf_counter() - start:6.2f} s   components {stats['components']}")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review.graphml"
        start = time.perf_counter()
        export_graph(G, path)
        exported = time.perf_counter() - start
        size = path.stat().st_size / 1e6
        print(f"export GraphML       {exported:6.2f} s   {size:.1f} MB")
        start = time.perf_counter()
        export_graph(G, path.with_suffix(".json"))
        print(f"export JSON          {time.perf_counter() - start:6.2f} s")

    start = time.perf_counter()
    for i in range(1, 101):
        trace(G, f"C{i}")
    print(f"trace x100           {time.perf_counter() - start:6.2f} s")
    print(f"build + GraphML      {built + exported:6.2f} s   (target < 10 s)")
    print(f"peak RSS             {peak_mb():6.0f} MB (target < 1500 MB)")
    if args.graph_only:
        return
    del G
    sources, statements, configurations, domains, groups = data
    strength = lambda c: ("moderate", f"{len(c.statements)} statements")  # noqa: E731
    report = ReportData(
        review={"title": "Benchmark review"},
        domains=domains,
        groups=groups,
        sources=sources,
        statements=statements,
        configurations=configurations,
        strength=strength,
    )
    for fmt in ("html", "md"):
        start = time.perf_counter()
        text = render_report(report, fmt=fmt)
        print(f"render_report {fmt:<4}   {time.perf_counter() - start:6.2f} s   {len(text) / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("bib", "ris", "csv", "xlsx", "docx", "json"):
            start = time.perf_counter()
            export(
                fmt,
                Path(folder) / f"review.{fmt}",
                sources=sources,
                statements=statements,
                configurations=configurations,
                domains=domains,
                groups=groups,
                strength=strength,
            )
            print(f"export {fmt:<5}         {time.perf_counter() - start:6.2f} s")
    print(f"peak RSS (all)       {peak_mb():6.0f} MB")


if __name__ == "__main__":
    main()
