"""Benchmark: render a consultation pack for 300 configurations, 3,000 statements, 1,000 sources.

Target: under 2 s and under 5 MB. Run: `python bench/bench_pack.py [--runs 3] [-o pack.html]`.
Data is generated (seeded), round 2 against a round-1 snapshot with rewordings, merges,
new configurations, decisions citing feedback, and a group pack as well as the full one.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmo.models import Configuration, Decision, FeedbackItem, Source, Statement  # noqa: E402
from cmo.outputs.packs import build_pack  # noqa: E402

WORDS = (
    (
        "young people living with family, clinicians offering video sessions, a private room, trust in the "
        "therapist, broadband that drops out, feeling listened to, fewer missed appointments, peer support "
        "workers, crisis teams at night, choice of contact mode, older adults new to smartphones"
    )
    .replace(",", "")
    .split()
)
GROUPS = [
    {"slug": "cyp", "name": "Children and young people"},
    {"slug": "crisis", "name": "Inpatient and crisis care"},
    {"slug": "digital", "name": "Digitally excluded people"},
]
DOMAINS = [
    {"slug": f"d{n}", "name": f"Domain number {n} about connecting", "description": "What this domain covers."}
    for n in range(1, 5)
]


def phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def generate(rng: random.Random, n_configs: int = 300, n_statements: int = 3000, n_sources: int = 1000) -> dict:
    sources = {}
    for i in range(n_sources):
        grey = i % 4 == 0
        sources[f"src{i}"] = Source(
            key=f"src{i}",
            type="report" if grey else "article",
            grey=grey,
            year=2000 + i % 25,
            title=phrase(rng, 12),
            authors=[f"Family{i}, Given", f"Other{i}, A", "Third, B"][: 1 + i % 3],
            container="Journal of Telemental Health",
            volume=str(i % 40),
            pages=f"{i}-{i + 9}",
            doi=None if grey else f"10.1000/bench.{i}",
            url=f"https://example.org/report/{i}" if grey else None,
        )
    statements = {}
    for i in range(n_statements):
        statements[f"S{i + 1}"] = Statement(
            id=f"S{i + 1}",
            source=f"src{rng.randrange(n_sources)}",
            context=phrase(rng, 8),
            mechanism=phrase(rng, 10),
            outcome=phrase(rng, 6),
            quote=phrase(rng, 15),
            page=str(rng.randint(1, 300)),
            contradicts=i % 25 == 0,
        )
    per = n_statements // n_configs
    configurations = []
    for c in range(n_configs):
        members = [f"S{c * per + k + 1}" for k in range(per)]
        configurations.append(
            Configuration(
                id=f"C{c + 1}",
                title=phrase(rng, 5),
                context=phrase(rng, 10),
                mechanism=phrase(rng, 14),
                outcome=phrase(rng, 8),
                key_contexts=phrase(rng, 12),
                domain=None if c % 50 == 0 else f"d{c % 4 + 1}",
                statements=members,
                groups=[GROUPS[c % 3]["slug"]],
            )
        )
    previous = [
        c.model_copy(update={"context": phrase(rng, 9)} if i % 5 == 0 else {}) for i, c in enumerate(configurations[:280])
    ]
    previous += [
        Configuration(id=f"C{n_configs + k + 1}", title=phrase(rng, 4), context="c", mechanism="m", outcome="o", domain="d1")
        for k in range(10)
    ]
    feedback = [
        FeedbackItem(
            id=f"F{i + 1}",
            round=1,
            respondent=f"R{i % 20}",
            group=GROUPS[i % 3]["slug"],
            configuration=f"C{i % 280 + 1}",
            rating=("agree", "partly", "disagree")[i % 3],
            missing=phrase(rng, 12),
        )
        for i in range(600)
    ]
    decisions = [
        Decision(action="edit", targets=[f"C{i + 1}"], note=phrase(rng, 8), because=[f"F{i + 1}"], round=2)
        for i in range(0, 280, 5)
    ]
    decisions += [
        Decision(action="merge", targets=[f"C{k + 1}", f"C{n_configs + k + 1}"], note="Same idea.", round=2) for k in range(10)
    ]
    return dict(
        review={
            "title": "Benchmark review",
            "question": "What works?",
            "respond_by": "2025-06-30",
            "contact": "team@example.org",
        },
        domains=DOMAINS,
        groups=GROUPS,
        round_number=2,
        configurations=configurations,
        previous=previous,
        statements=statements,
        sources=sources,
        decisions=decisions,
        feedback=feedback,
        strength=lambda c: ("Moderate", f"{len(c.statements)} statements"),
        today=date(2025, 6, 1),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    inputs = generate(random.Random(42))
    for label, extra in (("full pack", {}), ("group pack (cyp)", {"group": "cyp"})):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            html = build_pack(**inputs, **extra)
            times.append(time.perf_counter() - start)
        size = len(html.encode("utf-8"))
        print(
            f"{label}: 300 configurations, 3000 statements, 1000 sources: "
            f"best {min(times):.2f} s, worst {max(times):.2f} s over {args.runs} runs; "
            f"{size / 1e6:.2f} MB ({'OK' if min(times) < 2 and size < 5e6 else 'OVER TARGET'})"
        )
        if args.output and not extra:
            args.output.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
