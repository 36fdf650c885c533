"""Ingest speed against bibtexparser alone, on a generated 50,000-entry BibTeX file.

Usage: python bench/bench_ingest.py [N=50000] [--keep DIR] [--style plain|hard]

Generates N entries with realistic fields (authors with LaTeX accents, ~1,500-character
abstracts, DOIs for most, `@string` and month macros) of which 10 % are duplicates with
variations (DOI case and prefix, retyped titles, missing DOI), then measures in one run:
  1. bibtexparser 2 `parse_string` alone on the file (the baseline);
  2. `cmo ingest` of the file into a new review (read, normalise, de-duplicate, store);
  3. `cmo ingest` of the same file again (re-ingest: nothing new);
and prints the ratios and peak memory of each `cmo ingest` (a child process each, so the
figures are per command as a user runs it).

`--style hard` builds the file differently, as the exports that hurt look: titles from a vocabulary of
forty words with a fifth of them near-identical ("Editorial", "Realist review of care: protocol"), one
hundred surnames (large first-author-and-year blocks), every field wrapped over indented continuation
lines, and heavy LaTeX (accents in three notations, `\\textit`, `\\emph`, maths, `\\&`, `--`).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from measure import python_command, run_measured  # noqa: E402

SURNAME_ROOTS = [
    "Ander",
    "Bark",
    "Carl",
    "Dal",
    "Ed",
    "Fair",
    "Gar",
    "Hol",
    "Ing",
    "Jan",
    "Kirk",
    "Lind",
    "Mar",
    "Nor",
    "Ost",
    "Pen",
    "Quin",
    "Ros",
    "Stan",
    "Thorn",
    "Upp",
    "Vick",
    "Wil",
    "Yar",
    "Zell",
    "Ash",
    "Brook",
    "Cran",
    "Dun",
    "Elm",
    "Fitz",
    "Glen",
    "Hart",
    "Ives",
    "Kel",
    "Lam",
]
SURNAME_ENDINGS = [
    "son",
    "ley",
    "ford",
    "ton",
    "wood",
    "berg",
    "mann",
    "ström",
    "sen",
    "ez",
    "ini",
    "ova",
    "ski",
    "er",
    "worth",
    "by",
    "ham",
    "field",
    "well",
    "ridge",
    "stone",
    "court",
    "ow",
    "eau",
]
"""Realistic author lists need thousands of distinct surnames (a real search export has them):
with a few dozen, every author-and-year block would hold hundreds of unrelated works."""
SURNAMES = [root + ending for root in SURNAME_ROOTS for ending in SURNAME_ENDINGS] + [
    "Pawson",
    "Tilley",
    "Wong",
    "Greenhalgh",
    "Westhorp",
    "Jagosh",
    "Marchal",
    'M{\\"u}ller',
    "Gonz{\\'a}lez",
    "van der Berg",
    "O'Connor",
    "de la Cruz",
    "Smith",
    "Nguyen",
    "Kowalski",
    'Sch{\\"o}n',
    "Brennan",
    "Rycroft-Malone",
    "Dalkin",
    "Emmel",
    "Manzano",
    "Punton",
    "Shearn",
    "Hunter",
    "Duddy",
    "Schlief",
    "Saunders",
    "Appleton",
    "Johnson",
    "Vera San Juan",
]
GIVEN = [
    "Ray",
    "Nick",
    "Geoff",
    "Trisha",
    "Gill",
    "Justin",
    "Bruno",
    "Anna",
    "Jos{\\'e}",
    "Marie-Claire",
    "J. R.",
    "Sonia",
    "Ana",
    "Kate",
    "Judith",
    "Sarah",
    "Merle",
    "Katherine",
    "Rebecca",
]
WORDS = (
    "realist evaluation context mechanism outcome configuration programme theory patient safety "
    "intervention implementation hospital primary care nurse training feedback audit trust accountability "
    "resources reasoning review synthesis qualitative evidence stakeholder consultation incident reporting "
    "culture leadership teamwork medication error handover checklist surgical outcomes learning "
    "organisational telemental video remote therapy young people crisis inpatient privacy"
).split()
JOURNALS = [
    "BMJ Quality \\& Safety",
    "Implementation Science",
    "Evaluation",
    "Social Science \\& Medicine",
    "Systematic Reviews",
    "BMC Health Services Research",
    "Journal of Advanced Nursing",
    "The Lancet",
]
TYPES = ["article"] * 7 + ["inproceedings", "book", "techreport", "misc", "phdthesis"]
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def abstract(rng: random.Random, target: int = 1500) -> str:
    parts, size = [], 0
    while size < target:
        s = sentence(rng, rng.randint(8, 20))
        if rng.random() < 0.15:
            s += " ($p < 0.05$)"
        if rng.random() < 0.1:
            s += " with {RCT} evidence and 95\\% CI"
        parts.append(s + ".")
        size += len(s) + 2
    return " ".join(parts)


def work(rng: random.Random, i: int) -> dict:
    etype = rng.choice(TYPES)
    year = rng.randint(1985, 2025)
    return {
        "type": etype,
        "authors": [f"{rng.choice(SURNAMES)}, {rng.choice(GIVEN)}" for _ in range(rng.choice([1, 2, 3, 3, 4, 5, 6, 8]))],
        "year": year,
        "title": sentence(rng, rng.randint(6, 16)) + f" {i}: a {{Realist}} review",
        "doi": f"10.{rng.randint(1000, 9999)}/{rng.choice(['bmjqs', 's13012', 'evi', 'jan'])}.{year}.{i:06d}"
        if rng.random() < 0.85
        else None,
        "journal": rng.choice(JOURNALS),
        "volume": rng.randint(1, 60),
        "number": rng.randint(1, 12),
        "pages": f"{rng.randint(1, 400)}--{rng.randint(401, 900)}",
        "abstract": abstract(rng),
        "month": rng.choice(MONTHS),
    }


def variant(rng: random.Random, original: dict) -> dict:
    """A duplicate as another database exports it: DOI case or prefix, retyped title, no DOI."""
    copy = dict(original)
    roll = rng.random()
    if copy["doi"] and roll < 0.4:
        copy["doi"] = "https://doi.org/" + copy["doi"].upper()
    elif roll < 0.7:
        copy["title"] = copy["title"].lower().replace(":", " -")
        copy["doi"] = None
    else:
        copy["authors"] = [a.replace('{\\"u}', "u") for a in copy["authors"]]
        copy["title"] = copy["title"] + "."
    return copy


def entry(work: dict, key: str) -> str:
    fields = [("author", " and ".join(work["authors"])), ("title", "{" + work["title"] + "}"), ("year", str(work["year"]))]
    if work["type"] == "article":
        fields += [
            ("journal", work["journal"]),
            ("volume", str(work["volume"])),
            ("number", str(work["number"])),
            ("pages", work["pages"]),
        ]
    elif work["type"] == "inproceedings":
        fields.append(("booktitle", "Proceedings of the Realist Conference"))
    elif work["type"] in ("book", "techreport"):
        fields.append(("publisher" if work["type"] == "book" else "institution", "Sage"))
    fields.append(("abstract", work["abstract"]))
    if work["doi"]:
        fields.append(("doi", work["doi"]))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{work['type']}{{{key},\n{body},\n  month = {work['month']}\n}}\n"


HARD_WORDS = (
    "care realist review evidence nurses patients community health programme support trust access safety "
    "mental digital primary implementation outcomes mechanisms context staff training peer workers rural "
    "services quality participation adherence engagement older young hospital home protocol synthesis "
    "intervention policy practice"
).split()
HARD_SAME = ["Editorial", "Correction", "Commentary", "Realist review of care: protocol", "Letter to the editor"]
ACCENTS = ["{\\'e}", '\\"{o}', "{\\c{c}}", "\\`a", "{\\~n}", "\\v{s}"]


def hard_work(rng: random.Random, i: int) -> dict:
    """A work as the hard exports look: small vocabulary, shared titles, few surnames, LaTeX everywhere."""
    base = work(rng, i)
    surnames = SURNAMES[:100]
    base["authors"] = [
        f"{rng.choice(surnames)}{rng.choice(ACCENTS) if rng.random() < 0.3 else ''}, {rng.choice(GIVEN)}"
        for _ in range(rng.choice([1, 2, 3, 4, 6]))
    ]
    if rng.random() < 0.2:
        base["title"] = rng.choice(HARD_SAME)
    else:
        words = [rng.choice(HARD_WORDS) for _ in range(rng.randint(5, 12))]
        words[rng.randrange(len(words))] = "\\textit{" + words[0] + "}"
        base["title"] = " ".join(words).capitalize() + rng.choice(["", " --- a \\emph{realist} synthesis", " \\& beyond"])
    words = base["abstract"].split(" ")
    for at in range(3, len(words), 7):
        words[at] = rng.choice(["caf{\\'e}", 'na\\"{i}ve', "$\\beta_{i} = 0.4$", "\\textit{" + words[at] + "}", "r{\\^o}le"])
    base["abstract"] = " ".join(words)
    return base


def wrapped(text: str, width: int = 68) -> str:
    """A field's value over indented continuation lines, as reference managers write long fields."""
    import textwrap

    return "\n    ".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text


