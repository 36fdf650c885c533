"""Readers turn an exported file into normalised `Record`s, whatever wrote it.

Each format has its own module exposing `read(text, file) -> ReadResult`; this package
decodes the file, sniffs its format from the content and dispatches.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
