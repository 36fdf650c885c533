"""Hostile and broken inputs: each is refused with one sentence naming the file, quickly and in bounded memory."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, read_only_copy_of
from openpyxl import Workbook

COLUMNS = ["id", "source", "context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note"]


MEASURED = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); sys.exit(code)"
)
"""A small Python starts cmo and reports its peak: a child forked from pytest itself would count pytest's own
memory (the model loaded by earlier tests) until it runs cmo."""


def run_cmo(review: Path, *args: str) -> tuple[subprocess.CompletedProcess, float, int]:
    """A real `cmo` process: its result, seconds, and its own peak memory in MB."""
    with tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        start = time.perf_counter()
        command = [sys.executable, str(REPO / "cli.py"), "--review", str(review), *args]
        done = subprocess.run([sys.executable, "-c", MEASURED, peak.name, *command], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        return done, seconds, int(Path(peak.name).read_text() or 0) // 1024


def far_cell_workbook(path: Path) -> Path:
    """A 6 KB coding sheet with one stray value at the sheet's last cell, as a slip of the keyboard leaves."""
    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    sheet.append(["", "schlief2022telemental", "a context", "a mechanism", "an outcome", "", "", "", "", "", ""])
    sheet["XFD1048576"] = "x"
    book.save(path)
    return path


