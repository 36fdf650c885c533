"""Two commands at once on one review, in two real processes: neither loses nor doubles the other's work."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO

EXAMPLE = REPO / "sources"


def cmo_process(review: Path, *args: str, lock_wait: str | None = None) -> subprocess.Popen:
    """A real `cmo` process started on the review, with `CMO_LOCK_WAIT` set when given."""
    return subprocess.Popen(
        [sys.executable, str(REPO / "cli.py"), "--review", str(review), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CMO_LOCK_WAIT": lock_wait} if lock_wait else None,
    )


def sheet(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "source", "context", "mechanism", "outcome", "quote", "page", "domain", "groups", "coder", "note"])
        for n in range(rows):
            writer.writerow(
                ["", "schlief2022telemental", f"context {n}", f"mechanism {n}", f"outcome {n}", "", "", "", "", "", ""]
            )
    return path


def cmo_run(folder, *args: str, lock_wait: str | None = None) -> subprocess.CompletedProcess:
    """A real `cmo` process on the review, with `CMO_LOCK_WAIT` set when given."""
    env = {**os.environ, "CMO_LOCK_WAIT": lock_wait} if lock_wait else None
    return subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "--review", str(folder), *args], capture_output=True, text=True, env=env
    )


def test_two_imports_of_one_sheet_at_once_add_its_rows_once(cmo, tmp_path):
    """Each import reads the statements already there inside its own write transaction, so the
    second one sees the first one's rows and adds nothing (it was 2× the rows before)."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXAMPLE / "example.bib"))
    coding = sheet(tmp_path / "sheet.csv", 600)
    for _ in range(2):
        before = len(cmo.json("code", "list"))
        runs = [cmo_process(cmo.folder, "code", "import", str(coding)) for _ in range(2)]
        outputs = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        assert len(cmo.json("code", "list")) - before == (600 if before == 0 else 0)


def configurations(review, path: Path) -> tuple[dict, list[str], list[dict]]:
    """Live configurations (id → members), the order of refine and round-close in the history, and the rounds."""
    review("export", "--format", "json", "-o", str(path))
    everything = json.loads(path.read_text(encoding="utf-8"))
    live = {c["id"]: c["statements"] for c in everything["configurations"] if not c.get("retired")}
    actions = [d["action"] for d in everything["history"] if d["action"] in ("refine", "close-round")]
    return live, actions, everything["rounds"]


def test_a_round_closed_while_refine_runs_freezes_what_refine_left(demo, tmp_path):
    """refine and round close at once: whichever runs second sees what the first wrote, so the round
    holds the configurations as they were just before or just after refine, never a mix (it froze
    configurations refine had retired, recorded after the refine)."""
    demo("code", "import", str(sheet(tmp_path / "more.csv", 1500)))  # enough for refine to take a while
    before, actions_before, _ = configurations(demo, tmp_path / "before.json")
    refine = cmo_process(demo.folder, "refine")
    time.sleep(0.3)  # round close then reads while refine is computing
    close = cmo_process(demo.folder, "round", "close", lock_wait="170")  # a loaded machine's refine outlasts 30 s
    for run in (refine, close):
        out, err = run.communicate(timeout=180)
        assert run.returncode in (0, 1), err  # 1: done, with what to look at (refine's doubts about members it placed)
        assert "Error" not in err, err
    after, actions, rounds = configurations(demo, tmp_path / "after.json")
    assert after != before  # refine placed the new statement
    frozen = {c["id"]: c["statements"] for c in rounds[-1]["configurations"]}
    last_two = actions[len(actions_before) :]
    assert sorted(last_two) == ["close-round", "refine"]
    assert frozen == (after if last_two[-1] == "close-round" else before)


def test_a_write_that_waits_too_long_for_another_says_so_in_one_sentence(cmo, tmp_path):
    import sqlite3

    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXAMPLE / "example.bib"))
    holder = sqlite3.connect(cmo.folder / "review.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another command in the middle of its write
    try:
        done = cmo_run(cmo.folder, "select", "include", "schlief2022telemental", lock_wait="1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 2, done.stderr
    waiting, error = done.stderr.strip().splitlines()  # told it waits, then why it gave up: nothing else
    assert "is being changed by another cmo command; waiting for it to finish (up to 1 s)" in waiting
    assert "is being changed by another cmo command (waited 1 s); nothing was changed" in error
    assert cmo.json("sources", "list")[0]["status"] == "unscreened"


def test_a_write_waits_for_another_and_then_goes_ahead(cmo):
    """The holder lets go only once the writer has said it waits, so a slow start on a loaded machine changes nothing."""
    import sqlite3

    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXAMPLE / "example.bib"))
    holder = sqlite3.connect(cmo.folder / "review.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    writer = cmo_process(cmo.folder, "select", "include", "schlief2022telemental", lock_wait="60")
    try:
        waiting = writer.stderr.readline()  # blocks until the writer tells it waits (or ends)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = writer.communicate(timeout=120)
    assert "waiting for it to finish" in waiting, waiting + err
    assert writer.returncode == 0, err
    assert {s["key"]: s["status"] for s in cmo.json("sources", "list")}["schlief2022telemental"] == "included"


def test_a_write_that_gives_up_names_the_command_holding_the_review(cmo):
    """The holder is a real cmo command (a refine held mid-write by a slow hook), named with its process."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(EXAMPLE / "example.bib"))
    hold = (
        "import sys, time; sys.argv = ['cli.py', '--review', sys.argv[1], 'select', 'include', 'schlief2022telemental'];"
        "from cmo.commands.review import open_review; review = open_review(sys.argv[2]);"
        "t = review.store.transaction(); t.__enter__(); print('held', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(cmo.folder)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout.readline().strip() == "held"
        done = cmo_run(cmo.folder, "select", "include", "arya2021black", lock_wait="1")
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 2
    said = done.stderr.strip().splitlines()
    assert f"'cmo select include schlief2022telemental' (process {holder.pid}" in said[0], said
    assert f"(process {holder.pid}" in said[-1] and "nothing was changed" in said[-1], said
    done = cmo_run(cmo.folder, "select", "include", "arya2021black")
    assert done.returncode == 0, "a note left by a killed command names nobody and blocks nothing"
