"""Atomic file writes: a crash or Ctrl-C leaves either the old file or the new one, never half.

The temp file sits in the target's folder so `os.replace` is a rename on the same file system.
A failure to write is one sentence naming the path the user gave, never the temp file's name.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import re
import stat
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from glob import escape as glob_escape
from glob import glob
from pathlib import Path
from typing import IO

from cmo.errors import CmoError

CSV_SEPARATOR: ContextVar[str] = ContextVar("csv_separator", default=",")
"""What separates the cells of the CSV files the open review writes (review.yaml `settings: csv_separator:`), set when
a review is opened (`commands.review`), read by the one CSV writer (`sheets.tables.csv_bytes`)."""

# Errors of writing to an open file: the disk, not the caller's code, failed.
_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


@contextmanager
def atomic_file(path: str | os.PathLike, *, binary: bool = False) -> Iterator[IO]:
    """Yield a file to write; it replaces `path` only when the block ends without an error.

    A link is followed (its target is replaced, the link stays); a device or pipe such as
    /dev/stdout is written directly, since it cannot be replaced. An OSError of creating,
    writing, flushing or renaming becomes a CmoError naming `path`.
    """
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8"
    newline = None if binary else ""
    kind = _kind(path)
    if kind == "folder" or str(path).endswith(("/", os.sep)):
        raise CmoError(f"Cannot write {path}: it is a folder.")
    if kind == "device":  # stat follows links: /dev/stdout on a pipe is written, not replaced
        with _named(path):
            handle = open(path, mode, encoding=encoding, newline=newline)  # noqa: SIM115 (closed below)
        try:
            with _writing(path, handle.name):
                yield handle
            with _named(path):
                handle.close()
        finally:
            with suppress(OSError):
                handle.close()
        return
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise CmoError(f"Cannot write {path}: the folder {target.parent} does not exist.")
    import tempfile  # here: it imports shutil, bz2 and lzma, which commands that write nothing never need

    with _named(path):
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, then renamed)
            mode,
            dir=target.parent,
            prefix=f".{target.name}.",
            suffix=".tmp",
            delete=False,
            encoding=encoding,
            newline=newline,
        )
    try:
        with _writing(path, handle.name):
            yield handle
        with _named(path):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.chmod(handle.name, _mode_for(target))
            os.replace(handle.name, target)
        _remove_stale_temporaries(target)
    except BaseException:
        with suppress(OSError):
            handle.close()
        with suppress(OSError):
            Path(handle.name).unlink(missing_ok=True)
        raise


STALE_SECONDS = 300
"""A temporary file of ours older than this was left by a write that was killed (kill -9, power cut)."""


def _remove_stale_temporaries(target: Path) -> None:
    """Leftovers of earlier writes of the same file that never finished: nobody else will remove them."""
    now = time.time()
    for leftover in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
        with suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()


@contextmanager
def _writing(path: str | os.PathLike, name: str) -> Iterator[None]:
    """The caller's block: a full disk or an I/O error on the file being written names `path`;
    any other OSError is the caller's own and passes unchanged."""
    try:
        yield
    except OSError as error:
        if error.errno in _WRITE_ERRNOS and error.filename in (None, name):
            raise _cannot_write(path, error) from error
        raise


def _kind(path: str | os.PathLike) -> str:
    """ "file" (or nothing there yet), "folder", or "device" for anything else: a terminal, pipe, socket."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "file"
    except OSError as error:
        raise _cannot_write(path, error) from error
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "device"


@contextmanager
def _named(path: str | os.PathLike) -> Iterator[None]:
    """Turn an OSError into one sentence about the path the user gave."""
    try:
        yield
    except OSError as error:
        raise _cannot_write(path, error) from error


def _cannot_write(path: str | os.PathLike, error: OSError) -> CmoError:
    reason = error.strerror or (os.strerror(error.errno) if error.errno else type(error).__name__)
    return CmoError(f"Cannot write {path}: {reason}.")


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_file(path) as handle:
        handle.write(text)


def saved_bytes(document, fill, path: str | os.PathLike) -> bytes:
    """A new workbook or Word document (anything with `.save(stream)`), filled by `fill(document)`, for `path`,
    as bytes built in memory.

    Zip-based formats keep a zip file open while they write; on a full or read-only disk that file
    fails again when Python collects it and prints a traceback after the one-sentence error. Built
    in memory, the disk sees one write (`atomic_write_bytes`) that fails, or not, cleanly. A
    write-only workbook still spools its sheets to temporary files: their failure is said as the
    target's, and the half-written sheets are closed here so nothing is printed later."""
    buffer, reason = io.BytesIO(), None
    with _quiet_when_collected():
        try:
            fill(document)
            document.save(buffer)
        except Exception as error:
            reason = _disk_trouble(error)
            if reason is None:
                raise
        if reason is not None:
            _close_spooled_sheets(document)
            gc.collect()
    if reason is not None:
        raise CmoError(f"Cannot write {path}: {reason}.")
    return buffer.getvalue()