def test_a_stray_far_cell_is_refused_not_allocated(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    done, seconds, _ = run_cmo(cmo.folder, "code", "import", str(far_cell_workbook(tmp_path / "coding.xlsx")))
    assert done.returncode == 2, done.stderr
    assert "coding.xlsx" in done.stderr and "XFD1048576" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert seconds < 5
    assert cmo.json("code", "list") == []


@pytest.mark.parametrize("command", [["select", "import"], ["appraise", "--file"]])
def test_every_sheet_importer_refuses_the_far_cell(cmo, tmp_path, command):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    done, _, _ = run_cmo(cmo.folder, *command, str(far_cell_workbook(tmp_path / "sheet.xlsx")))
    assert done.returncode == 2 and "XFD1048576" in done.stderr, done.stderr


def test_a_workbook_that_unpacks_far_beyond_a_sheet_is_refused_from_its_directory(cmo, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b" " * (1 << 20)
            for _ in range(600):
                member.write(block)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    cmo("init", str(cmo.folder))
    done, seconds, peak = run_cmo(cmo.folder, "code", "import", str(bomb))
    assert done.returncode == 2 and "unpacks to" in done.stderr and "bomb.xlsx" in done.stderr, done.stderr
    assert seconds < 5 and peak < 300


def test_a_gzip_bomb_is_refused_while_it_unpacks(cmo, tmp_path):
    bomb = tmp_path / "refs.bib.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        block = b"@article{a, title={x}}\n" + b" " * (1 << 20)
        for _ in range(1024):
            handle.write(block)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    cmo("init", str(cmo.folder))
    done, seconds, peak = run_cmo(cmo.folder, "ingest", str(bomb))
    assert done.returncode == 2 and "refs.bib.gz unpacks to more than" in done.stderr, done.stderr
    assert seconds < 10 and peak < 500
    assert cmo.json("sources", "list") == []


def test_a_gzipped_export_still_reads(cmo, tmp_path):
    packed = tmp_path / "example.bib.gz"
    packed.write_bytes(gzip.compress((REPO / "sources" / "example.bib").read_bytes()))
    cmo("init", str(cmo.folder))
    cmo("ingest", str(packed))
    assert len(cmo.json("sources", "list")) > 10


@pytest.mark.parametrize(
    "damage, said",
    [
        (lambda db: db.unlink(), "is missing"),
        (lambda db: db.write_bytes(b""), "is empty (0 bytes)"),
        (lambda db: db.write_bytes(b"\x00\xffnot a database at all" * 300), "is damaged"),
    ],
)
def test_a_lost_or_damaged_database_is_said_and_never_replaced(cmo, damage, said):
    cmo("init", str(cmo.folder))
    cmo("ingest", str(REPO / "sources" / "example.bib"))
    database = cmo.folder / "review.db"
    for extra in ("review.db-wal", "review.db-shm"):
        (cmo.folder / extra).unlink(missing_ok=True)
    damage(database)
    before = database.read_bytes() if database.exists() else None
    for args in (["sources", "list"], ["ingest", str(REPO / "sources" / "example.bib")]):
        done, _, _ = run_cmo(cmo.folder, *args)
        assert done.returncode == 2, done.stdout
        assert said in done.stderr and "review.db" in done.stderr and "restore" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "\x00" not in done.stderr
        assert (database.read_bytes() if database.exists() else None) == before


def test_a_yaml_alias_bomb_in_review_yaml_is_refused_at_once(cmo):
    cmo("init", str(cmo.folder))
    bomb = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [{', '.join(['*' + previous] * 9)}]")
    config = cmo.folder / "review.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "\n".join(["extra:", *("  " + line for line in bomb)]) + "\n")
    done, seconds, peak = run_cmo(cmo.folder, "sources", "list")
    assert done.returncode == 2 and "aliases (*name) expand" in done.stderr and "review.yaml, line" in done.stderr, done.stderr
    assert seconds < 5 and peak < 300


def test_review_yaml_in_latin_1_is_named_with_its_line(cmo):
    cmo("init", str(cmo.folder))
    config = cmo.folder / "review.yaml"
    config.write_bytes(config.read_bytes() + "\n# Café notes\n".encode("latin-1"))
    done, _, _ = run_cmo(cmo.folder, "sources", "list")
    assert done.returncode == 2 and "not UTF-8" in done.stderr and "line" in done.stderr, done.stderr


def test_a_field_of_thousands_of_digits_does_not_stop_the_ingest(cmo, tmp_path):
    """Python refuses to turn 4,300+ digits into a number: a pages field like that once aborted the
    whole ingest with "unexpected failure"; now it is kept as text and every record is read."""
    bib = tmp_path / "huge.bib"
    bib.write_text(
        "@article{a, title={A normal paper about telehealth}, author={Smith, J}, year={2020}, pages={" + "9" * 5000 + "}}\n"
        "@article{b, title={Another paper about telehealth care}, author={Jones, K}, year={2021}, pages={1-10}}\n",
        encoding="utf-8",
    )
    cmo("init", str(cmo.folder))
    cmo("ingest", str(bib))
    assert len(cmo.json("sources", "list")) == 2


def test_an_export_killed_midway_leaves_no_lasting_temporary_file(demo, tmp_path):
    """kill -9 during an export leaves `.report.md.XXXX.tmp`; the next write of that file removes it
    once it is clearly stale (older than five minutes), never a write still going on."""

    out = tmp_path / "report.md"
    stale, fresh = tmp_path / ".report.md.k1ll3d.tmp", tmp_path / ".report.md.w0rk1n.tmp"
    stale.write_text("half a report", encoding="utf-8")
    fresh.write_text("another write, still going", encoding="utf-8")
    os.utime(stale, (0, 0))
    demo("report", "--format", "md", "-o", str(out))
    assert out.exists() and not stale.exists() and fresh.exists()


def test_an_overlong_field_or_a_key_with_nul_is_cut_and_reported_and_the_rest_is_read(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    huge = "word " * 60_000
    bib = tmp_path / "broken.bib"
    bib.write_text(
        "@article{fine2020, title = {A fine record}, author = {Able, Ann}, year = {2020}}\n\n"
        f"@article{{long2021, title = {{Long}}, author = {{Baker, Bo}}, year = {{2021}}, abstract = {{{huge}}}}}\n\n"
        "@article{after2022, title = {After the long one}, author = {Cole, Cy}, year = {2022}}\n",
        encoding="utf-8",
    )
    nul = tmp_path / "nul.bib"
    nul.write_text("@article{bad\x00key, title = {A record whose key holds a NUL}, year = {2020}}\n", encoding="utf-8")
    done = cmo("ingest", str(bib), str(nul), code=None)
    assert "broken.bib:3: entry 'long2021': its abstract was 299,999 characters, the first 100,000 were kept" in done.stderr
    assert "nul.bib:1:" in done.stderr and "control characters were taken out of its key" in done.stderr
    keys = {s["key"] for s in cmo.json("sources", "list")}
    assert {"fine2020", "long2021", "after2022", "badkey"} <= keys
    assert len(cmo.json("sources", "show", "long2021")["abstract"]) == 100_000
    assert not any("\x00" in k for k in keys)


def test_a_record_id_with_nul_or_a_megabyte_long_is_cut_in_the_record_it_names(cmo, tmp_path):
    """Issue 15, point 9: a RIS id is no citation key, but it is the record's own key (provenance): it is cut too."""
    cmo("init", str(cmo.folder))
    ris = tmp_path / "ids.ris"
    ris.write_text(
        "TY  - JOUR\nID  - 12\x0034\nAU  - Able, Ann\nTI  - A record whose id holds a NUL\nPY  - 2020\nER  - \n\n"
        f"TY  - JOUR\nID  - {'9' * 1_000_000}\nAU  - Baker, Bo\nTI  - A record whose id is a megabyte\nPY  - 2021\nER  - \n",
        encoding="utf-8",
    )
    done = cmo("ingest", str(ris), code=1)
    assert done.stderr.count("its own id in the export was cut") == 2
    records = [r for s in cmo.json("sources", "list") for r in cmo.json("sources", "show", s["key"])["records"]]
    assert sorted(len(r["key"]) for r in records) == [4, 200] and not any("\x00" in r["key"] for r in records)


@pytest.mark.parametrize("suffix", ["nbib", "ris", "txt"])
def test_a_50_mb_field_over_wrapped_lines_is_read_in_seconds_cut_and_reported(cmo, tmp_path, suffix):
    """A broken export with a whole document in one abstract, wrapped as MEDLINE, RIS and Web of Science wrap lines:
    joined once (not copied per line), cut to its limit and reported, the next record read; a large file goes to
    two processes."""
    cmo("init", str(cmo.folder))
    wrapped = {"nbib": "      ", "txt": "   "}.get(suffix, "") + "word " * 14 + "\n"
    lines = wrapped * (50_000_000 // len(wrapped))
    if suffix == "txt":
        text = f"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI A huge abstract\nAB start\n{lines}PY 2020\nER\n\n"
        text += "PT J\nTI After it\nPY 2021\nER\nEF\n"
    elif suffix == "nbib":
        after = "PMID- 12345679\nTI  - After it\nDP  - 2021\n"
        text = f"PMID- 12345678\nTI  - A huge abstract\nAB  - start\n{lines}DP  - 2020\n\n{after}"
    else:
        text = (
            f"TY  - JOUR\nTI  - A huge abstract\nAB  - start\n{lines}PY  - 2020\nER  - \n\nTY  - JOUR\nTI  - After it\nER  - \n"
        )
    path = tmp_path / f"huge.{suffix}"
    path.write_text(text, encoding="utf-8")
    done, seconds, peak = run_cmo(cmo.folder, "ingest", str(path))
    assert done.returncode == 1, done.stderr
    assert "its abstract was" in done.stderr and "the first 100,000 were kept" in done.stderr
    assert seconds < 10 and peak < 1500
    titles = sorted(s["title"] for s in cmo.json("sources", "list"))
    assert titles == ["A huge abstract", "After it"]


FULL_DISK = """
import resource, signal, sys
sys.path.insert(0, sys.argv[1])
from cmo.commands.review import open_review
review = open_review(sys.argv[2])  # held open: the database's shared-memory file exists before the limit
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4000, 4000))  # any file past 4 KB fails as on a full disk
sys.argv = ["cmo", "--review", sys.argv[2], *sys.argv[3:]]
import cli
cli.main()
"""


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "xlsx", "-o", "table.xlsx"],
        ["export", "--format", "docx", "-o", "table.docx"],
        ["export", "--format", "json", "-o", "table.json"],
        ["export", "--format", "csv", "-o", "table.csv"],
        ["code", "template", "-o", "coding.xlsx"],
        ["feedback", "template", "-o", "answers.xlsx"],
        ["report", "-o", "report.html"],
    ],
    ids=lambda command: " ".join(command[:-2]),
)
def test_a_file_written_to_a_full_disk_is_one_sentence_and_leaves_nothing(demo, tmp_path, command):
    out = tmp_path / command[-1]
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(REPO), str(demo.folder), *command[:-1], str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert f"Cannot write {out}" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert not out.exists() and not list(tmp_path.glob("*.tmp*"))


def test_a_review_the_disk_cannot_open_is_not_called_damaged(demo):
    """Opening needs a 32 KB shared-memory file beside review.db: a full disk refuses it. Saying "damaged,
    restore a copy" would send a team back to an older copy and lose their work."""
    blocked = (
        "import resource, signal, sys; sys.path.insert(0, sys.argv[1]); signal.signal(signal.SIGXFSZ, signal.SIG_IGN);"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (8000, 8000)); sys.argv = ['cmo', '--review', sys.argv[2], 'configs', 'list'];"
        "import cli; cli.main()"
    )
    assert not (demo.folder / "review.db-shm").exists(), "every command closed the review"
    done = subprocess.run([sys.executable, "-c", blocked, str(REPO), str(demo.folder)], capture_output=True, text=True)
    assert done.returncode == 2
    assert "could not be opened" in done.stderr and "the review itself is as it was" in done.stderr, done.stderr
    assert "damaged" not in done.stderr and "restore" not in done.stderr and "Traceback" not in done.stderr
    assert len(demo.json("configs", "list")) > 0


@pytest.fixture
def read_only_copy(demo, tmp_path):
    """The example review on a file system mounted read-only."""
    with read_only_copy_of(demo.folder, tmp_path / "share") as review:
        yield review


def test_read_only_commands_work_on_a_read_only_review_and_a_write_says_why_it_cannot(read_only_copy, tmp_path):
    review = read_only_copy
    before = (review / "review.db").read_bytes()
    for args in (
        ["sources", "list"],
        ["code", "show", "S3"],
        ["configs", "list"],
        ["configs", "show", "C3"],
        ["trace", "C3"],
        ["history", "C3"],
        ["report", "-o", str(tmp_path / "report.html")],
        ["export", "--format", "json", "-o", str(tmp_path / "review.json")],
    ):
        done, _, _ = run_cmo(review, *args)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr)
    assert (tmp_path / "report.html").stat().st_size > 10_000
    done, _, _ = run_cmo(review, "configs", "accept", "C3")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"Error: {review / 'review.db'} is read-only (a read-only disk, or not yours to change); this command changes the review."
    ]
    assert (review / "review.db").read_bytes() == before
