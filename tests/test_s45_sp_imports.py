"""Everyday commands on a review whose evidence readings are kept import no wording rules (issue 15: 3,400 lines, about a
twentieth of `configs show`'s instructions): the evidence rule imports them the first time it reads an outcome or a
context, as a listing does where a configuration changed since the last write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUN = (
    "import atexit, sys; sys.argv = ['cmo'] + sys.argv[1:]\n"
    "atexit.register(lambda: print(sorted(m for m in sys.modules if m.startswith('cmo.synthesis.wording')), file=sys.stderr))\n"
    "import cli; cli.main()"
)


def _wording_imported(folder: Path, *args: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", RUN, "--review", str(folder), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "CMO_REVIEWER": "tester"},
    )
    assert done.returncode == 0, done.stderr
    return "cmo.synthesis.wording" in done.stderr.splitlines()[-1]


def test_showing_and_listing_read_no_wording_rules_where_the_readings_were_kept(demo):
    statement = demo.json("configs", "show", "C3")["statements"][0]
    for args in (("configs", "list"), ("configs", "show", "C3"), ("trace", "C3"), ("code", "show", statement)):
        assert not _wording_imported(demo.folder, *args), args


def test_a_reading_not_kept_still_reads_the_wording_rules(demo):
    """Readings lost (as when the rules change): the listing reads its members' outcomes again, with the wording rules."""
    import sqlite3

    with sqlite3.connect(demo.folder / "review.db") as db:
        db.execute("DELETE FROM undecided")
        db.execute("DELETE FROM readings")
    assert _wording_imported(demo.folder, "configs", "list")
