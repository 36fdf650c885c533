"""Readers turn an exported file into normalised `Record`s, whatever wrote it.

Each format has its own module exposing `read(text, file) -> ReadResult`; this package
decodes the file, sniffs its format from the content and dispatches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module

from cmo.models import Record


@dataclass
class Problem:
    """Something the user must look at: a block that could not be read, a renamed key."""

    file: str
    line: int
    message: str

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class ReadResult:
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    prepared: list | None = None
    """What the caller's `prepare` made of each record (aligned with `records`), where it ran."""
    undefined_abbreviations: set[str] = field(default_factory=set)
    """BibTeX: bare names used as values that no `@string` defines."""

    @classmethod
    def joined(cls, parts: Iterable[ReadResult]) -> ReadResult:
        whole = cls()
        for part in parts:
            whole.records.extend(part.records)
            whole.problems.extend(part.problems)
            whole.warnings.extend(part.warnings)
        return whole


def read_parts(
    fmt: str, text: str, file: str, prepare: Callable[[Record], object] | None = None, abbreviations: dict[str, str] | None = None
) -> Iterator[ReadResult]:
    """Records of a decoded file in parts: BibTeX streams large files, the others come whole.

    `prepare` (a module-level function) is applied to each record in the worker processes that
    read a large file, so per-record work the caller needs is done in parallel too; where a file
    is read in one process, `prepared` is None and the caller prepares records itself.
    `abbreviations`: BibTeX `@string`s defined by the other files of the same ingest.
    """
    reader = import_module(f"cmo.bib.readers.{fmt}")
    if fmt == "bibtex":
        yield from reader.read_parts(text, file, prepare, abbreviations)
    else:
        yield reader.read(text, file)
