"""Ingest: read exported files, link duplicates into sources, store it all in one transaction.

Every file is read and checked before anything is written, so an unreadable second file
leaves the review exactly as it was; within the write, a crash rolls everything back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Callable

from cmo.dedupe import Deduplicator
from cmo.errors import BadInput, CmoError
from cmo.models import Record, Source, now_iso
from cmo.normalise import fold, unique_key
from cmo.readers import Problem, ReadResult
from cmo.readers.textio import decode_file, sniff_format
from cmo.review import Review
from cmo.store import record_fingerprint

FORMATS = ("bibtex", "ris", "medline")
PROGRESS_EVERY = 250
_GAP_FIELDS = ("title", "year", "doi", "pmid", "container", "volume", "issue", "pages", "publisher", "url", "urldate", "abstract")


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "added": self.added,
            "merged": self.merged,
            "unchanged": self.unchanged,
            "problems": [p.as_dict() for p in self.problems],
            "warnings": self.warnings,
            "files": self.files,
        }


@dataclass
class _ReadFile:
    name: str
    fmt: str
    encoding: str
    sha256: str
    result: ReadResult


def read_file(path: Path, fmt: str = "auto") -> _ReadFile:
    """Decode and parse one file; an empty file or one with no records is an error."""
    decoded = decode_file(path)
    if not decoded.text.strip():
        raise BadInput(f"{path}: the file is empty; nothing was ingested.")
    sniffed = sniff_format(decoded.text)
    chosen = sniffed if fmt == "auto" else fmt
    if chosen is None:
        raise BadInput(f"{path}: no BibTeX, RIS or MEDLINE records found; nothing was ingested.")
    reader = import_module(f"cmo.readers.{chosen}")
    result: ReadResult = reader.read(decoded.text, path.name)
    if not result.records and not result.problems:
        raise BadInput(f"{path}: no {chosen} records found; nothing was ingested.")
    if decoded.warning:
        result.warnings.insert(0, decoded.warning)
    digest = hashlib.sha256(decoded.text.encode("utf-8")).hexdigest()
    return _ReadFile(path.name, chosen, decoded.encoding, digest, result)


def ingest(
    review: Review,
    paths: list[Path],
    fmt: str = "auto",
    origin: str = "database search",
    progress: Callable[[int, int], None] | None = None,
) -> IngestSummary:
    """Read `paths`, link duplicates, store everything; `progress(done, total)` is told as records go."""
    if fmt not in ("auto", *FORMATS):
        raise CmoError(f"--format {fmt} is not one of auto, {', '.join(FORMATS)}.")
    files = [read_file(path, fmt) for path in paths]
    total = sum(len(read.result.records) for read in files)
    summary = IngestSummary()
    store = review.store
    with store.transaction():
        fresh = _fresh_records(files, store.known_fingerprints(), summary)
        linker = _Linker(store.sources() if fresh else [], origin, summary)
        for done, (record, fingerprint) in enumerate(fresh, start=1):
            linker.link(record, fingerprint)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done + summary.unchanged, total)
        if progress is not None:
            progress(total, total)
        for read in files:
            store.add_file(read.name, read.sha256, read.fmt, read.encoding, origin, len(read.result.records), now_iso())
        store.put_sources(linker.changed.values())
        store.add_records(linker.linked)
    return summary


def _fresh_records(files: list[_ReadFile], known: set[tuple[str, str]], summary: IngestSummary) -> list[tuple[Record, str]]:
    """Records not already in the review from the same file: re-ingesting a file adds nothing."""
    fresh = []
    for read in files:
        summary.problems.extend(read.result.problems)
        summary.warnings.extend(read.result.warnings)
        summary.files.append({"file": read.name, "format": read.fmt, "encoding": read.encoding, "records": len(read.result.records)})
        for record in read.result.records:
            summary.read += 1
            fingerprint = record_fingerprint(record)
            if (fingerprint, record.provenance.file) in known:
                summary.unchanged += 1
                continue
            known.add((fingerprint, record.provenance.file))
            fresh.append((record, fingerprint))
    return fresh


class _Linker:
    """Each new record either links into a source that is the same work or starts a new one."""

    def __init__(self, sources: list[Source], origin: str, summary: IngestSummary):
        self.sources = {source.key: source for source in sources}
        self.origin, self.summary = origin, summary
        self.dedupe = Deduplicator()
        for source in sources:
            self.dedupe.add(source.key, source)
        self.changed: dict[str, Source] = {}
        self.linked: list[tuple[str, Record, str]] = []

    def link(self, record: Record, fingerprint: str) -> None:
        match = self.dedupe.match(record)
        if match is None:
            source = _new_source(record, self.sources, self.origin, self.summary)
            self.summary.added += 1
        else:
            source = _link(self.sources[match], record)
            self.summary.merged += 1
        self.sources[source.key] = source
        self.changed[source.key] = source
        self.dedupe.add(source.key, record)
        self.linked.append((source.key, record, fingerprint))


def _new_source(record: Record, sources: dict[str, Source], origin: str, summary: IngestSummary) -> Source:
    if not record.key:
        key = unique_key(citation_key(record), sources, first_plain=True)
    else:
        key = record.key
    if key in sources:
        unique = unique_key(key, sources)
        summary.problems.append(
            Problem(record.provenance.file, record.provenance.line,
                    f"citation key '{key}' already names a different source; this one was added as '{unique}'.")
        )
        key = unique
    data = record.model_dump(exclude={"key", "provenance", "original_type"})
    return Source(key=key, records=[record.provenance], origin=origin, **data)


def citation_key(record: Record) -> str:
    """`schlief2022synthesis`: for records whose export gives no key (RIS, MEDLINE)."""
    family = fold(record.authors[0].split(",")[0]).replace(" ", "") if record.authors else ""
    words = [w for w in fold(record.title).split() if w not in _TITLE_STOPWORDS]
    key = f"{family[:20]}{record.year or ''}{words[0][:15] if words else ''}"
    return key or f"{record.provenance.format}{record.provenance.line}"


_TITLE_STOPWORDS = {"a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "what", "how", "is", "are", "do", "does"}




def _link(source: Source, record: Record) -> Source:
    """A duplicate keeps its record and fills the source's gaps; nothing already there is overwritten."""
    updates: dict = {"records": [*source.records, record.provenance]}
    for name in _GAP_FIELDS:
        if not getattr(source, name) and getattr(record, name):
            updates[name] = getattr(record, name)
    if not source.authors and record.authors:
        updates["authors"] = record.authors
    extra = {**record.extra, **source.extra}
    if extra != source.extra:
        updates["extra"] = extra
    return source.model_copy(update=updates)