def generate(path: Path, n: int, seed: int = 42, style: str = "plain") -> None:
    rng = random.Random(seed)
    unique = int(n * 0.9)
    works = [(hard_work if style == "hard" else work)(rng, i) for i in range(unique)]
    with path.open("w", encoding="utf-8") as out:
        out.write('@string{bmjqs = "BMJ Quality and Safety"}\n\n')
        for i, w in enumerate(works):
            out.write(styled(entry(w, f"w{i}"), style) + "\n")
        for j in range(n - unique):
            out.write(styled(entry(variant(rng, works[rng.randrange(unique)]), f"dup{j}"), style) + "\n")


def styled(text: str, style: str) -> str:
    if style != "hard":
        return text
    lines = []
    for line in text.splitlines():
        name, sep, value = line.partition(" = {")
        lines.append(f"{name}{sep}{wrapped(value)}" if sep and len(line) > 80 else line)
    return "\n".join(lines) + "\n"


def time_bibtexparser(path: Path) -> float:
    code = (
        "import bibtexparser,time,sys; t=time.perf_counter(); "
        "lib=bibtexparser.parse_string(open(sys.argv[1],encoding='utf-8').read()); "
        "print(time.perf_counter()-t, len(lib.entries))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    seconds, entries = out.stdout.split()
    return float(seconds)


def time_ingest(review: Path, path: Path) -> tuple[float, float, dict]:
    """One `cmo ingest` in a child process: wall time, the peak memory of it and its reading workers, its JSON."""
    command = python_command(str(REPO / "cli.py"), "--review", str(review), "ingest", str(path), "--json")
    seconds, peak_mb, out = run_measured(command)
    return seconds, peak_mb, json.loads(out.stdout)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 50_000
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    work_dir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="cmo-bench-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    style = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else "plain"
    bib = work_dir / f"synthetic{n}{'' if style == 'plain' else '-' + style}.bib"
    if not bib.exists():
        generate(bib, n, style=style)
    print(f"file: {bib} ({bib.stat().st_size / 1e6:.1f} MB, {n} entries, 10% duplicates, {style} style)")
    review = work_dir / "review"
    if review.exists():
        subprocess.run(["rm", "-rf", str(review)], check=True)
    subprocess.run([sys.executable, str(REPO / "cli.py"), "init", str(review)], check=True, capture_output=True)
    baseline = time_bibtexparser(bib)
    first, first_mb, summary = time_ingest(review, bib)
    again, again_mb, summary2 = time_ingest(review, bib)
    print(f"bibtexparser.parse_string alone : {baseline:6.2f} s")
    print(
        f"cmo ingest (new review)         : {first:6.2f} s  ratio {first / baseline:.2f}x  peak {first_mb:.0f} MB  "
        f"added {summary['added']} merged {summary['merged']}"
    )
    print(
        f"cmo ingest (same file again)    : {again:6.2f} s  ratio {again / baseline:.2f}x  peak {again_mb:.0f} MB  "
        f"unchanged {summary2['unchanged']}"
    )
    if not keep:
        subprocess.run(["rm", "-rf", str(work_dir)], check=False)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
