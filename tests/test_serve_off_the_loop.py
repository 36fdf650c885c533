"""`cmo serve` answers every browser while one write runs, and stops at once when asked, undoing a write cut off.

The slow write is real: a reference group's feedback sheet of tens of thousands of answers, uploaded through the
rounds page's form to the shipped example review (a few seconds of importing, inside one transaction). A page asked
for meanwhile is answered before that import is; SIGTERM or Ctrl-C during it stops the real `cmo serve` process within
moments, the import undone, no holder note left, and the next command runs without waiting.
"""

from __future__ import annotations

import csv
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from test_serve import Running, free_port

from cmo.commands.review import open_review

GROUPS = ("Children and young people", "Inpatient and crisis care", "Digitally excluded people")
RATINGS = ("Yes", "Partly", "No")


def answers_sheet(path: Path, respondents: int, who: str = "Respondent") -> Path:
    """Round 1's feedback as cmo's own template has it: every respondent rates each of the example's configurations."""
    configurations = [f"C{n}" for n in range(1, 18)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pseudonym", "group", "round", "configuration", "rating", "comment"])
        for n in range(respondents):
            for i, config in enumerate(configurations):
                comment = "Waiting lists were shorter once sessions moved online." if (n + i) % 4 == 0 else ""
                writer.writerow([f"{who} {n}", GROUPS[n % 3], "1", config, RATINGS[(n + i) % 3], comment])
    return path


def token_of(url: str) -> str:
    page = urllib.request.urlopen(url + "/rounds").read().decode()
    return re.search(r'name="token" value="([^"]+)"', page).group(1)


def upload(url: str, token: str, sheet: Path) -> tuple[int, str]:
    """The rounds page's import form, sent as a browser sends it: the status and the page it lands on."""
    boundary = uuid.uuid4().hex
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{sheet.name}"\r\n'
        "Content-Type: text/csv\r\n\r\n"
    ).encode()
    body += sheet.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    headers = {"Cookie": "cmo_name=Ines", "Content-Type": f"multipart/form-data; boundary={boundary}"}
    request = urllib.request.Request(url + "/feedback", data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError as error:  # no answer at all: the server went away (an older cmo serve, stopped mid-write)
        return 0, str(error)


def answers_kept(folder: Path) -> int:
    review = open_review(folder)
    try:
        return len(review.store.feedback(replaced=True))
    finally:
        review.close()


def holding(folder: Path, deadline: float) -> bool:
    """Wait until a write holds the review's write lock (its holder note is there)."""
    note = folder / "review.db-holder"
    while not note.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_page_is_answered_while_a_long_feedback_import_runs_and_both_are_done(demo, tmp_path):
    sheet = answers_sheet(tmp_path / "answers.csv", 3000)  # 51,000 answers: seconds of importing in one transaction
    before = answers_kept(demo.folder)
    running = Running(demo.folder)
    try:
        token = token_of(running.url)
        posted: list[tuple[int, str]] = []
        writer = threading.Thread(target=lambda: posted.append(upload(running.url, token, sheet)))
        writer.start()
        assert holding(demo.folder, time.monotonic() + 60), "the import never took the write lock"
        started = time.monotonic()
        with urllib.request.urlopen(running.url + "/", timeout=120) as page:
            home = page.read().decode()
        took = time.monotonic() - started
        still_importing = (demo.folder / "review.db-holder").exists()
        writer.join(timeout=300)
    finally:
        running.stop()
    assert "Sources" in home
    assert still_importing, f"the page was answered only once the import had finished ({took:.1f} s)"
    assert took < 3, f"the home page took {took:.1f} s while the import ran"
    assert posted and posted[0][0] == 200, posted
    assert "51000 answers imported" in posted[0][1]
    assert answers_kept(demo.folder) == before + 51000


def test_two_imports_sent_at_once_are_both_kept_and_the_command_line_writes_beside_them(demo, tmp_path):
    """Writes still take turns at the store's lock: none is lost, whether from two browsers or a browser and a
    terminal (must hold before and after requests ran in threads)."""
    first = answers_sheet(tmp_path / "first.csv", 300)
    second = answers_sheet(tmp_path / "second.csv", 200, who="Carer")
    before = answers_kept(demo.folder)
    running = Running(demo.folder)
    try:
        token = token_of(running.url)
        posted: list[tuple[int, str]] = []
        writers = [threading.Thread(target=lambda s=s: posted.append(upload(running.url, token, s))) for s in (first, second)]
        for writer in writers:
            writer.start()
        demo("configs", "accept", "C2", "--by", "Ines", "--note", "matches the school nurses' account")
        for writer in writers:
            writer.join(timeout=300)
    finally:
        running.stop()
    assert sorted(status for status, _ in posted) == [200, 200], [text[:300] for _, text in posted]
    assert answers_kept(demo.folder) == before + 17 * 500
    assert demo.json("configs", "show", "C2")["accepted"]


def serve(folder: Path) -> tuple[subprocess.Popen, str]:
    """`cmo serve` as a person starts it, in its own process (signals reach only a process's main thread)."""
    port = free_port()
    code = "import sys; sys.argv[0] = 'cmo'; from cli import main; sys.exit(main())"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "--review", str(folder), "serve", "--no-browser", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/").read()
            return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError(f"cmo serve did not start: {process.stderr.read()}")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_stopping_the_server_during_a_write_stops_it_at_once_and_undoes_the_write(demo, tmp_path, stop):
    sheet = answers_sheet(tmp_path / "answers.csv", 3000)  # 51,000 answers: many seconds of importing
    before = answers_kept(demo.folder)
    process, url = serve(demo.folder)
    try:
        token = token_of(url)
        posted: list[tuple[int, str]] = []
        writer = threading.Thread(target=lambda: posted.append(upload(url, token, sheet)), daemon=True)
        writer.start()
        assert holding(demo.folder, time.monotonic() + 60), "the import never took the write lock"
        time.sleep(0.5)  # well inside the import
        process.send_signal(stop)
        started = time.monotonic()
        try:
            process.wait(timeout=8)
        except subprocess.TimeoutExpired:
            pytest.fail(f"cmo serve was still running 8 s after {stop.name}")
        took = time.monotonic() - started
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    writer.join(timeout=30)
    assert answers_kept(demo.folder) == before, "the import cut off by the stop was kept (in part or whole)"
    assert took < 5, f"cmo serve took {took:.1f} s to stop"
    assert not (demo.folder / "review.db-holder").exists(), "the stopped server left its holder note"
    assert posted and posted[0][0] == 503 and "stopped before this was done" in posted[0][1], posted[0][:1]
    done = demo("configs", "accept", "C3", "--by", "Ines")  # the next command writes at once, waiting for nothing
    assert "waiting" not in done.stderr


def test_each_request_keeps_vectors_in_the_review_it_opened_not_one_another_request_opened_since(demo):
    """`cmo serve` opens the review once per request, each in its own thread with its own connection: an embedding
    step in one request (refine, a statement's suggestions) reads and keeps vectors through its own connection, never
    through one another thread opened meanwhile (SQLite refuses a connection used from another thread)."""
    from cmo.synthesis.vault import current_vault

    opened, other_opened = threading.Event(), threading.Event()
    seen: list[bool] = []

    def request() -> None:
        review = open_review(demo.folder)
        try:
            opened.set()
            other_opened.wait(timeout=30)
            vault = current_vault()
            seen.append(vault is not None and vault.store is review.store)
        finally:
            review.close()

    worker = threading.Thread(target=request)
    worker.start()
    assert opened.wait(timeout=30)
    other = open_review(demo.folder)
    try:
        other_opened.set()
        worker.join(timeout=30)
    finally:
        other.close()
    assert seen == [True]