@contextmanager
def _quiet_when_collected() -> Iterator[None]:
    """While a document is saved: a half-written temporary sheet that fails again when Python frees it is not
    news (its failure is said once, as the target's), so it prints nothing."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        yield
    finally:
        sys.unraisablehook = hook


def _disk_trouble(error: Exception) -> str | None:
    """Why a save failed on the disk (full, too large, read-only), or None for any other failure."""
    if isinstance(error, OSError):
        return error.strerror or (os.strerror(error.errno) if error.errno else type(error).__name__)
    if type(error).__name__ == "SerialisationError" and str(error).startswith("IO_"):  # lxml, writing a temporary file
        code = str(error)[3:]
        return os.strerror(getattr(errno, code)) if hasattr(errno, code) else f"the disk refused the write ({code})"
    return None


def _close_spooled_sheets(document) -> None:
    for sheet in getattr(document, "worksheets", None) or []:
        stream = getattr(getattr(sheet, "_writer", None), "xf", None)
        if stream is not None:
            try:
                stream.close()
            except Exception:  # it fails as its file did; closed, it stays quiet when collected
                pass


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_file(path, binary=True) as handle:
        handle.write(data)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new one gets what `open` would give it (not 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# ---- what an output file's name says it holds ------------------------------------------------

KNOWN_SUFFIXES = frozenset(
    {
        ".csv",
        ".tsv",
        ".txt",
        ".xlsx",
        ".xlsm",
        ".xls",
        ".ods",
        ".docx",
        ".doc",
        ".odt",
        ".rtf",
        ".pdf",
        ".html",
        ".htm",
        ".xhtml",
        ".md",
        ".markdown",
        ".tex",
        ".bib",
        ".bibtex",
        ".ris",
        ".nbib",
        ".enw",
        ".graphml",
        ".gexf",
        ".gml",
        ".dot",
        ".xml",
        ".json",
        ".jsonl",
        ".yaml",
        ".yml",
        ".db",
        ".sqlite",
        ".zip",
        ".gz",
        ".png",
        ".jpg",
        ".jpeg",
        ".svg",
        ".ppt",
        ".pptx",
        ".py",
    }
)


_COMPRESSED = {".gz", ".bz2", ".xz", ".zip"}


def format_for_suffix(path: str | os.PathLike, suffixes: Mapping[str, tuple[str, ...]]) -> str | None:
    """The one format whose extensions include `path`'s (`x.xlsx` -> "xlsx"); None when no format or
    more than one claims it (`.txt`).

    `suffixes` maps each format a command offers to the extensions it writes, the usual one first.
    """
    suffix = Path(path).suffix.lower()
    found = [fmt for fmt, names in suffixes.items() if suffix and suffix in names]
    return found[0] if len(found) == 1 else None


def refuse_mismatched_suffix(
    path: str | os.PathLike, fmt: str, suffixes: Mapping[str, tuple[str, ...]], writes: str, *, option: str | None = "--format"
) -> None:
    """Raise CmoError when `path`'s extension says another kind of file than `fmt` writes.

    `-o x.xlsx` with CSV text in it opens as a broken workbook, so it is refused, naming the ways out:
    `x.xlsx ends in .xlsx but --format csv writes CSV; use -o x.csv or --format xlsx.` With no
    `option` (a command that writes one format): `p.pdf ends in .pdf but is written as HTML; use -o p.html.`
    A path with no extension, or one no tool claims (`/dev/stdout`, `table.v2`), is written as asked.
    """
    suffix = Path(path).suffix.lower()
    claimed = KNOWN_SUFFIXES.union(*suffixes.values())
    if not suffix or suffix in suffixes[fmt] or suffix not in claimed:
        return
    stem = Path(path).stem
    if Path(path).suffix.lower() in _COMPRESSED:
        stem = Path(stem).stem  # refs.bib.gz: refs
    fix = f"use -o {Path(path).with_name(stem + suffixes[fmt][0])}"
    other = format_for_suffix(path, suffixes)
    if option is None:
        raise CmoError(f"{path} ends in {Path(path).suffix} but is written as {writes}; {fix}.")
    if other:
        fix += f" or {option} {other}"
    raise CmoError(f"{path} ends in {Path(path).suffix} but {option} {fmt} writes {writes}; {fix}.")


_WILDCARD = re.compile(r"[*?\[]")


def given_files(paths: list[Path]) -> list[Path]:
    """The files a command was given, a wildcard expanded where the shell left it as typed: Windows PowerShell and cmd
    pass `exports\\*.ris` to a program as written, where a Unix shell expands it first (trial CJ: 'Cannot read
    ../material/*.ris: no such file'). A name that is no file but holds `*`, `?` or `[` names the files it matches, in
    name order, each once; one matching no file is refused, naming it. A file whose name holds such a character is
    read as named."""
    found: list[Path] = []
    for path in paths:
        if path.exists() or not _WILDCARD.search(str(path)):
            found.append(path)
            continue
        matches = [Path(name) for name in sorted(glob(str(path))) if Path(name).is_file()]
        if not matches:
            raise CmoError(f"No file matches {path}: nothing was read.")
        found.extend(match for match in matches if match not in found)
    return found
