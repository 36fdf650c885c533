"""One command in a child process: its wall time and the peak memory of it and every process it starts.

Peak memory is sampled from /proc five times a second as the sum of the proportional set sizes (PSS) of the process
and its descendants (ingest reads large files in two worker processes): a page two processes share counts
half to each, so the sum is what the machine held. `getrusage`'s `ru_maxrss` is not used: on Linux a child
started from a large parent reports the parent's size (the value survives fork and exec), and it never
counts the workers. A Python command launched by `python_command` also says its own high-water mark as it
ends, and the larger of the two is reported (a command shorter than a sample is then measured too).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

SAMPLE_SECONDS = 0.2

_LAUNCH = (
    "import atexit, os, runpy, sys\n"
    "def said():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'): print('vmhwm-kb', line.split()[1], file=sys.stderr)\n"
    "atexit.register(said)\n"
    "sys.argv = sys.argv[1:]\n"
    "sys.path[0] = os.path.dirname(os.path.abspath(sys.argv[0]))\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n"
)
"""Runs a Python script and, as it ends, says its own high-water mark (VmHWM: this process since its exec, so
a command shorter than one sample still has its peak). The script's folder comes first on the import path, as
`python script` puts it: `-c` puts the working folder there instead, so a tree's `cli.py` imported the installed `cmo`
(the editable install of another tree), and a bench run in one tree measured another's engine."""


def python_command(script: str, *args: str) -> list[str]:
    """`python script args…`, launched so that `run_measured` also hears the process's own peak."""
    return [sys.executable, "-c", _LAUNCH, script, *args]


def run_measured(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak MB of the process tree, the finished process with its output as text). The
    sampling runs beside the wait, so the time is the command's own, not rounded up to a sample."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_kb(child.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = child.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    said = [int(line.split()[1]) for line in stderr.splitlines() if line.startswith("vmhwm-kb ")]
    stderr = "".join(line for line in stderr.splitlines(keepends=True) if not line.startswith("vmhwm-kb "))
    peak_kb = max([peak[0], *said])
    return seconds, peak_kb / 1024, subprocess.CompletedProcess(command, child.returncode, stdout, stderr)


def _tree_kb(pid: int) -> int:
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        total += _pss_kb(current)
        pending.extend(_children(current))
    return total


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except (OSError, ValueError):
        pass
    return found
