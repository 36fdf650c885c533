"""A real review built from a domains file and RIS records, for the coding-sheet tests: every source included, and a
CSV written as a coder's sheet is. Shared by the session-40 coding tests (one builder, not one per file)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path


def review_of(cmo, tmp_path: Path, domains: str, records: str) -> dict[str, str]:
    """A review of these domains and records, every source included: each source's key by its title's first word."""
    (tmp_path / "domains.yaml").write_text(domains, encoding="utf-8")
    (tmp_path / "records.ris").write_text(records, encoding="utf-8")
    cmo("init", str(cmo.folder), "--domains", str(tmp_path / "domains.yaml"))
    cmo("ingest", str(tmp_path / "records.ris"), code=None)
    keys = {s["title"].split()[0].lower(): s["key"] for s in cmo.json("sources", "list")}
    for key in keys.values():
        cmo("select", "include", key)
    return keys


def write_workbook(path: Path, header: list[str], tabs: dict[str, list[list[str]]]) -> Path:
    """A workbook of these tabs, each with `header` and its rows, as a team lays out one tab per domain."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tabs.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def cmo_run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """`cmo ARGS` in its own process from `cwd`, as a person types it (its exit code and words as they would see them)."""
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True)


def review_from_rows(tmp_path: Path, rows: list[tuple[str, str, str, str]], *, appraised: bool = False) -> Path:
    """A review of one made-up article per source key in `rows` (key, context, mechanism, outcome), each included (and,
    `appraised`, rated high on both), its rows imported as a coding sheet by coder RT."""
    entry = "@article{{{key},\n  title = {{Study {key}}},\n  author = {{Author, A.}},\n  journal = {{J}},\n"
    entry += "  year = {{2021}}\n}}\n\n"
    keys = list(dict.fromkeys(r[0] for r in rows))
    (tmp_path / "refs.bib").write_text("".join(entry.format(key=key) for key in keys), encoding="utf-8")
    lines = ["source,context,mechanism,outcome,quote,coder"]
    lines += [",".join(f'"{cell}"' for cell in (*row, "a quote", "RT")) for row in rows]
    (tmp_path / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cmo_run("init", "rev", cwd=tmp_path).returncode == 0
    review = tmp_path / "rev"
    assert cmo_run("ingest", "../refs.bib", cwd=review).returncode in (0, 1)
    assert cmo_run("select", "include", *keys, "--by", "RT", cwd=review).returncode in (0, 1)
    for key in keys if appraised else ():
        assert cmo_run("appraise", key, "--relevance", "high", "--rigour", "high", "--by", "RT", cwd=review).returncode in (0, 1)
    done = cmo_run("code", "import", "../coding.csv", "--by", "RT", cwd=review)
    assert done.returncode in (0, 1), done.stderr
    return review


def coded_review(cmo, tmp_path: Path, records: str, rows: list[tuple[str, str, str, str, str]]) -> dict[str, str]:
    """A review of these RIS `records`, each included, coded with `rows` (author, context, mechanism, outcome, quote) and
    refined (lexical); the source keys by author (the key up to its year)."""
    (tmp_path / "records.ris").write_text(records, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "records.ris"))
    keys = {s["key"].split("20")[0]: s["key"] for s in cmo.json("sources", "list")}
    cmo("select", "include", *keys.values())
    sheet = tmp_path / "coding.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["source", "context", "mechanism", "outcome", "quote"])
        writer.writerows([keys[a], c, m, o, q] for a, c, m, o, q in rows)
    cmo("code", "import", str(sheet), code=None)
    cmo("refine", "--backend", "lexical")
    return keys


def refined_together(
    cmo, tmp_path: Path, journal: str, year: int, works: list[tuple[str, str]], rows: str, backend: str = "lexical"
) -> str:
    """A review of these works (family name, title), one journal and year, coded with `rows` (the CSV lines after the
    header source,context,mechanism,outcome) and refined on `backend` (lexically unless told) at a threshold low enough
    to join them: what refine said (stdout and stderr)."""
    records = tmp_path / "records.ris"
    records.write_text(
        "".join(f"TY  - JOUR\nAU  - {name}, A\nTI  - {title}\nJO  - {journal}\nPY  - {year}\nER  -\n\n" for name, title in works),
        encoding="utf-8",
    )
    sheet = tmp_path / "coding.csv"
    sheet.write_text("source,context,mechanism,outcome\n" + rows, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(records))
    cmo("code", "import", str(sheet))
    said = cmo("refine", "--backend", backend, "--threshold", "0.05", code=None)
    return said.stdout + said.stderr


def activity_review(cmo, tmp_path: Path):
    """A review of school physical activity programmes, round 1 closed with its two configurations."""
    (tmp_path / "refs.bib").write_text(
        "@article{Okafor2021,\n  title = {Active lessons in primary schools},\n  author = {Okafor, A.},\n"
        "  journal = {J School Health},\n  year = {2021}\n}\n"
        "@article{Lind2022,\n  title = {Teacher-led movement breaks},\n  author = {Lind, B.},\n"
        "  journal = {Prev Med},\n  year = {2022}\n}\n",
        encoding="utf-8",
    )
    coding = write_csv(
        tmp_path / "coding.csv",
        ["source", "context", "mechanism", "outcome", "quote", "coder"],
        ["Okafor2021", "In crowded urban primary schools", "teachers trusted that movement breaks fit the timetable",
         "so more minutes of activity were delivered", "a quote", "RT"],
        ["Lind2022", "In rural secondary schools", "pupils felt the after-school club belonged to them",
         "so attendance rose over the year", "a quote", "RT"],
    )  # fmt: skip
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "refs.bib"), code=None)
    cmo("select", "include", "Okafor2021", "Lind2022", "--by", "RT", code=None)
    cmo("code", "import", str(coding), "--by", "RT", code=None)
    cmo("refine", "--backend", "lexical", code=None)
    cmo("round", "close", "--note", "first round")
    return cmo


def configuration_together(cmo, *texts: str) -> str:
    """The configuration holding the statements saying `texts`, made as a user would where refine kept them apart."""
    listed = cmo.json("code", "list")
    ids = [next(s["id"] for s in listed if text in f"{s['context']} {s['mechanism']} {s['outcome']}") for text in texts]
    config = next((c for c in cmo.json("configs", "list") if set(ids) <= set(c["statements"])), None)
    if config is None or len(config["statements"]) != len(ids):
        config = cmo.json("configs", "new", "--statements", ",".join(ids), "--json")
    return config["id"]


def check_warning(said: str, cid: str) -> str:
    """The line of `round close --check`'s output that warns about configuration `cid` ("" if none)."""
    return next((line for line in said.splitlines() if f"{cid} goes to the group" in line), "")


