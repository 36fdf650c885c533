"""How fast `cmo serve` answers on a review of 5,000 sources, 2,000 statements and ~200 configurations.

    python bench/bench_serve.py

Builds the review (sources written straight into review.db, a 2,000-row coding sheet imported, refine run:
building it is not a figure), starts the real server in this process, and times each kind of page over
HTTP on loopback, several pages of each kind, 3 rounds. Prints the median and the slowest per kind and
overall, beside `cmo configs list` as a command (a baseline a reviewer already knows).

    python bench/bench_serve.py --old /tmp/old     # a tree of an older commit: `git archive COMMIT | tar -x -C /tmp/old`

Then, for each tree (the older one first, then this one), `cmo serve` in its own process over a fresh copy of the
review, while one browser uploads a reference group's feedback sheet of 51,000 answers through the rounds page:
how long another browser's `GET /` waits (asked once the import holds the write lock), and, on another copy, how
long SIGTERM sent during that import takes to stop the server, and whether the cut-off import was kept.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

from bench_merge import synthetic  # noqa: E402
from bench_review_scale import COLUMNS, cmo, review_with_sources  # noqa: E402


def build(folder: Path) -> None:
    """5,000 sources; 2,000 statements paraphrasing 200 configurations (the first 2,000 of the generator's 5,000)."""
    keys = review_with_sources(folder, 5000)
    statements, _ = synthetic(5000)
    rng = random.Random(5)
    with (folder / "sheet.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for i, s in enumerate(statements[:2000]):
            row = ["", rng.choice(keys), s.context, s.mechanism, s.outcome, "a short quote", str(i % 300 + 1)]
            writer.writerow(row + [""] * (len(COLUMNS) - len(row)))

    cmo(folder, "code", "import", str(folder / "sheet.csv"))
    cmo(folder, "refine")
    cmo(folder, "round", "close")


def serve_from(tree: Path, folder: Path) -> tuple[subprocess.Popen, str]:
    """`cmo serve` from `tree`'s code, in its own process, over `folder`: the process and its address."""
    from test_serve import free_port

    port = free_port()
    command = [sys.executable, str(tree / "cli.py"), "--review", str(folder), "serve", "--no-browser", "--port", str(port)]
    env = dict(os.environ, PYTHONPATH=str(tree))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/").read()
            return process, url
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"cmo serve from {tree} did not start")


def page_times(url: str, kinds: dict[str, list[str]]) -> dict[str, list[float]]:
    """Milliseconds for each kind of page, one at a time, 3 rounds."""
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(3):
        for kind, paths in kinds.items():
            for path in paths:
                start = time.perf_counter()
                with urllib.request.urlopen(url + path) as answer:
                    answer.read()
                times[kind].append((time.perf_counter() - start) * 1000)
    return times


def while_writing(tree: Path, review: Path, sheet: Path, work: Path) -> str:
    """`cmo serve` from `tree`: another browser's GET / during a 51,000-answer upload, and SIGTERM during one."""
    from test_serve_off_the_loop import holding, token_of, upload

    serve = lambda folder: serve_from(tree, folder)  # noqa: E731
    said = []
    for stop in (False, True):
        folder = work / f"{tree.name}-{'stop' if stop else 'read'}"
        shutil.copytree(review, folder)
        process, url = serve(folder)
        posted: list = []
        started = time.perf_counter()
        writer = threading.Thread(target=lambda u=url, p=posted: p.append(upload(u, token_of(u), sheet)), daemon=True)
        writer.start()
        holding(folder, time.monotonic() + 120)
        if stop:
            time.sleep(0.5)
            asked = time.perf_counter()
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=300)
            except subprocess.TimeoutExpired:
                process.kill()
            stopped = time.perf_counter() - asked
            answers = subprocess.run(
                [sys.executable, str(tree / "cli.py"), "--review", str(folder), "feedback", "list", "--json"],
                capture_output=True,
                text=True,
                env=dict(os.environ, PYTHONPATH=str(tree)),
            ).stdout.count('"id"')
            left = (folder / "review.db-holder").exists()
            said.append(f"SIGTERM during the upload: stopped after {stopped:.1f} s, {answers} answers kept, holder left: {left}")
        else:
            asked = time.perf_counter()
            urllib.request.urlopen(url + "/", timeout=600).read()
            waited = time.perf_counter() - asked
            writer.join()
            status = posted[0][0] if posted else "none"
            said.append(
                f"GET / during the upload: {waited:.2f} s (the upload answered {status} after "
                f"{time.perf_counter() - started:.1f} s)"
            )
            process.send_signal(signal.SIGINT)
            process.wait(timeout=300)
    return "; ".join(said)


def main() -> None:
    from test_serve import Running

    parser = argparse.ArgumentParser()
    parser.add_argument("--old", type=Path, help="a source tree of an older commit, measured first beside this one")
    trees = [tree for tree in (parser.parse_args().old, REPO) if tree is not None]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "review"
        started = time.perf_counter()
        build(folder)
        print(f"built the review in {time.perf_counter() - started:.0f} s (not a figure)")
        seconds, peak, done = cmo(folder, "configs", "list", "--json")
        configs = [line.split('"')[3] for line in done.stdout.splitlines() if line.strip().startswith('"id": "C')]
        print(f"baseline: cmo configs list as a command: {seconds * 1000:.0f} ms ({len(configs)} configurations)")
        running = Running(folder)
        try:
            keys = [line.split()[0] for line in cmo(folder, "sources", "list")[2].stdout.splitlines()[:200]]
            rng = random.Random(1)
            kinds = {
                "home": ["/"],
                "sources": ["/sources", "/sources?status=included", "/sources?q=trust", "/sources?page=20"],
                "source": [f"/sources/{k}" for k in rng.sample(keys, 5)],
                "statement": [f"/statements/S{n}" for n in rng.sample(range(1, 2001), 5)],
                "configurations": ["/configurations"],
                "configuration": [f"/configurations/{c}" for c in rng.sample(configs, 5)],
                "rounds": ["/rounds"],
                "history": [f"/history/{c}" for c in rng.sample(configs, 3)],
            }
            times = page_times(running.url, kinds)
        finally:
            running.stop()
        everything = [t for values in times.values() for t in values]
        for kind, values in times.items():
            median, slowest = statistics.median(values), max(values)
            print(f"  {kind:<15} median {median:6.0f} ms   slowest {slowest:6.0f} ms   ({len(values)} answers)")
        print(f"all pages: median {statistics.median(everything):.0f} ms, slowest {max(everything):.0f} ms")
        from test_serve_off_the_loop import answers_sheet

        sheet = answers_sheet(Path(tmp) / "answers.csv", 3000)
        for tree in trees:
            process, url = serve_from(tree, folder)
            try:
                every = [t for values in page_times(url, kinds).values() for t in values]
            finally:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=300)
            name = "older tree" if tree != REPO else "this tree"
            print(f"{name}, its own process, pages: median {statistics.median(every):.0f} ms, slowest {max(every):.0f} ms")
        for tree in trees:
            print(f"{'older tree' if tree != REPO else 'this tree'} ({tree}): {while_writing(tree, folder, sheet, Path(tmp))}")


if __name__ == "__main__":
    main()
