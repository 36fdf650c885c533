"""One command in a child process: its wall time and the peak memory of it and every process it starts.

Peak memory is sampled from /proc five times a second as the sum of the proportional set sizes (PSS) of the process
and its descendants (ingest reads large files in two worker processes): a page two processes share counts
half to each, so the sum is what the machine held. `getrusage`'s `ru_maxrss` is not used: on Linux a child
started from a large parent reports the parent's size (the value survives fork and exec), and it never
counts the workers.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

SAMPLE_SECONDS = 0.2


def run_measured(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak MB of the process tree, the finished process with its output as text)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    reader = _Drain(child)
    while child.poll() is None:
        peak = max(peak, _tree_kb(child.pid))
        time.sleep(SAMPLE_SECONDS)
    stdout, stderr = reader.finish()
    seconds = time.perf_counter() - start
    return seconds, peak / 1024, subprocess.CompletedProcess(command, child.returncode, stdout, stderr)


class _Drain:
    """Reads the child's output as it comes, so a chatty child never blocks on a full pipe."""

    def __init__(self, child: subprocess.Popen):
        import threading

        self.parts: dict[str, list[str]] = {"out": [], "err": []}
        self.threads = [
            threading.Thread(target=self._read, args=(child.stdout, self.parts["out"]), daemon=True),
            threading.Thread(target=self._read, args=(child.stderr, self.parts["err"]), daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    @staticmethod
    def _read(stream, into: list[str]) -> None:
        for chunk in iter(lambda: stream.read(1 << 16), ""):
            into.append(chunk)

    def finish(self) -> tuple[str, str]:
        for thread in self.threads:
            thread.join()
        return "".join(self.parts["out"]), "".join(self.parts["err"])


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
