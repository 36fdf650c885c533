"""Everyday commands of two cmo installs, alternating, on their own copies of one review: old against new in one run.

    python bench/bench_before_after.py OLD_CMO OLD_REVIEW NEW_CMO NEW_REVIEW [--runs 10] [--instructions] "trace C1" ...

OLD_CMO and NEW_CMO are `cmo` executables (each `pip install .` of a commit into its own venv); each review is a copy
of the same review made with its own install (a review migrated by the newer one cannot be read by the older).
Prints the median and the fastest of the runs; `--instructions` adds the instructions each command executes
(`valgrind --tool=callgrind`: the same whatever else the machine is doing, as wall time on a shared machine is not).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import time
from statistics import median


def seconds(cmo: str, review: str, args: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run([cmo, "--review", review, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{cmo} {' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed


def instructions(cmo: str, review: str, args: list[str], env: dict) -> float:
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", cmo, "--review", review, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1)) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old_cmo")
    parser.add_argument("old_review")
    parser.add_argument("new_cmo")
    parser.add_argument("new_review")
    parser.add_argument("commands", nargs="+")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--instructions", action="store_true")
    options = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # bytecode cached, as installed
    sides = {"old": (options.old_cmo, options.old_review), "new": (options.new_cmo, options.new_review)}
    for cmo, review in sides.values():  # first runs compile bytecode and migrate: not measured
        for command in options.commands:
            seconds(cmo, review, command.split(), env)
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(options.runs):  # alternating, so a noisy moment falls on both alike
        for side, (cmo, review) in sides.items():
            for command in options.commands:
                times.setdefault((side, command), []).append(seconds(cmo, review, command.split(), env))
    for command in options.commands:
        old, new = times[("old", command)], times[("new", command)]
        line = f"{command:<22} {median(old):.3f} → {median(new):.3f} s (fastest {min(old):.3f} → {min(new):.3f})"
        if options.instructions:
            counted = [instructions(cmo, review, command.split(), env) for cmo, review in sides.values()]
            line += f"  {counted[0]:,.0f} → {counted[1]:,.0f} M instructions"
        print(line)


if __name__ == "__main__":
    main()