WILDMAN = Path(__file__).parent / "data" / "citations" / "same_team_same_year.bib"


def coded_pair(cmo, tmp_path: Path, first: str, second: str | None = None) -> list[dict]:
    """A review of the two Wildman works, one coded with the sheet row `first` (context,mechanism,outcome as CSV), the
    other with `second` (else the same row), refined (lexical): its configurations as `configs list --json` gives them."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(WILDMAN))
    cmo("select", "include", "wildman2019service", "wildman2021")
    sheet = tmp_path / "coding.csv"
    rows = f"wildman2019service,{first}\nwildman2021,{second or first}\n"
    sheet.write_text("source,context,mechanism,outcome\n" + rows, encoding="utf-8")
    cmo("code", "import", str(sheet))
    cmo("refine", "--backend", "lexical")
    return cmo.json("configs", "list")


def feedback_form(tmp_path: Path, name: str, rows: list[str]) -> Path:
    """A feedback CSV of one answer a row (respondent, round, configuration, rating, comment), as a team types one."""
    sheet = tmp_path / name
    sheet.write_text("respondent,round,configuration,rating,comment\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return sheet


def answer_of(review, respondent: str) -> dict:
    """`feedback list --json`'s first answer of this respondent."""
    return next(a for a in review.json("feedback", "list") if a["respondent"] == respondent)


def config_with_marks(own: tuple[str, str, str], members: list[tuple[str, str, str]], marked: set[str]):
    """A configuration C1 worded `own` and its members S1… as (context, mechanism, outcome), those in `marked` marked
    supporting by a person: the key-context tests' one builder."""
    from cmo.models import Configuration, Statement

    statements = {
        f"S{n}": Statement(
            id=f"S{n}", source=f"study{n}", context=c, mechanism=m, outcome=o,
            stance={"C1": "supporting"} if f"S{n}" in marked else {},
        )
        for n, (c, m, o) in enumerate(members, 1)
    }  # fmt: skip
    config = Configuration(id="C1", title="t", context=own[0], mechanism=own[1], outcome=own[2], statements=list(statements))
    return config, statements
