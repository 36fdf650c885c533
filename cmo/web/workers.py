"""`cmo serve`'s pages run off the event loop, one thread for each request, and stop when the server is stopped.

The event loop only reads requests and sends answers: a page's engine calls (opening the review, reading it,
refining it, importing feedback) run in a thread of their own (`Workers.run`) with their own SQLite connection, as
the store requires. So a refine of thousands of statements or a long upload never stalls another browser's page:
a read during a write answers at once with the review as it was before the write (SQLite's WAL), and writes still
wait for each other, and for the command line, at the store's `BEGIN IMMEDIATE` and its holder note.

Stopping the server (Ctrl-C, SIGTERM: `Workers.stop`) stops every request still running within moments: each is
interrupted where it is (`Stopped` raised in its thread, its SQLite statement interrupted), so a write in progress
is rolled back by its transaction, never half-saved, and leaves no holder note; one that had committed stays saved.
"""

from __future__ import annotations

import asyncio
import contextvars
import ctypes
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

RUNNING = 32
"""Requests whose engine work runs at once; more wait their turn (a page is tens of milliseconds, a write may wait
for another's lock)."""


class Stopped(KeyboardInterrupt):
    """The server was stopped while this request ran: raised inside its thread as Ctrl-C is in a command, so whatever
    rolls back on Ctrl-C (every transaction) rolls back, and no `except Exception` in the engine takes it for its own."""


@dataclass
class _Running:
    connections: list[sqlite3.Connection] = field(default_factory=list)
    stopped: bool = False


class Workers:
    def __init__(self, running: int = RUNNING):
        self._lock = threading.Lock()
        """Held briefly by a worker thread (entering, leaving, lending a connection) and by `stop`; never by the event
        loop, so a signal handler that stops the server cannot wait for the thread it interrupted."""
        self._running: dict[int, _Running] = {}
        self._slots = asyncio.Semaphore(running)
        self.stopping = False

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` in a new thread, with this request's context (who decides, what was typed), awaited
        without blocking the event loop; its result, or its exception raised here."""
        if self.stopping:
            raise Stopped()
        loop = asyncio.get_running_loop()
        answered: asyncio.Future = loop.create_future()
        context = contextvars.copy_context()

        def settle(outcome: tuple[bool, Any]) -> None:
            if not answered.done():  # a request given up on (the server stopping) is not answered
                if outcome[0]:
                    answered.set_result(outcome[1])
                else:
                    answered.set_exception(outcome[1])

        def work() -> None:
            outcome: tuple[bool, Any] | None = None
            try:
                try:
                    self._enter()
                    outcome = (True, context.run(function, *args))
                finally:
                    self._leave()
            except BaseException as error:  # noqa: BLE001  (handed to the request, which raises it)
                outcome = outcome or (False, error)  # stopped just as it finished: what it did stands
            try:
                loop.call_soon_threadsafe(settle, outcome)
            except RuntimeError:  # the loop is gone: the server stopped without waiting
                pass

        async with self._slots:
            threading.Thread(target=work, name="cmo serve request", daemon=True).start()
            try:
                return await answered
            except asyncio.CancelledError:
                if self.stopping:  # still running when the server stopped waiting (SQLite waiting for another's lock)
                    raise Stopped() from None
                raise

    @contextmanager
    def interruptible(self, connection: sqlite3.Connection) -> Iterator[None]:
        """While the block runs, `stop` interrupts the statement `connection` is running (a long query, or a write
        waiting in SQLite itself); leave the block before closing the connection."""
        me = self._running.get(threading.get_ident())
        if me is None:  # not one of ours (a test calling a page directly)
            yield
            return
        with self._lock:
            me.connections.append(connection)
        try:
            yield
        finally:
            with self._lock:
                me.connections.remove(connection)

    def stop(self) -> None:
        """Refuse new requests and interrupt every one still running (safe to call from a signal handler)."""
        with self._lock:
            self.stopping = True
            for ident, running in self._running.items():
                if running.stopped:
                    continue
                running.stopped = True
                for connection in running.connections:
                    try:
                        connection.interrupt()
                    except sqlite3.ProgrammingError:  # closed meanwhile
                        pass
                _raise_in(ident, Stopped)

    def _enter(self) -> None:
        with self._lock:
            if self.stopping:
                raise Stopped()
            self._running[threading.get_ident()] = _Running()

    def _leave(self) -> None:
        me = threading.get_ident()
        with self._lock:
            running = self._running.pop(me, None)
            if running is not None and running.stopped:
                _raise_in(me, None)  # one sent but not yet raised: too late, the work is done


def _raise_in(ident: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in the thread `ident` at its next Python instruction (None: take back one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exception) if exception else None)
