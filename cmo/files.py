"""Atomic file writes: a crash or Ctrl-C leaves either the old file or the new one, never half.

The temp file sits in the target's folder so `os.replace` is a rename on the same file system.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from cmo.errors import CmoError


@contextmanager
def atomic_file(path: str | os.PathLike, *, binary: bool = False) -> Iterator[IO]:
    """Yield a file to write; it replaces `path` only when the block ends without an error.

    A link is followed (its target is replaced, the link stays); a device or pipe such as
    /dev/stdout is written directly, since it cannot be replaced.
    """
    target = Path(os.path.realpath(path))
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8"
    newline = None if binary else ""
    if not target.parent.is_dir():
        raise CmoError(f"cannot write {path}: the folder {target.parent} does not exist.")
    if target.exists() and not target.is_file():
        with open(target, mode, encoding=encoding, newline=newline) as handle:
            yield handle
        return
    handle = tempfile.NamedTemporaryFile(
        mode, dir=target.parent, prefix=f".{target.name}.", suffix=".tmp",
        delete=False, encoding=encoding, newline=newline,
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _mode_for(target))
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_file(path) as handle:
        handle.write(text)


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
