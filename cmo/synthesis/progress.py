"""How far a long step has got (the model reading every element of a large review, minutes the first time),
told to whoever listens: the CLI's progress bar. The engine never prints. Light on purpose (no numpy)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[int, int], None]
_listener: Listener | None = None


@contextmanager
def listening(listener: Listener | None) -> Iterator[None]:
    """`listener(done, total)` hears of progress while the block runs."""
    global _listener
    before, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = before


def tell(done: int, total: int) -> None:
    if _listener is not None:
        _listener(done, total)
