"""A real review built from a domains file and RIS records, for the coding-sheet tests: every source included, and a
CSV written as a coder's sheet is. Shared by the session-40 coding tests (one builder, not one per file)."""

from __future__ import annotations

import csv
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


def write_csv(path: Path, header: list[str], *rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path
