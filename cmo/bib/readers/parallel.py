"""A large export read by two processes while the caller links the parts already read; and the skeleton the
line-based readers (RIS, MEDLINE, Web of Science) share, so each can be read in parts.

Parsing is most of an ingest. The file is cut at lines that start a record; each worker reads its parts
(forked, it sees the file without being sent it) and sends the records back as JSON, which pydantic
round-trips several times faster than pickle; the caller's per-record `prepare` runs there too.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from cmo.bib.readers import Problem, ReadResult
from cmo.models import Record

WORKERS = 2
PIECES_PER_WORKER = 32

_shared_text: str | None = None
"""The file being read, inherited by forked workers so its parts need not be copied to them."""


def workers() -> int:
    return min(WORKERS, os.cpu_count() or 1)


@contextmanager
def reading_pool(text: str, count: int):
    """A process pool, and whether its workers see `text` without being sent it (fork does that)."""
    global _shared_text
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)
    _shared_text = text if fork else None
    pool = ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),))
    try:
        yield pool, fork
    finally:
        pool.shutdown(cancel_futures=True)
        _shared_text = None


def _exit_with_parent(parent: int) -> None:
    """A worker ends when the ingest that started it is gone (killed, even with SIGKILL): it would
    otherwise wait for work forever, since it holds the pool's pipes open itself."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def split_at_records(text: str, record_start: re.Pattern, pieces: int) -> list[tuple[int, int, int]]:
    """Cut the file into about `pieces` parts, each starting where `record_start` matches (a pattern that
    matches just after a newline): (start, end, number of lines before start) for each."""
    size, parts, start, line = len(text) // pieces, [], 0, 0
    while start < len(text):
        cut = record_start.search(text, start + size) if start + size < len(text) else None
        end = cut.start() + 1 if cut else len(text)
        parts.append((start, end, line))
        line += text.count("\n", start, end)
        start = end
    return parts


PartReader = Callable[..., ReadResult]
"""`read_part(text, file, lines_before, *extra)`: one part, its lines numbered as in the whole file."""


def read_in_parts(
    text: str, file: str, parts: list[tuple[int, int, int]], read_part: PartReader, extras: list[tuple], prepare=None
) -> Iterator[ReadResult]:
    """Each part's result, in file order. At most `AHEAD` parts are asked for beyond the one the caller is
    linking: the workers read faster than records are linked, and every part read too early waits in memory
    (all of them held 0.3 GB of a 50,000-record ingest)."""
    with reading_pool(text, workers()) as (pool, shared):
        waiting: deque = deque()
        asked = iter(zip(parts, extras))

        def ask_next() -> None:
            for (start, end, line), extra in asked:
                chunk = None if shared else text[start:end]
                waiting.append(pool.submit(_read_for_transfer, chunk, start, end, line, file, read_part, extra, prepare))
                return

        for _ in range(AHEAD):
            ask_next()
        while waiting:
            records, problems, warnings, prepared, missing, keyless = waiting.popleft().result()
            ask_next()
            part = ReadResult([Record.model_validate_json(data) for data in records], problems, warnings, prepared)
            part.undefined_abbreviations, part.keyless, part.limited = missing, keyless, True
            yield part


AHEAD = 2 * WORKERS
"""Parts asked of the workers ahead of the caller: enough to keep both busy while one part is linked."""


def _read_for_transfer(chunk: str | None, start: int, end: int, line: int, file: str, read_part, extra: tuple, prepare):
    from cmo.bib.readers import within_limits  # here, where the reading is done in parallel, not in the linking process

    text = chunk if chunk is not None else _shared_text[start:end]
    part = within_limits(read_part(text, file, line, *extra), file)
    prepared = [prepare(record) for record in part.records] if prepare is not None else None
    records = [record.model_dump_json() for record in part.records]
    return records, part.problems, part.warnings, prepared, part.undefined_abbreviations, part.keyless


PARALLEL_FROM = 4_000_000
"""Files larger than this (in characters) are read by two processes."""


def parts_of(text: str, file: str, record_start: re.Pattern, read_part: PartReader, prepare=None) -> Iterator[ReadResult]:
    """A line-based export (RIS, MEDLINE, Web of Science) whole, or a large one in parts; `read_part(text, file,
    lines_before, records_before)` numbers lines and records as in the whole file, so keys made from a
    record's number are the same either way."""
    if len(text) < PARALLEL_FROM or workers() < 2:
        yield read_part(text, file, 0, 0)
        return
    parts = split_at_records(text, record_start, pieces=workers() * PIECES_PER_WORKER)
    extras = [(before,) for before in _records_before(text, record_start, [start for start, _, _ in parts])]
    yield from read_in_parts(text, file, parts, read_part, extras, prepare)


def _records_before(text: str, record_start: re.Pattern, starts: list[int]) -> list[int]:
    """How many records start before each part (each part starts at one): its first record's number - 1.
    One pass over the file. The pattern matches the newline before a record, so a part starting at `start`
    has its own newline at `start - 1`: the count runs up to there. The file's first line has no newline
    before it and is checked apart."""
    seen = 1 if record_start.match("\n" + text.lstrip("\ufeff")[:64]) else 0
    counts, scanned = [], 0
    for start in starts:
        if start == 0:
            counts.append(0)
            continue
        seen += sum(1 for _ in record_start.finditer(text, scanned, start - 1))
        scanned = start - 1
        counts.append(seen)
    return counts


class LineFormat:
    """A line-based export format: where its records start, how its lines group into raw records, and how a raw
    record becomes a Record (or the sentence saying why it is skipped)."""

    def __init__(self, record_start: re.Pattern, split_records, build, year_tags: tuple[str, ...] = ()):
        """`year_tags`: the tags this format writes a record's year in, so a year given but not read is reported."""
        self.record_start, self.split_records, self.build = record_start, split_records, build
        self.year_tags = year_tags

    def read(self, text: str, file: str) -> ReadResult:
        """The file whole, in this process (each format module exports it as its `read`), as an ingest reads it
        (`within_limits`, which the parts read in parallel have passed)."""
        from cmo.bib.readers import within_limits

        return within_limits(self.read_part(text, file, 0, 0), file)

    def read_parts(self, text: str, file: str, prepare=None, abbreviations=None) -> Iterator[ReadResult]:
        """The file whole, or a large one in parts read by two processes."""
        yield from parts_of(text, file, self.record_start, self.read_part, prepare)

    def read_part(self, text: str, file: str, lines_before: int, records_before: int) -> ReadResult:
        """A file, or a part of one starting at a record: its lines and records numbered as in the file."""
        result = ReadResult()
        raw_records = self.split_records(text.lstrip("\ufeff").split("\n"), file, result, lines_before + 1)
        for number, raw in enumerate(raw_records, start=records_before + 1):
            built = self.build(raw, number, file)
            if isinstance(built, str):
                result.problems.append(Problem(file, raw.line, built))
                continue
            result.records.append(built)
            if built.year is None and (given := unread_year(raw.tags, self.year_tags)):
                result.problems.append(Problem(file, raw.line, given))
        return result


def unread_year(tags: list[tuple[str, str | None]], year_tags: tuple[str, ...]) -> str | None:
    """What to say of a record whose year is given but is no year ("PY  - 20x1"): the record is read without one,
    and the team is told which value to correct; None where no year was given at all."""
    given = next(((tag, value.strip()) for tag, value in tags if tag in year_tags and value and value.strip()), None)
    if given is None:
        return None
    tag, value = given
    return f"this record's year ({tag} '{value[:40]}') is not a year; the record was read without one."
